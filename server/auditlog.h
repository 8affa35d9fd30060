#pragma once

// The append-only, hash-chained audit log (DESIGN.md §4). Every state-changing request (POST,
// PUT, PATCH, DELETE that a route answered) is appended by the router's observer with the actor,
// tenant, action, target, source address, time and outcome. Each row stores the SHA-256 of its
// own fields and of the previous row's hash, and audit_head remembers the last row, so that an
// edited, inserted or deleted row — even the last one — breaks the chain and verify() names the
// first broken link. SQLite triggers refuse UPDATE and DELETE on the table as a second fence.

#include "server/database.h"
#include "server/router.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <string>

namespace Server {

struct AuditEntry
{
    std::string actorId;    // "" when anonymous
    std::string actorEmail; // the principal's, or the email a sign-in attempt named
    std::string tenantId;   // the actor's tenant; for platform staff the tenant acted on
    std::string action;     // "POST /v1/tenants/{tid}/users"
    std::string target;     // "tid=ten_… uid=usr_…"
    std::string sourceAddress;
    int status = 0; // HTTP status of the answer
};

struct AuditFilter
{
    std::string tenantId;
    std::string actorEmail;
    std::string action;      // substring
    std::string outcome;     // success, denied, failure
    std::string since;       // ISO 8601, inclusive
    std::string until;       // ISO 8601, exclusive
    long long beforeSeq = 0; // cursor: rows with a smaller seq (newest first); 0: from the top
    int limit = 100;         // 0: no limit (export)
};

struct AuditVerification
{
    bool intact = true;
    long long entries = 0;
    long long firstBrokenSeq = 0; // 0 when intact
    QString reason;
};

class AuditLog
{
public:
    explicit AuditLog(Database& db);

    [[nodiscard]] Core::Status append(const AuditEntry& entry);
    // {items: [...newest first], next_cursor}
    [[nodiscard]] Core::Result<QJsonObject> list(const AuditFilter& filter);
    // RFC 4180 CSV, oldest first, with a header row.
    [[nodiscard]] Core::Result<QByteArray> exportCsv(AuditFilter filter);
    [[nodiscard]] Core::Result<AuditVerification> verify();

private:
    Database& m_db;
};

// success (< 400), denied (401, 403, 429) or failure.
[[nodiscard]] std::string auditOutcome(int status);

// The router observer that appends state-changing requests.
[[nodiscard]] DispatchObserver makeAuditObserver(AuditLog& log);

} // namespace Server
