#include "core/security/passwordpolicy.h"

#include <algorithm>

namespace Security {

QList<PasswordCheck> checkPassword(const QString& password)
{
    // Count code points, not UTF-16 units, so that "8 characters" means what a person sees.
    const qsizetype codePoints = password.toUcs4().size();
    const bool hasLower =
        std::any_of(password.begin(), password.end(), [](QChar c) { return c.isLower(); });
    const bool hasUpper =
        std::any_of(password.begin(), password.end(), [](QChar c) { return c.isUpper(); });
    const bool hasDigit =
        std::any_of(password.begin(), password.end(), [](QChar c) { return c.isDigit(); });
    return {
        {PasswordRule::MinLength, codePoints >= kPasswordMinLength},
        {PasswordRule::Lowercase, hasLower},
        {PasswordRule::Uppercase, hasUpper},
        {PasswordRule::Digit, hasDigit},
    };
}

QList<PasswordRule> failedPasswordRules(const QString& password)
{
    QList<PasswordRule> failed;
    for (const PasswordCheck& check : checkPassword(password)) {
        if (!check.passed)
            failed.append(check.rule);
    }
    return failed;
}

const char* passwordRuleName(PasswordRule rule)
{
    switch (rule) {
    case PasswordRule::MinLength:
        return "min-length";
    case PasswordRule::Lowercase:
        return "lowercase";
    case PasswordRule::Uppercase:
        return "uppercase";
    case PasswordRule::Digit:
        return "digit";
    }
    return "unknown";
}

QString passwordRuleDescription(PasswordRule rule)
{
    switch (rule) {
    case PasswordRule::MinLength:
        return QStringLiteral("must be at least %1 characters long").arg(kPasswordMinLength);
    case PasswordRule::Lowercase:
        return QStringLiteral("must contain a lower-case letter");
    case PasswordRule::Uppercase:
        return QStringLiteral("must contain an upper-case letter");
    case PasswordRule::Digit:
        return QStringLiteral("must contain a digit");
    }
    return {};
}

} // namespace Security
