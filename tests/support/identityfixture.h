#pragma once

// Identity test support (issue 3), for any integration test that needs signed-in principals
// against the real onestream-server binary.
//
//     TestSupport::ServerProcess server;
//     ASSERT_TRUE(TestSupport::initOperator(server));      // BEFORE server.start()
//     ASSERT_TRUE(server.start());
//     TestSupport::IdentityFixture identity(server);
//     auto op = identity.loginOperator();                   // platform operator, signed in
//     auto tenant = identity.createTenant(QStringLiteral("Acme"));  // tenant + active owner
//     ASSERT_TRUE(tenant) << identity.lastError().toStdString();
//     auto editor = identity.addUser(*tenant, QStringLiteral("editor"));  // signed in
//     auto reply = TestSupport::httpRequest("GET", server.url(QStringLiteral("/v1/me")), {},
//                                           {TestSupport::bearer(editor->accessToken)});
//
// Every account gets kTestPassword unless told otherwise and a unique email. Each sign-in costs
// one password hash (~0.1 s), so sign in only the accounts a test needs.

#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPair>
#include <QString>

#include <map>
#include <optional>

namespace TestSupport {

inline const QString kOperatorEmail = QStringLiteral("operator@onestream.test");
inline const QString kTestPassword = QStringLiteral("Test-Passw0rd");

// Runs `onestream-server init` on the server's data folder (the server must not be started
// yet, or may run; SQLite WAL allows both). False with the reason in *error on failure.
bool initOperator(const ServerProcess& server, const QString& email = kOperatorEmail,
                  const QString& password = kTestPassword, QString* error = nullptr);

// server.url() for a path that may carry a query ("/v1/x?limit=2"): ServerProcess::url() would
// percent-encode the '?' into the path.
[[nodiscard]] QUrl apiUrl(const ServerProcess& server, const QString& pathAndQuery);

// ("Authorization", "Bearer <token>") for httpRequest's header list.
[[nodiscard]] QPair<QByteArray, QByteArray> bearer(const QString& accessToken);

struct Account
{
    QString userId;
    QString tenantId; // empty for platform staff
    QString email;
    QString password;
    QString accessToken;
    QString refreshToken;
    QString sessionId;
};

struct Tenant
{
    QString id;
    QString name;
    Account owner; // the first owner, active and signed in
};

class IdentityFixture
{
public:
    explicit IdentityFixture(const ServerProcess& server) : m_server(server) {}

    // POST /v1/auth/login; nothing (see lastError) unless it answers 200.
    std::optional<Account> login(const QString& email, const QString& password = kTestPassword,
                                 const QString& deviceName = {});
    std::optional<Account> loginOperator();
    // As the operator (signing in once, then reusing the token): creates a tenant, seats its
    // first owner through the invitation, accepts it and signs the owner in.
    std::optional<Tenant> createTenant(const QString& name, const QJsonObject& extraFields = {});
    // As the tenant's owner: invites a user with role, accepts the invitation and signs in.
    // For admin and owner (four-eyes) a second owner, seated by the operator, approves.
    std::optional<Account> addUser(const Tenant& tenant, const QString& role,
                                   const QString& email = {});
    // As the operator: invites platform staff (operator or auditor), accepts and signs in.
    std::optional<Account> addStaff(const QString& role);
    // A second active owner of the tenant (seated by the operator, signed in; cached).
    std::optional<Account> secondOwner(const Tenant& tenant);
    // POST /v1/invites/accept.
    bool acceptInvite(const QString& token, const QString& password = kTestPassword);

    // A fresh unique email ("user7-<random>@example.test").
    [[nodiscard]] QString uniqueEmail(const QString& stem = QStringLiteral("user"));
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] const ServerProcess& server() const { return m_server; }

private:
    std::optional<QJsonObject> call(const QByteArray& method, const QString& path,
                                    const QJsonObject& body, const QString& token,
                                    int expectedStatus);

    const ServerProcess& m_server;
    std::optional<Account> m_operator;
    std::map<QString, Account> m_secondOwners;
    QString m_lastError;
    int m_counter = 0;
};

} // namespace TestSupport
