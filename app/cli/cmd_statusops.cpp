// Operator commands for the status page: onestream incidents create|update|resolve|list,
// onestream maintenance schedule|start|complete|list, onestream notices publish|list and
// onestream availability --month YYYY-MM. Credentials as for every API command
// (app/cli/apisession.h): `onestream login`, or ONESTREAM_TOKEN with --server.
#include "app/cli/apisession.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {

namespace {

struct Common
{
    QCommandLineOption server{QStringLiteral("server"), QStringLiteral("Server URL."),
                              QStringLiteral("URL")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
};

// "--component ID=STATUS" options into {"ID": "STATUS"}; false (message printed) on a bad one.
bool componentStatuses(const QString& group, const QStringList& values, QJsonObject& out)
{
    for (const QString& value : values) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            fail(group,
                 QStringLiteral("--component expects ID=STATUS (for example "
                                "abc123=major_outage), got \"%1\"")
                     .arg(value),
                 2);
            return false;
        }
        out.insert(value.left(eq), value.mid(eq + 1));
    }
    return true;
}

QString incidentSummary(const QJsonObject& incident, const QString& verb)
{
    return QStringLiteral("%1 %2 \"%3\" [%4]")
        .arg(verb, incident.value(QStringLiteral("id")).toString(),
             incident.value(QStringLiteral("name")).toString(),
             incident.value(QStringLiteral("status")).toString());
}

int printList(const Api::ApiResponse& reply, bool json, const QString& key,
              const QStringList& columns)
{
    if (json) {
        printJson(QJsonDocument(reply.json()));
        return 0;
    }
    printTable(reply.json().value(key).toArray(), columns);
    return 0;
}

} // namespace

int runIncidents(const QStringList& arguments)
{
    const QString group = QStringLiteral("incidents");
    const auto split = splitSubcommand(arguments, group,
                                       {QStringLiteral("create"), QStringLiteral("update"),
                                        QStringLiteral("resolve"), QStringLiteral("list")});
    if (!split)
        return arguments.value(1) == QLatin1String("--help") ? 0 : 2;
    const auto& [sub, rest] = *split;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Incidents on the status page (operators)."));
    parser.addHelpOption();
    const Common common;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Incident title."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("Public update text."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("investigating, identified, monitoring or "
                                                   "resolved."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption impact(QStringLiteral("impact"),
                                    QStringLiteral("none, minor, major or critical."),
                                    QStringLiteral("IMPACT"));
    const QCommandLineOption component(QStringLiteral("component"),
                                       QStringLiteral("Set a component's status (repeatable)."),
                                       QStringLiteral("ID=STATUS"));
    const QCommandLineOption detectedAt(QStringLiteral("detected-at"),
                                        QStringLiteral("When the problem was detected (ISO 8601 "
                                                       "with offset; default now)."),
                                        QStringLiteral("TIME"));
    const QCommandLineOption draft(QStringLiteral("draft"),
                                   QStringLiteral("Create without a public update yet."));
    parser.addOptions(
        {common.server, common.json, name, body, status, impact, component, detectedAt, draft});
    parser.addPositionalArgument(QStringLiteral("id"),
                                 QStringLiteral("Incident id (update, resolve)."));
    parser.process(rest);

    ApiSession session(group);
    if (!session.open(parser.value(common.server)))
        return 1;
    const bool json = parser.isSet(common.json);
    if (sub == QLatin1String("list")) {
        const auto reply = session.callOk("GET", QStringLiteral("/v1/status/incidents"));
        return reply ? printList(*reply, json, QStringLiteral("incidents"),
                                 {QStringLiteral("id"), QStringLiteral("name"),
                                  QStringLiteral("status"), QStringLiteral("impact"),
                                  QStringLiteral("draft"), QStringLiteral("first_notice_flagged")})
                     : 1;
    }
    QJsonObject fields;
    QJsonObject statuses;
    if (!componentStatuses(group, parser.values(component), statuses))
        return 2;
    if (!statuses.isEmpty())
        fields.insert(QStringLiteral("components"), statuses);
    if (parser.isSet(body))
        fields.insert(QStringLiteral("body"), parser.value(body));
    if (parser.isSet(impact))
        fields.insert(QStringLiteral("impact"), parser.value(impact));
    if (parser.isSet(status))
        fields.insert(QStringLiteral("status"), parser.value(status));
    if (sub == QLatin1String("create")) {
        if (!parser.isSet(name) || (!parser.isSet(body) && !parser.isSet(draft)))
            return fail(group, QStringLiteral("create needs --name and --body (or --draft)"), 2);
        fields.insert(QStringLiteral("name"), parser.value(name));
        if (parser.isSet(detectedAt))
            fields.insert(QStringLiteral("detected_at"), parser.value(detectedAt));
        if (parser.isSet(draft))
            fields.insert(QStringLiteral("draft"), true);
        const auto reply = session.callOk("POST", QStringLiteral("/v1/status/incidents"), fields,
                                          Api::Creates::Yes);
        return reply ? printObject(*reply, json,
                                   incidentSummary(reply->json(), QStringLiteral("Created")))
                     : 1;
    }
    const QString id = parser.positionalArguments().value(0);
    if (id.isEmpty())
        return fail(group, QStringLiteral("%1 needs the incident id").arg(sub), 2);
    if (sub == QLatin1String("resolve")) {
        fields.insert(QStringLiteral("status"), QStringLiteral("resolved"));
        if (!fields.contains(QStringLiteral("body")))
            fields.insert(QStringLiteral("body"),
                          QStringLiteral("This incident has been resolved."));
    } else if (!parser.isSet(status) || !parser.isSet(body)) {
        return fail(group, QStringLiteral("update needs --status and --body"), 2);
    }
    const auto reply =
        session.callOk("POST", QStringLiteral("/v1/status/incidents/%1/updates").arg(id), fields);
    return reply ? printObject(*reply, json,
                               incidentSummary(reply->json(), QStringLiteral("Updated")))
                 : 1;
}

int runMaintenance(const QStringList& arguments)
{
    const QString group = QStringLiteral("maintenance");
    const auto split = splitSubcommand(arguments, group,
                                       {QStringLiteral("schedule"), QStringLiteral("start"),
                                        QStringLiteral("complete"), QStringLiteral("list")});
    if (!split)
        return arguments.value(1) == QLatin1String("--help") ? 0 : 2;
    const auto& [sub, rest] = *split;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scheduled maintenance (operators)."));
    parser.addHelpOption();
    const Common common;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Title."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("Public text."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Window start (ISO 8601 with offset)."),
                                  QStringLiteral("TIME"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   QStringLiteral("Window end (ISO 8601 with offset)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("planned or emergency."),
                                  QStringLiteral("TYPE"), QStringLiteral("planned"));
    const QCommandLineOption component(QStringLiteral("component"),
                                       QStringLiteral("Affected component id (repeatable)."),
                                       QStringLiteral("ID"));
    const QCommandLineOption at(QStringLiteral("at"),
                                QStringLiteral("When it started/completed (default now)."),
                                QStringLiteral("TIME"));
    parser.addOptions({common.server, common.json, name, body, from, until, type, component, at});
    parser.addPositionalArgument(QStringLiteral("id"),
                                 QStringLiteral("Maintenance id (start, complete)."));
    parser.process(rest);

    ApiSession session(group);
    if (!session.open(parser.value(common.server)))
        return 1;
    const bool json = parser.isSet(common.json);
    if (sub == QLatin1String("list")) {
        const auto reply = session.callOk("GET", QStringLiteral("/v1/status/maintenances"));
        return reply
                   ? printList(*reply, json, QStringLiteral("maintenances"),
                               {QStringLiteral("id"), QStringLiteral("name"),
                                QStringLiteral("status"), QStringLiteral("type"),
                                QStringLiteral("scheduled_for"), QStringLiteral("scheduled_until")})
                   : 1;
    }
    if (sub == QLatin1String("schedule")) {
        if (!parser.isSet(name) || !parser.isSet(from) || !parser.isSet(until))
            return fail(group, QStringLiteral("schedule needs --name, --from and --until"), 2);
        QJsonObject fields{{QStringLiteral("name"), parser.value(name)},
                           {QStringLiteral("scheduled_for"), parser.value(from)},
                           {QStringLiteral("scheduled_until"), parser.value(until)},
                           {QStringLiteral("type"), parser.value(type)},
                           {QStringLiteral("component_ids"),
                            QJsonArray::fromStringList(parser.values(component))}};
        if (parser.isSet(body))
            fields.insert(QStringLiteral("body"), parser.value(body));
        const auto reply = session.callOk("POST", QStringLiteral("/v1/status/maintenances"), fields,
                                          Api::Creates::Yes);
        return reply ? printObject(*reply, json,
                                   incidentSummary(reply->json(), QStringLiteral("Scheduled")))
                     : 1;
    }
    const QString id = parser.positionalArguments().value(0);
    if (id.isEmpty())
        return fail(group, QStringLiteral("%1 needs the maintenance id").arg(sub), 2);
    QJsonObject fields{{QStringLiteral("status"), sub == QLatin1String("start")
                                                      ? QStringLiteral("in_progress")
                                                      : QStringLiteral("completed")}};
    if (parser.isSet(body))
        fields.insert(QStringLiteral("body"), parser.value(body));
    if (parser.isSet(at))
        fields.insert(QStringLiteral("at"), parser.value(at));
    const auto reply = session.callOk(
        "POST", QStringLiteral("/v1/status/maintenances/%1/updates").arg(id), fields);
    return reply ? printObject(*reply, json,
                               incidentSummary(reply->json(), QStringLiteral("Updated")))
                 : 1;
}

int runNotices(const QStringList& arguments)
{
    const QString group = QStringLiteral("notices");
    const auto split =
        splitSubcommand(arguments, group, {QStringLiteral("publish"), QStringLiteral("list")});
    if (!split)
        return arguments.value(1) == QLatin1String("--help") ? 0 : 2;
    const auto& [sub, rest] = *split;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Notices to tenants (operators). An SLA change needs an effective date at least 30 days "
        "ahead, a service end 90 days ahead."));
    parser.addHelpOption();
    const Common common;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("general, sla_change or service_end."),
                                  QStringLiteral("KIND"), QStringLiteral("general"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Title."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("Text."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption effective(QStringLiteral("effective"),
                                       QStringLiteral("Effective time (ISO 8601 with offset)."),
                                       QStringLiteral("TIME"));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Only this tenant (default: all tenants)."),
                                    QStringLiteral("ID"));
    parser.addOptions({common.server, common.json, kind, title, body, effective, tenant});
    parser.process(rest);

    ApiSession session(group);
    if (!session.open(parser.value(common.server)))
        return 1;
    const bool json = parser.isSet(common.json);
    if (sub == QLatin1String("list")) {
        const auto reply = session.callOk("GET", QStringLiteral("/v1/status/notices"));
        return reply ? printList(*reply, json, QStringLiteral("notices"),
                                 {QStringLiteral("id"), QStringLiteral("kind"),
                                  QStringLiteral("title"), QStringLiteral("tenant_id"),
                                  QStringLiteral("published_at"), QStringLiteral("effective_at")})
                     : 1;
    }
    if (!parser.isSet(title) || !parser.isSet(body))
        return fail(group, QStringLiteral("publish needs --title and --body"), 2);
    QJsonObject fields{{QStringLiteral("kind"), parser.value(kind)},
                       {QStringLiteral("title"), parser.value(title)},
                       {QStringLiteral("body"), parser.value(body)}};
    if (parser.isSet(effective))
        fields.insert(QStringLiteral("effective_at"), parser.value(effective));
    if (parser.isSet(tenant))
        fields.insert(QStringLiteral("tenant_id"), parser.value(tenant));
    const auto reply =
        session.callOk("POST", QStringLiteral("/v1/status/notices"), fields, Api::Creates::Yes);
    return reply ? printObject(*reply, json,
                               QStringLiteral("Published notice %1")
                                   .arg(reply->json().value(QStringLiteral("id")).toString()))
                 : 1;
}

int runAvailability(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Availability per component for a month against the 99.9% target, excluding "
                       "scheduled maintenance, with the error budget left (operators, auditors)."));
    parser.addHelpOption();
    const Common common;
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("The month."),
                                   QStringLiteral("YYYY-MM"));
    parser.addOptions({common.server, common.json, month});
    parser.process(arguments);
    if (!parser.isSet(month))
        return fail(QStringLiteral("availability"), QStringLiteral("give --month YYYY-MM"), 2);
    ApiSession session(QStringLiteral("availability"));
    if (!session.open(parser.value(common.server)))
        return 1;
    const auto reply =
        session.callOk("GET", withQuery(QStringLiteral("/v1/status/availability"),
                                        {{QStringLiteral("month"), parser.value(month)}}));
    if (!reply)
        return 1;
    const QJsonObject report = reply->json();
    if (parser.isSet(common.json)) {
        printJson(QJsonDocument(report));
        return 0;
    }
    out() << "Availability " << report.value(QStringLiteral("month")).toString() << " (target "
          << QString::number(report.value(QStringLiteral("target")).toDouble() * 100, 'f', 1)
          << "%)\n";
    for (const QJsonValue& value : report.value(QStringLiteral("components")).toArray()) {
        const QJsonObject c = value.toObject();
        out() << "  " << c.value(QStringLiteral("name")).toString().leftJustified(24) << " "
              << QString::number(c.value(QStringLiteral("availability")).toDouble() * 100, 'f', 3)
              << "%  down "
              << QString::number(c.value(QStringLiteral("downtime_minutes")).toDouble(), 'f', 1)
              << " min  maintenance "
              << QString::number(c.value(QStringLiteral("maintenance_minutes")).toDouble(), 'f', 1)
              << " min  budget left "
              << QString::number(c.value(QStringLiteral("error_budget_left_minutes")).toDouble(),
                                 'f', 1)
              << " min" << (c.value(QStringLiteral("meets_target")).toBool() ? "" : "  MISSED")
              << "\n";
    }
    out().flush();
    return 0;
}

} // namespace Cli
