#pragma once

// Four-eyes role grants (DESIGN.md §4): granting `admin` or `owner` inside a tenant creates a
// request that takes effect only when a different owner approves it. A grant may be limited in
// time (grant_duration_s): the role then lapses by itself and the user keeps their base role.
// Undecided requests lapse after kRoleRequestDecideWithinS. Rejections are kept.

#include "server/identitystore.h"

#include <QJsonObject>

#include <optional>
#include <string>

namespace Server {

inline constexpr std::int64_t kRoleRequestDecideWithinS = 7 * 24 * 3600;

[[nodiscard]] bool needsApproval(std::string_view role);

enum class Decision
{
    Approve = 1,
    Reject,
};

struct DecisionOutcome
{
    enum class Kind
    {
        Done = 1,
        NotFound,
        NotPending, // already decided or lapsed
        SamePerson, // the requester cannot approve their own request
    } kind = Kind::Done;
    QJsonObject request;
};

class RoleRequests
{
public:
    RoleRequests(Database& db, IdentityStore& identity, Clock clock);

    [[nodiscard]] Core::Result<QJsonObject>
    create(const std::string& tenantId, const std::string& userId, const std::string& role,
           std::optional<std::int64_t> grantDurationS, const std::string& requestedBy);
    // status "" for all.
    [[nodiscard]] Core::Result<QJsonObject> list(const std::string& tenantId,
                                                 const std::string& status);
    [[nodiscard]] Core::Result<DecisionOutcome>
    decide(const std::string& tenantId, const std::string& requestId, Decision decision,
           const std::string& ownerId, const std::string& reason);

private:
    [[nodiscard]] Core::Status lapseOverdue();
    [[nodiscard]] Core::Result<std::optional<QJsonObject>> find(const std::string& tenantId,
                                                                const std::string& requestId);

    Database& m_db;
    IdentityStore& m_identity;
    Clock m_clock;
};

} // namespace Server
