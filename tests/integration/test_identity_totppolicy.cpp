// TOTP policy and storage (issue 3): the tenant's "TOTP required for owner and admin" switch
// (and the platform's for operators) with enrolment at sign-in; TOTP secrets sealed at rest
// (AES-256-GCM, server key file 0600), including secrets stored in the clear before.
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"
#include "tests/support/totpcode.h"

#include <gtest/gtest.h>

#include <tuple>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

using namespace TestSupport;

QJsonObject jsonOf(const HttpResult& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QString problemType(const HttpResult& reply)
{
    return jsonOf(reply).value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
}

class TotpPolicy : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
    }
    HttpResult send(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                    const QString& token = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append(bearer(token));
        return httpRequest(method, apiUrl(m_server, path),
                           body.isEmpty() ? QByteArray()
                                          : QJsonDocument(body).toJson(QJsonDocument::Compact),
                           headers);
    }
    HttpResult login(const QString& email, const QString& code = {})
    {
        QJsonObject body{{QStringLiteral("email"), email},
                         {QStringLiteral("password"), kTestPassword}};
        if (!code.isEmpty())
            body.insert(QStringLiteral("totp"), code);
        return send("POST", QStringLiteral("/v1/auth/login"), body);
    }
    // The value of one column of one row, read straight from the database file.
    QString column(const QString& query)
    {
        const QString name = QUuid::createUuid().toString();
        QString value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_server.dataDir() + QStringLiteral("/onestream.db"));
            EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery sql(db);
            EXPECT_TRUE(sql.exec(query)) << sql.lastError().text().toStdString();
            if (sql.next())
                value = sql.value(0).toString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }
    void exec(const QString& statement)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_server.dataDir() + QStringLiteral("/onestream.db"));
            ASSERT_TRUE(db.open());
            QSqlQuery sql(db);
            ASSERT_TRUE(sql.exec(statement)) << sql.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    ServerProcess m_server;
    IdentityFixture m_identity{m_server};
};

TEST_F(TotpPolicy, TenantSwitch_OwnerWithoutTotp_EnrolsAtSignIn)
{
    auto tenant = m_identity.createTenant(QStringLiteral("Strict"));
    ASSERT_TRUE(tenant) << m_identity.lastError().toStdString();
    const auto admin = m_identity.addUser(*tenant, QStringLiteral("admin"));
    const auto viewer = m_identity.addUser(*tenant, QStringLiteral("viewer"));
    ASSERT_TRUE(admin && viewer) << m_identity.lastError().toStdString();
    const QString security =
        QStringLiteral("/v1/tenants/") + tenant->id + QStringLiteral("/security");

    // Only the owner (or an operator) turns it on; the admin may read it.
    EXPECT_EQ(send("PATCH", security, {{QStringLiteral("require_totp"), true}}, admin->accessToken)
                  .status,
              403);
    const HttpResult on = send("PATCH", security, {{QStringLiteral("require_totp"), true}},
                               tenant->owner.accessToken);
    ASSERT_EQ(on.status, 200) << on.body.toStdString();
    EXPECT_TRUE(jsonOf(send("GET", security, {}, admin->accessToken))
                    .value(QStringLiteral("require_totp"))
                    .toBool());

    // A viewer is not concerned.
    EXPECT_EQ(login(viewer->email).status, 200);

    // The owner without TOTP: a specific problem with a secret to enrol, the same on retry.
    const HttpResult first = login(tenant->owner.email);
    ASSERT_EQ(first.status, 403) << first.body.toStdString();
    EXPECT_EQ(problemType(first), QStringLiteral("totp-enrolment-required"));
    const QString secretText = jsonOf(first)
                                   .value(QStringLiteral("totp"))
                                   .toObject()
                                   .value(QStringLiteral("secret"))
                                   .toString();
    ASSERT_FALSE(secretText.isEmpty()) << first.body.toStdString();
    const HttpResult retry = login(tenant->owner.email);
    EXPECT_EQ(jsonOf(retry)
                  .value(QStringLiteral("totp"))
                  .toObject()
                  .value(QStringLiteral("secret"))
                  .toString(),
              secretText);
    const QByteArray secret = base32Decode(secretText);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString wrong = totpCode(secret, now) == QLatin1String("000000")
                              ? QStringLiteral("000001")
                              : QStringLiteral("000000");
    EXPECT_EQ(problemType(login(tenant->owner.email, wrong)), QStringLiteral("invalid-totp"));
    const HttpResult enrolled = login(tenant->owner.email, totpCode(secret, now));
    EXPECT_EQ(enrolled.status, 200) << enrolled.body.toStdString();
    // From now on the ordinary TOTP sign-in applies.
    EXPECT_EQ(problemType(login(tenant->owner.email)), QStringLiteral("totp-required"));
    EXPECT_EQ(login(tenant->owner.email, totpCode(secret, now + 30)).status, 200);

    // The admin is asked too; turning the switch off lifts it.
    EXPECT_EQ(problemType(login(admin->email)), QStringLiteral("totp-enrolment-required"));
    ASSERT_EQ(send("PATCH", security, {{QStringLiteral("require_totp"), false}},
                   m_identity.loginOperator()->accessToken)
                  .status,
              200);
    EXPECT_EQ(login(admin->email).status, 200);
}

TEST_F(TotpPolicy, TurnOff_NeedsCurrentCode_RefusedWhileRequired)
{
    auto tenant = m_identity.createTenant(QStringLiteral("Relaxed"));
    ASSERT_TRUE(tenant) << m_identity.lastError().toStdString();
    const auto editor = m_identity.addUser(*tenant, QStringLiteral("editor"));
    ASSERT_TRUE(editor) << m_identity.lastError().toStdString();
    const QString totp = QStringLiteral("/v1/me/totp");
    const auto enrol = [&](const QString& token) {
        const HttpResult begun = send("POST", totp, {}, token);
        EXPECT_EQ(begun.status, 200) << begun.body.toStdString();
        const QByteArray secret =
            base32Decode(jsonOf(begun).value(QStringLiteral("secret")).toString());
        const HttpResult confirmed =
            send("POST", QStringLiteral("/v1/me/totp/confirm"),
                 {{QStringLiteral("code"), totpCode(secret, QDateTime::currentSecsSinceEpoch())}},
                 token);
        EXPECT_EQ(confirmed.status, 200) << confirmed.body.toStdString();
        return secret;
    };
    const auto code = [](const QByteArray& secret, int steps) {
        return totpCode(secret, QDateTime::currentSecsSinceEpoch() + steps * 30);
    };

    // Nothing to turn off yet.
    EXPECT_EQ(problemType(send("DELETE", totp, {{QStringLiteral("code"), QStringLiteral("123456")}},
                               editor->accessToken)),
              QStringLiteral("totp-not-enabled"));

    const QByteArray secret = enrol(editor->accessToken);
    EXPECT_EQ(problemType(login(editor->email)), QStringLiteral("totp-required"));
    // A code is needed, and it must be right; the session alone is not enough.
    EXPECT_EQ(send("DELETE", totp, {}, editor->accessToken).status, 400);
    const QString wrong = code(secret, 1) == QLatin1String("000000") ? QStringLiteral("000001")
                                                                     : QStringLiteral("000000");
    const HttpResult refused =
        send("DELETE", totp, {{QStringLiteral("code"), wrong}}, editor->accessToken);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(problemType(refused), QStringLiteral("invalid-totp"));
    // The next step's code (the current one went into the confirmation) turns it off.
    const HttpResult off =
        send("DELETE", totp, {{QStringLiteral("code"), code(secret, 1)}}, editor->accessToken);
    ASSERT_EQ(off.status, 200) << off.body.toStdString();
    EXPECT_FALSE(jsonOf(off).value(QStringLiteral("enabled")).toBool(true));
    EXPECT_EQ(login(editor->email).status, 200); // no code needed any more
    EXPECT_TRUE(column(QStringLiteral("SELECT COALESCE(totp_secret, '') FROM users WHERE id = '%1'")
                           .arg(editor->userId))
                    .isEmpty());
    EXPECT_EQ(
        column(
            QStringLiteral("SELECT totp_enabled FROM users WHERE id = '%1'").arg(editor->userId)),
        QStringLiteral("0"));

    // The owner under "TOTP required" cannot turn it off (and the code is not spent).
    const QByteArray ownerSecret = enrol(tenant->owner.accessToken);
    ASSERT_EQ(send("PATCH",
                   QStringLiteral("/v1/tenants/") + tenant->id + QStringLiteral("/security"),
                   {{QStringLiteral("require_totp"), true}}, tenant->owner.accessToken)
                  .status,
              200);
    EXPECT_EQ(problemType(send("DELETE", totp, {{QStringLiteral("code"), code(ownerSecret, 1)}},
                               tenant->owner.accessToken)),
              QStringLiteral("totp-required-by-policy"));
    EXPECT_EQ(login(tenant->owner.email, code(ownerSecret, 1)).status, 200);

    // Wrong codes count like failed sign-ins: guessing soon gets 429 with Retry-After.
    const auto uploader = m_identity.addUser(*tenant, QStringLiteral("uploader"));
    ASSERT_TRUE(uploader) << m_identity.lastError().toStdString();
    const QByteArray uploaderSecret = enrol(uploader->accessToken);
    QString guess = code(uploaderSecret, 0) == QLatin1String("111111") ? QStringLiteral("222222")
                                                                       : QStringLiteral("111111");
    int throttledAfter = 0;
    for (int attempt = 1; attempt <= 8 && throttledAfter == 0; ++attempt) {
        const HttpResult tried =
            send("DELETE", totp, {{QStringLiteral("code"), guess}}, uploader->accessToken);
        if (tried.status == 429) {
            EXPECT_FALSE(tried.header("Retry-After").isEmpty());
            throttledAfter = attempt;
        } else {
            EXPECT_EQ(tried.status, 422) << attempt;
        }
    }
    EXPECT_GT(throttledAfter, 1);
}

TEST_F(TotpPolicy, AdminReset_LostDevice_CodeOffSessionsEndedReenrolWhereRequired)
{
    auto tenant = m_identity.createTenant(QStringLiteral("LostPhone"));
    ASSERT_TRUE(tenant) << m_identity.lastError().toStdString();
    const auto admin = m_identity.addUser(*tenant, QStringLiteral("admin"));
    const auto editor = m_identity.addUser(*tenant, QStringLiteral("editor"));
    ASSERT_TRUE(admin && editor) << m_identity.lastError().toStdString();
    // The editor and the admin turn TOTP on.
    for (const auto* account : {&*editor, &*admin}) {
        const HttpResult begun =
            send("POST", QStringLiteral("/v1/me/totp"), {}, account->accessToken);
        ASSERT_EQ(begun.status, 200);
        const QByteArray secret =
            base32Decode(jsonOf(begun).value(QStringLiteral("secret")).toString());
        ASSERT_EQ(
            send("POST", QStringLiteral("/v1/me/totp/confirm"),
                 {{QStringLiteral("code"), totpCode(secret, QDateTime::currentSecsSinceEpoch())}},
                 account->accessToken)
                .status,
            200);
    }
    const auto resetPath = [&](const QString& userId) {
        return QStringLiteral("/v1/tenants/") + tenant->id + QStringLiteral("/users/") + userId +
               QStringLiteral("/totp");
    };

    // Not for oneself, not by an editor, not an owner's by an admin; a user of another tenant
    // is not found.
    EXPECT_EQ(problemType(send("DELETE", resetPath(admin->userId), {}, admin->accessToken)),
              QStringLiteral("cannot-target-self"));
    EXPECT_EQ(send("DELETE", resetPath(admin->userId), {}, editor->accessToken).status, 403);
    EXPECT_EQ(send("DELETE", resetPath(tenant->owner.userId), {}, admin->accessToken).status, 403);
    auto other = m_identity.createTenant(QStringLiteral("Elsewhere"));
    ASSERT_TRUE(other);
    EXPECT_EQ(send("DELETE", resetPath(other->owner.userId), {}, tenant->owner.accessToken).status,
              404);

    // The admin resets the editor's code: the editor's session ends and a password is enough.
    const HttpResult reset = send("DELETE", resetPath(editor->userId), {}, admin->accessToken);
    ASSERT_EQ(reset.status, 200) << reset.body.toStdString();
    EXPECT_EQ(send("GET", QStringLiteral("/v1/me"), {}, editor->accessToken).status, 401);
    EXPECT_EQ(login(editor->email).status, 200);
    EXPECT_EQ(problemType(send("DELETE", resetPath(editor->userId), {}, admin->accessToken)),
              QStringLiteral("totp-not-enabled"));

    // With TOTP required, the owner resets the admin (through the CLI): the admin enrols anew
    // at the next sign-in.
    ASSERT_EQ(send("PATCH",
                   QStringLiteral("/v1/tenants/") + tenant->id + QStringLiteral("/security"),
                   {{QStringLiteral("require_totp"), true}}, tenant->owner.accessToken)
                  .status,
              200);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONESTREAM_SERVER"), m_server.baseUrl().toString());
    env.insert(QStringLiteral("ONESTREAM_TOKEN"), tenant->owner.accessToken);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(ONESTREAM_CLI_BINARY),
              {QStringLiteral("users"), QStringLiteral("reset-totp"), admin->email});
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    EXPECT_TRUE(
        QString::fromUtf8(cli.readAllStandardOutput()).contains(QStringLiteral("turned off")));
    EXPECT_EQ(problemType(login(admin->email)), QStringLiteral("totp-enrolment-required"));
}

TEST_F(TotpPolicy, Cli_RequireTotpOnThenShow_Reported)
{
    auto tenant = m_identity.createTenant(QStringLiteral("Cli"));
    ASSERT_TRUE(tenant) << m_identity.lastError().toStdString();
    const auto cli = [&](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONESTREAM_SERVER"), m_server.baseUrl().toString());
        env.insert(QStringLiteral("ONESTREAM_TOKEN"), tenant->owner.accessToken);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ONESTREAM_CLI_BINARY), arguments);
        process.waitForFinished(30000);
        return std::make_pair(process.exitCode(),
                              QString::fromUtf8(process.readAllStandardOutput()));
    };
    const auto [on, onOut] =
        cli({QStringLiteral("security"), QStringLiteral("require-totp"), QStringLiteral("on")});
    EXPECT_EQ(on, 0) << onOut.toStdString();
    const auto [shown, showOut] =
        cli({QStringLiteral("security"), QStringLiteral("show"), QStringLiteral("--json")});
    EXPECT_EQ(shown, 0);
    EXPECT_TRUE(QJsonDocument::fromJson(showOut.toUtf8())
                    .object()
                    .value(QStringLiteral("require_totp"))
                    .toBool())
        << showOut.toStdString();
    EXPECT_EQ(problemType(login(tenant->owner.email)), QStringLiteral("totp-enrolment-required"));
}

TEST_F(TotpPolicy, Cli_TotpOnConfirmOff_RoundTrip)
{
    auto tenant = m_identity.createTenant(QStringLiteral("CliTotp"));
    ASSERT_TRUE(tenant) << m_identity.lastError().toStdString();
    const auto editor = m_identity.addUser(*tenant, QStringLiteral("editor"));
    ASSERT_TRUE(editor) << m_identity.lastError().toStdString();
    const auto cli = [&](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONESTREAM_SERVER"), m_server.baseUrl().toString());
        env.insert(QStringLiteral("ONESTREAM_TOKEN"), editor->accessToken);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ONESTREAM_CLI_BINARY), arguments);
        process.waitForFinished(30000);
        return std::make_tuple(process.exitCode(),
                               QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError()));
    };
    const auto [on, onOut, onErr] =
        cli({QStringLiteral("totp"), QStringLiteral("on"), QStringLiteral("--json")});
    ASSERT_EQ(on, 0) << onErr.toStdString();
    const QByteArray secret = base32Decode(QJsonDocument::fromJson(onOut.toUtf8())
                                               .object()
                                               .value(QStringLiteral("secret"))
                                               .toString());
    ASSERT_FALSE(secret.isEmpty()) << onOut.toStdString();
    const auto now = QDateTime::currentSecsSinceEpoch();
    const auto [confirmed, confirmOut, confirmErr] =
        cli({QStringLiteral("totp"), QStringLiteral("confirm"), totpCode(secret, now)});
    EXPECT_EQ(confirmed, 0) << confirmErr.toStdString();
    EXPECT_TRUE(confirmOut.contains(QStringLiteral("One-time code on")))
        << confirmOut.toStdString();
    EXPECT_EQ(problemType(login(editor->email)), QStringLiteral("totp-required"));
    // Without the code: a usage error that says what to pass.
    const auto [usage, usageOut, usageErr] = cli({QStringLiteral("totp"), QStringLiteral("off")});
    EXPECT_EQ(usage, 2);
    EXPECT_TRUE(usageErr.contains(QStringLiteral("CODE"))) << usageErr.toStdString();
    const auto [off, offOut, offErr] =
        cli({QStringLiteral("totp"), QStringLiteral("off"), totpCode(secret, now + 30)});
    EXPECT_EQ(off, 0) << offErr.toStdString();
    EXPECT_TRUE(offOut.contains(QStringLiteral("One-time code off"))) << offOut.toStdString();
    EXPECT_EQ(login(editor->email).status, 200);
}

TEST_F(TotpPolicy, PlatformSwitch_OperatorWithoutTotp_MustEnrol)
{
    const auto op = m_identity.loginOperator();
    ASSERT_TRUE(op);
    const auto auditor = m_identity.addStaff(QStringLiteral("auditor"));
    ASSERT_TRUE(auditor) << m_identity.lastError().toStdString();
    EXPECT_EQ(send("PATCH", QStringLiteral("/v1/platform/security"),
                   {{QStringLiteral("require_totp"), true}}, auditor->accessToken)
                  .status,
              403);
    EXPECT_EQ(send("PATCH", QStringLiteral("/v1/platform/security"),
                   {{QStringLiteral("require_totp"), QStringLiteral("yes")}}, op->accessToken)
                  .status,
              400);
    ASSERT_EQ(send("PATCH", QStringLiteral("/v1/platform/security"),
                   {{QStringLiteral("require_totp"), true}}, op->accessToken)
                  .status,
              200);
    EXPECT_EQ(problemType(login(kOperatorEmail)), QStringLiteral("totp-enrolment-required"));
    // Auditors are not concerned.
    EXPECT_EQ(login(auditor->email).status, 200);
}

TEST_F(TotpPolicy, SecretAtRest_SealedInDatabase_KeyFilePrivate)
{
    const auto op = m_identity.loginOperator();
    ASSERT_TRUE(op);
    const HttpResult enrol = send("POST", QStringLiteral("/v1/me/totp"), {}, op->accessToken);
    ASSERT_EQ(enrol.status, 200) << enrol.body.toStdString();
    const QString secretText = jsonOf(enrol).value(QStringLiteral("secret")).toString();
    const QByteArray secret = base32Decode(secretText);

    const QString stored = column(
        QStringLiteral("SELECT totp_secret FROM users WHERE email = '%1'").arg(kOperatorEmail));
    EXPECT_TRUE(stored.startsWith(QLatin1String("v1:"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(QString::fromLatin1(secret.toBase64()))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(secretText));
    EXPECT_FALSE(QByteArray::fromBase64(stored.mid(3).toLatin1()).contains(secret));

    const QFileInfo key(m_server.dataDir() + QStringLiteral("/secret.key"));
    ASSERT_TRUE(key.exists());
    EXPECT_EQ(key.size(), 32);
    EXPECT_EQ(key.permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());

    // The sealed secret still works: confirm with a code, then sign in with the next one.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ASSERT_EQ(send("POST", QStringLiteral("/v1/me/totp/confirm"),
                   {{QStringLiteral("code"), totpCode(secret, now)}}, op->accessToken)
                  .status,
              200);
    EXPECT_EQ(login(kOperatorEmail, totpCode(secret, now + 30)).status, 200);
}

TEST_F(TotpPolicy, SecretAtRest_PlaintextFromBefore_SealedAtStart)
{
    const auto op = m_identity.loginOperator();
    ASSERT_TRUE(op);
    const HttpResult enrol = send("POST", QStringLiteral("/v1/me/totp"), {}, op->accessToken);
    ASSERT_EQ(enrol.status, 200);
    const QByteArray secret =
        base32Decode(jsonOf(enrol).value(QStringLiteral("secret")).toString());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ASSERT_EQ(send("POST", QStringLiteral("/v1/me/totp/confirm"),
                   {{QStringLiteral("code"), totpCode(secret, now)}}, op->accessToken)
                  .status,
              200);

    // A database written before sealing: the secret in the clear (base64).
    ASSERT_EQ(m_server.terminate(), 0);
    exec(QStringLiteral("UPDATE users SET totp_secret = '%1' WHERE email = '%2'")
             .arg(QString::fromLatin1(secret.toBase64()), kOperatorEmail));
    ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();

    const QString stored = column(
        QStringLiteral("SELECT totp_secret FROM users WHERE email = '%1'").arg(kOperatorEmail));
    EXPECT_TRUE(stored.startsWith(QLatin1String("v1:"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(QString::fromLatin1(secret.toBase64())));
    EXPECT_EQ(login(kOperatorEmail, totpCode(secret, now + 30)).status, 200);
}

TEST_F(TotpPolicy, SecretAtRest_SealedValueMovedToAnotherUser_DoesNotOpen)
{
    const auto op = m_identity.loginOperator();
    const auto other = m_identity.addStaff(QStringLiteral("operator"));
    ASSERT_TRUE(op && other) << m_identity.lastError().toStdString();
    ASSERT_EQ(send("POST", QStringLiteral("/v1/me/totp"), {}, op->accessToken).status, 200);
    // Copy the operator's sealed secret onto the other account and turn TOTP on there: the
    // value is bound to its user, so the other account's sign-in fails instead of accepting
    // codes of someone else's secret.
    exec(QStringLiteral("UPDATE users SET totp_secret = (SELECT totp_secret FROM users WHERE "
                        "email = '%1'), totp_enabled = 1 WHERE email = '%2'")
             .arg(kOperatorEmail, other->email));
    EXPECT_EQ(login(other->email, QStringLiteral("123456")).status, 500);
}

} // namespace
