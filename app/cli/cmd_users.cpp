// onestream users list|show|invite|disable|enable|delete|set-role (tenant owners and admins).
// Users are named by id or by email; --tenant defaults to your own tenant.
#include "app/cli/apisession.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

namespace {

// A user id from an id or an email address (looked up in the tenant).
QString resolveUser(ApiSession& session, const QString& tenant, const QString& who)
{
    if (!who.contains(QLatin1Char('@')))
        return who;
    const auto reply = session.callOk(
        "GET",
        withQuery(QStringLiteral("/v1/tenants/") + tenant + QStringLiteral("/users"),
                  {{QStringLiteral("q"), who}, {QStringLiteral("limit"), QStringLiteral("5")}}));
    if (!reply)
        return {};
    for (const QJsonValue& item : reply->json().value(QStringLiteral("items")).toArray()) {
        if (item.toObject()
                .value(QStringLiteral("email"))
                .toString()
                .compare(who, Qt::CaseInsensitive) == 0) {
            return item.toObject().value(QStringLiteral("id")).toString();
        }
    }
    fail(session.command(), QStringLiteral("no user %1 in tenant %2").arg(who, tenant));
    return {};
}

} // namespace

int runUsers(const QStringList& arguments)
{
    const QString group = QStringLiteral("users");
    const auto split = splitSubcommand(
        arguments, group,
        {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("invite"),
         QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("delete"),
         QStringLiteral("set-role"), QStringLiteral("reset-password"),
         QStringLiteral("revoke-sessions"), QStringLiteral("reset-totp"),
         QStringLiteral("shared-warnings"), QStringLiteral("import"), QStringLiteral("export")});
    if (!split)
        return arguments.value(1) == QLatin1String("--help") ? 0 : 2;
    const auto& [sub, rest] = *split;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Users of a tenant. invite EMAIL [--role R]; disable|enable|delete|show USER; "
        "set-role USER ROLE [--for SECONDS]; reset-password|revoke-sessions|reset-totp USER; "
        "shared-warnings (accounts active from two places at once). USER is an id or an email. "
        "Granting owner or admin "
        "files a request that a different owner approves (`onestream approvals`)."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Tenant id (default: your own)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QStringLiteral("Email or name prefix."), QStringLiteral("Q"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("Role: owner, admin, editor, uploader, viewer."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("invited, active or disabled."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Display name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption duration(QStringLiteral("for"),
                                      QStringLiteral("Owner/admin grants: lapse after SECONDS."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Page size."),
                                   QStringLiteral("N"));
    const QCommandLineOption cursor(QStringLiteral("cursor"), QStringLiteral("Page cursor."),
                                    QStringLiteral("CURSOR"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("import: only report each row's problem."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("export: write the CSV to FILE."),
                                    QStringLiteral("FILE"));
    parser.addOptions({server, json, tenant, search, role, status, name, duration, limit, cursor,
                       dryRun, output});
    parser.addPositionalArgument(QStringLiteral("user"), QStringLiteral("User id or email."));
    parser.process(rest);

    ApiSession session(group);
    if (!session.open(parser.value(server)))
        return 1;
    const QString tenantId = session.tenantId(parser.value(tenant));
    if (tenantId.isEmpty())
        return 1;
    const QString base = QStringLiteral("/v1/tenants/") + tenantId + QStringLiteral("/users");
    const QStringList positional = parser.positionalArguments();

    if (sub == QLatin1String("list")) {
        const auto reply = session.callOk(
            "GET", withQuery(base, {{QStringLiteral("q"), parser.value(search)},
                                    {QStringLiteral("role"), parser.value(role)},
                                    {QStringLiteral("status"), parser.value(status)},
                                    {QStringLiteral("limit"), parser.value(limit)},
                                    {QStringLiteral("cursor"), parser.value(cursor)}}));
        return reply ? printItems(*reply, parser.isSet(json),
                                  {QStringLiteral("id"), QStringLiteral("email"),
                                   QStringLiteral("display_name"), QStringLiteral("roles"),
                                   QStringLiteral("status")})
                     : 1;
    }
    if (sub == QLatin1String("export")) {
        const auto reply = session.callOk("GET", base + QStringLiteral("/export"));
        if (!reply)
            return 1;
        if (parser.isSet(output)) {
            QFile file(parser.value(output));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(reply->body) != reply->body.size())
                return fail(group, QStringLiteral("cannot write %1").arg(parser.value(output)));
            return 0;
        }
        out() << QString::fromUtf8(reply->body);
        out().flush();
        return 0;
    }
    if (sub == QLatin1String("import")) {
        if (positional.isEmpty())
            return fail(group, QStringLiteral("usage: onestream users import FILE.csv [--dry-run]"),
                        2);
        QFile file(positional.first());
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                group,
                QStringLiteral("cannot read %1: %2").arg(positional.first(), file.errorString()));
        auto reply =
            session.callRaw("POST",
                            base + (parser.isSet(dryRun) ? QStringLiteral("/import?dry_run=true")
                                                         : QStringLiteral("/import")),
                            file.readAll(), QByteArrayLiteral("text/csv"));
        if (!reply)
            return fail(group, reply.error().detail);
        const QJsonObject report = reply->json();
        if (parser.isSet(json)) {
            printJson(QJsonDocument(report));
        } else {
            out() << (parser.isSet(dryRun) ? "Dry run: " : "")
                  << report.value(QStringLiteral("rows")).toInt() << " rows, "
                  << report.value(QStringLiteral("new")).toInt() << " new, "
                  << report.value(QStringLiteral("already_present")).toInt()
                  << " already present\n";
            for (const QJsonValue& value : report.value(QStringLiteral("problems")).toArray()) {
                const QJsonObject problem = value.toObject();
                out() << "  line " << problem.value(QStringLiteral("line")).toInt() << " "
                      << problem.value(QStringLiteral("email")).toString() << ": "
                      << problem.value(QStringLiteral("problem")).toString() << "\n";
            }
            for (const QJsonValue& value : report.value(QStringLiteral("created")).toArray()) {
                const QJsonObject created = value.toObject();
                out() << "  invited " << created.value(QStringLiteral("email")).toString()
                      << " token " << created.value(QStringLiteral("invite_token")).toString()
                      << "\n";
            }
        }
        out().flush();
        if (!reply->ok())
            return fail(group, reply->problemSummary());
        return report.value(QStringLiteral("problems")).toArray().isEmpty() ? 0 : 1;
    }
    if (sub == QLatin1String("shared-warnings")) {
        const auto reply = session.callOk("GET", QStringLiteral("/v1/tenants/") + tenantId +
                                                     QStringLiteral("/shared-account-warnings"));
        return reply ? printItems(*reply, parser.isSet(json),
                                  {QStringLiteral("user_id"), QStringLiteral("email"),
                                   QStringLiteral("reason")})
                     : 1;
    }
    if (positional.isEmpty())
        return fail(group, QStringLiteral("%1 needs a user (id or email)").arg(sub), 2);

    if (sub == QLatin1String("invite")) {
        QJsonObject body{{QStringLiteral("email"), positional.first()},
                         {QStringLiteral("role"),
                          parser.isSet(role) ? parser.value(role) : QStringLiteral("viewer")}};
        if (parser.isSet(name))
            body.insert(QStringLiteral("display_name"), parser.value(name));
        const auto reply = session.callOk("POST", base, body, Api::Creates::Yes);
        if (!reply)
            return 1;
        const QJsonObject user = reply->json();
        QString summary = QStringLiteral("Invited %1 (id %2), valid until %3. Invitation token:\n"
                                         "  %4\nThey run `onestream accept-invite --server URL "
                                         "--token TOKEN --password-stdin`.")
                              .arg(user.value(QStringLiteral("email")).toString(),
                                   user.value(QStringLiteral("id")).toString(),
                                   user.value(QStringLiteral("invite_expires_at")).toString(),
                                   user.value(QStringLiteral("invite_token")).toString());
        const QJsonObject request = user.value(QStringLiteral("role_request")).toObject();
        if (!request.isEmpty()) {
            summary += QStringLiteral("\nRole %1 needs a second owner's approval: request %2")
                           .arg(request.value(QStringLiteral("role")).toString(),
                                request.value(QStringLiteral("id")).toString());
        }
        return printObject(*reply, parser.isSet(json), summary);
    }

    const QString userId = resolveUser(session, tenantId, positional.first());
    if (userId.isEmpty())
        return 1;
    const QString path = base + QLatin1Char('/') + userId;
    if (sub == QLatin1String("show")) {
        const auto reply = session.callOk("GET", path);
        if (!reply)
            return 1;
        printJson(QJsonDocument(reply->json()));
        return 0;
    }
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
        const auto reply = session.callOk("POST", path + QLatin1Char('/') + sub);
        return reply
                   ? printObject(*reply, parser.isSet(json),
                                 QStringLiteral("%1 is now %2")
                                     .arg(positional.first(),
                                          reply->json().value(QStringLiteral("status")).toString()))
                   : 1;
    }
    if (sub == QLatin1String("reset-password")) {
        const auto reply = session.callOk("POST", path + QStringLiteral("/reset-password"));
        return reply
                   ? printObject(
                         *reply, parser.isSet(json),
                         QStringLiteral("Password of %1 reset; their sessions ended. "
                                        "Reset token (valid until %2):\n  %3\nThey run "
                                        "`onestream accept-invite --server URL --token "
                                        "TOKEN --password-stdin`.")
                             .arg(
                                 positional.first(),
                                 reply->json().value(QStringLiteral("reset_expires_at")).toString(),
                                 reply->json().value(QStringLiteral("reset_token")).toString()))
                   : 1;
    }
    if (sub == QLatin1String("reset-totp")) {
        const auto reply = session.callOk("DELETE", path + QStringLiteral("/totp"));
        return reply ? printObject(*reply, parser.isSet(json),
                                   QStringLiteral("One-time code of %1 turned off; their sessions "
                                                  "ended. They sign in with their password (and "
                                                  "set up a new code where it is required).")
                                       .arg(positional.first()))
                     : 1;
    }
    if (sub == QLatin1String("revoke-sessions")) {
        if (!session.callOk("DELETE", path + QStringLiteral("/sessions")))
            return 1;
        out() << "Ended every session of " << positional.first() << "\n";
        out().flush();
        return 0;
    }
    if (sub == QLatin1String("delete")) {
        const auto reply = session.callOk("DELETE", path);
        if (!reply)
            return 1;
        out() << "Deleted " << positional.first() << "\n";
        out().flush();
        return 0;
    }
    // set-role USER ROLE
    if (positional.size() < 2)
        return fail(group, QStringLiteral("usage: onestream users set-role USER ROLE"), 2);
    QJsonObject body{{QStringLiteral("role"), positional.at(1)}};
    if (parser.isSet(duration))
        body.insert(QStringLiteral("grant_duration_s"), parser.value(duration).toLongLong());
    const auto reply = session.callOk("POST", path + QStringLiteral("/role"), body);
    if (!reply)
        return 1;
    if (reply->status == 202) {
        const QJsonObject request = reply->json().value(QStringLiteral("role_request")).toObject();
        return printObject(*reply, parser.isSet(json),
                           QStringLiteral("Role %1 for %2 needs a second owner's approval: "
                                          "request %3 (onestream approvals approve %3)")
                               .arg(positional.at(1), positional.first(),
                                    request.value(QStringLiteral("id")).toString()));
    }
    return printObject(*reply, parser.isSet(json),
                       QStringLiteral("%1 is now %2").arg(positional.first(), positional.at(1)));
}

} // namespace Cli
