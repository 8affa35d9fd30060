// onestream login | logout | whoami | accept-invite: signing in to a OneStream server.
#include "app/cli/apisession.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>

namespace Cli {

namespace {

const QCommandLineOption kServerOption(QStringLiteral("server"), QStringLiteral("Server base URL."),
                                       QStringLiteral("URL"));
const QCommandLineOption kJsonOption(QStringLiteral("json"),
                                     QStringLiteral("Print the result as JSON."));

QString rolesOf(const QJsonObject& user)
{
    QStringList roles;
    for (const QJsonValue& role : user.value(QStringLiteral("roles")).toArray())
        roles.append(role.toString());
    return roles.join(QLatin1Char(','));
}

} // namespace

int runLogin(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sign in to a OneStream server. The password is read from standard input.\n"
        "The tokens are kept in the OS keychain. In scripts and CI, where no keychain is\n"
        "available, use --print-token and export the printed access token as ONESTREAM_TOKEN\n"
        "(with ONESTREAM_SERVER) for the following commands."));
    parser.addHelpOption();
    const QCommandLineOption emailOption(QStringLiteral("email"), QStringLiteral("Your email."),
                                         QStringLiteral("EMAIL"));
    const QCommandLineOption passwordStdinOption(
        QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input."));
    const QCommandLineOption totpOption(QStringLiteral("totp"),
                                        QStringLiteral("One-time code, when enrolled."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption deviceOption(QStringLiteral("device"),
                                          QStringLiteral("Device name shown in your session list."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption printTokenOption(
        QStringLiteral("print-token"),
        QStringLiteral("Print the access token instead of storing the login in the keychain."));
    parser.addOptions({kServerOption, emailOption, passwordStdinOption, totpOption, deviceOption,
                       printTokenOption});
    parser.process(arguments);
    const QString command = QStringLiteral("login");
    if (!parser.isSet(emailOption) || !parser.isSet(passwordStdinOption)) {
        return fail(command,
                    QStringLiteral("usage: onestream login --server URL --email E "
                                   "--password-stdin"),
                    2);
    }
    ApiSession session(command);
    if (!session.openAnonymous(parser.value(kServerOption)))
        return 2;
    const QString password = readStdinLine();
    QJsonObject body{
        {QStringLiteral("email"), parser.value(emailOption)},
        {QStringLiteral("password"), password},
        {QStringLiteral("device_name"),
         parser.isSet(deviceOption)
             ? parser.value(deviceOption)
             : QStringLiteral("onestream CLI on %1").arg(QSysInfo::machineHostName())}};
    if (parser.isSet(totpOption))
        body.insert(QStringLiteral("totp"), parser.value(totpOption));
    const auto answer = session.call("POST", QStringLiteral("/v1/auth/login"), body);
    if (!answer) {
        return fail(command,
                    QStringLiteral("cannot reach %1: %2")
                        .arg(session.client().baseUrl().toString(), answer.error().detail));
    }
    if (answer->status == 403 && answer->json()
                                     .value(QStringLiteral("type"))
                                     .toString()
                                     .endsWith(QLatin1String("/totp-enrolment-required"))) {
        // The organisation requires TOTP of this account: show the secret to enrol.
        const QJsonObject totp = answer->json().value(QStringLiteral("totp")).toObject();
        out() << "Your organisation requires a one-time code for this account.\n"
                 "Add this secret to an authenticator app: "
              << totp.value(QStringLiteral("secret")).toString() << "\n  "
              << totp.value(QStringLiteral("otpauth_uri")).toString()
              << "\nthen sign in again with --totp CODE.\n";
        out().flush();
        return 1;
    }
    if (!answer->ok())
        return fail(command, answer->problemSummary());
    const QJsonObject tokens = answer->json();
    const QJsonObject user = tokens.value(QStringLiteral("user")).toObject();
    if (parser.isSet(printTokenOption)) {
        out() << tokens.value(QStringLiteral("access_token")).toString() << "\n";
        out().flush();
        return 0;
    }
    StoredLogin login;
    login.server = QUrl(parser.value(kServerOption));
    login.email = user.value(QStringLiteral("email")).toString();
    login.tokens.accessToken = tokens.value(QStringLiteral("access_token")).toString();
    login.tokens.refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
    if (auto stored = session.storeLogin(login); !stored) {
        return fail(command, QStringLiteral("signed in, but cannot keep the login in the "
                                            "keychain (%1); in scripts use --print-token and "
                                            "ONESTREAM_TOKEN")
                                 .arg(stored.error().detail));
    }
    out() << "Signed in to " << login.server.toString() << " as " << login.email << " ("
          << rolesOf(user) << ")\n";
    out().flush();
    return 0;
}

int runLogout(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sign out: ends the session on the server and forgets the stored login."));
    parser.addHelpOption();
    parser.addOption(kServerOption);
    parser.process(arguments);
    ApiSession session(QStringLiteral("logout"));
    if (!session.open(parser.value(kServerOption)))
        return 1;
    const auto reply = session.call("POST", QStringLiteral("/v1/auth/logout"));
    if (!session.fromEnvironment()) {
        if (auto forgotten = session.forgetLogin(); !forgotten)
            return fail(session.command(), forgotten.error().detail);
    }
    if (reply && reply->status != 204 && reply->status != 401)
        return fail(session.command(), reply->problemSummary());
    out() << "Signed out\n";
    out().flush();
    return 0;
}

int runWhoami(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show who you are signed in as."));
    parser.addHelpOption();
    parser.addOptions({kServerOption, kJsonOption});
    parser.process(arguments);
    ApiSession session(QStringLiteral("whoami"));
    if (!session.open(parser.value(kServerOption)))
        return 1;
    const auto me = session.callOk("GET", QStringLiteral("/v1/me"));
    if (!me)
        return 1;
    const QJsonObject user = me->json();
    if (parser.isSet(kJsonOption)) {
        printJson(QJsonDocument(user));
        return 0;
    }
    out() << user.value(QStringLiteral("email")).toString() << " (" << rolesOf(user) << ")";
    const QString tenant = user.value(QStringLiteral("tenant_id")).toString();
    out() << (tenant.isEmpty() ? QStringLiteral(" platform staff")
                               : QStringLiteral(" tenant ") + tenant)
          << " on " << session.client().baseUrl().toString() << "\n";
    out().flush();
    return 0;
}

int runAcceptInvite(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Accept an invitation and choose your password (read from standard input)."));
    parser.addHelpOption();
    const QCommandLineOption tokenOption(
        QStringLiteral("token"), QStringLiteral("The invitation token."), QStringLiteral("TOKEN"));
    const QCommandLineOption passwordStdinOption(
        QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input."));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("Your name."),
                                        QStringLiteral("NAME"));
    parser.addOptions({kServerOption, tokenOption, passwordStdinOption, nameOption});
    parser.process(arguments);
    const QString command = QStringLiteral("accept-invite");
    if (!parser.isSet(tokenOption) || !parser.isSet(passwordStdinOption)) {
        return fail(command,
                    QStringLiteral("usage: onestream accept-invite --server URL --token "
                                   "TOKEN --password-stdin"),
                    2);
    }
    ApiSession session(command);
    if (!session.openAnonymous(parser.value(kServerOption)))
        return 2;
    QJsonObject body{{QStringLiteral("token"), parser.value(tokenOption)},
                     {QStringLiteral("password"), readStdinLine()}};
    if (parser.isSet(nameOption))
        body.insert(QStringLiteral("display_name"), parser.value(nameOption));
    const auto reply = session.callOk("POST", QStringLiteral("/v1/invites/accept"), body);
    if (!reply)
        return 1;
    out() << "Account " << reply->json().value(QStringLiteral("email")).toString()
          << " is active; sign in with `onestream login`\n";
    out().flush();
    return 0;
}

} // namespace Cli
