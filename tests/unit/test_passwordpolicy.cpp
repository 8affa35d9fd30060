#include "core/security/passwordpolicy.h"

#include <gtest/gtest.h>

namespace {

struct PasswordCase
{
    const char* name;
    const char* password; // UTF-8
    QList<Security::PasswordRule> failed;
};

void PrintTo(const PasswordCase& row, std::ostream* os)
{
    *os << row.name;
}

class PasswordPolicyTest : public ::testing::TestWithParam<PasswordCase>
{};

TEST_P(PasswordPolicyTest, FailedRules_GivenPassword_AreExactlyTheBrokenOnes)
{
    const PasswordCase& row = GetParam();
    EXPECT_EQ(Security::failedPasswordRules(QString::fromUtf8(row.password)), row.failed);
}

using R = Security::PasswordRule;
INSTANTIATE_TEST_SUITE_P(
    Rules, PasswordPolicyTest,
    ::testing::Values(
        PasswordCase{"Acceptable", "Abcdefg1", {}},
        PasswordCase{"SevenCharacters", "Abcdef1", {R::MinLength}},
        PasswordCase{"Empty", "", {R::MinLength, R::Lowercase, R::Uppercase, R::Digit}},
        PasswordCase{"NoUpper", "abcdefg1", {R::Uppercase}},
        PasswordCase{"NoLower", "ABCDEFG1", {R::Lowercase}},
        PasswordCase{"NoDigit", "Abcdefgh", {R::Digit}},
        PasswordCase{"OnlyDigits", "12345678", {R::Lowercase, R::Uppercase}},
        // Eight code points, some outside the BMP: length is counted as a person sees it.
        PasswordCase{"AstralCharacters",
                     "Ab1\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
                     "\xF0\x9F\x98\x80\xF0\x9F\x98\x80",
                     {}},
        PasswordCase{"FourAstralIsTooShort", "Ab1\xF0\x9F\x98\x80\xF0\x9F\x98\x80", {R::MinLength}},
        PasswordCase{"JapaneseWithRules", "パスワードAa1", {}}),
    [](const ::testing::TestParamInfo<PasswordCase>& p) { return p.param.name; });

TEST(PasswordPolicy, CheckPassword_Always_ListsEveryRuleInOrder)
{
    const auto checks = Security::checkPassword(QStringLiteral("x"));
    ASSERT_EQ(checks.size(), 4);
    EXPECT_EQ(checks[0].rule, R::MinLength);
    EXPECT_EQ(checks[3].rule, R::Digit);
    EXPECT_TRUE(checks[1].passed);  // has a lower-case letter
    EXPECT_FALSE(checks[2].passed); // no upper-case letter
}

TEST(PasswordPolicy, RuleNames_AreStableMachineNames)
{
    EXPECT_STREQ(Security::passwordRuleName(R::MinLength), "min-length");
    EXPECT_STREQ(Security::passwordRuleName(R::Digit), "digit");
    EXPECT_TRUE(Security::passwordRuleDescription(R::MinLength).contains(QLatin1String("8")));
}

} // namespace
