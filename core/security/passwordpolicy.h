#pragma once

// The service's password policy (DESIGN.md §4): at least 8 characters with a lower-case
// letter, an upper-case letter and a digit. Shared by the server (enforcement) and the client
// (live checking as the user types), so both always agree.

#include <QList>
#include <QString>

namespace Security {

enum class PasswordRule
{
    MinLength = 1,
    Lowercase,
    Uppercase,
    Digit,
};

inline constexpr int kPasswordMinLength = 8;

struct PasswordCheck
{
    PasswordRule rule;
    bool passed;
};

// Every rule with whether the password passes it, in a fixed order (for a live checklist).
[[nodiscard]] QList<PasswordCheck> checkPassword(const QString& password);

// Only the rules that failed; empty when the password is acceptable.
[[nodiscard]] QList<PasswordRule> failedPasswordRules(const QString& password);

// A stable machine name ("min-length", "lowercase", ...) for APIs and logs.
[[nodiscard]] const char* passwordRuleName(PasswordRule rule);

// English description of a rule, for API problem details and logs.
[[nodiscard]] QString passwordRuleDescription(PasswordRule rule);

} // namespace Security
