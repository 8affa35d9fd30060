#pragma once

// Invite links (docs/identity.md): a tenant owner or admin creates a link with a sign-up cap, a
// deadline, a default role and an "admin must approve new accounts" switch, as OneStream's web
// console offers. Anyone holding the link signs up with email and password: the account is
// active at once, or waits as a pending sign-up until an owner or admin approves it.
//
// The token is shown once at creation and stored only as its SHA-256 digest. A link grants
// editor, uploader or viewer only: owner and admin stay behind the four-eyes rule. Every
// sign-up (pending, approved or rejected) counts towards the cap.

#include "server/database.h"
#include "server/identitystore.h"
#include "server/sessionstore.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>

namespace Server {

struct InviteLinkFields
{
    std::string role = "viewer";
    long long maxSignups = 0; // 1 .. kMaxInviteLinkSignups
    std::int64_t expiresAt = 0;
    bool requiresApproval = false;
};

inline constexpr long long kMaxInviteLinkSignups = 100000;
inline constexpr std::int64_t kMaxInviteLinkLifetimeS = 366 * 24 * 3600;

enum class SignupResult
{
    Active = 1,     // the account exists and may sign in
    Pending,        // waits for an owner or admin
    UnknownLink,    // no such token
    Revoked,        // the link was revoked
    Expired,        // past the deadline
    Full,           // the cap is reached
    EmailTaken,     // one person, one account
    SeatLimit,      // the tenant has no free seat
    TenantInactive, // the tenant is terminated
};

struct SignupOutcome
{
    SignupResult result = SignupResult::UnknownLink;
    QJsonObject object; // the user (Active) or the pending sign-up (Pending)
};

enum class SignupDecisionResult
{
    Done = 1,
    NotFound,
    NotPending,
    EmailTaken,
    SeatLimit,
};

struct SignupDecision
{
    SignupDecisionResult result = SignupDecisionResult::NotFound;
    QJsonObject signup;
    QJsonObject user; // when approved
};

class InviteLinks
{
public:
    InviteLinks(Database& db, IdentityStore& identity, Clock clock);

    // The new link with its token (shown once).
    [[nodiscard]] Core::Result<QJsonObject> create(const std::string& tenantId,
                                                   const InviteLinkFields& fields,
                                                   const std::string& createdBy);
    [[nodiscard]] Core::Result<QJsonObject> list(const std::string& tenantId);
    // The revoked link; nothing when the tenant has no such link.
    [[nodiscard]] Core::Result<std::optional<QJsonObject>> revoke(const std::string& tenantId,
                                                                  const std::string& linkId);

    // passwordHash: already hashed (slow work stays outside the database lock).
    [[nodiscard]] Core::Result<SignupOutcome> signup(const std::string& token,
                                                     const std::string& email,
                                                     const std::string& displayName,
                                                     const std::string& passwordHash);
    // status: "", pending, approved or rejected.
    [[nodiscard]] Core::Result<QJsonObject> listSignups(const std::string& tenantId,
                                                        const std::string& status);
    [[nodiscard]] Core::Result<SignupDecision> decide(const std::string& tenantId,
                                                      const std::string& signupId, bool approve,
                                                      const std::string& decidedBy);

private:
    [[nodiscard]] Core::Result<std::optional<QJsonObject>> link(const std::string& tenantId,
                                                                const std::string& linkId);
    [[nodiscard]] Core::Result<std::optional<QJsonObject>> signupById(const std::string& tenantId,
                                                                      const std::string& id);
    // 0 when the tenant may seat one more user, else the seat limit reached.
    [[nodiscard]] Core::Result<long long> seatLimitReached(const std::string& tenantId);

    Database& m_db;
    IdentityStore& m_identity;
    Clock m_clock;
};

} // namespace Server
