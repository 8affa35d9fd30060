#include "core/result.h"

#include <gtest/gtest.h>

#include <memory>

namespace {

Core::Result<int> parsePositive(int value)
{
    if (value <= 0)
        return Core::makeError(Core::ErrorCode::BadInput, QStringLiteral("not positive"), value);
    return value;
}

TEST(Result, Value_WhenOk_IsReturned)
{
    const auto result = parsePositive(3);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(*result, 3);
    EXPECT_EQ(result.valueOr(7), 3);
}

TEST(Result, Error_WhenFailed_CarriesCodeDetailAndNative)
{
    const auto result = parsePositive(-4);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Core::ErrorCode::BadInput);
    EXPECT_EQ(result.error().native, -4);
    EXPECT_EQ(result.valueOr(7), 7);
    EXPECT_EQ(result.error().toString(), QStringLiteral("bad-input: not positive (-4)"));
}

TEST(Result, MoveOnlyValue_CanBeTakenOut)
{
    Core::Result<std::unique_ptr<int>> result(std::make_unique<int>(5));
    std::unique_ptr<int> owned = std::move(result).value();
    ASSERT_TRUE(owned);
    EXPECT_EQ(*owned, 5);
}

TEST(Result, VoidStatus_DefaultIsOk)
{
    Core::Status ok;
    EXPECT_TRUE(ok.ok());
    Core::Status failed = Core::makeError(Core::ErrorCode::Io, QStringLiteral("disk full"), 28);
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().native, 28);
}

} // namespace
