// onestream password-check: reads a password from stdin and names every rule it fails.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/security/passwordpolicy.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <iostream>
#include <string>

namespace Cli {

int runPasswordCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a password read from stdin against the service's policy: at least 8 "
                       "characters with a lower-case letter, an upper-case letter and a digit."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the result as JSON."));
    parser.addOption(jsonOption);
    parser.process(arguments);

    std::string line;
    std::getline(std::cin, line);
    const QString password = QString::fromUtf8(line.c_str());
    const QList<Security::PasswordCheck> checks = Security::checkPassword(password);
    bool allPassed = true;
    QJsonArray failed;
    for (const auto& check : checks) {
        allPassed = allPassed && check.passed;
        if (!check.passed)
            failed.append(QString::fromLatin1(Security::passwordRuleName(check.rule)));
    }
    if (parser.isSet(jsonOption)) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("acceptable"), allPassed},
                                            {QStringLiteral("failed"), failed}}));
    } else {
        for (const auto& check : checks) {
            out() << (check.passed ? "[ok]   " : "[fail] ") << "password "
                  << Security::passwordRuleDescription(check.rule) << "\n";
        }
        out().flush();
    }
    return allPassed ? 0 : 1;
}

} // namespace Cli
