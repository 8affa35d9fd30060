// onestream tenants list|show|create|update|terminate (platform operators).
#include "app/cli/apisession.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {

std::optional<QPair<QString, QStringList>>
splitSubcommand(const QStringList& arguments, const QString& group, const QStringList& subcommands)
{
    const QString sub = arguments.value(1);
    if (!subcommands.contains(sub)) {
        fail(group,
             QStringLiteral("usage: onestream %1 %2 [options]; `onestream %1 <sub> --help`")
                 .arg(group, subcommands.join(QLatin1Char('|'))),
             sub == QLatin1String("--help") || sub == QLatin1String("-h") ? 0 : 2);
        return std::nullopt;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("onestream %1 %2").arg(group, sub));
    return QPair<QString, QStringList>{sub, rest};
}

int printItems(const Api::ApiResponse& reply, bool json, const QStringList& columns)
{
    const QJsonObject page = reply.json();
    if (json) {
        printJson(QJsonDocument(page));
        return 0;
    }
    printTable(page.value(QStringLiteral("items")).toArray(), columns);
    const QString next = page.value(QStringLiteral("next_cursor")).toVariant().toString();
    if (!next.isEmpty()) {
        err() << "(more: --cursor " << next << ")\n";
        err().flush();
    }
    return 0;
}

int printObject(const Api::ApiResponse& reply, bool json, const QString& summary)
{
    if (json)
        printJson(QJsonDocument(reply.json()));
    else
        out() << summary << "\n";
    out().flush();
    return 0;
}

int runTenants(const QStringList& arguments)
{
    const QString group = QStringLiteral("tenants");
    const auto split =
        splitSubcommand(arguments, group,
                        {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("create"),
                         QStringLiteral("update"), QStringLiteral("terminate")});
    if (!split)
        return arguments.value(1) == QLatin1String("--help") ? 0 : 2;
    const auto& [sub, rest] = *split;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tenants (platform operators)."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Tenant name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption plan(QStringLiteral("plan"), QStringLiteral("Plan."),
                                  QStringLiteral("PLAN"));
    const QCommandLineOption seats(QStringLiteral("seats"), QStringLiteral("Seat limit (0: none)."),
                                   QStringLiteral("N"));
    const QCommandLineOption contractEnd(QStringLiteral("contract-end"),
                                         QStringLiteral("Contract end date."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption ownerEmail(QStringLiteral("owner-email"),
                                        QStringLiteral("Invite this first owner."),
                                        QStringLiteral("EMAIL"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Page size."),
                                   QStringLiteral("N"));
    const QCommandLineOption cursor(QStringLiteral("cursor"), QStringLiteral("Page cursor."),
                                    QStringLiteral("CURSOR"));
    parser.addOptions({server, json, name, plan, seats, contractEnd, ownerEmail, limit, cursor});
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Tenant id (show, update, "
                                                                      "terminate)."));
    parser.process(rest);

    ApiSession session(group);
    if (!session.open(parser.value(server)))
        return 1;
    const QString id = parser.positionalArguments().value(0);
    if (sub != QLatin1String("list") && sub != QLatin1String("create") && id.isEmpty())
        return fail(group, QStringLiteral("%1 needs the tenant id").arg(sub), 2);

    QJsonObject fields;
    if (parser.isSet(name))
        fields.insert(QStringLiteral("name"), parser.value(name));
    if (parser.isSet(plan))
        fields.insert(QStringLiteral("plan"), parser.value(plan));
    if (parser.isSet(seats))
        fields.insert(QStringLiteral("seat_limit"), parser.value(seats).toLongLong());
    if (parser.isSet(contractEnd))
        fields.insert(QStringLiteral("contract_end"), parser.value(contractEnd));

    if (sub == QLatin1String("list")) {
        const auto reply =
            session.callOk("GET", withQuery(QStringLiteral("/v1/tenants"),
                                            {{QStringLiteral("limit"), parser.value(limit)},
                                             {QStringLiteral("cursor"), parser.value(cursor)}}));
        return reply ? printItems(*reply, parser.isSet(json),
                                  {QStringLiteral("id"), QStringLiteral("name"),
                                   QStringLiteral("plan"), QStringLiteral("status"),
                                   QStringLiteral("seats_used"), QStringLiteral("seat_limit"),
                                   QStringLiteral("contract_end")})
                     : 1;
    }
    if (sub == QLatin1String("show")) {
        const auto reply = session.callOk("GET", QStringLiteral("/v1/tenants/") + id);
        if (!reply)
            return 1;
        printJson(QJsonDocument(reply->json()));
        return 0;
    }
    if (sub == QLatin1String("create")) {
        if (!parser.isSet(name))
            return fail(group, QStringLiteral("create needs --name"), 2);
        if (parser.isSet(ownerEmail))
            fields.insert(QStringLiteral("owner_email"), parser.value(ownerEmail));
        const auto reply =
            session.callOk("POST", QStringLiteral("/v1/tenants"), fields, Api::Creates::Yes);
        if (!reply)
            return 1;
        const QJsonObject tenant = reply->json();
        QString summary = QStringLiteral("Created tenant %1 (%2)")
                              .arg(tenant.value(QStringLiteral("id")).toString(),
                                   tenant.value(QStringLiteral("name")).toString());
        const QJsonObject invitation = tenant.value(QStringLiteral("owner_invitation")).toObject();
        if (!invitation.isEmpty()) {
            summary += QStringLiteral("\nOwner invitation for %1, valid until %2:\n  %3\n"
                                      "Pass it on; the owner runs `onestream accept-invite "
                                      "--server URL --token TOKEN --password-stdin`.")
                           .arg(invitation.value(QStringLiteral("user"))
                                    .toObject()
                                    .value(QStringLiteral("email"))
                                    .toString(),
                                invitation.value(QStringLiteral("expires_at")).toString(),
                                invitation.value(QStringLiteral("invite_token")).toString());
        }
        return printObject(*reply, parser.isSet(json), summary);
    }
    if (sub == QLatin1String("update")) {
        if (fields.isEmpty())
            return fail(group,
                        QStringLiteral("update needs at least one of --name, --plan, "
                                       "--seats, --contract-end"),
                        2);
        const auto reply = session.callOk("PATCH", QStringLiteral("/v1/tenants/") + id, fields);
        return reply ? printObject(*reply, parser.isSet(json),
                                   QStringLiteral("Updated tenant %1").arg(id))
                     : 1;
    }
    QJsonObject body;
    if (parser.isSet(contractEnd))
        body.insert(QStringLiteral("contract_end"), parser.value(contractEnd));
    const auto reply = session.callOk(
        "POST", QStringLiteral("/v1/tenants/") + id + QStringLiteral("/terminate"), body);
    return reply ? printObject(
                       *reply, parser.isSet(json),
                       QStringLiteral("Terminated tenant %1; its sessions have ended").arg(id))
                 : 1;
}

} // namespace Cli
