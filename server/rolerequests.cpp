#include "server/rolerequests.h"

#include "server/credentials.h"
#include "server/sql.h"

#include <QJsonArray>

namespace Server {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

constexpr std::string_view kColumns =
    "SELECT r.id, r.tenant_id, r.user_id, u.email, r.role, r.grant_duration_s, r.requested_by, "
    "COALESCE(rq.email, ''), r.requested_at, r.decide_by, r.status, COALESCE(r.decided_by, ''), "
    "COALESCE(dc.email, ''), r.decided_at, r.reason FROM role_requests r "
    "JOIN users u ON u.id = r.user_id LEFT JOIN users rq ON rq.id = r.requested_by "
    "LEFT JOIN users dc ON dc.id = r.decided_by ";

QJsonValue timeOrNull(const Statement& row, int column)
{
    return row.columnIsNull(column) ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(qs(isoTime(row.columnInt(column))));
}

QJsonObject requestJson(const Statement& row)
{
    return QJsonObject{
        {QStringLiteral("id"), qs(row.columnText(0))},
        {QStringLiteral("tenant_id"), qs(row.columnText(1))},
        {QStringLiteral("user_id"), qs(row.columnText(2))},
        {QStringLiteral("user_email"), qs(row.columnText(3))},
        {QStringLiteral("role"), qs(row.columnText(4))},
        {QStringLiteral("grant_duration_s"),
         row.columnIsNull(5) ? QJsonValue(QJsonValue::Null) : QJsonValue(row.columnInt(5))},
        {QStringLiteral("requested_by"), qs(row.columnText(6))},
        {QStringLiteral("requested_by_email"), qs(row.columnText(7))},
        {QStringLiteral("requested_at"), timeOrNull(row, 8)},
        {QStringLiteral("decide_by"), timeOrNull(row, 9)},
        {QStringLiteral("status"), qs(row.columnText(10))},
        {QStringLiteral("decided_by"), qs(row.columnText(11))},
        {QStringLiteral("decided_by_email"), qs(row.columnText(12))},
        {QStringLiteral("decided_at"), timeOrNull(row, 13)},
        {QStringLiteral("reason"), qs(row.columnText(14))},
    };
}

} // namespace

bool needsApproval(std::string_view role)
{
    return role == "owner" || role == "admin";
}

RoleRequests::RoleRequests(Database& db, IdentityStore& identity, Clock clock)
    : m_db(db), m_identity(identity), m_clock(std::move(clock))
{}

Core::Status RoleRequests::lapseOverdue()
{
    return sqlExec(m_db,
                   "UPDATE role_requests SET status = 'lapsed' WHERE status = 'pending' AND "
                   "decide_by <= ?1",
                   {static_cast<long long>(m_clock())});
}

Core::Result<std::optional<QJsonObject>> RoleRequests::find(const std::string& tenantId,
                                                            const std::string& requestId)
{
    auto rows = sqlQuery(m_db, std::string(kColumns) + "WHERE r.tenant_id = ?1 AND r.id = ?2",
                         {tenantId, requestId});
    if (!rows)
        return rows.error();
    auto row = rows->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<QJsonObject>{};
    return std::optional<QJsonObject>{requestJson(rows.value())};
}

Core::Result<QJsonObject> RoleRequests::create(const std::string& tenantId,
                                               const std::string& userId, const std::string& role,
                                               std::optional<std::int64_t> grantDurationS,
                                               const std::string& requestedBy)
{
    return m_db.withLock([&](Database& db) -> Core::Result<QJsonObject> {
        const std::string id = "rrq_" + randomHex();
        const auto now = static_cast<long long>(m_clock());
        if (auto created = sqlExec(
                db,
                "INSERT INTO role_requests(id, tenant_id, user_id, role, grant_duration_s, "
                "requested_by, requested_at, decide_by) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                {id, tenantId, userId, role,
                 grantDurationS ? SqlValue(static_cast<long long>(*grantDurationS))
                                : SqlValue(nullptr),
                 requestedBy, now, now + kRoleRequestDecideWithinS});
            !created) {
            return created.error();
        }
        auto found = find(tenantId, id);
        if (!found)
            return found.error();
        return found.value().value_or(QJsonObject{});
    });
}

Core::Result<QJsonObject> RoleRequests::list(const std::string& tenantId, const std::string& status)
{
    return m_db.withLock([&](Database& db) -> Core::Result<QJsonObject> {
        if (auto lapsed = lapseOverdue(); !lapsed)
            return lapsed.error();
        auto rows = sqlQuery(db,
                             std::string(kColumns) +
                                 "WHERE r.tenant_id = ?1 AND (?2 = '' OR r.status = ?2) "
                                 "ORDER BY r.requested_at DESC, r.id",
                             {tenantId, status});
        if (!rows)
            return rows.error();
        QJsonArray items;
        while (true) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            items.append(requestJson(rows.value()));
        }
        return QJsonObject{{QStringLiteral("items"), items}};
    });
}

Core::Result<DecisionOutcome> RoleRequests::decide(const std::string& tenantId,
                                                   const std::string& requestId, Decision decision,
                                                   const std::string& ownerId,
                                                   const std::string& reason)
{
    return m_db.withLock([&](Database& db) -> Core::Result<DecisionOutcome> {
        if (auto lapsed = lapseOverdue(); !lapsed)
            return lapsed.error();
        auto found = find(tenantId, requestId);
        if (!found)
            return found.error();
        DecisionOutcome outcome;
        if (!found.value()) {
            outcome.kind = DecisionOutcome::Kind::NotFound;
            return outcome;
        }
        const QJsonObject request = *found.value();
        outcome.request = request;
        if (request.value(QStringLiteral("status")).toString() != QLatin1String("pending")) {
            outcome.kind = DecisionOutcome::Kind::NotPending;
            return outcome;
        }
        if (decision == Decision::Approve &&
            request.value(QStringLiteral("requested_by")).toString().toStdString() == ownerId) {
            outcome.kind = DecisionOutcome::Kind::SamePerson;
            return outcome;
        }
        const auto now = static_cast<long long>(m_clock());
        auto done = db.inTransaction([&]() -> Core::Status {
            Core::Status decided = sqlExec(
                db,
                "UPDATE role_requests SET status = ?2, decided_by = ?3, "
                "decided_at = ?4, reason = ?5 WHERE id = ?1",
                {requestId, std::string(decision == Decision::Approve ? "approved" : "rejected"),
                 ownerId, now, reason});
            if (!decided || decision != Decision::Approve)
                return decided;
            const std::string userId =
                request.value(QStringLiteral("user_id")).toString().toStdString();
            const std::string role = request.value(QStringLiteral("role")).toString().toStdString();
            const QJsonValue duration = request.value(QStringLiteral("grant_duration_s"));
            if (duration.isNull())
                return m_identity.setRole(userId, role, ownerId, std::nullopt);
            // A time-limited grant sits beside the base role and lapses by itself.
            return sqlExec(db,
                           "INSERT INTO role_assignments(user_id, role, granted_by, "
                           "expires_at) VALUES(?1, ?2, ?3, ?4) ON CONFLICT(user_id, role) "
                           "DO UPDATE SET granted_by = excluded.granted_by, expires_at = "
                           "excluded.expires_at",
                           {userId, role, ownerId, now + duration.toInteger()});
        });
        if (!done)
            return done.error();
        auto decided = find(tenantId, requestId);
        if (!decided)
            return decided.error();
        outcome.request = decided.value().value_or(request);
        return outcome;
    });
}

} // namespace Server
