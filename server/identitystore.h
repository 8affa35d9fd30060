#pragma once

// Tenants, users, role assignments and invitations in the database (the repository the
// identity routes use). Every user belongs to one tenant, except platform staff (operator,
// auditor) who belong to none. An email belongs to one account on the whole platform.

#include "server/database.h"
#include "server/secretbox.h"
#include "server/sessionstore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>

namespace Server {

inline constexpr std::int64_t kInviteLifetimeS = 7 * 24 * 3600;
inline constexpr std::int64_t kPasswordResetLifetimeS = 24 * 3600;

[[nodiscard]] bool isTenantRole(std::string_view role);
[[nodiscard]] bool isPlatformRole(std::string_view role);

struct TenantFields
{
    std::optional<std::string> name;
    std::optional<std::string> plan;
    std::optional<long long> seatLimit;
    std::optional<std::string> contractEnd; // YYYY-MM-DD, "" clears
};

struct LoginCandidate
{
    std::string userId;
    std::string passwordHash; // empty until an invitation is accepted
    std::string status;       // invited, active, disabled
    bool tenantActive = true;
    bool totpEnabled = false;
    // TOTP is required of this account (owner/admin of a tenant that turned it on, or an
    // operator when the platform did) but not enrolled yet: sign-in enrols it.
    bool totpRequired = false;
    QByteArray totpSecret;
    std::int64_t totpLastStep = 0;
};

struct Invitation
{
    QJsonObject user;
    std::string token; // shown once; stored only as its digest
    std::int64_t expiresAt = 0;
};

struct UserFilter
{
    std::string search; // prefix of email or display name
    std::string role;
    std::string status;
    std::string cursor; // the last email of the previous page
    int limit = 50;
};

// SQL: true when a role of user row `u` (tenant row `t`, LEFT JOINed) falls under a "TOTP
// required" switch: owner or admin of a tenant that requires it, or an operator while the
// platform does.
inline constexpr char kTotpRequiredByPolicySql[] =
    "EXISTS (SELECT 1 FROM role_assignments r WHERE r.user_id = u.id AND ((r.role IN ('owner', "
    "'admin') AND COALESCE(t.require_totp, 0) = 1) OR (r.role = 'operator' AND EXISTS (SELECT 1 "
    "FROM platform_settings p WHERE p.key = 'require_totp' AND p.value = '1'))))";

// What turning one's own TOTP off came to.
enum class TotpOff
{
    Invalid = 0,
    Off,              // turned off; sign-in needs no code any more
    NotEnabled,       // there was none to turn off
    RequiredByPolicy, // the organisation (or platform) requires it of this account
    InvalidCode,      // the code was wrong, expired or used already
};

class IdentityStore
{
public:
    // secrets: seals TOTP secrets at rest (server/secretbox.h); nullptr stores them as base64
    // (tests of other parts only).
    IdentityStore(Database& db, Clock clock, const SecretBox* secrets = nullptr);

    // Tenants: objects as the API returns them; nothing when there is no such tenant.
    [[nodiscard]] Core::Result<QJsonObject> createTenant(const TenantFields& fields);
    [[nodiscard]] Core::Result<std::optional<QJsonObject>> tenant(const std::string& id);
    // "active" or "terminated"; empty when there is no such tenant (cheaper than tenant()).
    [[nodiscard]] Core::Result<std::string> tenantStatus(const std::string& id);
    [[nodiscard]] Core::Result<QJsonObject> listTenants(const std::string& cursor, int limit);
    [[nodiscard]] Core::Result<std::optional<QJsonObject>> updateTenant(const std::string& id,
                                                                        const TenantFields& fields);
    [[nodiscard]] Core::Result<std::optional<QJsonObject>>
    terminateTenant(const std::string& id, const std::optional<std::string>& contractEnd);

    // Users.
    [[nodiscard]] Core::Result<bool> emailTaken(const std::string& email);
    [[nodiscard]] Core::Result<long long> seatsUsed(const std::string& tenantId);
    [[nodiscard]] Core::Result<long long> operatorCount();
    [[nodiscard]] Core::Result<std::optional<LoginCandidate>>
    loginCandidate(const std::string& email);
    // An active account with a password (platform staff when tenantId is empty).
    [[nodiscard]] Core::Result<QJsonObject> createActiveUser(const std::string& tenantId,
                                                             const std::string& email,
                                                             const std::string& displayName,
                                                             const std::string& passwordHash,
                                                             const std::string& role);
    [[nodiscard]] Core::Result<Invitation> inviteUser(const std::string& tenantId,
                                                      const std::string& email,
                                                      const std::string& displayName,
                                                      const std::string& role,
                                                      const std::string& grantedBy);
    // Nothing when the token is unknown, used or expired.
    [[nodiscard]] Core::Result<std::optional<QJsonObject>>
    acceptInvite(const std::string& token, const std::string& passwordHash,
                 const std::string& displayName);
    // userJson of any user (for /v1/me).
    [[nodiscard]] Core::Result<std::optional<QJsonObject>> userById(const std::string& userId);
    // A user of tenantId only; nothing for a user of another tenant.
    [[nodiscard]] Core::Result<std::optional<QJsonObject>> user(const std::string& tenantId,
                                                                const std::string& userId);
    [[nodiscard]] Core::Result<QJsonObject> listUsers(const std::string& tenantId,
                                                      const UserFilter& filter);
    [[nodiscard]] Core::Result<std::optional<QJsonObject>>
    updateUser(const std::string& tenantId, const std::string& userId,
               const std::string& displayName);
    // status: active or disabled; an invited user cannot be enabled before accepting.
    [[nodiscard]] Core::Result<std::optional<QJsonObject>>
    setUserStatus(const std::string& tenantId, const std::string& userId,
                  const std::string& status);
    [[nodiscard]] Core::Result<bool> deleteUser(const std::string& tenantId,
                                                const std::string& userId);
    // Replaces the user's tenant role.
    [[nodiscard]] Core::Status setRole(const std::string& userId, const std::string& role,
                                       const std::string& grantedBy,
                                       std::optional<std::int64_t> expiresAt);
    [[nodiscard]] Core::Result<long long> ownerCount(const std::string& tenantId);
    // Admin-triggered reset of an active user's password: the old one stops working and a
    // single-use token (accepted by /v1/invites/accept) sets a new one. Nothing when the user
    // is not an active user of the tenant.
    [[nodiscard]] Core::Result<std::optional<Invitation>>
    startPasswordReset(const std::string& tenantId, const std::string& userId);
    // TOTP enrolment: a new pending secret (raw bytes); nothing when TOTP is already on.
    [[nodiscard]] Core::Result<std::optional<QByteArray>> beginTotp(const std::string& userId);
    // Turns TOTP on when code matches the pending secret; false otherwise.
    [[nodiscard]] Core::Result<bool> confirmTotp(const std::string& userId,
                                                 const std::string& code);
    // Turns TOTP off with a current code, unless a "TOTP required" switch covers the account
    // (checked first, so that the code is not spent). The secret is deleted; the last step
    // used is kept, so that the code cannot be replayed after TOTP is turned on again.
    [[nodiscard]] Core::Result<TotpOff> disableTotp(const std::string& userId,
                                                    const std::string& code);
    // An administrator's reset after a lost device: TOTP off and the secret (also a pending
    // one) deleted. False when the account had neither.
    [[nodiscard]] Core::Result<bool> resetTotp(const std::string& userId);
    // Remembers the last step used, so that a code is never accepted twice.
    [[nodiscard]] Core::Status recordTotpStep(const std::string& userId, std::int64_t step);
    // Seals TOTP secrets still stored in the clear (written before secrets were sealed);
    // returns how many. Run at start; does nothing without a SecretBox.
    [[nodiscard]] Core::Result<int> sealPlaintextTotpSecrets();
    // The pending (not yet confirmed) secret, or a new one; nothing when TOTP is already on.
    [[nodiscard]] Core::Result<std::optional<QByteArray>> pendingTotp(const std::string& userId);
    // "TOTP required for owner and admin" of a tenant (nothing: no such tenant), and for
    // operators of the platform.
    [[nodiscard]] Core::Result<std::optional<bool>> tenantRequiresTotp(const std::string& tenantId);
    [[nodiscard]] Core::Result<bool> setTenantRequiresTotp(const std::string& tenantId,
                                                           bool required);
    [[nodiscard]] Core::Result<bool> platformRequiresTotp();
    [[nodiscard]] Core::Status setPlatformRequiresTotp(bool required);
    // Users of the tenant with sessions seen within activeWithinS from more than one address
    // or device: [{user_id, email, reason, sessions: [...]}].
    [[nodiscard]] Core::Result<QJsonArray> sharedAccountWarnings(const std::string& tenantId,
                                                                 std::int64_t activeWithinS);

private:
    [[nodiscard]] Core::Result<std::optional<QJsonObject>>
    userWhere(std::string_view where, const std::string& a, const std::string& b);

    // The stored form of a TOTP secret and back (server/identitystore_totp.cpp).
    [[nodiscard]] Core::Result<std::string> storeTotpSecret(const std::string& userId,
                                                            const QByteArray& secret) const;
    [[nodiscard]] Core::Result<QByteArray> openTotpSecret(const std::string& userId,
                                                          const std::string& stored) const;

    Database& m_db;
    Clock m_clock;
    const SecretBox* m_secrets = nullptr;
};

} // namespace Server
