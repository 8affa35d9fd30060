// Four-eyes approval of owner/admin grants (issue 3).
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

class IdentityApprovals : public ::testing::Test
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
        auto second = m_identity.secondOwner(m_tenant);
        ASSERT_TRUE(second) << m_identity.lastError().toStdString();
        m_secondOwner = *second;
        auto editor = m_identity.addUser(m_tenant, QStringLiteral("editor"));
        ASSERT_TRUE(editor) << m_identity.lastError().toStdString();
        m_editor = *editor;
    }
    HttpResult send(const QByteArray& method, const QString& path, const QString& token,
                    const QJsonObject& body = {})
    {
        return httpRequest(method, apiUrl(m_server, path),
                           body.isEmpty() ? QByteArray()
                                          : QJsonDocument(body).toJson(QJsonDocument::Compact),
                           {bearer(token)});
    }
    QString tenantPath(const QString& suffix) const
    {
        return QStringLiteral("/v1/tenants/") + m_tenant.id + suffix;
    }
    HttpResult requestRole(const QString& role, const QString& token, int durationS = 0)
    {
        QJsonObject body{{QStringLiteral("role"), role}};
        if (durationS > 0)
            body.insert(QStringLiteral("grant_duration_s"), durationS);
        return send(
            "POST",
            tenantPath(QStringLiteral("/users/") + m_editor.userId + QStringLiteral("/role")),
            token, body);
    }
    QJsonArray rolesOf(const Account& account)
    {
        return jsonOf(send("GET", QStringLiteral("/v1/me"), account.accessToken))
            .value(QStringLiteral("roles"))
            .toArray();
    }
    ServerProcess m_server;
    IdentityFixture m_identity{m_server};
    Tenant m_tenant;
    Account m_secondOwner;
    Account m_editor;
};

TEST_F(IdentityApprovals, GrantAdmin_NeedsADifferentOwner_ThenTakesEffect)
{
    const HttpResult filed = requestRole(QStringLiteral("admin"), m_tenant.owner.accessToken);
    ASSERT_EQ(filed.status, 202) << filed.body.toStdString();
    const QJsonObject request = jsonOf(filed).value(QStringLiteral("role_request")).toObject();
    EXPECT_EQ(request.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    EXPECT_EQ(request.value(QStringLiteral("requested_by_email")).toString(), m_tenant.owner.email);
    EXPECT_EQ(rolesOf(m_editor), QJsonArray{QStringLiteral("editor")}); // not yet

    const QString approve =
        tenantPath(QStringLiteral("/role-requests/") +
                   request.value(QStringLiteral("id")).toString() + QStringLiteral("/approve"));
    const HttpResult own = send("POST", approve, m_tenant.owner.accessToken);
    EXPECT_EQ(own.status, 403);
    EXPECT_EQ(problemType(own), QStringLiteral("four-eyes"));
    EXPECT_EQ(rolesOf(m_editor), QJsonArray{QStringLiteral("editor")});

    const HttpResult approved = send("POST", approve, m_secondOwner.accessToken);
    ASSERT_EQ(approved.status, 200) << approved.body.toStdString();
    EXPECT_EQ(jsonOf(approved).value(QStringLiteral("status")).toString(),
              QStringLiteral("approved"));
    EXPECT_EQ(jsonOf(approved).value(QStringLiteral("decided_by_email")).toString(),
              m_secondOwner.email);
    EXPECT_EQ(rolesOf(m_editor), QJsonArray{QStringLiteral("admin")});
    EXPECT_EQ(send("POST", approve, m_secondOwner.accessToken).status, 409);
}

TEST_F(IdentityApprovals, Reject_IsKeptAndCannotBeApprovedLater)
{
    const HttpResult filed = requestRole(QStringLiteral("owner"), m_tenant.owner.accessToken);
    ASSERT_EQ(filed.status, 202);
    const QString id = jsonOf(filed)
                           .value(QStringLiteral("role_request"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    const HttpResult rejected =
        send("POST", tenantPath(QStringLiteral("/role-requests/") + id + QStringLiteral("/reject")),
             m_secondOwner.accessToken, {{QStringLiteral("reason"), QStringLiteral("not needed")}});
    ASSERT_EQ(rejected.status, 200);
    EXPECT_EQ(jsonOf(rejected).value(QStringLiteral("status")).toString(),
              QStringLiteral("rejected"));
    EXPECT_EQ(send("POST",
                   tenantPath(QStringLiteral("/role-requests/") + id + QStringLiteral("/approve")),
                   m_secondOwner.accessToken)
                  .status,
              409);
    const HttpResult list =
        send("GET", tenantPath(QStringLiteral("/role-requests?status=rejected")),
             m_tenant.owner.accessToken);
    ASSERT_EQ(list.status, 200);
    const QJsonArray items = jsonOf(list).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().toObject().value(QStringLiteral("reason")).toString(),
              QStringLiteral("not needed"));
    EXPECT_EQ(rolesOf(m_editor), QJsonArray{QStringLiteral("editor")});
}

TEST_F(IdentityApprovals, TimeLimitedGrant_LapsesByItself)
{
    const HttpResult filed = requestRole(QStringLiteral("admin"), m_tenant.owner.accessToken, 1);
    ASSERT_EQ(filed.status, 202);
    const QString id = jsonOf(filed)
                           .value(QStringLiteral("role_request"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    ASSERT_EQ(send("POST",
                   tenantPath(QStringLiteral("/role-requests/") + id + QStringLiteral("/approve")),
                   m_secondOwner.accessToken)
                  .status,
              200);
    EXPECT_TRUE(rolesOf(m_editor).contains(QStringLiteral("editor")));
    // The admin grant expires after one second; the base role stays.
    EXPECT_TRUE(waitUntil([&] { return !rolesOf(m_editor).contains(QStringLiteral("admin")); },
                          std::chrono::seconds(5)));
    EXPECT_EQ(rolesOf(m_editor), QJsonArray{QStringLiteral("editor")});
}

TEST_F(IdentityApprovals, OnlyOwnersRequestAndDecide)
{
    const auto admin = m_identity.addUser(m_tenant, QStringLiteral("admin"));
    ASSERT_TRUE(admin) << m_identity.lastError().toStdString();
    EXPECT_EQ(requestRole(QStringLiteral("admin"), admin->accessToken).status, 403);
    // An admin may still change non-privileged roles at once.
    const HttpResult lowered = requestRole(QStringLiteral("viewer"), admin->accessToken);
    ASSERT_EQ(lowered.status, 200) << lowered.body.toStdString();
    EXPECT_EQ(jsonOf(lowered).value(QStringLiteral("roles")).toArray(),
              QJsonArray{QStringLiteral("viewer")});

    const HttpResult filed = requestRole(QStringLiteral("admin"), m_tenant.owner.accessToken);
    const QString id = jsonOf(filed)
                           .value(QStringLiteral("role_request"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    const QString approve =
        tenantPath(QStringLiteral("/role-requests/") + id + QStringLiteral("/approve"));
    EXPECT_EQ(send("POST", approve, admin->accessToken).status, 403);
    EXPECT_EQ(send("POST", approve, m_editor.accessToken).status, 403);
    EXPECT_EQ(
        send("GET", tenantPath(QStringLiteral("/role-requests")), m_editor.accessToken).status,
        403);
    EXPECT_EQ(send("POST", tenantPath(QStringLiteral("/role-requests/rrq_nope/approve")),
                   m_secondOwner.accessToken)
                  .status,
              404);
}

TEST_F(IdentityApprovals, InviteAsAdmin_SeatsViewerWithPendingRequest)
{
    const HttpResult invited =
        send("POST", tenantPath(QStringLiteral("/users")), m_tenant.owner.accessToken,
             {{QStringLiteral("email"), QStringLiteral("newadmin@acme.test")},
              {QStringLiteral("role"), QStringLiteral("admin")}});
    ASSERT_EQ(invited.status, 201) << invited.body.toStdString();
    EXPECT_EQ(jsonOf(invited).value(QStringLiteral("roles")).toArray(),
              QJsonArray{QStringLiteral("viewer")});
    const QJsonObject request = jsonOf(invited).value(QStringLiteral("role_request")).toObject();
    EXPECT_EQ(request.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    EXPECT_EQ(request.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    const HttpResult pending =
        send("GET", tenantPath(QStringLiteral("/role-requests?status=pending")),
             m_secondOwner.accessToken);
    EXPECT_EQ(jsonOf(pending).value(QStringLiteral("items")).toArray().size(), 1);
}

} // namespace
