// onestream invite-links create|list|revoke|signups|approve|reject (tenant owners and admins),
// and onestream signup --link URL_OR_TOKEN (anyone holding a link).
#include "app/cli/apisession.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace Cli {

namespace {

// The token of "https://host/signup?token=T", "https://host/signup/T" or a bare token.
QString linkToken(const QString& link)
{
    const QUrl url(link);
    if (url.isValid() && !url.scheme().isEmpty()) {
        const QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("token")))
            return query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
        return url.path().section(QLatin1Char('/'), -1);
    }
    return link.trimmed();
}

} // namespace

int runInviteLinks(const QStringList& arguments)
{
    const QString group = QStringLiteral("invite-links");
    const auto split = splitSubcommand(arguments, group,
                                       {QStringLiteral("create"), QStringLiteral("list"),
                                        QStringLiteral("revoke"), QStringLiteral("signups"),
                                        QStringLiteral("approve"), QStringLiteral("reject")});
    if (!split)
        return arguments.value(1) == QLatin1String("--help") ? 0 : 2;
    const auto& [sub, rest] = *split;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Invite links of a tenant: create --max-signups N [--role R] [--expires ISO-TIME] "
        "[--approval]; list; revoke LINK-ID; signups [--status pending]; approve|reject "
        "SIGNUP-ID. The link's token is printed once, at creation."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Tenant id (default: your own)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("Role of new accounts: editor, uploader or viewer "
                                                 "(default viewer)."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption maxSignups(QStringLiteral("max-signups"),
                                        QStringLiteral("How many sign-ups the link allows."),
                                        QStringLiteral("N"));
    const QCommandLineOption expires(QStringLiteral("expires"),
                                     QStringLiteral("Deadline, e.g. 2026-12-31T23:59:59Z "
                                                    "(default: in 7 days)."),
                                     QStringLiteral("TIME"));
    const QCommandLineOption approval(QStringLiteral("approval"),
                                      QStringLiteral("An owner or admin must approve each new "
                                                     "account."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("signups: pending, approved or rejected."),
                                    QStringLiteral("STATUS"));
    parser.addOptions({server, json, tenant, role, maxSignups, expires, approval, status});
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Link or sign-up id."));
    parser.process(rest);
    const QStringList positional = parser.positionalArguments();

    ApiSession session(group);
    if (!session.open(parser.value(server)))
        return 1;
    const QString tenantId = session.tenantId(parser.value(tenant));
    if (tenantId.isEmpty())
        return 1;
    const QString base = QStringLiteral("/v1/tenants/") + tenantId;
    const bool asJson = parser.isSet(json);

    if (sub == QLatin1String("create")) {
        if (!parser.isSet(maxSignups))
            return fail(group, QStringLiteral("create needs --max-signups N"), 2);
        QJsonObject body{{QStringLiteral("max_signups"), parser.value(maxSignups).toLongLong()},
                         {QStringLiteral("requires_approval"), parser.isSet(approval)}};
        if (parser.isSet(role))
            body.insert(QStringLiteral("role"), parser.value(role));
        if (parser.isSet(expires))
            body.insert(QStringLiteral("expires_at"), parser.value(expires));
        const auto reply =
            session.callOk("POST", base + QStringLiteral("/invite-links"), body, Api::Creates::Yes);
        if (!reply)
            return 1;
        const QJsonObject link = reply->json();
        return printObject(
            *reply, asJson,
            QStringLiteral("Created invite link %1 (%2 sign-ups, role %3, until %4%5).\nToken "
                           "(shown once): %6\nSign up: onestream signup --server %7 --link %6 "
                           "--email EMAIL --password-stdin")
                .arg(link.value(QStringLiteral("id")).toString())
                .arg(link.value(QStringLiteral("max_signups")).toInteger())
                .arg(link.value(QStringLiteral("role")).toString(),
                     link.value(QStringLiteral("expires_at")).toString(),
                     link.value(QStringLiteral("requires_approval")).toBool()
                         ? QStringLiteral(", approval required")
                         : QString(),
                     link.value(QStringLiteral("token")).toString(),
                     session.client().baseUrl().toString()));
    }
    if (sub == QLatin1String("list")) {
        const auto reply = session.callOk("GET", base + QStringLiteral("/invite-links"));
        return reply ? printItems(*reply, asJson,
                                  {QStringLiteral("id"), QStringLiteral("role"),
                                   QStringLiteral("signups"), QStringLiteral("max_signups"),
                                   QStringLiteral("expires_at"),
                                   QStringLiteral("requires_approval"), QStringLiteral("status")})
                     : 1;
    }
    if (sub == QLatin1String("signups")) {
        const auto reply =
            session.callOk("GET", withQuery(base + QStringLiteral("/signups"),
                                            {{QStringLiteral("status"), parser.value(status)}}));
        return reply ? printItems(*reply, asJson,
                                  {QStringLiteral("id"), QStringLiteral("email"),
                                   QStringLiteral("role"), QStringLiteral("status"),
                                   QStringLiteral("created_at")})
                     : 1;
    }
    if (positional.isEmpty())
        return fail(group, QStringLiteral("%1 needs an id; see --help").arg(sub), 2);
    if (sub == QLatin1String("revoke")) {
        const auto reply =
            session.callOk("DELETE", base + QStringLiteral("/invite-links/") + positional.first());
        return reply ? printObject(*reply, asJson,
                                   QStringLiteral("Revoked invite link %1").arg(positional.first()))
                     : 1;
    }
    const auto reply = session.callOk("POST", base + QStringLiteral("/signups/") +
                                                  positional.first() + QLatin1Char('/') + sub);
    if (!reply)
        return 1;
    return printObject(*reply, asJson,
                       sub == QLatin1String("approve")
                           ? QStringLiteral("Approved: %1 is active")
                                 .arg(reply->json()
                                          .value(QStringLiteral("signup"))
                                          .toObject()
                                          .value(QStringLiteral("email"))
                                          .toString())
                           : QStringLiteral("Rejected sign-up %1").arg(positional.first()));
}

int runSignup(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Create your account through an organisation's invite link; the password is read from "
        "standard input."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server base URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption link(QStringLiteral("link"),
                                  QStringLiteral("The invite link or its token."),
                                  QStringLiteral("URL_OR_TOKEN"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Your email address."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Your name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({server, link, email, passwordStdin, name, json});
    parser.process(arguments);
    const QString command = QStringLiteral("signup");
    if (!parser.isSet(link) || !parser.isSet(email) || !parser.isSet(passwordStdin)) {
        return fail(command,
                    QStringLiteral("usage: onestream signup --server URL --link URL_OR_TOKEN "
                                   "--email EMAIL --password-stdin"),
                    2);
    }
    QString serverUrl = parser.value(server);
    const QUrl linkUrl(parser.value(link));
    if (serverUrl.isEmpty() && linkUrl.isValid() && !linkUrl.scheme().isEmpty())
        serverUrl = linkUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    ApiSession session(command);
    if (!session.openAnonymous(serverUrl))
        return 2;
    QJsonObject body{{QStringLiteral("token"), linkToken(parser.value(link))},
                     {QStringLiteral("email"), parser.value(email)},
                     {QStringLiteral("password"), readStdinLine()}};
    if (parser.isSet(name))
        body.insert(QStringLiteral("display_name"), parser.value(name));
    const auto reply = session.callOk("POST", QStringLiteral("/v1/signup"), body);
    if (!reply)
        return 1;
    const bool pending =
        reply->json().value(QStringLiteral("status")).toString() == QLatin1String("pending");
    return printObject(*reply, parser.isSet(json),
                       pending ? QStringLiteral("Signed up; an administrator must approve the "
                                                "account before you can sign in")
                               : QStringLiteral("Account %1 is active; sign in with `onestream "
                                                "login`")
                                     .arg(parser.value(email)));
}

} // namespace Cli
