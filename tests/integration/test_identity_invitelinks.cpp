// Invite links (issue 3): a sign-up cap, a deadline, a default role and an "admin must approve
// new accounts" switch; sign-up through a link, approval and rejection; the CLI commands.
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
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

class InviteLinks : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
        auto tenant = m_identity.createTenant(QStringLiteral("Links"));
        ASSERT_TRUE(tenant) << m_identity.lastError().toStdString();
        m_tenant = *tenant;
        m_base = QStringLiteral("/v1/tenants/") + m_tenant.id;
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
    // A link created by the owner; its JSON (with the token).
    QJsonObject createLink(const QJsonObject& fields)
    {
        const HttpResult reply = send("POST", m_base + QStringLiteral("/invite-links"), fields,
                                      m_tenant.owner.accessToken);
        EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
        return jsonOf(reply);
    }
    HttpResult signup(const QJsonObject& link, const QString& email,
                      const QString& password = kTestPassword)
    {
        return send("POST", QStringLiteral("/v1/signup"),
                    {{QStringLiteral("token"), link.value(QStringLiteral("token")).toString()},
                     {QStringLiteral("email"), email},
                     {QStringLiteral("password"), password}});
    }
    void sql(const QString& statement)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_server.dataDir() + QStringLiteral("/onestream.db"));
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    ServerProcess m_server;
    IdentityFixture m_identity{m_server};
    Tenant m_tenant;
    QString m_base;
};

TEST_F(InviteLinks, Signup_OpenLink_AccountActiveWithDefaultRole)
{
    const QJsonObject link = createLink(
        {{QStringLiteral("max_signups"), 5}, {QStringLiteral("role"), QStringLiteral("uploader")}});
    EXPECT_FALSE(link.value(QStringLiteral("token")).toString().isEmpty());
    EXPECT_EQ(link.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QString email = m_identity.uniqueEmail(QStringLiteral("link"));
    const HttpResult reply = signup(link, email);
    ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
    EXPECT_EQ(jsonOf(reply).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const auto account = m_identity.login(email);
    ASSERT_TRUE(account) << m_identity.lastError().toStdString();
    EXPECT_EQ(account->tenantId, m_tenant.id);
    const HttpResult me = send("GET", QStringLiteral("/v1/me"), {}, account->accessToken);
    EXPECT_TRUE(
        jsonOf(me).value(QStringLiteral("roles")).toArray().contains(QStringLiteral("uploader")))
        << me.body.toStdString();

    // The list counts the sign-up and never shows the token again.
    const HttpResult list =
        send("GET", m_base + QStringLiteral("/invite-links"), {}, m_tenant.owner.accessToken);
    ASSERT_EQ(list.status, 200);
    const QJsonObject listed =
        jsonOf(list).value(QStringLiteral("items")).toArray().first().toObject();
    EXPECT_EQ(listed.value(QStringLiteral("signups")).toInt(), 1);
    EXPECT_FALSE(listed.contains(QStringLiteral("token")));
}

TEST_F(InviteLinks, Signup_CapReached_Refused)
{
    const QJsonObject link = createLink({{QStringLiteral("max_signups"), 1}});
    EXPECT_EQ(signup(link, m_identity.uniqueEmail()).status, 201);
    const HttpResult second = signup(link, m_identity.uniqueEmail());
    EXPECT_EQ(second.status, 409);
    EXPECT_EQ(problemType(second), QStringLiteral("invite-link-full"));
    EXPECT_EQ(second.header("Content-Type"), "application/problem+json");
}

TEST_F(InviteLinks, Signup_PastDeadline_Gone)
{
    const QJsonObject link = createLink({{QStringLiteral("max_signups"), 3}});
    sql(QStringLiteral("UPDATE invite_links SET expires_at = 1"));
    const HttpResult reply = signup(link, m_identity.uniqueEmail());
    EXPECT_EQ(reply.status, 410);
    EXPECT_EQ(problemType(reply), QStringLiteral("invite-link-expired"));
}

TEST_F(InviteLinks, Signup_RevokedLink_Gone)
{
    const QJsonObject link = createLink({{QStringLiteral("max_signups"), 3}});
    const HttpResult revoked = send("DELETE",
                                    m_base + QStringLiteral("/invite-links/") +
                                        link.value(QStringLiteral("id")).toString(),
                                    {}, m_tenant.owner.accessToken);
    ASSERT_EQ(revoked.status, 200) << revoked.body.toStdString();
    EXPECT_EQ(jsonOf(revoked).value(QStringLiteral("status")).toString(),
              QStringLiteral("revoked"));
    const HttpResult reply = signup(link, m_identity.uniqueEmail());
    EXPECT_EQ(reply.status, 410);
    EXPECT_EQ(problemType(reply), QStringLiteral("invite-link-revoked"));
}

TEST_F(InviteLinks, Signup_BadInput_ClearProblems)
{
    const QJsonObject link = createLink({{QStringLiteral("max_signups"), 3}});
    EXPECT_EQ(problemType(signup(link, m_identity.uniqueEmail(), QStringLiteral("short"))),
              QStringLiteral("weak-password"));
    EXPECT_EQ(problemType(signup(link, m_tenant.owner.email)), QStringLiteral("email-taken"));
    QJsonObject unknown = link;
    unknown.insert(QStringLiteral("token"), QStringLiteral("not-a-token"));
    const HttpResult missing = signup(unknown, m_identity.uniqueEmail());
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(problemType(missing), QStringLiteral("invite-link-not-found"));
}

TEST_F(InviteLinks, Create_PrivilegedRoleOrPastDeadline_Refused)
{
    EXPECT_EQ(send("POST", m_base + QStringLiteral("/invite-links"),
                   {{QStringLiteral("max_signups"), 3},
                    {QStringLiteral("role"), QStringLiteral("admin")}},
                   m_tenant.owner.accessToken)
                  .status,
              400);
    EXPECT_EQ(send("POST", m_base + QStringLiteral("/invite-links"),
                   {{QStringLiteral("max_signups"), 3},
                    {QStringLiteral("expires_at"), QStringLiteral("2001-01-01T00:00:00Z")}},
                   m_tenant.owner.accessToken)
                  .status,
              400);
    EXPECT_EQ(send("POST", m_base + QStringLiteral("/invite-links"),
                   {{QStringLiteral("max_signups"), 0}}, m_tenant.owner.accessToken)
                  .status,
              400);
    const QString deadline = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
    const QJsonObject link =
        createLink({{QStringLiteral("max_signups"), 2}, {QStringLiteral("expires_at"), deadline}});
    EXPECT_EQ(link.value(QStringLiteral("expires_at")).toString(), deadline);
}

TEST_F(InviteLinks, Approval_PendingUntilApproved_RejectedNeverSignsIn)
{
    const QJsonObject link = createLink(
        {{QStringLiteral("max_signups"), 5}, {QStringLiteral("requires_approval"), true}});
    const QString approvedEmail = m_identity.uniqueEmail(QStringLiteral("approve"));
    const QString rejectedEmail = m_identity.uniqueEmail(QStringLiteral("reject"));
    const HttpResult pending = signup(link, approvedEmail);
    ASSERT_EQ(pending.status, 202) << pending.body.toStdString();
    EXPECT_EQ(jsonOf(pending).value(QStringLiteral("status")).toString(),
              QStringLiteral("pending"));
    ASSERT_EQ(signup(link, rejectedEmail).status, 202);
    // A second sign-up with a pending address is refused: one person, one account.
    EXPECT_EQ(problemType(signup(link, approvedEmail)), QStringLiteral("email-taken"));
    EXPECT_FALSE(m_identity.login(approvedEmail)); // no account yet

    const HttpResult list = send("GET", m_base + QStringLiteral("/signups?status=pending"), {},
                                 m_tenant.owner.accessToken);
    ASSERT_EQ(list.status, 200);
    const QJsonArray items = jsonOf(list).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    QString approveId;
    QString rejectId;
    for (const QJsonValue& item : items) {
        const QJsonObject signupObject = item.toObject();
        (signupObject.value(QStringLiteral("email")).toString() == approvedEmail ? approveId
                                                                                 : rejectId) =
            signupObject.value(QStringLiteral("id")).toString();
    }
    const HttpResult approved =
        send("POST", m_base + QStringLiteral("/signups/") + approveId + QStringLiteral("/approve"),
             {}, m_tenant.owner.accessToken);
    ASSERT_EQ(approved.status, 200) << approved.body.toStdString();
    EXPECT_TRUE(m_identity.login(approvedEmail)) << m_identity.lastError().toStdString();

    const HttpResult rejected =
        send("POST", m_base + QStringLiteral("/signups/") + rejectId + QStringLiteral("/reject"),
             {}, m_tenant.owner.accessToken);
    ASSERT_EQ(rejected.status, 200) << rejected.body.toStdString();
    EXPECT_FALSE(m_identity.login(rejectedEmail));
    const HttpResult again =
        send("POST", m_base + QStringLiteral("/signups/") + rejectId + QStringLiteral("/approve"),
             {}, m_tenant.owner.accessToken);
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(problemType(again), QStringLiteral("signup-decided"));
}

TEST_F(InviteLinks, Cli_CreateSignupApprove_WholeFlow)
{
    const auto cli = [&](const QStringList& arguments, const QString& token,
                         const QByteArray& input = {}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONESTREAM_SERVER"), m_server.baseUrl().toString());
        if (token.isEmpty())
            env.remove(QStringLiteral("ONESTREAM_TOKEN"));
        else
            env.insert(QStringLiteral("ONESTREAM_TOKEN"), token);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ONESTREAM_CLI_BINARY), arguments);
        process.waitForStarted();
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        return std::make_pair(process.exitCode(),
                              QString::fromUtf8(process.readAllStandardOutput()) +
                                  QString::fromUtf8(process.readAllStandardError()));
    };
    const QString owner = m_tenant.owner.accessToken;
    const auto [created, createdOut] = cli(
        {QStringLiteral("invite-links"), QStringLiteral("create"), QStringLiteral("--max-signups"),
         QStringLiteral("2"), QStringLiteral("--approval"), QStringLiteral("--json")},
        owner);
    ASSERT_EQ(created, 0) << createdOut.toStdString();
    const QJsonObject link = QJsonDocument::fromJson(createdOut.toUtf8()).object();
    const QString token = link.value(QStringLiteral("token")).toString();
    ASSERT_FALSE(token.isEmpty()) << createdOut.toStdString();

    const QString email = m_identity.uniqueEmail(QStringLiteral("cli"));
    const QString url = m_server.baseUrl().toString() + QStringLiteral("/signup?token=") + token;
    const auto [signedUp, signupOut] =
        cli({QStringLiteral("signup"), QStringLiteral("--link"), url, QStringLiteral("--email"),
             email, QStringLiteral("--password-stdin")},
            {}, kTestPassword.toUtf8() + "\n");
    ASSERT_EQ(signedUp, 0) << signupOut.toStdString();
    EXPECT_TRUE(signupOut.contains(QStringLiteral("approve"))) << signupOut.toStdString();

    const auto [listed, listOut] =
        cli({QStringLiteral("invite-links"), QStringLiteral("signups"), QStringLiteral("--status"),
             QStringLiteral("pending"), QStringLiteral("--json")},
            owner);
    ASSERT_EQ(listed, 0) << listOut.toStdString();
    const QJsonArray items =
        QJsonDocument::fromJson(listOut.toUtf8()).object().value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1) << listOut.toStdString();
    const auto [approved, approveOut] =
        cli({QStringLiteral("invite-links"), QStringLiteral("approve"),
             items.first().toObject().value(QStringLiteral("id")).toString()},
            owner);
    EXPECT_EQ(approved, 0) << approveOut.toStdString();
    EXPECT_TRUE(m_identity.login(email)) << m_identity.lastError().toStdString();

    const auto [revoked, revokeOut] = cli({QStringLiteral("invite-links"), QStringLiteral("revoke"),
                                           link.value(QStringLiteral("id")).toString()},
                                          owner);
    EXPECT_EQ(revoked, 0) << revokeOut.toStdString();
    const auto [listLinks, linksOut] =
        cli({QStringLiteral("invite-links"), QStringLiteral("list")}, owner);
    EXPECT_EQ(listLinks, 0);
    EXPECT_TRUE(linksOut.contains(QStringLiteral("revoked"))) << linksOut.toStdString();
}

} // namespace
