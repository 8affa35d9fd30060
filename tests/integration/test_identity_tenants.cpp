// Tenants for platform operators, and users of a tenant, against the real server (issue 3).
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

class IdentityTenants : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
        const auto op = m_identity.loginOperator();
        ASSERT_TRUE(op) << m_identity.lastError().toStdString();
        m_operatorToken = op->accessToken;
    }
    HttpResult send(const QByteArray& method, const QString& path, const QString& token,
                    const QJsonObject& body = {})
    {
        return httpRequest(method, apiUrl(m_server, path),
                           body.isEmpty() ? QByteArray()
                                          : QJsonDocument(body).toJson(QJsonDocument::Compact),
                           {bearer(token)});
    }
    ServerProcess m_server;
    IdentityFixture m_identity{m_server};
    QString m_operatorToken;
};

TEST_F(IdentityTenants, Create_AsOperator_201WithFieldsAndOwnerInvitation)
{
    const HttpResult created =
        send("POST", QStringLiteral("/v1/tenants"), m_operatorToken,
             {{QStringLiteral("name"), QStringLiteral("Acme")},
              {QStringLiteral("plan"), QStringLiteral("enterprise")},
              {QStringLiteral("seat_limit"), 25},
              {QStringLiteral("contract_end"), QStringLiteral("2027-03-31")},
              {QStringLiteral("owner_email"), QStringLiteral("Boss@Acme.test")}});
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject tenant = jsonOf(created);
    EXPECT_TRUE(tenant.value(QStringLiteral("id")).toString().startsWith(QLatin1String("ten_")));
    EXPECT_EQ(tenant.value(QStringLiteral("plan")).toString(), QStringLiteral("enterprise"));
    EXPECT_EQ(tenant.value(QStringLiteral("seat_limit")).toInt(), 25);
    EXPECT_EQ(tenant.value(QStringLiteral("contract_end")).toString(),
              QStringLiteral("2027-03-31"));
    EXPECT_EQ(tenant.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QJsonObject invitation = tenant.value(QStringLiteral("owner_invitation")).toObject();
    EXPECT_FALSE(invitation.value(QStringLiteral("invite_token")).toString().isEmpty());
    const QJsonObject owner = invitation.value(QStringLiteral("user")).toObject();
    EXPECT_EQ(owner.value(QStringLiteral("email")).toString(), QStringLiteral("boss@acme.test"));
    EXPECT_EQ(owner.value(QStringLiteral("status")).toString(), QStringLiteral("invited"));
    EXPECT_EQ(owner.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("owner")});
}

TEST_F(IdentityTenants, Create_BadInput_400)
{
    EXPECT_EQ(send("POST", QStringLiteral("/v1/tenants"), m_operatorToken, {}).status, 400);
    EXPECT_EQ(send("POST", QStringLiteral("/v1/tenants"), m_operatorToken,
                   {{QStringLiteral("name"), QStringLiteral("X")},
                    {QStringLiteral("contract_end"), QStringLiteral("31/03/2027")}})
                  .status,
              400);
    EXPECT_EQ(
        send("POST", QStringLiteral("/v1/tenants"), m_operatorToken,
             {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("seat_limit"), -1}})
            .status,
        400);
    EXPECT_EQ(send("POST", QStringLiteral("/v1/tenants"), m_operatorToken,
                   {{QStringLiteral("name"), QStringLiteral("X")},
                    {QStringLiteral("owner_email"), kOperatorEmail}})
                  .status,
              409);
}

TEST_F(IdentityTenants, ListGetPatch_AsOperator_PagesAndUpdates)
{
    for (const char* name : {"One", "Two", "Three"}) {
        ASSERT_EQ(send("POST", QStringLiteral("/v1/tenants"), m_operatorToken,
                       {{QStringLiteral("name"), QString::fromLatin1(name)}})
                      .status,
                  201);
    }
    QStringList seen;
    QString cursor;
    do {
        const HttpResult page =
            send("GET", QStringLiteral("/v1/tenants?limit=2&cursor=") + cursor, m_operatorToken);
        ASSERT_EQ(page.status, 200);
        for (const QJsonValue& item : jsonOf(page).value(QStringLiteral("items")).toArray())
            seen.append(item.toObject().value(QStringLiteral("name")).toString());
        cursor = jsonOf(page).value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty());
    seen.sort();
    EXPECT_EQ(seen,
              (QStringList{QStringLiteral("One"), QStringLiteral("Three"), QStringLiteral("Two")}));

    const HttpResult created = send("POST", QStringLiteral("/v1/tenants"), m_operatorToken,
                                    {{QStringLiteral("name"), QStringLiteral("Old")}});
    const QString id = jsonOf(created).value(QStringLiteral("id")).toString();
    const HttpResult patched =
        send("PATCH", QStringLiteral("/v1/tenants/") + id, m_operatorToken,
             {{QStringLiteral("name"), QStringLiteral("New")}, {QStringLiteral("seat_limit"), 5}});
    ASSERT_EQ(patched.status, 200) << patched.body.toStdString();
    EXPECT_EQ(jsonOf(patched).value(QStringLiteral("name")).toString(), QStringLiteral("New"));
    EXPECT_EQ(jsonOf(patched).value(QStringLiteral("plan")).toString(), QStringLiteral("standard"));
    const HttpResult got = send("GET", QStringLiteral("/v1/tenants/") + id, m_operatorToken);
    EXPECT_EQ(jsonOf(got).value(QStringLiteral("seat_limit")).toInt(), 5);
    EXPECT_EQ(send("GET", QStringLiteral("/v1/tenants/ten_missing"), m_operatorToken).status, 404);
    EXPECT_EQ(send("PATCH", QStringLiteral("/v1/tenants/ten_missing"), m_operatorToken,
                   {{QStringLiteral("name"), QStringLiteral("Z")}})
                  .status,
              404);
}

TEST_F(IdentityTenants, TenantMembers_SeeOwnTenantOnly_CannotManageTenants)
{
    const auto acme = m_identity.createTenant(QStringLiteral("Acme"));
    const auto globex = m_identity.createTenant(QStringLiteral("Globex"));
    ASSERT_TRUE(acme && globex) << m_identity.lastError().toStdString();
    const QString owner = acme->owner.accessToken;
    EXPECT_EQ(send("GET", QStringLiteral("/v1/tenants/") + acme->id, owner).status, 200);
    EXPECT_EQ(send("GET", QStringLiteral("/v1/tenants/") + globex->id, owner).status, 404);
    EXPECT_EQ(send("GET", QStringLiteral("/v1/tenants"), owner).status, 403);
    EXPECT_EQ(send("POST", QStringLiteral("/v1/tenants"), owner,
                   {{QStringLiteral("name"), QStringLiteral("Mine")}})
                  .status,
              403);
    EXPECT_EQ(send("PATCH", QStringLiteral("/v1/tenants/") + acme->id, owner,
                   {{QStringLiteral("seat_limit"), 1000}})
                  .status,
              403);
    EXPECT_EQ(send("POST", QStringLiteral("/v1/tenants/") + acme->id + QStringLiteral("/terminate"),
                   owner)
                  .status,
              403);
}

TEST_F(IdentityTenants, Terminate_EndsSessionsAndSignIn)
{
    const auto acme = m_identity.createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(acme) << m_identity.lastError().toStdString();
    const HttpResult terminated =
        send("POST", QStringLiteral("/v1/tenants/") + acme->id + QStringLiteral("/terminate"),
             m_operatorToken, {{QStringLiteral("contract_end"), QStringLiteral("2026-12-31")}});
    ASSERT_EQ(terminated.status, 200) << terminated.body.toStdString();
    EXPECT_EQ(jsonOf(terminated).value(QStringLiteral("status")).toString(),
              QStringLiteral("terminated"));
    EXPECT_EQ(jsonOf(terminated).value(QStringLiteral("contract_end")).toString(),
              QStringLiteral("2026-12-31"));
    EXPECT_FALSE(jsonOf(terminated).value(QStringLiteral("terminated_at")).toString().isEmpty());
    EXPECT_EQ(send("GET", QStringLiteral("/v1/me"), acme->owner.accessToken).status, 401);
    const HttpResult login =
        httpRequest("POST", m_server.url(QStringLiteral("/v1/auth/login")),
                    QJsonDocument(QJsonObject{{QStringLiteral("email"), acme->owner.email},
                                              {QStringLiteral("password"), kTestPassword}})
                        .toJson());
    EXPECT_EQ(login.status, 403);
    EXPECT_EQ(problemType(login), QStringLiteral("tenant-terminated"));
}

TEST_F(IdentityTenants, Terminated_PastPurgeDay_ErasedWhenTheServerRuns)
{
    const auto old = m_identity.createTenant(QStringLiteral("Old"));
    const auto recent = m_identity.createTenant(QStringLiteral("Recent"));
    ASSERT_TRUE(old && recent) << m_identity.lastError().toStdString();
    ASSERT_EQ(send("POST", QStringLiteral("/v1/tenants/") + old->id + QStringLiteral("/terminate"),
                   m_operatorToken,
                   {{QStringLiteral("contract_end"), QStringLiteral("2020-01-31")}})
                  .status,
              200);
    ASSERT_EQ(send("POST",
                   QStringLiteral("/v1/tenants/") + recent->id + QStringLiteral("/terminate"),
                   m_operatorToken)
                  .status,
              200);
    // The purge runs when the server starts (then hourly).
    ASSERT_EQ(m_server.terminate(), 0);
    ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
    const auto op = m_identity.login(kOperatorEmail);
    ASSERT_TRUE(op);
    EXPECT_TRUE(waitUntil([&] {
        return send("GET", QStringLiteral("/v1/tenants/") + old->id, op->accessToken).status == 404;
    }));
    EXPECT_EQ(send("GET", QStringLiteral("/v1/tenants/") + recent->id, op->accessToken).status,
              200);
    EXPECT_EQ(m_identity.login(old->owner.email).has_value(), false);
}

TEST_F(IdentityTenants, Create_RepeatedIdempotencyKey_CreatesOnce)
{
    const QByteArray body = R"({"name":"Once"})";
    const QList<QPair<QByteArray, QByteArray>> headers{
        bearer(m_operatorToken), {QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("k-1")}};
    const HttpResult first =
        httpRequest("POST", m_server.url(QStringLiteral("/v1/tenants")), body, headers);
    const HttpResult again =
        httpRequest("POST", m_server.url(QStringLiteral("/v1/tenants")), body, headers);
    ASSERT_EQ(first.status, 201);
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
    const HttpResult list = send("GET", QStringLiteral("/v1/tenants"), m_operatorToken);
    EXPECT_EQ(jsonOf(list).value(QStringLiteral("items")).toArray().size(), 1);

    const HttpResult otherBody = httpRequest("POST", m_server.url(QStringLiteral("/v1/tenants")),
                                             R"({"name":"Other"})", headers);
    EXPECT_EQ(otherBody.status, 422);
    EXPECT_EQ(problemType(otherBody), QStringLiteral("idempotency-key-reused"));
}

} // namespace
