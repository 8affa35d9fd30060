#pragma once

// Sign-in sessions and their tokens (DESIGN.md §2). A session belongs to one user and one
// device; it holds a short-lived access token and a rotating refresh token. Tokens are opaque
// random strings, stored only as SHA-256 digests. Presenting a refresh token that was already
// rotated away revokes the whole session (the token was stolen or replayed).

#include "server/database.h"
#include "server/http.h"

#include <QJsonArray>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace Server {

// Seconds since the epoch; tests and the purge job may move it.
using Clock = std::function<std::int64_t()>;

inline constexpr std::int64_t kAccessTokenLifetimeS = 15 * 60;
inline constexpr std::int64_t kSessionLifetimeS = 30 * 24 * 3600;

struct IssuedTokens
{
    std::string sessionId;
    std::string accessToken;
    std::string refreshToken;
    std::int64_t accessExpiresInS = 0;
};

class SessionStore
{
public:
    SessionStore(Database& db, Clock clock);

    [[nodiscard]] Core::Result<IssuedTokens> createSession(const std::string& userId,
                                                           const std::string& deviceName,
                                                           const std::string& sourceAddress);
    // Rotates: NotFound for an unknown or expired token; PermissionDenied when the token was
    // already used (the session is revoked as a result).
    [[nodiscard]] Core::Result<IssuedTokens> refresh(const std::string& refreshToken,
                                                     const std::string& sourceAddress);
    [[nodiscard]] Core::Status revokeSession(const std::string& sessionId,
                                             const std::string& reason);
    [[nodiscard]] Core::Status revokeUserSessions(const std::string& userId,
                                                  const std::string& reason);
    // Revokes every session of every user of a tenant (termination).
    [[nodiscard]] Core::Status revokeTenantSessions(const std::string& tenantId,
                                                    const std::string& reason);
    // false when the session does not exist or belongs to someone else.
    [[nodiscard]] Core::Result<bool> revokeOwnSession(const std::string& userId,
                                                      const std::string& sessionId);
    [[nodiscard]] Core::Result<QJsonArray> listSessions(const std::string& userId,
                                                        const std::string& currentSessionId);

    // The principal behind an access token, or nothing (unknown, expired, revoked session,
    // disabled user, terminated tenant).
    [[nodiscard]] std::optional<Principal> authenticate(const std::string& accessToken);

    [[nodiscard]] std::int64_t now() const { return m_clock(); }

private:
    [[nodiscard]] Core::Result<IssuedTokens> issueTokens(const std::string& sessionId);

    Database& m_db;
    Clock m_clock;
};

// The Authenticator for HttpServer: "Authorization: Bearer <access token>".
[[nodiscard]] std::function<std::optional<Principal>(const Request&, const std::string&)>
makeBearerAuthenticator(SessionStore& sessions);

} // namespace Server
