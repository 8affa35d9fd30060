// onestream totp on | confirm CODE | off CODE: one's own one-time code (TOTP, RFC 6238).
// "on" prints a new key for an authenticator app; "confirm" turns it on with the app's code;
// "off" turns it off with a current code (refused while the organisation requires it).
#include "app/cli/apisession.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace Cli {

int runTotp(const QStringList& arguments)
{
    const QString group = QStringLiteral("totp");
    const auto split = splitSubcommand(
        arguments, group, {QStringLiteral("on"), QStringLiteral("confirm"), QStringLiteral("off")});
    if (!split)
        return arguments.value(1) == QLatin1String("--help") ? 0 : 2;
    const auto& [sub, rest] = *split;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Your one-time code: on (prints a key for an authenticator app), confirm "
                       "CODE (turns it on with the app's code), off CODE (turns it off with a "
                       "current code)."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({server, json});
    parser.addPositionalArgument(QStringLiteral("CODE"),
                                 QStringLiteral("Six digits from your app (confirm, off)."));
    parser.process(rest);
    const QString code = parser.positionalArguments().value(0).trimmed();
    if (sub != QLatin1String("on") && code.isEmpty()) {
        return fail(group,
                    QStringLiteral("usage: onestream totp %1 CODE (the six digits your "
                                   "authenticator app shows now)")
                        .arg(sub),
                    2);
    }

    ApiSession session(group);
    if (!session.open(parser.value(server)))
        return 1;
    const QString path = QStringLiteral("/v1/me/totp");
    if (sub == QLatin1String("on")) {
        const auto reply = session.callOk("POST", path);
        if (!reply)
            return 1;
        const QJsonObject body = reply->json();
        return printObject(*reply, parser.isSet(json),
                           QStringLiteral("Add this key to an authenticator app: %1\n  %2\nthen "
                                          "run: onestream totp confirm CODE")
                               .arg(body.value(QStringLiteral("secret")).toString(),
                                    body.value(QStringLiteral("otpauth_uri")).toString()));
    }
    const auto reply = sub == QLatin1String("confirm")
                           ? session.callOk("POST", path + QStringLiteral("/confirm"),
                                            {{QStringLiteral("code"), code}})
                           : session.callOk("DELETE", path, {{QStringLiteral("code"), code}});
    if (!reply)
        return 1;
    return printObject(*reply, parser.isSet(json),
                       sub == QLatin1String("confirm")
                           ? QStringLiteral("One-time code on: signing in now asks for it.")
                           : QStringLiteral("One-time code off: signing in no longer asks for "
                                            "it."));
}

} // namespace Cli
