// Sign-in, tokens and sessions against the real onestream-server binary (issue 3).
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"
#include "tests/support/totpcode.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using namespace TestSupport;

QJsonObject jsonOf(const HttpResult& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString problemType(const HttpResult& reply)
{
    return jsonOf(reply).value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
}

QString totp(const QByteArray& secret, qint64 unixTime)
{
    return totpCode(secret, unixTime);
}

class IdentityAuth : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
    }
    HttpResult get(const QString& path, const QString& token)
    {
        return httpRequest("GET", m_server.url(path), {}, {bearer(token)});
    }
    HttpResult post(const QString& path, const QJsonObject& body, const QString& token = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append(bearer(token));
        return httpRequest("POST", m_server.url(path), json(body), headers);
    }
    ServerProcess m_server;
    IdentityFixture m_identity{m_server};
};

struct InitRun
{
    int exitCode = -1;
    QString standardError;
};

InitRun runInit(const QString& dataDir, const QString& email, const QByteArray& stdinText)
{
    QProcess init;
    init.start(ServerProcess::binary(),
               {QStringLiteral("init"), QStringLiteral("--data"), dataDir,
                QStringLiteral("--email"), email, QStringLiteral("--password-stdin")});
    init.waitForStarted();
    init.write(stdinText);
    init.closeWriteChannel();
    init.waitForFinished(30000);
    return {init.exitCode(), QString::fromUtf8(init.readAllStandardError())};
}

TEST(IdentityInit, Init_WeakPassword_FailsNamingEveryBrokenRule)
{
    QTemporaryDir data;
    const InitRun run = runInit(data.path(), QStringLiteral("op@example.test"), "short\n");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.standardError.contains(QLatin1String("8 characters")))
        << run.standardError.toStdString();
    EXPECT_TRUE(run.standardError.contains(QLatin1String("upper-case")))
        << run.standardError.toStdString();
    EXPECT_TRUE(run.standardError.contains(QLatin1String("digit")))
        << run.standardError.toStdString();
}

TEST(IdentityInit, Init_Twice_SecondIsRefused)
{
    QTemporaryDir data;
    EXPECT_EQ(runInit(data.path(), QStringLiteral("op@example.test"), "Good-Passw0rd\n").exitCode,
              0);
    const InitRun again =
        runInit(data.path(), QStringLiteral("op2@example.test"), "Good-Passw0rd\n");
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.standardError.contains(QLatin1String("already has")))
        << again.standardError.toStdString();
}

TEST(IdentityInit, Init_MissingOptions_IsUsageError)
{
    QProcess init;
    init.start(ServerProcess::binary(), {QStringLiteral("init")});
    init.waitForFinished(10000);
    EXPECT_EQ(init.exitCode(), 2);
}

TEST_F(IdentityAuth, Login_Operator_ReturnsTokensAndMeShowsRole)
{
    const HttpResult reply =
        post(QStringLiteral("/v1/auth/login"),
             {{QStringLiteral("email"), QStringLiteral("Operator@OneStream.test")},
              {QStringLiteral("password"), kTestPassword}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject body = jsonOf(reply);
    EXPECT_EQ(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    EXPECT_EQ(body.value(QStringLiteral("expires_in")).toInt(), 900);
    EXPECT_GE(body.value(QStringLiteral("access_token")).toString().size(), 40);
    EXPECT_GE(body.value(QStringLiteral("refresh_token")).toString().size(), 40);

    const HttpResult me =
        get(QStringLiteral("/v1/me"), body.value(QStringLiteral("access_token")).toString());
    ASSERT_EQ(me.status, 200) << me.body.toStdString();
    EXPECT_EQ(jsonOf(me).value(QStringLiteral("email")).toString(), kOperatorEmail);
    EXPECT_EQ(jsonOf(me).value(QStringLiteral("roles")).toArray(),
              QJsonArray{QStringLiteral("operator")});
    EXPECT_TRUE(jsonOf(me).value(QStringLiteral("tenant_id")).isNull());
}

TEST_F(IdentityAuth, Login_WrongPasswordOrUnknownEmail_SameInvalidCredentials401)
{
    const HttpResult wrong = post(QStringLiteral("/v1/auth/login"),
                                  {{QStringLiteral("email"), kOperatorEmail},
                                   {QStringLiteral("password"), QStringLiteral("Wrong-Passw0rd")}});
    const HttpResult unknown = post(QStringLiteral("/v1/auth/login"),
                                    {{QStringLiteral("email"), QStringLiteral("nobody@x.test")},
                                     {QStringLiteral("password"), kTestPassword}});
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(problemType(wrong), QStringLiteral("invalid-credentials"));
    EXPECT_EQ(wrong.body, unknown.body);
    EXPECT_EQ(post(QStringLiteral("/v1/auth/login"), {}).status, 400);
}

TEST_F(IdentityAuth, Request_WithoutOrWithBadToken_Is401ProblemWithChallenge)
{
    const HttpResult anonymous = httpRequest("GET", m_server.url(QStringLiteral("/v1/me")));
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_EQ(anonymous.header("Content-Type"), "application/problem+json");
    EXPECT_TRUE(anonymous.header("WWW-Authenticate").startsWith("Bearer"));
    EXPECT_EQ(get(QStringLiteral("/v1/me"), QStringLiteral("not-a-token")).status, 401);
    EXPECT_EQ(httpRequest("GET", m_server.url(QStringLiteral("/v1/tenants"))).status, 401);
}

TEST_F(IdentityAuth, Refresh_Rotates_NewTokensWorkAndOldAccessTokenEnds)
{
    const auto op = m_identity.loginOperator();
    ASSERT_TRUE(op) << m_identity.lastError().toStdString();
    const HttpResult refreshed = post(QStringLiteral("/v1/auth/refresh"),
                                      {{QStringLiteral("refresh_token"), op->refreshToken}});
    ASSERT_EQ(refreshed.status, 200) << refreshed.body.toStdString();
    const QJsonObject tokens = jsonOf(refreshed);
    EXPECT_NE(tokens.value(QStringLiteral("refresh_token")).toString(), op->refreshToken);
    EXPECT_EQ(tokens.value(QStringLiteral("session_id")).toString(), op->sessionId);
    EXPECT_EQ(get(QStringLiteral("/v1/me"), tokens.value(QStringLiteral("access_token")).toString())
                  .status,
              200);
    EXPECT_EQ(get(QStringLiteral("/v1/me"), op->accessToken).status, 401);
}

TEST_F(IdentityAuth, Refresh_OldTokenReused_RevokesWholeSession)
{
    const auto op = m_identity.loginOperator();
    ASSERT_TRUE(op) << m_identity.lastError().toStdString();
    const HttpResult first = post(QStringLiteral("/v1/auth/refresh"),
                                  {{QStringLiteral("refresh_token"), op->refreshToken}});
    ASSERT_EQ(first.status, 200);
    const QString newAccess = jsonOf(first).value(QStringLiteral("access_token")).toString();
    const QString newRefresh = jsonOf(first).value(QStringLiteral("refresh_token")).toString();

    const HttpResult replay = post(QStringLiteral("/v1/auth/refresh"),
                                   {{QStringLiteral("refresh_token"), op->refreshToken}});
    EXPECT_EQ(replay.status, 401);
    EXPECT_EQ(problemType(replay), QStringLiteral("refresh-token-reused"));
    // The thief's replay killed the session: the legitimate new tokens are dead too.
    EXPECT_EQ(get(QStringLiteral("/v1/me"), newAccess).status, 401);
    EXPECT_EQ(
        post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), newRefresh}})
            .status,
        401);
    EXPECT_EQ(post(QStringLiteral("/v1/auth/refresh"),
                   {{QStringLiteral("refresh_token"), QStringLiteral("made-up")}})
                  .status,
              401);
}

TEST_F(IdentityAuth, Logout_EndsTheSession)
{
    const auto op = m_identity.loginOperator();
    ASSERT_TRUE(op);
    EXPECT_EQ(post(QStringLiteral("/v1/auth/logout"), {}, op->accessToken).status, 204);
    EXPECT_EQ(get(QStringLiteral("/v1/me"), op->accessToken).status, 401);
    EXPECT_EQ(post(QStringLiteral("/v1/auth/refresh"),
                   {{QStringLiteral("refresh_token"), op->refreshToken}})
                  .status,
              401);
    EXPECT_EQ(post(QStringLiteral("/v1/auth/logout"), {}).status, 401);
}

TEST_F(IdentityAuth, Sessions_ListDeviceAndAddress_RevokeOneEndsOnlyIt)
{
    const auto laptop = m_identity.login(kOperatorEmail, kTestPassword, QStringLiteral("laptop"));
    const auto phone = m_identity.login(kOperatorEmail, kTestPassword, QStringLiteral("phone"));
    ASSERT_TRUE(laptop && phone) << m_identity.lastError().toStdString();

    const HttpResult list = get(QStringLiteral("/v1/me/sessions"), laptop->accessToken);
    ASSERT_EQ(list.status, 200);
    const QJsonArray items = jsonOf(list).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    QStringList devices;
    for (const QJsonValue& item : items) {
        const QJsonObject session = item.toObject();
        devices.append(session.value(QStringLiteral("device_name")).toString());
        EXPECT_EQ(session.value(QStringLiteral("source_address")).toString(),
                  QStringLiteral("127.0.0.1"));
        EXPECT_EQ(session.value(QStringLiteral("current")).toBool(),
                  session.value(QStringLiteral("id")).toString() == laptop->sessionId);
    }
    devices.sort();
    EXPECT_EQ(devices, (QStringList{QStringLiteral("laptop"), QStringLiteral("phone")}));

    const HttpResult revoked =
        httpRequest("DELETE", m_server.url(QStringLiteral("/v1/me/sessions/") + phone->sessionId),
                    {}, {bearer(laptop->accessToken)});
    EXPECT_EQ(revoked.status, 204);
    EXPECT_EQ(get(QStringLiteral("/v1/me"), phone->accessToken).status, 401);
    EXPECT_EQ(get(QStringLiteral("/v1/me"), laptop->accessToken).status, 200);
    EXPECT_EQ(httpRequest("DELETE",
                          m_server.url(QStringLiteral("/v1/me/sessions/ses_doesnotexist")), {},
                          {bearer(laptop->accessToken)})
                  .status,
              404);
}

TEST_F(IdentityAuth, Sessions_AnotherUsersSession_CannotBeRevoked)
{
    const auto tenant = m_identity.createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(tenant) << m_identity.lastError().toStdString();
    const auto op = m_identity.loginOperator();
    ASSERT_TRUE(op);
    const HttpResult attempt = httpRequest(
        "DELETE", m_server.url(QStringLiteral("/v1/me/sessions/") + tenant->owner.sessionId), {},
        {bearer(op->accessToken)});
    EXPECT_EQ(attempt.status, 404);
    EXPECT_EQ(get(QStringLiteral("/v1/me"), tenant->owner.accessToken).status, 200);
}

TEST_F(IdentityAuth, Login_DeviceNameFallsBackToUserAgent)
{
    const HttpResult reply =
        httpRequest("POST", m_server.url(QStringLiteral("/v1/auth/login")),
                    json({{QStringLiteral("email"), kOperatorEmail},
                          {QStringLiteral("password"), kTestPassword}}),
                    {{QByteArrayLiteral("User-Agent"), QByteArrayLiteral("onestream-test/1.0")}});
    ASSERT_EQ(reply.status, 200);
    const HttpResult list = get(QStringLiteral("/v1/me/sessions"),
                                jsonOf(reply).value(QStringLiteral("access_token")).toString());
    const QJsonArray items = jsonOf(list).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().toObject().value(QStringLiteral("device_name")).toString(),
              QStringLiteral("onestream-test/1.0"));
}

TEST_F(IdentityAuth, Totp_EnrolConfirm_ThenRequiredAtSignIn)
{
    const auto op = m_identity.loginOperator();
    ASSERT_TRUE(op);
    const HttpResult enrol = post(QStringLiteral("/v1/me/totp"), {}, op->accessToken);
    ASSERT_EQ(enrol.status, 200) << enrol.body.toStdString();
    const QString secretText = jsonOf(enrol).value(QStringLiteral("secret")).toString();
    EXPECT_TRUE(jsonOf(enrol)
                    .value(QStringLiteral("otpauth_uri"))
                    .toString()
                    .startsWith(QLatin1String("otpauth://totp/")));
    const QByteArray secret = base32Decode(secretText);
    ASSERT_EQ(secret.size(), 20);
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    EXPECT_EQ(post(QStringLiteral("/v1/me/totp/confirm"),
                   {{QStringLiteral("code"), QStringLiteral("000000")}}, op->accessToken)
                  .status,
              totp(secret, now) == QLatin1String("000000") ? 200 : 422);
    const HttpResult confirmed =
        post(QStringLiteral("/v1/me/totp/confirm"), {{QStringLiteral("code"), totp(secret, now)}},
             op->accessToken);
    ASSERT_EQ(confirmed.status, 200) << confirmed.body.toStdString();

    const QJsonObject credentials{{QStringLiteral("email"), kOperatorEmail},
                                  {QStringLiteral("password"), kTestPassword}};
    const HttpResult missing = post(QStringLiteral("/v1/auth/login"), credentials);
    EXPECT_EQ(missing.status, 401);
    EXPECT_EQ(problemType(missing), QStringLiteral("totp-required"));
    QJsonObject replay = credentials;
    replay.insert(QStringLiteral("totp"), totp(secret, now)); // the step confirm used
    EXPECT_EQ(problemType(post(QStringLiteral("/v1/auth/login"), replay)),
              QStringLiteral("invalid-totp"));
    QJsonObject next = credentials;
    next.insert(QStringLiteral("totp"), totp(secret, now + 30));
    const HttpResult signedIn = post(QStringLiteral("/v1/auth/login"), next);
    EXPECT_EQ(signedIn.status, 200) << signedIn.body.toStdString();
    EXPECT_EQ(post(QStringLiteral("/v1/me/totp"), {}, op->accessToken).status, 409);
}

} // namespace
