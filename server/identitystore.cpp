#include "server/identitystore.h"

#include "server/credentials.h"
#include "server/sql.h"
#include "server/totp.h"

#include <QJsonArray>

#include <array>

namespace Server {

namespace {

constexpr std::array<std::string_view, 5> kTenantRoles = {"owner", "admin", "editor", "uploader",
                                                          "viewer"};
constexpr std::array<std::string_view, 2> kPlatformRoles = {"operator", "auditor"};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

constexpr std::string_view kTenantColumns =
    "SELECT id, name, plan, seat_limit, COALESCE(contract_end, ''), status, "
    "COALESCE(terminated_at, ''), created_at, "
    "(SELECT COUNT(*) FROM users u WHERE u.tenant_id = tenants.id) FROM tenants ";

QJsonObject tenantJson(const Statement& row)
{
    const std::string contractEnd = row.columnText(4);
    const std::string terminatedAt = row.columnText(6);
    return QJsonObject{
        {QStringLiteral("id"), qs(row.columnText(0))},
        {QStringLiteral("name"), qs(row.columnText(1))},
        {QStringLiteral("plan"), qs(row.columnText(2))},
        {QStringLiteral("seat_limit"), row.columnInt(3)},
        {QStringLiteral("contract_end"),
         contractEnd.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(qs(contractEnd))},
        {QStringLiteral("status"), qs(row.columnText(5))},
        {QStringLiteral("terminated_at"),
         terminatedAt.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(qs(terminatedAt))},
        {QStringLiteral("created_at"), qs(row.columnText(7))},
        {QStringLiteral("seats_used"), row.columnInt(8)},
    };
}

// ?9 is "now" in every user query (role expiry).
constexpr std::string_view kUserColumns =
    "SELECT u.id, COALESCE(u.tenant_id, ''), u.email, u.display_name, u.status, u.created_at, "
    "COALESCE((SELECT group_concat(r.role) FROM role_assignments r WHERE r.user_id = u.id AND "
    "(r.expires_at IS NULL OR r.expires_at > ?9)), '') FROM users u ";

QJsonObject userJson(const Statement& row)
{
    const std::string tenantId = row.columnText(1);
    QJsonArray roles;
    for (const QString& role : qs(row.columnText(6)).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        roles.append(role);
    }
    return QJsonObject{
        {QStringLiteral("id"), qs(row.columnText(0))},
        {QStringLiteral("tenant_id"),
         tenantId.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(qs(tenantId))},
        {QStringLiteral("email"), qs(row.columnText(2))},
        {QStringLiteral("display_name"), qs(row.columnText(3))},
        {QStringLiteral("status"), qs(row.columnText(4))},
        {QStringLiteral("created_at"), qs(row.columnText(5))},
        {QStringLiteral("roles"), roles},
    };
}

template <typename Fn>
Core::Result<std::optional<QJsonObject>> firstRow(Core::Result<Statement> statement, Fn toJson)
{
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<QJsonObject>{};
    return std::optional<QJsonObject>{toJson(statement.value())};
}

// The smallest string above every string that starts with prefix: a prefix search becomes an
// index range (email and display name are indexed with NOCASE).
std::string prefixEnd(const std::string& prefix)
{
    return prefix + "\xF4\x8F\xBF\xBF"; // U+10FFFF
}

} // namespace

bool isTenantRole(std::string_view role)
{
    return std::find(kTenantRoles.begin(), kTenantRoles.end(), role) != kTenantRoles.end();
}

bool isPlatformRole(std::string_view role)
{
    return std::find(kPlatformRoles.begin(), kPlatformRoles.end(), role) != kPlatformRoles.end();
}

IdentityStore::IdentityStore(Database& db, Clock clock, const SecretBox* secrets)
    : m_db(db), m_clock(std::move(clock)), m_secrets(secrets)
{}

Core::Result<QJsonObject> IdentityStore::createTenant(const TenantFields& fields)
{
    return m_db.withLock([&](Database& db) -> Core::Result<QJsonObject> {
        const std::string id = "ten_" + randomHex();
        const std::string contractEnd = fields.contractEnd.value_or("");
        if (auto created = sqlExec(db,
                                   "INSERT INTO tenants(id, name, plan, seat_limit, contract_end) "
                                   "VALUES(?1, ?2, ?3, ?4, NULLIF(?5, ''))",
                                   {id, fields.name.value_or(""), fields.plan.value_or("standard"),
                                    fields.seatLimit.value_or(0), contractEnd});
            !created) {
            return created.error();
        }
        auto found = tenant(id);
        if (!found)
            return found.error();
        return found.value().value_or(QJsonObject{});
    });
}

Core::Result<std::optional<QJsonObject>> IdentityStore::tenant(const std::string& id)
{
    return m_db.withLock([&](Database& db) {
        return firstRow(sqlQuery(db, std::string(kTenantColumns) + "WHERE id = ?1", {id}),
                        tenantJson);
    });
}

Core::Result<std::string> IdentityStore::tenantStatus(const std::string& id)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::string> {
        auto rows = sqlQuery(db, "SELECT status FROM tenants WHERE id = ?1", {id});
        if (!rows)
            return rows.error();
        auto row = rows->step();
        if (!row)
            return row.error();
        return row.value() ? rows->columnText(0) : std::string();
    });
}

Core::Result<QJsonObject> IdentityStore::listTenants(const std::string& cursor, int limit)
{
    return m_db.withLock([&](Database& db) -> Core::Result<QJsonObject> {
        auto rows = sqlQuery(db, std::string(kTenantColumns) + "WHERE id > ?1 ORDER BY id LIMIT ?2",
                             {cursor, static_cast<long long>(limit + 1)});
        if (!rows)
            return rows.error();
        QJsonArray items;
        QJsonValue next = QJsonValue::Null;
        while (true) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            if (items.size() == limit) {
                next = items.last().toObject().value(QStringLiteral("id"));
                break;
            }
            items.append(tenantJson(rows.value()));
        }
        return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), next}};
    });
}

Core::Result<std::optional<QJsonObject>> IdentityStore::updateTenant(const std::string& id,
                                                                     const TenantFields& fields)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<QJsonObject>> {
        if (auto updated = sqlExec(
                db,
                "UPDATE tenants SET name = COALESCE(?2, name), plan = COALESCE(?3, plan), "
                "seat_limit = COALESCE(?4, seat_limit), contract_end = CASE WHEN ?5 IS NULL "
                "THEN contract_end ELSE NULLIF(?5, '') END WHERE id = ?1",
                {id, fields.name ? SqlValue(*fields.name) : SqlValue(nullptr),
                 fields.plan ? SqlValue(*fields.plan) : SqlValue(nullptr),
                 fields.seatLimit ? SqlValue(*fields.seatLimit) : SqlValue(nullptr),
                 fields.contractEnd ? SqlValue(*fields.contractEnd) : SqlValue(nullptr)});
            !updated) {
            return updated.error();
        }
        return tenant(id);
    });
}

Core::Result<std::optional<QJsonObject>>
IdentityStore::terminateTenant(const std::string& id, const std::optional<std::string>& contractEnd)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<QJsonObject>> {
        if (auto updated = sqlExec(
                db,
                "UPDATE tenants SET status = 'terminated', terminated_at = COALESCE(terminated_at, "
                "?2), contract_end = COALESCE(?3, contract_end, date(?2)) WHERE id = ?1",
                {id, isoTime(m_clock()), contractEnd ? SqlValue(*contractEnd) : SqlValue(nullptr)});
            !updated) {
            return updated.error();
        }
        return tenant(id);
    });
}

Core::Result<bool> IdentityStore::emailTaken(const std::string& email)
{
    return m_db.withLock([&](Database& db) -> Core::Result<bool> {
        auto count = sqlScalar(db, "SELECT COUNT(*) FROM users WHERE email = ?1", {email});
        if (!count)
            return count.error();
        return count.value() > 0;
    });
}

Core::Result<long long> IdentityStore::seatsUsed(const std::string& tenantId)
{
    return m_db.withLock([&](Database& db) {
        return sqlScalar(db, "SELECT COUNT(*) FROM users WHERE tenant_id = ?1", {tenantId});
    });
}

Core::Result<long long> IdentityStore::operatorCount()
{
    return m_db.withLock([&](Database& db) {
        return sqlScalar(db, "SELECT COUNT(*) FROM role_assignments WHERE role = 'operator'");
    });
}

Core::Result<long long> IdentityStore::ownerCount(const std::string& tenantId)
{
    return m_db.withLock([&](Database& db) {
        return sqlScalar(db,
                         "SELECT COUNT(*) FROM role_assignments r JOIN users u ON u.id = "
                         "r.user_id WHERE u.tenant_id = ?1 AND r.role = 'owner' AND u.status = "
                         "'active' AND (r.expires_at IS NULL OR r.expires_at > ?2)",
                         {tenantId, static_cast<long long>(m_clock())});
    });
}

Core::Result<std::optional<LoginCandidate>> IdentityStore::loginCandidate(const std::string& email)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<LoginCandidate>> {
        auto rows = sqlQuery(db,
                             std::string("SELECT u.id, COALESCE(u.password_hash, ''), u.status, "
                                         "COALESCE(t.status, 'active'), u.totp_enabled, "
                                         "COALESCE(u.totp_secret, ''), u.totp_last_step, ") +
                                 kTotpRequiredByPolicySql +
                                 " FROM users u LEFT JOIN tenants t ON t.id = u.tenant_id WHERE "
                                 "u.email = ?1",
                             {email});
        if (!rows)
            return rows.error();
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value())
            return std::optional<LoginCandidate>{};
        LoginCandidate candidate;
        candidate.userId = rows->columnText(0);
        candidate.passwordHash = rows->columnText(1);
        candidate.status = rows->columnText(2);
        candidate.tenantActive = rows->columnText(3) == "active";
        candidate.totpEnabled = rows->columnInt(4) != 0;
        auto secret = openTotpSecret(candidate.userId, rows->columnText(5));
        if (!secret)
            return secret.error();
        candidate.totpSecret = std::move(secret).value();
        candidate.totpLastStep = rows->columnInt(6);
        candidate.totpRequired = !candidate.totpEnabled && rows->columnInt(7) != 0;
        return std::optional<LoginCandidate>{std::move(candidate)};
    });
}

Core::Result<QJsonObject> IdentityStore::createActiveUser(const std::string& tenantId,
                                                          const std::string& email,
                                                          const std::string& displayName,
                                                          const std::string& passwordHash,
                                                          const std::string& role)
{
    return m_db.withLock([&](Database& db) -> Core::Result<QJsonObject> {
        const std::string id = "usr_" + randomHex();
        auto created = db.inTransaction([&]() -> Core::Status {
            auto inserted = sqlExec(db,
                                    "INSERT INTO users(id, tenant_id, email, display_name, "
                                    "password_hash, status) VALUES(?1, NULLIF(?2, ''), ?3, ?4, "
                                    "?5, 'active')",
                                    {id, tenantId, email, displayName, passwordHash});
            return inserted ? setRole(id, role, "", std::nullopt) : inserted;
        });
        if (!created)
            return created.error();
        auto found = userById(id);
        if (!found)
            return found.error();
        return found.value().value_or(QJsonObject{});
    });
}

Core::Result<Invitation> IdentityStore::inviteUser(const std::string& tenantId,
                                                   const std::string& email,
                                                   const std::string& displayName,
                                                   const std::string& role,
                                                   const std::string& grantedBy)
{
    return m_db.withLock([&](Database& db) -> Core::Result<Invitation> {
        const std::string id = "usr_" + randomHex();
        Invitation invitation;
        invitation.token = randomToken();
        invitation.expiresAt = m_clock() + kInviteLifetimeS;
        auto created = db.inTransaction([&]() -> Core::Status {
            auto inserted = sqlExec(db,
                                    "INSERT INTO users(id, tenant_id, email, display_name, "
                                    "status) VALUES(?1, NULLIF(?2, ''), ?3, ?4, 'invited')",
                                    {id, tenantId, email, displayName});
            if (inserted)
                inserted = setRole(id, role, grantedBy, std::nullopt);
            if (!inserted)
                return inserted;
            return sqlExec(
                db, "INSERT INTO invites(token_hash, user_id, expires_at) VALUES(?1, ?2, ?3)",
                {sha256Hex(invitation.token), id, static_cast<long long>(invitation.expiresAt)});
        });
        if (!created)
            return created.error();
        auto found = userById(id);
        if (!found)
            return found.error();
        invitation.user = found.value().value_or(QJsonObject{});
        return invitation;
    });
}

Core::Result<std::optional<QJsonObject>>
IdentityStore::acceptInvite(const std::string& token, const std::string& passwordHash,
                            const std::string& displayName)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<QJsonObject>> {
        auto rows = sqlQuery(db,
                             "SELECT i.user_id FROM invites i JOIN users u ON u.id = i.user_id "
                             "WHERE i.token_hash = ?1 AND i.used_at IS NULL AND i.expires_at > "
                             "?2 AND u.status IN ('invited', 'active')",
                             {sha256Hex(token), static_cast<long long>(m_clock())});
        if (!rows)
            return rows.error();
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value())
            return std::optional<QJsonObject>{};
        const std::string userId = rows->columnText(0);
        if (auto used = sqlExec(db, "UPDATE invites SET used_at = ?2 WHERE token_hash = ?1",
                                {sha256Hex(token), static_cast<long long>(m_clock())});
            !used) {
            return used.error();
        }
        if (auto activated = sqlExec(db,
                                     "UPDATE users SET status = 'active', password_hash = ?2, "
                                     "display_name = CASE WHEN ?3 = '' THEN display_name ELSE "
                                     "?3 END WHERE id = ?1",
                                     {userId, passwordHash, displayName});
            !activated) {
            return activated.error();
        }
        return userById(userId);
    });
}

Core::Result<std::optional<QJsonObject>>
IdentityStore::userWhere(std::string_view where, const std::string& a, const std::string& b)
{
    return m_db.withLock([&](Database& db) {
        return firstRow(sqlQuery(db, std::string(kUserColumns) + std::string(where),
                                 {a, b, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
                                  static_cast<long long>(m_clock())}),
                        userJson);
    });
}

Core::Result<std::optional<QJsonObject>> IdentityStore::userById(const std::string& userId)
{
    return userWhere("WHERE u.id = ?1 AND ?2 = ''", userId, "");
}

Core::Result<std::optional<QJsonObject>> IdentityStore::user(const std::string& tenantId,
                                                             const std::string& userId)
{
    return userWhere("WHERE u.id = ?2 AND u.tenant_id = ?1", tenantId, userId);
}

Core::Result<QJsonObject> IdentityStore::listUsers(const std::string& tenantId,
                                                   const UserFilter& filter)
{
    // A prefix search drives the query from the two index ranges (email, display name) that
    // match; CROSS JOIN keeps SQLite from walking the whole tenant in email order instead.
    std::string searchable(kUserColumns);
    if (!filter.search.empty()) {
        searchable.replace(searchable.rfind("FROM users u "),
                           std::string_view("FROM users u ").size(),
                           "FROM (SELECT id FROM users WHERE tenant_id = ?1 AND email >= ?2 AND "
                           "email < ?3 UNION SELECT id FROM users WHERE tenant_id = ?1 AND "
                           "display_name >= ?2 COLLATE NOCASE AND display_name < ?3 COLLATE "
                           "NOCASE) m CROSS JOIN users u ON u.id = m.id ");
    }
    return m_db.withLock([&](Database& db) -> Core::Result<QJsonObject> {
        auto rows = sqlQuery(
            db,
            searchable +
                "WHERE u.tenant_id = ?1 AND (?4 = '' OR EXISTS (SELECT 1 FROM "
                "role_assignments r WHERE r.user_id = u.id AND r.role = ?4)) AND (?5 = '' OR "
                "u.status = ?5) AND u.email > ?6 ORDER BY u.email LIMIT ?7",
            {tenantId, filter.search, prefixEnd(filter.search), filter.role, filter.status,
             filter.cursor, static_cast<long long>(filter.limit + 1), nullptr,
             static_cast<long long>(m_clock())});
        if (!rows)
            return rows.error();
        QJsonArray items;
        QJsonValue next = QJsonValue::Null;
        while (true) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            if (items.size() == filter.limit) {
                next = items.last().toObject().value(QStringLiteral("email"));
                break;
            }
            items.append(userJson(rows.value()));
        }
        return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), next}};
    });
}

Core::Result<std::optional<QJsonObject>> IdentityStore::updateUser(const std::string& tenantId,
                                                                   const std::string& userId,
                                                                   const std::string& displayName)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<QJsonObject>> {
        if (auto updated = sqlExec(db,
                                   "UPDATE users SET display_name = ?3 WHERE id = ?2 AND "
                                   "tenant_id = ?1",
                                   {tenantId, userId, displayName});
            !updated) {
            return updated.error();
        }
        return user(tenantId, userId);
    });
}

Core::Result<std::optional<QJsonObject>> IdentityStore::setUserStatus(const std::string& tenantId,
                                                                      const std::string& userId,
                                                                      const std::string& status)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<QJsonObject>> {
        // Enabling an invited account would skip the invitation: it becomes active only by
        // accepting. Disabling an invited account keeps it from being accepted.
        if (auto updated = sqlExec(db,
                                   "UPDATE users SET status = ?3 WHERE id = ?2 AND tenant_id = "
                                   "?1 AND NOT (?3 = 'active' AND password_hash IS NULL)",
                                   {tenantId, userId, status});
            !updated) {
            return updated.error();
        }
        return user(tenantId, userId);
    });
}

Core::Result<bool> IdentityStore::deleteUser(const std::string& tenantId, const std::string& userId)
{
    return m_db.withLock([&](Database& db) -> Core::Result<bool> {
        auto existing = sqlScalar(db, "SELECT COUNT(*) FROM users WHERE id = ?2 AND tenant_id = ?1",
                                  {tenantId, userId});
        if (!existing)
            return existing.error();
        if (existing.value() == 0)
            return false;
        if (auto deleted = sqlExec(db, "DELETE FROM users WHERE id = ?1", {userId}); !deleted)
            return deleted.error();
        return true;
    });
}

Core::Status IdentityStore::setRole(const std::string& userId, const std::string& role,
                                    const std::string& grantedBy,
                                    std::optional<std::int64_t> expiresAt)
{
    return m_db.withLock([&](Database& db) -> Core::Status {
        if (auto cleared = sqlExec(db, "DELETE FROM role_assignments WHERE user_id = ?1", {userId});
            !cleared) {
            return cleared.error();
        }
        return sqlExec(
            db,
            "INSERT INTO role_assignments(user_id, role, granted_by, expires_at) "
            "VALUES(?1, ?2, NULLIF(?3, ''), ?4)",
            {userId, role, grantedBy,
             expiresAt ? SqlValue(static_cast<long long>(*expiresAt)) : SqlValue(nullptr)});
    });
}

Core::Result<std::optional<Invitation>>
IdentityStore::startPasswordReset(const std::string& tenantId, const std::string& userId)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<Invitation>> {
        auto found = user(tenantId, userId);
        if (!found)
            return found.error();
        if (!found.value() ||
            found.value()->value(QStringLiteral("status")).toString() != QLatin1String("active")) {
            return std::optional<Invitation>{};
        }
        Invitation reset;
        reset.user = *found.value();
        reset.token = randomToken();
        reset.expiresAt = m_clock() + kPasswordResetLifetimeS;
        // The old password stops working at once; the reset token sets a new one.
        auto done = db.inTransaction([&]() -> Core::Status {
            auto step =
                sqlExec(db, "UPDATE users SET password_hash = NULL WHERE id = ?1", {userId});
            if (step) {
                step = sqlExec(
                    db, "UPDATE invites SET used_at = ?2 WHERE user_id = ?1 AND used_at IS NULL",
                    {userId, static_cast<long long>(m_clock())});
            }
            if (!step)
                return step;
            return sqlExec(
                db, "INSERT INTO invites(token_hash, user_id, expires_at) VALUES(?1, ?2, ?3)",
                {sha256Hex(reset.token), userId, static_cast<long long>(reset.expiresAt)});
        });
        if (!done)
            return done.error();
        return std::optional<Invitation>{reset};
    });
}

Core::Result<QJsonArray> IdentityStore::sharedAccountWarnings(const std::string& tenantId,
                                                              std::int64_t activeWithinS)
{
    return m_db.withLock([&](Database& db) -> Core::Result<QJsonArray> {
        const auto now = static_cast<long long>(m_clock());
        auto rows = sqlQuery(db,
                             "SELECT u.id, u.email, s.id, s.device_name, s.source_address, "
                             "s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id "
                             "WHERE u.tenant_id = ?1 AND s.revoked_at IS NULL AND s.expires_at > "
                             "?2 AND s.last_seen_at >= ?3 AND u.id IN (SELECT s2.user_id FROM "
                             "sessions s2 WHERE s2.revoked_at IS NULL AND s2.expires_at > ?2 AND "
                             "s2.last_seen_at >= ?3 GROUP BY s2.user_id HAVING "
                             "COUNT(DISTINCT s2.source_address) > 1 OR COUNT(DISTINCT "
                             "s2.device_name) > 1) ORDER BY u.email, s.last_seen_at DESC",
                             {tenantId, now, now - activeWithinS});
        if (!rows)
            return rows.error();
        QJsonArray warnings;
        QJsonObject current;
        QJsonArray sessions;
        const auto flush = [&] {
            if (!current.isEmpty()) {
                current.insert(QStringLiteral("sessions"), sessions);
                warnings.append(current);
            }
        };
        while (true) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const QString userId = QString::fromStdString(rows->columnText(0));
            if (current.value(QStringLiteral("user_id")).toString() != userId) {
                flush();
                current = QJsonObject{
                    {QStringLiteral("user_id"), userId},
                    {QStringLiteral("email"), QString::fromStdString(rows->columnText(1))},
                    {QStringLiteral("reason"),
                     QStringLiteral("signed in from more than one address or device at once; "
                                    "shared accounts are forbidden")}};
                sessions = QJsonArray{};
            }
            sessions.append(QJsonObject{
                {QStringLiteral("id"), QString::fromStdString(rows->columnText(2))},
                {QStringLiteral("device_name"), QString::fromStdString(rows->columnText(3))},
                {QStringLiteral("source_address"), QString::fromStdString(rows->columnText(4))},
                {QStringLiteral("last_seen_at"),
                 QString::fromStdString(isoTime(rows->columnInt(5)))}});
        }
        flush();
        return warnings;
    });
}

} // namespace Server
