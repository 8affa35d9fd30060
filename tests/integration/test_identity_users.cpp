// Users of a tenant: invitations, listing, disable/enable, delete (issue 3).
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

class IdentityUsers : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
        auto tenant = m_identity.createTenant(QStringLiteral("Acme"));
        ASSERT_TRUE(tenant) << m_identity.lastError().toStdString();
        m_tenant = *tenant;
    }
    HttpResult send(const QByteArray& method, const QString& path, const QString& token,
                    const QJsonObject& body = {})
    {
        return httpRequest(method, apiUrl(m_server, path),
                           body.isEmpty() ? QByteArray()
                                          : QJsonDocument(body).toJson(QJsonDocument::Compact),
                           {bearer(token)});
    }
    QString usersPath(const QString& suffix = {}) const
    {
        return QStringLiteral("/v1/tenants/") + m_tenant.id + QStringLiteral("/users") + suffix;
    }
    HttpResult invite(const QString& email, const QString& role, const QString& token = {})
    {
        return send("POST", usersPath(), token.isEmpty() ? m_tenant.owner.accessToken : token,
                    {{QStringLiteral("email"), email}, {QStringLiteral("role"), role}});
    }
    HttpResult login(const QString& email, const QString& password = kTestPassword)
    {
        return httpRequest("POST", m_server.url(QStringLiteral("/v1/auth/login")),
                           QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                     {QStringLiteral("password"), password}})
                               .toJson());
    }
    ServerProcess m_server;
    IdentityFixture m_identity{m_server};
    Tenant m_tenant;
};

TEST_F(IdentityUsers, Invite_AcceptSetsPassword_UserCanSignIn)
{
    const HttpResult invited = invite(QStringLiteral("ed@acme.test"), QStringLiteral("editor"));
    ASSERT_EQ(invited.status, 201) << invited.body.toStdString();
    const QJsonObject user = jsonOf(invited);
    EXPECT_EQ(user.value(QStringLiteral("status")).toString(), QStringLiteral("invited"));
    EXPECT_EQ(user.value(QStringLiteral("tenant_id")).toString(), m_tenant.id);
    EXPECT_EQ(login(QStringLiteral("ed@acme.test")).status, 401); // no password yet

    const QString token = user.value(QStringLiteral("invite_token")).toString();
    ASSERT_TRUE(m_identity.acceptInvite(token)) << m_identity.lastError().toStdString();
    EXPECT_FALSE(m_identity.acceptInvite(token)); // single use
    EXPECT_TRUE(m_identity.lastError().contains(QLatin1String("404")));

    const HttpResult signedIn = login(QStringLiteral("ed@acme.test"));
    ASSERT_EQ(signedIn.status, 200);
    EXPECT_EQ(
        jsonOf(signedIn).value(QStringLiteral("user")).toObject().value(QStringLiteral("roles")),
        QJsonArray{QStringLiteral("editor")});
}

TEST_F(IdentityUsers, Accept_WeakPassword_422NamingFailedRules)
{
    const HttpResult invited = invite(QStringLiteral("weak@acme.test"), QStringLiteral("viewer"));
    const HttpResult accepted = httpRequest(
        "POST", m_server.url(QStringLiteral("/v1/invites/accept")),
        QJsonDocument(
            QJsonObject{{QStringLiteral("token"),
                         jsonOf(invited).value(QStringLiteral("invite_token")).toString()},
                        {QStringLiteral("password"), QStringLiteral("alllowercase")}})
            .toJson());
    EXPECT_EQ(accepted.status, 422);
    EXPECT_EQ(problemType(accepted), QStringLiteral("weak-password"));
    EXPECT_EQ(jsonOf(accepted).value(QStringLiteral("failed_rules")).toArray(),
              (QJsonArray{QStringLiteral("uppercase"), QStringLiteral("digit")}));
}

TEST_F(IdentityUsers, Invite_EmailAlreadyUsedAnywhere_409)
{
    EXPECT_EQ(invite(QStringLiteral("dup@acme.test"), QStringLiteral("viewer")).status, 201);
    EXPECT_EQ(invite(QStringLiteral("DUP@acme.test"), QStringLiteral("viewer")).status, 409);
    const auto other = m_identity.createTenant(QStringLiteral("Globex"));
    ASSERT_TRUE(other);
    const HttpResult crossTenant =
        send("POST", QStringLiteral("/v1/tenants/") + other->id + QStringLiteral("/users"),
             other->owner.accessToken,
             {{QStringLiteral("email"), QStringLiteral("dup@acme.test")},
              {QStringLiteral("role"), QStringLiteral("viewer")}});
    EXPECT_EQ(crossTenant.status, 409);
    EXPECT_EQ(problemType(crossTenant), QStringLiteral("email-taken"));
    EXPECT_EQ(invite(kOperatorEmail, QStringLiteral("viewer")).status, 409);
    EXPECT_EQ(invite(QStringLiteral("not-an-email"), QStringLiteral("viewer")).status, 400);
    EXPECT_EQ(invite(QStringLiteral("x@acme.test"), QStringLiteral("superuser")).status, 400);
}

TEST_F(IdentityUsers, Invite_RolesLimitedByInviter)
{
    const auto admin = m_identity.addUser(m_tenant, QStringLiteral("admin"));
    ASSERT_TRUE(admin) << m_identity.lastError().toStdString();
    EXPECT_EQ(
        invite(QStringLiteral("a1@acme.test"), QStringLiteral("owner"), admin->accessToken).status,
        403);
    EXPECT_EQ(invite(QStringLiteral("a2@acme.test"), QStringLiteral("uploader"), admin->accessToken)
                  .status,
              201);
    const auto editor = m_identity.addUser(m_tenant, QStringLiteral("editor"));
    ASSERT_TRUE(editor);
    EXPECT_EQ(invite(QStringLiteral("e1@acme.test"), QStringLiteral("viewer"), editor->accessToken)
                  .status,
              403);
    const auto op = m_identity.loginOperator();
    ASSERT_TRUE(op);
    EXPECT_EQ(
        invite(QStringLiteral("o1@acme.test"), QStringLiteral("viewer"), op->accessToken).status,
        403);
    EXPECT_EQ(
        invite(QStringLiteral("o2@acme.test"), QStringLiteral("owner"), op->accessToken).status,
        201);
}

TEST_F(IdentityUsers, Invite_SeatLimitReached_409)
{
    const auto op = m_identity.loginOperator();
    ASSERT_EQ(send("PATCH", QStringLiteral("/v1/tenants/") + m_tenant.id, op->accessToken,
                   {{QStringLiteral("seat_limit"), 2}})
                  .status,
              200);
    EXPECT_EQ(invite(QStringLiteral("s1@acme.test"), QStringLiteral("viewer")).status, 201);
    const HttpResult full = invite(QStringLiteral("s2@acme.test"), QStringLiteral("viewer"));
    EXPECT_EQ(full.status, 409);
    EXPECT_EQ(problemType(full), QStringLiteral("seat-limit"));
}

TEST_F(IdentityUsers, List_FiltersAndPages)
{
    for (const char* email : {"alice@acme.test", "bob@acme.test", "carol@acme.test"})
        ASSERT_EQ(invite(QString::fromLatin1(email), QStringLiteral("viewer")).status, 201);
    ASSERT_EQ(invite(QStringLiteral("dave@acme.test"), QStringLiteral("uploader")).status, 201);
    const QString token = m_tenant.owner.accessToken;

    const auto emails = [](const HttpResult& reply) {
        QStringList out;
        for (const QJsonValue& item : jsonOf(reply).value(QStringLiteral("items")).toArray())
            out.append(item.toObject().value(QStringLiteral("email")).toString());
        return out;
    };
    EXPECT_EQ(emails(send("GET", usersPath(QStringLiteral("?q=ca")), token)),
              QStringList{QStringLiteral("carol@acme.test")});
    EXPECT_EQ(emails(send("GET", usersPath(QStringLiteral("?role=uploader")), token)),
              QStringList{QStringLiteral("dave@acme.test")});
    EXPECT_EQ(emails(send("GET", usersPath(QStringLiteral("?status=active")), token)),
              QStringList{m_tenant.owner.email});
    EXPECT_EQ(emails(send("GET", usersPath(QStringLiteral("?q=%25")), token)), QStringList{});

    QStringList all;
    QString cursor;
    int pages = 0;
    do {
        const HttpResult page =
            send("GET", usersPath(QStringLiteral("?limit=2&cursor=") + cursor), token);
        ASSERT_EQ(page.status, 200);
        all += emails(page);
        cursor = jsonOf(page).value(QStringLiteral("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(all.size(), 5);
}

TEST_F(IdentityUsers, OtherTenantAndLowerRoles_CannotSeeUsers)
{
    const auto other = m_identity.createTenant(QStringLiteral("Globex"));
    ASSERT_TRUE(other);
    EXPECT_EQ(send("GET", usersPath(), other->owner.accessToken).status, 404);
    EXPECT_EQ(send("GET", usersPath(QStringLiteral("/") + m_tenant.owner.userId),
                   other->owner.accessToken)
                  .status,
              404);
    // Asking for a user of tenant A under tenant B's path finds nothing either.
    EXPECT_EQ(send("GET",
                   QStringLiteral("/v1/tenants/") + other->id + QStringLiteral("/users/") +
                       m_tenant.owner.userId,
                   other->owner.accessToken)
                  .status,
              404);
    const auto viewer = m_identity.addUser(m_tenant, QStringLiteral("viewer"));
    ASSERT_TRUE(viewer);
    EXPECT_EQ(send("GET", usersPath(), viewer->accessToken).status, 403);
    EXPECT_EQ(send("GET", usersPath(), m_tenant.owner.accessToken).status, 200);
}

TEST_F(IdentityUsers, Disable_RevokesSessionsAtOnce_EnableRestoresSignIn)
{
    const auto editor = m_identity.addUser(m_tenant, QStringLiteral("editor"));
    ASSERT_TRUE(editor) << m_identity.lastError().toStdString();
    const QString path = usersPath(QStringLiteral("/") + editor->userId);
    ASSERT_EQ(send("GET", QStringLiteral("/v1/me"), editor->accessToken).status, 200);

    const HttpResult disabled =
        send("POST", path + QStringLiteral("/disable"), m_tenant.owner.accessToken);
    ASSERT_EQ(disabled.status, 200) << disabled.body.toStdString();
    EXPECT_EQ(jsonOf(disabled).value(QStringLiteral("status")).toString(),
              QStringLiteral("disabled"));
    EXPECT_EQ(send("GET", QStringLiteral("/v1/me"), editor->accessToken).status, 401);
    EXPECT_EQ(login(editor->email).status, 403);

    EXPECT_EQ(send("POST", path + QStringLiteral("/enable"), m_tenant.owner.accessToken).status,
              200);
    EXPECT_EQ(login(editor->email).status, 200);
}

TEST_F(IdentityUsers, Update_ChangesDisplayName)
{
    const auto editor = m_identity.addUser(m_tenant, QStringLiteral("editor"));
    ASSERT_TRUE(editor);
    const HttpResult updated =
        send("PATCH", usersPath(QStringLiteral("/") + editor->userId), m_tenant.owner.accessToken,
             {{QStringLiteral("display_name"), QStringLiteral("Ed Itor")}});
    ASSERT_EQ(updated.status, 200);
    EXPECT_EQ(jsonOf(updated).value(QStringLiteral("display_name")).toString(),
              QStringLiteral("Ed Itor"));
}

TEST_F(IdentityUsers, Delete_RemovesAccount)
{
    const auto viewer = m_identity.addUser(m_tenant, QStringLiteral("viewer"));
    ASSERT_TRUE(viewer);
    const QString path = usersPath(QStringLiteral("/") + viewer->userId);
    EXPECT_EQ(send("DELETE", path, m_tenant.owner.accessToken).status, 204);
    EXPECT_EQ(send("GET", path, m_tenant.owner.accessToken).status, 404);
    EXPECT_EQ(send("GET", QStringLiteral("/v1/me"), viewer->accessToken).status, 401);
    EXPECT_EQ(login(viewer->email).status, 401);
    EXPECT_EQ(send("DELETE", path, m_tenant.owner.accessToken).status, 404);
}

TEST_F(IdentityUsers, SelfAndPrivilegedTargets_AreProtected)
{
    const QString self = usersPath(QStringLiteral("/") + m_tenant.owner.userId);
    const HttpResult selfDisable =
        send("POST", self + QStringLiteral("/disable"), m_tenant.owner.accessToken);
    EXPECT_EQ(selfDisable.status, 409);
    EXPECT_EQ(problemType(selfDisable), QStringLiteral("cannot-target-self"));
    const auto admin = m_identity.addUser(m_tenant, QStringLiteral("admin"));
    ASSERT_TRUE(admin);
    EXPECT_EQ(send("POST", self + QStringLiteral("/disable"), admin->accessToken).status, 403);
    EXPECT_EQ(send("DELETE", self, admin->accessToken).status, 403);
    const auto viewer = m_identity.addUser(m_tenant, QStringLiteral("viewer"));
    ASSERT_TRUE(viewer);
    EXPECT_EQ(send("POST",
                   usersPath(QStringLiteral("/") + viewer->userId + QStringLiteral("/disable")),
                   admin->accessToken)
                  .status,
              200);
}

TEST_F(IdentityUsers, SharedAccount_TwoDevicesAtOnce_WarnedAndRevocable)
{
    const auto editor = m_identity.addUser(m_tenant, QStringLiteral("editor"));
    ASSERT_TRUE(editor);
    const auto laptop = m_identity.login(editor->email, kTestPassword, QStringLiteral("laptop"));
    const auto phone = m_identity.login(editor->email, kTestPassword, QStringLiteral("phone"));
    ASSERT_TRUE(laptop && phone);
    const QString path =
        QStringLiteral("/v1/tenants/") + m_tenant.id + QStringLiteral("/shared-account-warnings");
    const HttpResult warned = send("GET", path, m_tenant.owner.accessToken);
    ASSERT_EQ(warned.status, 200) << warned.body.toStdString();
    const QJsonArray items = jsonOf(warned).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1); // the owner has one session only
    EXPECT_EQ(items.first().toObject().value(QStringLiteral("email")).toString(), editor->email);
    EXPECT_GE(items.first().toObject().value(QStringLiteral("sessions")).toArray().size(), 2);

    EXPECT_EQ(send("DELETE",
                   usersPath(QStringLiteral("/") + editor->userId + QStringLiteral("/sessions")),
                   m_tenant.owner.accessToken)
                  .status,
              204);
    EXPECT_EQ(send("GET", QStringLiteral("/v1/me"), laptop->accessToken).status, 401);
    EXPECT_EQ(send("GET", QStringLiteral("/v1/me"), phone->accessToken).status, 401);
    EXPECT_TRUE(jsonOf(send("GET", path, m_tenant.owner.accessToken))
                    .value(QStringLiteral("items"))
                    .toArray()
                    .isEmpty());
}

TEST_F(IdentityUsers, PasswordReset_OldPasswordStops_TokenSetsANewOne)
{
    const auto editor = m_identity.addUser(m_tenant, QStringLiteral("editor"));
    ASSERT_TRUE(editor);
    const HttpResult reset = send(
        "POST", usersPath(QStringLiteral("/") + editor->userId + QStringLiteral("/reset-password")),
        m_tenant.owner.accessToken);
    ASSERT_EQ(reset.status, 200) << reset.body.toStdString();
    const QString token = jsonOf(reset).value(QStringLiteral("reset_token")).toString();
    ASSERT_FALSE(token.isEmpty());
    EXPECT_EQ(send("GET", QStringLiteral("/v1/me"), editor->accessToken).status, 401);
    EXPECT_EQ(login(editor->email).status, 401);
    const QString fresh = QStringLiteral("Fresh-Passw0rd");
    ASSERT_TRUE(m_identity.acceptInvite(token, fresh)) << m_identity.lastError().toStdString();
    EXPECT_EQ(login(editor->email, fresh).status, 200);
    EXPECT_FALSE(m_identity.acceptInvite(token, fresh)); // single use
}

TEST_F(IdentityUsers, Groups_CreateRenameMembersDelete)
{
    const QString owner = m_tenant.owner.accessToken;
    const QString groups = QStringLiteral("/v1/tenants/") + m_tenant.id + QStringLiteral("/groups");
    const HttpResult created =
        send("POST", groups, owner, {{QStringLiteral("name"), QStringLiteral("Sales")}});
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString group =
        groups + QLatin1Char('/') + jsonOf(created).value(QStringLiteral("id")).toString();
    EXPECT_EQ(
        send("POST", groups, owner, {{QStringLiteral("name"), QStringLiteral("Sales")}}).status,
        409);
    EXPECT_EQ(send("PATCH", group, owner, {{QStringLiteral("name"), QStringLiteral("Field sales")}})
                  .status,
              200);

    const auto editor = m_identity.addUser(m_tenant, QStringLiteral("editor"));
    const auto other = m_identity.createTenant(QStringLiteral("Globex"));
    ASSERT_TRUE(editor && other);
    EXPECT_EQ(send("PUT", group + QStringLiteral("/members/") + editor->userId, owner).status, 204);
    EXPECT_EQ(send("PUT", group + QStringLiteral("/members/") + editor->userId, owner).status, 204);
    EXPECT_EQ(send("PUT", group + QStringLiteral("/members/") + other->owner.userId, owner).status,
              404);
    const HttpResult members = send("GET", group + QStringLiteral("/members"), editor->accessToken);
    ASSERT_EQ(members.status, 200);
    const QJsonArray items = jsonOf(members).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().toObject().value(QStringLiteral("email")).toString(), editor->email);
    const HttpResult listed = send("GET", groups, owner);
    EXPECT_EQ(jsonOf(listed)
                  .value(QStringLiteral("items"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("name"))
                  .toString(),
              QStringLiteral("Field sales"));
    EXPECT_EQ(send("GET", groups, other->owner.accessToken).status, 404);
    EXPECT_EQ(send("DELETE", group + QStringLiteral("/members/") + editor->userId, owner).status,
              204);
    EXPECT_EQ(send("DELETE", group, owner).status, 204);
    EXPECT_EQ(send("GET", group + QStringLiteral("/members"), owner).status, 404);
}

TEST_F(IdentityUsers, Import_DryRunReportsEveryRow_CommitResumesAndExportLists)
{
    const auto other = m_identity.createTenant(QStringLiteral("Globex"));
    ASSERT_TRUE(other);
    const QByteArray csv = "email,role,display_name\n"
                           "a1@acme.test,viewer,Ann\n"
                           "not-an-email,viewer,X\n"
                           "a2@acme.test,wizard,Y\n"
                           "a1@acme.test,editor,Again\n"
                           "a3@acme.test,admin,Z\n" +
                           other->owner.email.toUtf8() + ",viewer,Taken\n";
    const QString path = usersPath(QStringLiteral("/import"));
    const auto post = [&](const QString& target, const QByteArray& body) {
        return httpRequest("POST", apiUrl(m_server, target), body,
                           {bearer(m_tenant.owner.accessToken),
                            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/csv")}});
    };
    const HttpResult dry = post(path + QStringLiteral("?dry_run=true"), csv);
    ASSERT_EQ(dry.status, 200) << dry.body.toStdString();
    const QJsonArray problems = jsonOf(dry).value(QStringLiteral("problems")).toArray();
    QList<int> lines;
    for (const QJsonValue& value : problems)
        lines.append(value.toObject().value(QStringLiteral("line")).toInt());
    EXPECT_EQ(lines, (QList<int>{3, 4, 5, 6, 7}));
    EXPECT_EQ(jsonOf(dry).value(QStringLiteral("new")).toInt(), 1);
    EXPECT_EQ(post(path, csv).status, 422); // problems: nothing imported
    EXPECT_EQ(jsonOf(send("GET", usersPath(QStringLiteral("?q=a1")), m_tenant.owner.accessToken))
                  .value(QStringLiteral("items"))
                  .toArray()
                  .size(),
              0);

    QByteArray good = "email,role,display_name\n";
    for (int i = 0; i < 30; ++i)
        good += "bulk" + QByteArray::number(i) + "@acme.test,uploader,Bulk\n";
    const HttpResult first = post(path, good);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    EXPECT_EQ(jsonOf(first).value(QStringLiteral("created")).toArray().size(), 30);
    // The same file again (as after an interruption) creates nothing twice.
    const HttpResult again = post(path, good);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(jsonOf(again).value(QStringLiteral("new")).toInt(), 0);
    EXPECT_EQ(jsonOf(again).value(QStringLiteral("already_present")).toInt(), 30);

    const HttpResult exported =
        send("GET", usersPath(QStringLiteral("/export")), m_tenant.owner.accessToken);
    ASSERT_EQ(exported.status, 200);
    EXPECT_TRUE(exported.header("Content-Type").startsWith("text/csv"));
    EXPECT_EQ(exported.body.trimmed().split('\n').size(), 1 + 1 + 30); // header, owner, bulk
}

} // namespace
