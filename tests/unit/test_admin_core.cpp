// core/admin: capabilities from /v1/me, request paths, the purge date and CSV import parsing.
#include "core/admin/adminclient.h"
#include "core/admin/userimport.h"

#include <gtest/gtest.h>

#include <QJsonArray>

namespace {

QJsonObject me(const QString& tenantId, const QStringList& roles)
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("usr_1")},
                       {QStringLiteral("email"), QStringLiteral("a@example.test")},
                       {QStringLiteral("tenant_id"),
                        tenantId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tenantId)},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
}

struct CapabilityRow
{
    const char* role;
    bool manageUsers;
    bool decideApprovals;
    bool viewAudit;
    bool verifyAudit;
    bool viewTenants;
    bool editTenants;
};

class AdminCapabilities : public ::testing::TestWithParam<CapabilityRow>
{};

TEST_P(AdminCapabilities, FromMe_Role_MatchesServerMatrix)
{
    const CapabilityRow& row = GetParam();
    const bool staff = QLatin1String(row.role) == QLatin1String("operator") ||
                       QLatin1String(row.role) == QLatin1String("auditor");
    const Admin::Capabilities caps = Admin::capabilitiesFromMe(
        me(staff ? QString() : QStringLiteral("ten_1"), {QString::fromLatin1(row.role)}));
    EXPECT_EQ(caps.manageUsers(), row.manageUsers);
    EXPECT_EQ(caps.decideApprovals(), row.decideApprovals);
    EXPECT_EQ(caps.viewAudit(), row.viewAudit);
    EXPECT_EQ(caps.verifyAudit(), row.verifyAudit);
    EXPECT_EQ(caps.viewTenants(), row.viewTenants);
    EXPECT_EQ(caps.editTenants(), row.editTenants);
    EXPECT_EQ(caps.tenantId.isEmpty(), staff);
}

INSTANTIATE_TEST_SUITE_P(
    Roles, AdminCapabilities,
    ::testing::Values(CapabilityRow{"operator", false, false, true, true, true, true},
                      CapabilityRow{"auditor", false, false, true, true, true, false},
                      CapabilityRow{"owner", true, true, true, false, false, false},
                      CapabilityRow{"admin", true, false, true, false, false, false},
                      CapabilityRow{"editor", false, false, false, false, false, false},
                      CapabilityRow{"viewer", false, false, false, false, false, false}));

TEST(AdminPaths, UsersPath_FiltersAndCursor_PercentEncoded)
{
    const QString path = Admin::usersPath(
        QStringLiteral("ten_1"),
        Admin::UserQuery{QStringLiteral(" a+b@x "), QStringLiteral("editor"), QString()},
        QStringLiteral("c/1"), 200);
    EXPECT_EQ(path, QStringLiteral("/v1/tenants/ten_1/users?q=a%2Bb%40x&role=editor&cursor=c%2F1"
                                   "&limit=200"));
    EXPECT_EQ(Admin::usersPath(QStringLiteral("t"), {}, {}, 0),
              QStringLiteral("/v1/tenants/t/users"));
}

TEST(AdminPaths, AuditPath_OnlyNonEmptyFilters_Included)
{
    Admin::AuditQuery query;
    query.outcome = QStringLiteral("denied");
    query.action = QStringLiteral("POST /v1/tenants");
    EXPECT_EQ(Admin::auditPath(QStringLiteral("/v1/audit"), query, QStringLiteral("42"), 100),
              QStringLiteral("/v1/audit?action=POST%20%2Fv1%2Ftenants&outcome=denied&cursor=42"
                             "&limit=100"));
}

TEST(AdminPurge, PurgeDate_Terminated_ThirtyOneDaysAfterContractEnd)
{
    QJsonObject tenant{{QStringLiteral("status"), QStringLiteral("terminated")},
                       {QStringLiteral("contract_end"), QStringLiteral("2026-12-31")}};
    EXPECT_EQ(Admin::purgeDate(tenant), QStringLiteral("2027-01-31"));
    tenant.insert(QStringLiteral("status"), QStringLiteral("active"));
    EXPECT_TRUE(Admin::purgeDate(tenant).isEmpty());
}

TEST(AdminImport, ParseUserCsv_HeaderQuotesBlankLines_RowsWithFileLines)
{
    const QList<Admin::ImportRow> rows =
        Admin::parseUserCsv("email,role,display_name\r\n"
                            "a@example.test,editor,\"Doe, Jane\"\r\n"
                            "\r\n"
                            "b@example.test,,\"Say \"\"hi\"\"\"\n");
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].line, 2);
    EXPECT_EQ(rows[0].email, QStringLiteral("a@example.test"));
    EXPECT_EQ(rows[0].role, QStringLiteral("editor"));
    EXPECT_EQ(rows[0].displayName, QStringLiteral("Doe, Jane"));
    EXPECT_EQ(rows[1].line, 4);
    EXPECT_TRUE(rows[1].role.isEmpty());
    EXPECT_EQ(rows[1].displayName, QStringLiteral("Say \"hi\""));
}

TEST(AdminImport, ParseUserCsv_NoHeader_FirstLineIsARow)
{
    const QList<Admin::ImportRow> rows = Admin::parseUserCsv("emma@example.test,viewer\n");
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].line, 1);
    EXPECT_EQ(rows[0].email, QStringLiteral("emma@example.test"));
}

TEST(AdminImport, UserCsv_Chunk_HeaderPlusQuotedRowsThatParseBack)
{
    const QList<Admin::ImportRow> rows =
        Admin::parseUserCsv("a@x.test,viewer,A\nb@x.test,editor,\"B, b\"\nc@x.test,uploader,C\n");
    const QByteArray chunk = Admin::userCsv(rows, 1, 5);
    EXPECT_TRUE(chunk.startsWith("email,role,display_name\n"));
    const QList<Admin::ImportRow> back = Admin::parseUserCsv(chunk);
    ASSERT_EQ(back.size(), 2);
    EXPECT_EQ(back[0].displayName, QStringLiteral("B, b"));
    EXPECT_EQ(back[1].email, QStringLiteral("c@x.test"));
}

} // namespace
