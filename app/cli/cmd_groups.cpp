// onestream groups list|create|rename|delete|members|add|remove: member groups of a tenant.
#include "app/cli/apisession.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {

namespace {

// A group id from an id or a name.
QString resolveGroup(ApiSession& session, const QString& base, const QString& which)
{
    if (which.startsWith(QLatin1String("grp_")))
        return which;
    const auto reply = session.callOk("GET", base);
    if (!reply)
        return {};
    for (const QJsonValue& item : reply->json().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("name")).toString() == which)
            return item.toObject().value(QStringLiteral("id")).toString();
    }
    fail(session.command(), QStringLiteral("no group named %1").arg(which));
    return {};
}

QString resolveUserId(ApiSession& session, const QString& tenant, const QString& who)
{
    if (!who.contains(QLatin1Char('@')))
        return who;
    const auto reply = session.callOk(
        "GET", withQuery(QStringLiteral("/v1/tenants/") + tenant + QStringLiteral("/users"),
                         {{QStringLiteral("q"), who}}));
    if (!reply)
        return {};
    for (const QJsonValue& item : reply->json().value(QStringLiteral("items")).toArray()) {
        if (item.toObject()
                .value(QStringLiteral("email"))
                .toString()
                .compare(who, Qt::CaseInsensitive) == 0)
            return item.toObject().value(QStringLiteral("id")).toString();
    }
    fail(session.command(), QStringLiteral("no user %1").arg(who));
    return {};
}

} // namespace

int runGroups(const QStringList& arguments)
{
    const QString group = QStringLiteral("groups");
    const auto split =
        splitSubcommand(arguments, group,
                        {QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("rename"),
                         QStringLiteral("delete"), QStringLiteral("members"), QStringLiteral("add"),
                         QStringLiteral("remove")});
    if (!split)
        return arguments.value(1) == QLatin1String("--help") ? 0 : 2;
    const auto& [sub, rest] = *split;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Member groups: list; create NAME; rename GROUP NEW; delete GROUP; members GROUP; "
        "add GROUP USER; remove GROUP USER. GROUP is an id or a name, USER an id or an email."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Tenant id (default: your own)."),
                                    QStringLiteral("ID"));
    parser.addOptions({server, json, tenant});
    parser.addPositionalArgument(QStringLiteral("args"), QStringLiteral("See above."));
    parser.process(rest);
    const QStringList positional = parser.positionalArguments();

    ApiSession session(group);
    if (!session.open(parser.value(server)))
        return 1;
    const QString tenantId = session.tenantId(parser.value(tenant));
    if (tenantId.isEmpty())
        return 1;
    const QString base = QStringLiteral("/v1/tenants/") + tenantId + QStringLiteral("/groups");
    if (sub == QLatin1String("list")) {
        const auto reply = session.callOk("GET", base);
        return reply ? printItems(*reply, parser.isSet(json),
                                  {QStringLiteral("id"), QStringLiteral("name"),
                                   QStringLiteral("member_count")})
                     : 1;
    }
    const int needed = sub == QLatin1String("rename") || sub == QLatin1String("add") ||
                               sub == QLatin1String("remove")
                           ? 2
                           : 1;
    if (positional.size() < needed)
        return fail(group,
                    QStringLiteral("%1 needs %2 argument(s); see --help").arg(sub).arg(needed), 2);
    if (sub == QLatin1String("create")) {
        const auto reply = session.callOk(
            "POST", base, {{QStringLiteral("name"), positional.first()}}, Api::Creates::Yes);
        return reply ? printObject(*reply, parser.isSet(json),
                                   QStringLiteral("Created group %1 (%2)")
                                       .arg(positional.first(),
                                            reply->json().value(QStringLiteral("id")).toString()))
                     : 1;
    }
    const QString groupId = resolveGroup(session, base, positional.first());
    if (groupId.isEmpty())
        return 1;
    const QString path = base + QLatin1Char('/') + groupId;
    if (sub == QLatin1String("rename")) {
        const auto reply =
            session.callOk("PATCH", path, {{QStringLiteral("name"), positional.at(1)}});
        return reply ? printObject(*reply, parser.isSet(json),
                                   QStringLiteral("Renamed to %1").arg(positional.at(1)))
                     : 1;
    }
    if (sub == QLatin1String("delete")) {
        if (!session.callOk("DELETE", path))
            return 1;
        out() << "Deleted group " << positional.first() << "\n";
        out().flush();
        return 0;
    }
    if (sub == QLatin1String("members")) {
        const auto reply = session.callOk("GET", path + QStringLiteral("/members"));
        return reply ? printItems(*reply, parser.isSet(json),
                                  {QStringLiteral("id"), QStringLiteral("email"),
                                   QStringLiteral("display_name")})
                     : 1;
    }
    const QString userId = resolveUserId(session, tenantId, positional.at(1));
    if (userId.isEmpty())
        return 1;
    if (!session.callOk(sub == QLatin1String("add") ? "PUT" : "DELETE",
                        path + QStringLiteral("/members/") + userId))
        return 1;
    out() << (sub == QLatin1String("add") ? "Added " : "Removed ") << positional.at(1) << "\n";
    out().flush();
    return 0;
}

} // namespace Cli
