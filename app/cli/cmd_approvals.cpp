// onestream approvals list|approve|reject: four-eyes role requests (tenant owners).
#include "app/cli/apisession.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace Cli {

int runApprovals(const QStringList& arguments)
{
    const QString group = QStringLiteral("approvals");
    const auto split = splitSubcommand(
        arguments, group,
        {QStringLiteral("list"), QStringLiteral("approve"), QStringLiteral("reject")});
    if (!split)
        return arguments.value(1) == QLatin1String("--help") ? 0 : 2;
    const auto& [sub, rest] = *split;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Role requests: granting owner or admin takes effect only when a different owner "
        "approves. list [--status pending]; approve ID; reject ID [--reason TEXT]."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Tenant id (default: your own)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("pending, approved, rejected or lapsed."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (reject)."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({server, json, tenant, status, reason});
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Request id."));
    parser.process(rest);

    ApiSession session(group);
    if (!session.open(parser.value(server)))
        return 1;
    const QString tenantId = session.tenantId(parser.value(tenant));
    if (tenantId.isEmpty())
        return 1;
    const QString base =
        QStringLiteral("/v1/tenants/") + tenantId + QStringLiteral("/role-requests");
    if (sub == QLatin1String("list")) {
        const auto reply = session.callOk(
            "GET", withQuery(base, {{QStringLiteral("status"), parser.value(status)}}));
        return reply ? printItems(*reply, parser.isSet(json),
                                  {QStringLiteral("id"), QStringLiteral("user_email"),
                                   QStringLiteral("role"), QStringLiteral("status"),
                                   QStringLiteral("requested_by_email"),
                                   QStringLiteral("decided_by_email"), QStringLiteral("reason")})
                     : 1;
    }
    const QString id = parser.positionalArguments().value(0);
    if (id.isEmpty())
        return fail(group, QStringLiteral("%1 needs the request id").arg(sub), 2);
    QJsonObject body;
    if (parser.isSet(reason))
        body.insert(QStringLiteral("reason"), parser.value(reason));
    const auto reply =
        session.callOk("POST", base + QLatin1Char('/') + id + QLatin1Char('/') + sub, body);
    if (!reply)
        return 1;
    const QJsonObject request = reply->json();
    return printObject(*reply, parser.isSet(json),
                       QStringLiteral("Request %1 %2: %3 for %4")
                           .arg(id, request.value(QStringLiteral("status")).toString(),
                                request.value(QStringLiteral("role")).toString(),
                                request.value(QStringLiteral("user_email")).toString()));
}

} // namespace Cli
