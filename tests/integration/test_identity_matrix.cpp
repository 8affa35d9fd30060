// The authorization matrix (issue 3): every identity endpoint × every role (and anonymous) ×
// own tenant / other tenant, asserting the exact status. Deny by default; a member of tenant A
// never sees anything of tenant B (404, not 403).
//
// One test walks the whole table on one server: ctest runs every gtest case in its own
// process, and the accounts the table needs cost ~20 password hashes to set up, so a TEST_P per
// row would pay that setup hundreds of times. Each row is reported with SCOPED_TRACE.
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace {

using namespace TestSupport;

enum Who
{
    Anonymous,
    Operator,
    Auditor,
    Owner,
    Admin,
    Editor,
    Uploader,
    Viewer,
    kWhoCount
};
const std::array<const char*, kWhoCount> kWhoNames = {
    "anonymous", "operator", "auditor", "owner", "admin", "editor", "uploader", "viewer"};

// What a row's path placeholders need.
enum class Needs
{
    Nothing,
    FreshTenant,  // {Z}: a new tenant per request
    FreshInvite,  // {D}: a new invited user per request
    FreshRequest, // {R}: a new pending role request per request
    FreshGroup,   // {G2}: a new group per request
};

using Codes = std::array<int, kWhoCount>;
constexpr int kNone = 0;

struct Row
{
    const char* method;
    const char* path; // {T} tenant, {U} stable user, {D}, {R}, {Z} fresh ones
    const char* body; // {EMAIL} becomes a fresh address
    Needs needs;
    Codes own;
    Codes other; // the same request aimed at tenant B; kNone in [0] when not tenant-scoped
};

// clang-format off
const Row kRows[] = {
    {"GET", "/v1/me", "", Needs::Nothing,
     {401, 200, 200, 200, 200, 200, 200, 200}, {kNone}},
    {"GET", "/v1/me/sessions", "", Needs::Nothing,
     {401, 200, 200, 200, 200, 200, 200, 200}, {kNone}},
    {"GET", "/v1/tenants", "", Needs::Nothing,
     {401, 200, 200, 403, 403, 403, 403, 403}, {kNone}},
    {"POST", "/v1/tenants", R"({"name":"Matrix"})", Needs::Nothing,
     {401, 201, 403, 403, 403, 403, 403, 403}, {kNone}},
    {"POST", "/v1/staff", R"({"email":"{EMAIL}","role":"auditor"})", Needs::Nothing,
     {401, 201, 403, 403, 403, 403, 403, 403}, {kNone}},
    {"POST", "/v1/tenants/{Z}/terminate", "", Needs::FreshTenant,
     {401, 200, 403, 403, 403, 403, 403, 403}, {kNone}},
    {"GET", "/v1/tenants/{T}", "", Needs::Nothing,
     {401, 200, 200, 200, 200, 200, 200, 200}, {401, 200, 200, 404, 404, 404, 404, 404}},
    {"PATCH", "/v1/tenants/{T}", R"({"plan":"gold"})", Needs::Nothing,
     {401, 200, 403, 403, 403, 403, 403, 403}, {401, 200, 403, 403, 403, 403, 403, 403}},
    {"GET", "/v1/tenants/{T}/users", "", Needs::Nothing,
     {401, 200, 200, 200, 200, 403, 403, 403}, {401, 200, 200, 404, 404, 404, 404, 404}},
    {"POST", "/v1/tenants/{T}/users", R"({"email":"{EMAIL}","role":"viewer"})", Needs::Nothing,
     {401, 403, 403, 201, 201, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"GET", "/v1/tenants/{T}/users/export", "", Needs::Nothing,
     {401, 200, 200, 200, 200, 403, 403, 403}, {401, 200, 200, 404, 404, 404, 404, 404}},
    {"POST", "/v1/tenants/{T}/users/import?dry_run=true", "email,role\n{EMAIL},viewer\n",
     Needs::Nothing,
     {401, 403, 403, 200, 200, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"GET", "/v1/tenants/{T}/users/{U}", "", Needs::Nothing,
     {401, 200, 200, 200, 200, 403, 403, 403}, {401, 200, 200, 404, 404, 404, 404, 404}},
    {"PATCH", "/v1/tenants/{T}/users/{U}", R"({"display_name":"Target"})", Needs::Nothing,
     {401, 403, 403, 200, 200, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"POST", "/v1/tenants/{T}/users/{U}/disable", "", Needs::Nothing,
     {401, 403, 403, 200, 200, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"POST", "/v1/tenants/{T}/users/{U}/enable", "", Needs::Nothing,
     {401, 403, 403, 200, 200, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"POST", "/v1/tenants/{T}/users/{U}/reset-password", "", Needs::Nothing,
     {401, 403, 403, 200, 200, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"DELETE", "/v1/tenants/{T}/users/{U}/sessions", "", Needs::Nothing,
     {401, 403, 403, 204, 204, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"GET", "/v1/tenants/{T}/users/{U}/sessions", "", Needs::Nothing,
     {401, 403, 403, 200, 200, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"GET", "/v1/tenants/{T}/shared-account-warnings", "", Needs::Nothing,
     {401, 403, 403, 200, 200, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"POST", "/v1/tenants/{T}/users/{U}/role", R"({"role":"viewer"})", Needs::Nothing,
     {401, 403, 403, 200, 200, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"DELETE", "/v1/tenants/{T}/users/{D}", "", Needs::FreshInvite,
     {401, 403, 403, 204, 204, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"GET", "/v1/tenants/{T}/role-requests", "", Needs::Nothing,
     {401, 200, 200, 200, 200, 403, 403, 403}, {401, 200, 200, 404, 404, 404, 404, 404}},
    {"POST", "/v1/tenants/{T}/role-requests/{R}/approve", "", Needs::FreshRequest,
     {401, 403, 403, 200, 403, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"POST", "/v1/tenants/{T}/role-requests/{R}/reject", "", Needs::FreshRequest,
     {401, 403, 403, 200, 403, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"GET", "/v1/tenants/{T}/groups", "", Needs::Nothing,
     {401, 200, 200, 200, 200, 200, 200, 200}, {401, 200, 200, 404, 404, 404, 404, 404}},
    {"POST", "/v1/tenants/{T}/groups", R"({"name":"{EMAIL}"})", Needs::Nothing,
     {401, 403, 403, 201, 201, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"PATCH", "/v1/tenants/{T}/groups/{G}", R"({"name":"{EMAIL}"})", Needs::Nothing,
     {401, 403, 403, 200, 200, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"GET", "/v1/tenants/{T}/groups/{G}/members", "", Needs::Nothing,
     {401, 200, 200, 200, 200, 200, 200, 200}, {401, 200, 200, 404, 404, 404, 404, 404}},
    {"PUT", "/v1/tenants/{T}/groups/{G}/members/{U}", "", Needs::Nothing,
     {401, 403, 403, 204, 204, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"DELETE", "/v1/tenants/{T}/groups/{G}/members/{U}", "", Needs::Nothing,
     {401, 403, 403, 204, 204, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"DELETE", "/v1/tenants/{T}/groups/{G2}", "", Needs::FreshGroup,
     {401, 403, 403, 204, 204, 403, 403, 403}, {401, 403, 403, 404, 404, 404, 404, 404}},
    {"GET", "/v1/audit", "", Needs::Nothing,
     {401, 200, 200, 200, 200, 403, 403, 403}, {kNone}},
    {"GET", "/v1/audit/export", "", Needs::Nothing,
     {401, 200, 200, 200, 200, 403, 403, 403}, {kNone}},
    {"GET", "/v1/audit/verify", "", Needs::Nothing,
     {401, 200, 200, 403, 403, 403, 403, 403}, {kNone}},
};
// clang-format on

struct TenantSide
{
    Tenant tenant;
    Account secondOwner;
    Account target; // the stable {U}
    QString group;  // the stable {G}
};

class AuthorizationMatrix : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
        for (TenantSide* side : {&m_a, &m_b}) {
            auto tenant =
                m_identity.createTenant(side == &m_a ? QStringLiteral("A") : QStringLiteral("B"));
            ASSERT_TRUE(tenant) << m_identity.lastError().toStdString();
            side->tenant = *tenant;
            auto second = m_identity.secondOwner(side->tenant);
            auto target = m_identity.addUser(side->tenant, QStringLiteral("viewer"));
            ASSERT_TRUE(second && target) << m_identity.lastError().toStdString();
            side->secondOwner = *second;
            side->target = *target;
            side->group = created(
                send("POST",
                     QStringLiteral("/v1/tenants/") + side->tenant.id + QStringLiteral("/groups"),
                     side->tenant.owner.accessToken, R"({"name":"Stable"})"));
        }
        m_tokens[Anonymous] = QString();
        m_tokens[Operator] = m_identity.loginOperator()->accessToken;
        const auto auditor = m_identity.addStaff(QStringLiteral("auditor"));
        ASSERT_TRUE(auditor) << m_identity.lastError().toStdString();
        m_tokens[Auditor] = auditor->accessToken;
        m_tokens[Owner] = m_a.tenant.owner.accessToken;
        const std::array<std::pair<Who, const char*>, 4> roles = {
            {{Admin, "admin"}, {Editor, "editor"}, {Uploader, "uploader"}, {Viewer, "viewer"}}};
        for (const auto& [who, role] : roles) {
            const auto account = m_identity.addUser(m_a.tenant, QString::fromLatin1(role));
            ASSERT_TRUE(account) << m_identity.lastError().toStdString();
            m_tokens[who] = account->accessToken;
        }
    }

    HttpResult send(const QByteArray& method, const QString& path, const QString& token,
                    const QByteArray& body = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append(bearer(token));
        return httpRequest(method, apiUrl(m_server, path), body, headers);
    }
    QString created(const HttpResult& reply, const char* member = "id")
    {
        EXPECT_TRUE(reply.status == 201 || reply.status == 202) << reply.body.toStdString();
        QJsonObject object = QJsonDocument::fromJson(reply.body).object();
        if (object.contains(QStringLiteral("role_request")))
            object = object.value(QStringLiteral("role_request")).toObject();
        return object.value(QString::fromLatin1(member)).toString();
    }
    // The path and body for one request, creating the fresh resources it needs.
    std::pair<QString, QByteArray> resolve(const Row& row, const TenantSide& side)
    {
        QString path = QString::fromLatin1(row.path);
        QString body = QString::fromLatin1(row.body);
        const QString tenantUsers =
            QStringLiteral("/v1/tenants/") + side.tenant.id + QStringLiteral("/users");
        switch (row.needs) {
        case Needs::FreshTenant:
            path.replace(QStringLiteral("{Z}"),
                         created(send("POST", QStringLiteral("/v1/tenants"), m_tokens[Operator],
                                      R"({"name":"Disposable"})")));
            break;
        case Needs::FreshInvite:
            path.replace(
                QStringLiteral("{D}"),
                created(send(
                    "POST", tenantUsers, side.tenant.owner.accessToken,
                    QJsonDocument(QJsonObject{{QStringLiteral("email"), m_identity.uniqueEmail()},
                                              {QStringLiteral("role"), QStringLiteral("viewer")}})
                        .toJson())));
            break;
        case Needs::FreshRequest:
            path.replace(QStringLiteral("{R}"),
                         created(send("POST",
                                      tenantUsers + QStringLiteral("/") + side.target.userId +
                                          QStringLiteral("/role"),
                                      side.secondOwner.accessToken, R"({"role":"admin"})")));
            break;
        case Needs::FreshGroup:
            path.replace(
                QStringLiteral("{G2}"),
                created(send(
                    "POST",
                    QStringLiteral("/v1/tenants/") + side.tenant.id + QStringLiteral("/groups"),
                    side.tenant.owner.accessToken,
                    QJsonDocument(QJsonObject{{QStringLiteral("name"), m_identity.uniqueEmail()}})
                        .toJson())));
            break;
        case Needs::Nothing:
            break;
        }
        path.replace(QStringLiteral("{T}"), side.tenant.id);
        path.replace(QStringLiteral("{U}"), side.target.userId);
        path.replace(QStringLiteral("{G}"), side.group);
        body.replace(QStringLiteral("{EMAIL}"), m_identity.uniqueEmail(QStringLiteral("m")));
        return {path, body.toUtf8()};
    }

    ServerProcess m_server;
    IdentityFixture m_identity{m_server};
    TenantSide m_a;
    TenantSide m_b;
    std::array<QString, kWhoCount> m_tokens;
};

TEST_F(AuthorizationMatrix, EveryEndpointRoleAndTenant_ExactStatus)
{
    int checked = 0;
    for (const Row& row : kRows) {
        for (const bool otherTenant : {false, true}) {
            const Codes& expected = otherTenant ? row.other : row.own;
            if (expected[0] == kNone)
                continue;
            for (int who = 0; who < kWhoCount; ++who) {
                const auto [path, body] = resolve(row, otherTenant ? m_b : m_a);
                SCOPED_TRACE(std::string(row.method) + " " + path.toStdString() + " as " +
                             kWhoNames[static_cast<std::size_t>(who)] +
                             (otherTenant ? " (other tenant)" : " (own tenant)"));
                const HttpResult reply =
                    send(row.method, path, m_tokens[static_cast<std::size_t>(who)], body);
                EXPECT_EQ(reply.status, expected[static_cast<std::size_t>(who)])
                    << reply.body.toStdString();
                ++checked;
            }
        }
    }
    EXPECT_GE(checked, 250);
}

} // namespace
