#include "server/sessionstore.h"

#include "server/credentials.h"
#include "server/sql.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSessions, "onestream.server.sessions")

namespace Server {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

SessionStore::SessionStore(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

Core::Result<IssuedTokens> SessionStore::issueTokens(const std::string& sessionId)
{
    IssuedTokens tokens;
    tokens.sessionId = sessionId;
    tokens.accessToken = randomToken();
    tokens.refreshToken = randomToken();
    tokens.accessExpiresInS = kAccessTokenLifetimeS;
    if (tokens.accessToken.empty() || tokens.refreshToken.empty())
        return Core::makeError(Core::ErrorCode::Internal, QStringLiteral("no random bytes"));
    const std::int64_t now = m_clock();
    if (auto stored = sqlExec(m_db,
                              "INSERT INTO access_tokens(token_hash, session_id, expires_at) "
                              "VALUES(?1, ?2, ?3)",
                              {sha256Hex(tokens.accessToken), sessionId,
                               static_cast<long long>(now + kAccessTokenLifetimeS)});
        !stored) {
        return stored.error();
    }
    if (auto stored =
            sqlExec(m_db,
                    "INSERT INTO refresh_tokens(token_hash, session_id, issued_at) "
                    "VALUES(?1, ?2, ?3)",
                    {sha256Hex(tokens.refreshToken), sessionId, static_cast<long long>(now)});
        !stored) {
        return stored.error();
    }
    return tokens;
}

Core::Result<IssuedTokens> SessionStore::createSession(const std::string& userId,
                                                       const std::string& deviceName,
                                                       const std::string& sourceAddress)
{
    return m_db.withLock([&](Database& db) -> Core::Result<IssuedTokens> {
        const std::string sessionId = "ses_" + randomHex();
        const auto now = static_cast<long long>(m_clock());
        if (auto created = sqlExec(db,
                                   "INSERT INTO sessions(id, user_id, device_name, source_address,"
                                   " created_at, last_seen_at, expires_at) "
                                   "VALUES(?1, ?2, ?3, ?4, ?5, ?5, ?6)",
                                   {sessionId, userId, deviceName.substr(0, 200), sourceAddress,
                                    now, now + kSessionLifetimeS});
            !created) {
            return created.error();
        }
        return issueTokens(sessionId);
    });
}

Core::Result<IssuedTokens> SessionStore::refresh(const std::string& refreshToken,
                                                 const std::string& sourceAddress)
{
    return m_db.withLock([&](Database& db) -> Core::Result<IssuedTokens> {
        auto found = sqlQuery(db,
                              "SELECT r.session_id, r.used_at, s.revoked_at, s.expires_at, "
                              "u.status FROM refresh_tokens r JOIN sessions s ON s.id = "
                              "r.session_id JOIN users u ON u.id = s.user_id "
                              "LEFT JOIN tenants t ON t.id = u.tenant_id "
                              "WHERE r.token_hash = ?1 AND (t.status IS NULL OR t.status = "
                              "'active')",
                              {sha256Hex(refreshToken)});
        if (!found)
            return found.error();
        auto row = found->step();
        if (!row)
            return row.error();
        const auto unknown = Core::makeError(Core::ErrorCode::NotFound,
                                             QStringLiteral("unknown or expired refresh token"));
        if (!row.value())
            return unknown;
        const std::string sessionId = found->columnText(0);
        const bool used = !found->columnIsNull(1);
        const bool revoked = !found->columnIsNull(2);
        const std::int64_t expiresAt = found->columnInt(3);
        const bool active = found->columnText(4) == "active";
        const std::int64_t now = m_clock();
        if (used) {
            qCWarning(lcSessions) << "refresh token reused; revoking session" << qs(sessionId);
            if (auto revokedNow = revokeSession(sessionId, "refresh-token-reuse"); !revokedNow)
                return revokedNow.error();
            return Core::makeError(Core::ErrorCode::PermissionDenied,
                                   QStringLiteral("refresh token reused; session revoked"));
        }
        if (revoked || expiresAt <= now || !active)
            return unknown;
        if (auto marked =
                sqlExec(db, "UPDATE refresh_tokens SET used_at = ?2 WHERE token_hash = ?1",
                        {sha256Hex(refreshToken), static_cast<long long>(now)});
            !marked) {
            return marked.error();
        }
        // The old access tokens of the session end with the rotation.
        if (auto dropped =
                sqlExec(db, "DELETE FROM access_tokens WHERE session_id = ?1", {sessionId});
            !dropped) {
            return dropped.error();
        }
        if (auto seen = sqlExec(db,
                                "UPDATE sessions SET last_seen_at = ?2, source_address = ?3 "
                                "WHERE id = ?1",
                                {sessionId, static_cast<long long>(now), sourceAddress});
            !seen) {
            return seen.error();
        }
        return issueTokens(sessionId);
    });
}

Core::Status SessionStore::revokeSession(const std::string& sessionId, const std::string& reason)
{
    return m_db.withLock([&](Database& db) -> Core::Status {
        if (auto revoked = sqlExec(db,
                                   "UPDATE sessions SET revoked_at = ?2, revoked_reason = ?3 "
                                   "WHERE id = ?1 AND revoked_at IS NULL",
                                   {sessionId, static_cast<long long>(m_clock()), reason});
            !revoked) {
            return revoked.error();
        }
        return sqlExec(db, "DELETE FROM access_tokens WHERE session_id = ?1", {sessionId});
    });
}

Core::Status SessionStore::revokeUserSessions(const std::string& userId, const std::string& reason)
{
    return m_db.withLock([&](Database& db) -> Core::Status {
        if (auto revoked = sqlExec(db,
                                   "UPDATE sessions SET revoked_at = ?2, revoked_reason = ?3 "
                                   "WHERE user_id = ?1 AND revoked_at IS NULL",
                                   {userId, static_cast<long long>(m_clock()), reason});
            !revoked) {
            return revoked.error();
        }
        return sqlExec(db,
                       "DELETE FROM access_tokens WHERE session_id IN "
                       "(SELECT id FROM sessions WHERE user_id = ?1)",
                       {userId});
    });
}

Core::Status SessionStore::revokeTenantSessions(const std::string& tenantId,
                                                const std::string& reason)
{
    return m_db.withLock([&](Database& db) -> Core::Status {
        if (auto revoked = sqlExec(db,
                                   "UPDATE sessions SET revoked_at = ?2, revoked_reason = ?3 "
                                   "WHERE revoked_at IS NULL AND user_id IN "
                                   "(SELECT id FROM users WHERE tenant_id = ?1)",
                                   {tenantId, static_cast<long long>(m_clock()), reason});
            !revoked) {
            return revoked.error();
        }
        return sqlExec(db,
                       "DELETE FROM access_tokens WHERE session_id IN (SELECT s.id FROM "
                       "sessions s JOIN users u ON u.id = s.user_id WHERE u.tenant_id = ?1)",
                       {tenantId});
    });
}

Core::Result<bool> SessionStore::revokeOwnSession(const std::string& userId,
                                                  const std::string& sessionId)
{
    return m_db.withLock([&](Database& db) -> Core::Result<bool> {
        auto owned = sqlScalar(db,
                               "SELECT COUNT(*) FROM sessions WHERE id = ?1 AND user_id = ?2 "
                               "AND revoked_at IS NULL",
                               {sessionId, userId});
        if (!owned)
            return owned.error();
        if (owned.value() == 0)
            return false;
        if (auto revoked = revokeSession(sessionId, "revoked-by-user"); !revoked)
            return revoked.error();
        return true;
    });
}

Core::Result<QJsonArray> SessionStore::listSessions(const std::string& userId,
                                                    const std::string& currentSessionId)
{
    return m_db.withLock([&](Database& db) -> Core::Result<QJsonArray> {
        auto rows = sqlQuery(db,
                             "SELECT id, device_name, source_address, created_at, last_seen_at, "
                             "expires_at FROM sessions WHERE user_id = ?1 AND revoked_at IS "
                             "NULL AND expires_at > ?2 ORDER BY created_at, id",
                             {userId, static_cast<long long>(m_clock())});
        if (!rows)
            return rows.error();
        QJsonArray items;
        while (true) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const std::string id = rows->columnText(0);
            items.append(QJsonObject{
                {QStringLiteral("id"), qs(id)},
                {QStringLiteral("device_name"), qs(rows->columnText(1))},
                {QStringLiteral("source_address"), qs(rows->columnText(2))},
                {QStringLiteral("created_at"), qs(isoTime(rows->columnInt(3)))},
                {QStringLiteral("last_seen_at"), qs(isoTime(rows->columnInt(4)))},
                {QStringLiteral("expires_at"), qs(isoTime(rows->columnInt(5)))},
                {QStringLiteral("current"), id == currentSessionId},
            });
        }
        return items;
    });
}

std::optional<Principal> SessionStore::authenticate(const std::string& accessToken)
{
    return m_db.withLock([&](Database& db) -> std::optional<Principal> {
        const auto now = static_cast<long long>(m_clock());
        auto found = sqlQuery(db,
                              "SELECT s.id, u.id, COALESCE(u.tenant_id, ''), u.email, "
                              "s.last_seen_at FROM access_tokens a "
                              "JOIN sessions s ON s.id = a.session_id "
                              "JOIN users u ON u.id = s.user_id "
                              "LEFT JOIN tenants t ON t.id = u.tenant_id "
                              "WHERE a.token_hash = ?1 AND a.expires_at > ?2 "
                              "AND s.revoked_at IS NULL AND s.expires_at > ?2 "
                              "AND u.status = 'active' AND (t.status IS NULL OR t.status = "
                              "'active')",
                              {sha256Hex(accessToken), now});
        if (!found)
            return std::nullopt;
        auto row = found->step();
        if (!row || !row.value())
            return std::nullopt;
        Principal principal;
        principal.sessionId = found->columnText(0);
        principal.userId = found->columnText(1);
        principal.tenantId = found->columnText(2);
        principal.email = found->columnText(3);
        const std::int64_t lastSeen = found->columnInt(4);
        auto roles = sqlQuery(db,
                              "SELECT role FROM role_assignments WHERE user_id = ?1 AND "
                              "(expires_at IS NULL OR expires_at > ?2) ORDER BY role",
                              {principal.userId, now});
        if (!roles)
            return std::nullopt;
        while (true) {
            auto next = roles->step();
            if (!next)
                return std::nullopt;
            if (!next.value())
                break;
            principal.roles.push_back(roles->columnText(0));
        }
        if (now - lastSeen >= 60) {
            (void)sqlExec(db, "UPDATE sessions SET last_seen_at = ?2 WHERE id = ?1",
                          {principal.sessionId, now});
        }
        return principal;
    });
}

std::function<std::optional<Principal>(const Request&, const std::string&)>
makeBearerAuthenticator(SessionStore& sessions)
{
    return [&sessions](const Request& request, const std::string&) -> std::optional<Principal> {
        const auto header = request.find(http::field::authorization);
        if (header == request.end())
            return std::nullopt;
        const std::string_view value = header->value();
        constexpr std::string_view kScheme = "Bearer ";
        if (value.size() <= kScheme.size() ||
            !std::equal(kScheme.begin(), kScheme.end(), value.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) ==
                       std::tolower(static_cast<unsigned char>(b));
            })) {
            return std::nullopt;
        }
        return sessions.authenticate(std::string(value.substr(kScheme.size())));
    };
}

} // namespace Server
