#pragma once

// Pieces shared by the status service's files (statusservice.cpp: components;
// statusincidents.cpp: incidents and maintenance; statusnotices.cpp: notices, inbox, probes).
// Private to server/status*.cpp.

#include "server/database.h"
#include "server/statusservice.h"

#include <QLoggingCategory>

#include <functional>
#include <string>
#include <string_view>

Q_DECLARE_LOGGING_CATEGORY(lcStatusService)

namespace Server::StatusDetail {

[[nodiscard]] StatusReply badInput(const QString& detail);
[[nodiscard]] StatusReply notFound(const QString& what);
[[nodiscard]] StatusReply databaseError(const Core::Error& error);

// BEGIN IMMEDIATE .. COMMIT, rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(Database& db) : m_db(db), m_ok(db.exec("BEGIN IMMEDIATE").ok()) {}
    ~Transaction()
    {
        if (m_ok && !m_done)
            (void)m_db.exec("ROLLBACK");
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    [[nodiscard]] bool begun() const { return m_ok; }
    [[nodiscard]] bool commit()
    {
        m_done = true;
        return m_db.exec("COMMIT").ok();
    }

private:
    Database& m_db;
    bool m_ok;
    bool m_done = false;
};

// Runs a statement that returns no rows.
Core::Status run(Database& db, std::string_view sql,
                 const std::function<void(Statement&)>& bind = {});
[[nodiscard]] bool exists(Database& db, std::string_view sql, const std::string& id);
// Links a component to an incident or maintenance; linking twice is harmless.
void linkComponent(Database& db, const std::string& incidentId, const std::string& componentId);
// Appends one entry to an incident's or maintenance's public timeline.
void appendTimeline(Database& db, const std::string& incidentId, const QString& status,
                    const QString& text, const std::string& actorId, long long atMs);

} // namespace Server::StatusDetail
