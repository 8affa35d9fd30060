#include "tests/support/identityfixture.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>

namespace TestSupport {

bool initOperator(const ServerProcess& server, const QString& email, const QString& password,
                  QString* error)
{
    QProcess init;
    init.start(ServerProcess::binary(),
               {QStringLiteral("init"), QStringLiteral("--data"), server.dataDir(),
                QStringLiteral("--email"), email, QStringLiteral("--password-stdin")});
    if (!init.waitForStarted(10000)) {
        if (error)
            *error = init.errorString();
        return false;
    }
    init.write(password.toUtf8() + "\n");
    init.closeWriteChannel();
    if (!init.waitForFinished(30000) || init.exitStatus() != QProcess::NormalExit ||
        init.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(init.readAllStandardError());
        return false;
    }
    return true;
}

QUrl apiUrl(const ServerProcess& server, const QString& pathAndQuery)
{
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    QUrl url = server.url(question < 0 ? pathAndQuery : pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    return url;
}

QPair<QByteArray, QByteArray> bearer(const QString& accessToken)
{
    return {QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8()};
}

std::optional<QJsonObject> IdentityFixture::call(const QByteArray& method, const QString& path,
                                                 const QJsonObject& body, const QString& token,
                                                 int expectedStatus)
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    if (!token.isEmpty())
        headers.append(bearer(token));
    const HttpResult reply = httpRequest(
        method, m_server.url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    if (reply.status != expectedStatus) {
        m_lastError = QStringLiteral("%1 %2 answered %3 (expected %4): %5")
                          .arg(QString::fromUtf8(method), path)
                          .arg(reply.status)
                          .arg(expectedStatus)
                          .arg(QString::fromUtf8(reply.body));
        return std::nullopt;
    }
    return QJsonDocument::fromJson(reply.body).object();
}

std::optional<Account> IdentityFixture::login(const QString& email, const QString& password,
                                              const QString& deviceName)
{
    QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!deviceName.isEmpty())
        body.insert(QStringLiteral("device_name"), deviceName);
    const auto reply = call("POST", QStringLiteral("/v1/auth/login"), body, {}, 200);
    if (!reply)
        return std::nullopt;
    const QJsonObject user = reply->value(QStringLiteral("user")).toObject();
    Account account;
    account.userId = user.value(QStringLiteral("id")).toString();
    account.tenantId = user.value(QStringLiteral("tenant_id")).toString();
    account.email = email;
    account.password = password;
    account.accessToken = reply->value(QStringLiteral("access_token")).toString();
    account.refreshToken = reply->value(QStringLiteral("refresh_token")).toString();
    account.sessionId = reply->value(QStringLiteral("session_id")).toString();
    return account;
}

std::optional<Account> IdentityFixture::loginOperator()
{
    if (!m_operator)
        m_operator = login(kOperatorEmail);
    return m_operator;
}

bool IdentityFixture::acceptInvite(const QString& token, const QString& password)
{
    return call("POST", QStringLiteral("/v1/invites/accept"),
                QJsonObject{{QStringLiteral("token"), token},
                            {QStringLiteral("password"), password}},
                {}, 200)
        .has_value();
}

QString IdentityFixture::uniqueEmail(const QString& stem)
{
    return QStringLiteral("%1%2-%3@example.test")
        .arg(stem)
        .arg(++m_counter)
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

std::optional<Tenant> IdentityFixture::createTenant(const QString& name,
                                                    const QJsonObject& extraFields)
{
    const auto op = loginOperator();
    if (!op)
        return std::nullopt;
    QJsonObject body = extraFields;
    body.insert(QStringLiteral("name"), name);
    const QString ownerEmail = uniqueEmail(QStringLiteral("owner"));
    body.insert(QStringLiteral("owner_email"), ownerEmail);
    const auto created = call("POST", QStringLiteral("/v1/tenants"), body, op->accessToken, 201);
    if (!created)
        return std::nullopt;
    const QString token = created->value(QStringLiteral("owner_invitation"))
                              .toObject()
                              .value(QStringLiteral("invite_token"))
                              .toString();
    if (!acceptInvite(token))
        return std::nullopt;
    auto owner = login(ownerEmail);
    if (!owner)
        return std::nullopt;
    return Tenant{created->value(QStringLiteral("id")).toString(), name, *owner};
}

std::optional<Account> IdentityFixture::addUser(const Tenant& tenant, const QString& role,
                                                const QString& email)
{
    const QString address = email.isEmpty() ? uniqueEmail(role) : email;
    const auto invited =
        call("POST", QStringLiteral("/v1/tenants/%1/users").arg(tenant.id),
             QJsonObject{{QStringLiteral("email"), address}, {QStringLiteral("role"), role}},
             tenant.owner.accessToken, 201);
    if (!invited)
        return std::nullopt;
    if (!acceptInvite(invited->value(QStringLiteral("invite_token")).toString()))
        return std::nullopt;
    if (role == QLatin1String("admin") || role == QLatin1String("owner")) {
        const QString requestId = invited->value(QStringLiteral("role_request"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
        const auto approver = secondOwner(tenant);
        if (!approver)
            return std::nullopt;
        if (!call(
                "POST",
                QStringLiteral("/v1/tenants/%1/role-requests/%2/approve").arg(tenant.id, requestId),
                {}, approver->accessToken, 200)) {
            return std::nullopt;
        }
    }
    return login(address);
}

std::optional<Account> IdentityFixture::addStaff(const QString& role)
{
    const auto op = loginOperator();
    if (!op)
        return std::nullopt;
    const QString address = uniqueEmail(role);
    const auto invited =
        call("POST", QStringLiteral("/v1/staff"),
             QJsonObject{{QStringLiteral("email"), address}, {QStringLiteral("role"), role}},
             op->accessToken, 201);
    if (!invited || !acceptInvite(invited->value(QStringLiteral("invite_token")).toString()))
        return std::nullopt;
    return login(address);
}

std::optional<Account> IdentityFixture::secondOwner(const Tenant& tenant)
{
    if (const auto it = m_secondOwners.find(tenant.id); it != m_secondOwners.end())
        return it->second;
    const auto op = loginOperator();
    if (!op)
        return std::nullopt;
    const QString address = uniqueEmail(QStringLiteral("owner"));
    const auto invited = call("POST", QStringLiteral("/v1/tenants/%1/users").arg(tenant.id),
                              QJsonObject{{QStringLiteral("email"), address},
                                          {QStringLiteral("role"), QStringLiteral("owner")}},
                              op->accessToken, 201);
    if (!invited || !acceptInvite(invited->value(QStringLiteral("invite_token")).toString()))
        return std::nullopt;
    auto owner = login(address);
    if (owner)
        m_secondOwners.emplace(tenant.id, *owner);
    return owner;
}

} // namespace TestSupport
