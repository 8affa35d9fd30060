// onestream audit list|export|verify: the tamper-evident audit log.
#include "app/cli/apisession.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

namespace Cli {

int runAudit(const QStringList& arguments)
{
    const QString group = QStringLiteral("audit");
    const auto split = splitSubcommand(
        arguments, group,
        {QStringLiteral("list"), QStringLiteral("export"), QStringLiteral("verify")});
    if (!split)
        return arguments.value(1) == QLatin1String("--help") ? 0 : 2;
    const auto& [sub, rest] = *split;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The audit log: list (newest first) and export (CSV) with filters; verify checks the "
        "hash chain and exits 1 naming the first broken entry."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QStringLiteral("Tenant id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption actor(QStringLiteral("actor"), QStringLiteral("Actor email."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    QStringLiteral("Part of the action (\"/v1/tenants\")."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     QStringLiteral("success, denied or failure."),
                                     QStringLiteral("OUTCOME"));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("From (ISO 8601)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption until(QStringLiteral("until"), QStringLiteral("Before (ISO 8601)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Page size."),
                                   QStringLiteral("N"));
    const QCommandLineOption cursor(QStringLiteral("cursor"), QStringLiteral("Page cursor."),
                                    QStringLiteral("CURSOR"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("export: write the CSV to FILE."),
                                    QStringLiteral("FILE"));
    parser.addOptions(
        {server, json, tenant, actor, action, outcome, since, until, limit, cursor, output});
    parser.process(rest);

    ApiSession session(group);
    if (!session.open(parser.value(server)))
        return 1;
    const QList<QPair<QString, QString>> filters = {
        {QStringLiteral("tenant_id"), parser.value(tenant)},
        {QStringLiteral("actor"), parser.value(actor)},
        {QStringLiteral("action"), parser.value(action)},
        {QStringLiteral("outcome"), parser.value(outcome)},
        {QStringLiteral("since"), parser.value(since)},
        {QStringLiteral("until"), parser.value(until)}};

    if (sub == QLatin1String("list")) {
        auto query = filters;
        query.append({QStringLiteral("limit"), parser.value(limit)});
        query.append({QStringLiteral("cursor"), parser.value(cursor)});
        const auto reply = session.callOk("GET", withQuery(QStringLiteral("/v1/audit"), query));
        return reply ? printItems(*reply, parser.isSet(json),
                                  {QStringLiteral("seq"), QStringLiteral("at"),
                                   QStringLiteral("actor_email"), QStringLiteral("tenant_id"),
                                   QStringLiteral("action"), QStringLiteral("target"),
                                   QStringLiteral("source_address"), QStringLiteral("status")})
                     : 1;
    }
    if (sub == QLatin1String("export")) {
        const auto reply =
            session.callOk("GET", withQuery(QStringLiteral("/v1/audit/export"), filters));
        if (!reply)
            return 1;
        if (parser.isSet(output)) {
            QFile file(parser.value(output));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(reply->body) != reply->body.size()) {
                return fail(group, QStringLiteral("cannot write %1: %2")
                                       .arg(parser.value(output), file.errorString()));
            }
            return 0;
        }
        out() << QString::fromUtf8(reply->body);
        out().flush();
        return 0;
    }
    const auto reply = session.callOk("GET", QStringLiteral("/v1/audit/verify"));
    if (!reply)
        return 1;
    const QJsonObject result = reply->json();
    const bool intact = result.value(QStringLiteral("intact")).toBool();
    if (parser.isSet(json)) {
        printJson(QJsonDocument(result));
    } else if (intact) {
        out() << "Audit log intact: " << result.value(QStringLiteral("entries")).toInteger()
              << " entries\n";
    } else {
        out() << "Audit log BROKEN at entry "
              << result.value(QStringLiteral("first_broken_seq")).toInteger() << ": "
              << result.value(QStringLiteral("reason")).toString() << "\n";
    }
    out().flush();
    return intact ? 0 : 1;
}

} // namespace Cli
