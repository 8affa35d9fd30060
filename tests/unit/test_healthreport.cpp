#include "core/api/healthreport.h"

#include <gtest/gtest.h>

namespace {

TEST(HealthReport, Parse_ReadyBody_ReadsStatusVersionAndChecks)
{
    const auto report = Api::parseHealthReport(
        R"({"status":"ready","version":"1.2.3","checks":{"database":"ok","storage":"ok"}})");
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_TRUE(report->ready());
    EXPECT_EQ(report->version, QStringLiteral("1.2.3"));
    EXPECT_EQ(report->checks.value(QStringLiteral("storage")), QStringLiteral("ok"));
}

TEST(HealthReport, Parse_NotReady_IsNotReady)
{
    const auto report = Api::parseHealthReport(
        R"({"status":"not-ready","checks":{"database":"ok","storage":"disk full"}})");
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ready());
    EXPECT_EQ(report->checks.value(QStringLiteral("storage")), QStringLiteral("disk full"));
}

TEST(HealthReport, Parse_HtmlErrorPage_IsProtocolError)
{
    const auto report = Api::parseHealthReport("<html><body>502 Bad Gateway</body></html>");
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, Core::ErrorCode::Protocol);
}

TEST(HealthReport, Parse_ObjectWithoutStatus_IsProtocolError)
{
    const auto report = Api::parseHealthReport(R"({"version":"1"})");
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().detail.contains(QLatin1String("status")));
}

TEST(HealthReport, Parse_JsonArray_IsProtocolError)
{
    EXPECT_FALSE(Api::parseHealthReport("[1,2]").ok());
}

} // namespace
