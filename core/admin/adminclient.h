#pragma once

// The administration endpoints of the control API (docs/identity.md) as typed, asynchronous
// calls over Api::ApiClient: users (paging, invite, import, export, status, role, password
// reset, sessions), four-eyes role requests, the signed-in person's sessions, the audit log and
// tenants. No widgets: the Admin pages (ui/admin) and tests use it alike.
//
// Every call answers once through `done` with the HTTP answer (any status) or a network error,
// unless `guard` is destroyed first (ApiClient's contract).

#include "core/api/apiclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Admin {

using Done = Api::ApiClient::Callback;

struct UserQuery
{
    QString search; // email or display-name prefix
    QString role;   // one tenant role, or empty for all
    QString status; // active, invited, disabled, or empty for all
};

struct AuditQuery
{
    QString tenantId;
    QString actor; // actor email
    QString action;
    QString outcome; // success, denied, failure
    QString since;   // ISO 8601
    QString until;
};

// A new invite link: sign-up cap, deadline, the role new accounts get, and whether an owner or
// admin approves each account.
struct InviteLinkFields
{
    int maxSignups = 1;
    QDateTime expiresAt; // invalid: the server's default (7 days)
    QString role = QStringLiteral("viewer");
    bool requiresApproval = false;
};

// What the signed-in person may do, from GET /v1/me (docs/identity.md, "Authorisation").
struct Capabilities
{
    QString userId;
    QString email;
    QString tenantId; // empty for platform staff
    QStringList roles;

    [[nodiscard]] bool has(const char* role) const { return roles.contains(QLatin1String(role)); }
    [[nodiscard]] bool manageUsers() const { return has("owner") || has("admin"); }
    [[nodiscard]] bool grantPrivileged() const { return has("owner"); }
    [[nodiscard]] bool viewApprovals() const { return manageUsers(); }
    [[nodiscard]] bool decideApprovals() const { return has("owner"); }
    [[nodiscard]] bool viewAudit() const { return manageUsers() || platformStaff(); }
    [[nodiscard]] bool verifyAudit() const { return platformStaff(); }
    [[nodiscard]] bool viewTenants() const { return platformStaff(); }
    [[nodiscard]] bool editTenants() const { return has("operator"); }
    [[nodiscard]] bool platformStaff() const { return has("operator") || has("auditor"); }
};

[[nodiscard]] Capabilities capabilitiesFromMe(const QJsonObject& me);

// The problem type's last segment ("four-eyes", "last-owner") of a problem+json answer.
[[nodiscard]] QString problemType(const Api::ApiResponse& response);

// Tenant data is erased on the 31st day after the contract end (server/tenantpurge.h).
inline constexpr int kPurgeAfterContractEndDays = 31;
// The purge date of a terminated tenant (tenants JSON), or an empty string.
[[nodiscard]] QString purgeDate(const QJsonObject& tenant);

// Query strings ("?q=a%40b&limit=100&cursor=x") with percent-encoded values; empty values
// are left out.
[[nodiscard]] QString usersPath(const QString& tenantId, const UserQuery& query,
                                const QString& cursor, int limit);
[[nodiscard]] QString auditPath(const QString& base, const AuditQuery& query, const QString& cursor,
                                int limit);

class AdminClient
{
public:
    explicit AdminClient(Api::ApiClient& api) : m_api(api) {}

    [[nodiscard]] Api::ApiClient& api() { return m_api; }

    void me(QObject* guard, Done done);

    // Users of a tenant.
    void users(const QString& tenantId, const UserQuery& query, const QString& cursor, int limit,
               QObject* guard, Done done);
    void inviteUser(const QString& tenantId, const QString& email, const QString& role,
                    const QString& displayName, QObject* guard, Done done);
    // Invite links (docs/identity.md, "Invite links"): anyone with the link's token signs up
    // until the cap or the deadline; with requiresApproval an owner or admin approves each one.
    void createInviteLink(const QString& tenantId, const InviteLinkFields& fields, QObject* guard,
                          Done done);
    void inviteLinks(const QString& tenantId, QObject* guard, Done done);
    void revokeInviteLink(const QString& tenantId, const QString& linkId, QObject* guard,
                          Done done);
    // Sign-ups through the links; status pending, approved, rejected or empty for all.
    void signups(const QString& tenantId, const QString& status, QObject* guard, Done done);
    void decideSignup(const QString& tenantId, const QString& signupId, bool approve,
                      QObject* guard, Done done);
    void importUsers(const QString& tenantId, const QByteArray& csv, bool dryRun, QObject* guard,
                     Done done);
    void exportUsers(const QString& tenantId, QObject* guard, Done done);
    void setUserEnabled(const QString& tenantId, const QString& userId, bool enabled,
                        QObject* guard, Done done);
    void deleteUser(const QString& tenantId, const QString& userId, QObject* guard, Done done);
    void resetPassword(const QString& tenantId, const QString& userId, QObject* guard, Done done);
    // After a lost device: the user's one-time code off and their sessions ended.
    void resetTotp(const QString& tenantId, const QString& userId, QObject* guard, Done done);
    void changeRole(const QString& tenantId, const QString& userId, const QString& role,
                    QObject* guard, Done done);
    void revokeUserSessions(const QString& tenantId, const QString& userId, QObject* guard,
                            Done done);
    // A user's open sessions (owners, admins): GET /v1/tenants/{tid}/users/{uid}/sessions.
    void userSessions(const QString& tenantId, const QString& userId, QObject* guard, Done done);

    // Four-eyes role requests; status empty for all.
    void roleRequests(const QString& tenantId, const QString& status, QObject* guard, Done done);
    void decideRoleRequest(const QString& tenantId, const QString& requestId, bool approve,
                           const QString& reason, QObject* guard, Done done);

    // The signed-in person's own sessions.
    void mySessions(QObject* guard, Done done);
    void revokeMySession(const QString& sessionId, QObject* guard, Done done);

    // The audit log.
    void audit(const AuditQuery& query, const QString& cursor, int limit, QObject* guard,
               Done done);
    void exportAudit(const AuditQuery& query, QObject* guard, Done done);
    void verifyAudit(QObject* guard, Done done);

    // Tenants (operators; auditors read).
    void tenants(const QString& cursor, int limit, QObject* guard, Done done);
    void createTenant(const QJsonObject& fields, QObject* guard, Done done);
    void updateTenant(const QString& tenantId, const QJsonObject& fields, QObject* guard,
                      Done done);
    // contractEnd "YYYY-MM-DD", or empty for today.
    void terminateTenant(const QString& tenantId, const QString& contractEnd, QObject* guard,
                         Done done);

private:
    void get(const QString& path, QObject* guard, Done done);
    void post(const QString& path, const QJsonObject& body, QObject* guard, Done done,
              Api::Creates creates = Api::Creates::No);

    Api::ApiClient& m_api;
};

} // namespace Admin
