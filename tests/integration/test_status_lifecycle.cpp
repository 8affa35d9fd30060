// The whole status lifecycle over HTTP and SSE against the real server, with real sign-in:
// operators create components, incidents with their update timeline, maintenance and notices;
// the publishing rules refuse short notice periods; late first notices are flagged; monthly
// availability excludes maintenance; subscribers see each change live; `onestream status
// --watch` prints each event once.
#include "tests/integration/ssereader.h"
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace TestSupport;

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

class StatusLifecycle : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(initOperator(m_server));
        ASSERT_TRUE(m_server.start({QStringLiteral("--monitor-interval-ms"), QStringLiteral("0"),
                                    QStringLiteral("--sse-heartbeat-ms"), QStringLiteral("200")}))
            << m_server.error().toStdString();
        m_identity = std::make_unique<IdentityFixture>(m_server);
        auto op = m_identity->loginOperator();
        ASSERT_TRUE(op) << m_identity->lastError().toStdString();
        m_operator = *op;
    }

    HttpResult call(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                    const QString& token = QStringLiteral("operator"))
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        const QString bearerToken =
            token == QLatin1String("operator") ? m_operator.accessToken : token;
        if (!bearerToken.isEmpty())
            headers.append(bearer(bearerToken));
        return httpRequest(method, apiUrl(m_server, path),
                           body.isEmpty() ? QByteArray()
                                          : QJsonDocument(body).toJson(QJsonDocument::Compact),
                           headers);
    }

    static QJsonObject json(const HttpResult& result)
    {
        return QJsonDocument::fromJson(result.body).object();
    }

    ServerProcess m_server;
    std::unique_ptr<IdentityFixture> m_identity;
    Account m_operator;
};

TEST_F(StatusLifecycle, Incident_FullTimeline_PublicAndLive)
{
    SseReader events;
    events.open(m_server.url(QStringLiteral("/v1/events")));
    ASSERT_TRUE(waitUntil([&] { return events.raw().contains(": connected"); }));

    const auto component = call("POST", QStringLiteral("/v1/status/components"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("Player")}});
    ASSERT_EQ(component.status, 201) << component.body.toStdString();
    const QString componentId = json(component).value(QLatin1String("id")).toString();

    const auto created =
        call("POST", QStringLiteral("/v1/status/incidents"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Playback stalls")},
                         {QStringLiteral("impact"), QStringLiteral("major")},
                         {QStringLiteral("body"), QStringLiteral("We are investigating.")},
                         {QStringLiteral("components"),
                          QJsonObject{{componentId, QStringLiteral("partial_outage")}}}});
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString id = json(created).value(QLatin1String("id")).toString();
    for (const char* status : {"identified", "monitoring"}) {
        const auto update =
            call("POST", QStringLiteral("/v1/status/incidents/%1/updates").arg(id),
                 QJsonObject{{QStringLiteral("status"), QString::fromLatin1(status)},
                             {QStringLiteral("body"), QStringLiteral("Step")}});
        ASSERT_EQ(update.status, 201) << update.body.toStdString();
    }
    const auto unresolved =
        json(httpRequest("GET", m_server.url(QStringLiteral("/api/v2/incidents/unresolved.json"))));
    const QJsonObject incident =
        unresolved.value(QLatin1String("incidents")).toArray()[0].toObject();
    EXPECT_EQ(incident.value(QLatin1String("status")).toString(), QStringLiteral("monitoring"));
    EXPECT_EQ(incident.value(QLatin1String("incident_updates")).toArray().size(), 3);
    EXPECT_FALSE(incident.contains(QLatin1String("detected_at"))); // operator-only field

    const auto resolved =
        call("POST", QStringLiteral("/v1/status/incidents/%1/updates").arg(id),
             QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")},
                         {QStringLiteral("body"), QStringLiteral("Fixed.")},
                         {QStringLiteral("components"),
                          QJsonObject{{componentId, QStringLiteral("operational")}}}});
    ASSERT_EQ(resolved.status, 201);
    EXPECT_EQ(call("POST", QStringLiteral("/v1/status/incidents/%1/updates").arg(id),
                   QJsonObject{{QStringLiteral("status"), QStringLiteral("monitoring")},
                               {QStringLiteral("body"), QStringLiteral("again")}})
                  .status,
              409);
    const auto summary =
        json(httpRequest("GET", m_server.url(QStringLiteral("/api/v2/summary.json"))));
    EXPECT_TRUE(summary.value(QLatin1String("incidents")).toArray().isEmpty());
    EXPECT_EQ(summary.value(QLatin1String("status")).toObject().value(QLatin1String("indicator")),
              QStringLiteral("none"));

    ASSERT_TRUE(waitUntil([&] {
        return !events.events().isEmpty() && events.events().last().type == "incident.resolved";
    })) << events.raw().toStdString();
    QStringList types;
    for (const auto& event : events.events())
        types << QString::fromUtf8(event.type);
    EXPECT_EQ(types,
              (QStringList{QStringLiteral("component.created"), QStringLiteral("incident.created"),
                           QStringLiteral("incident.updated"), QStringLiteral("incident.updated"),
                           QStringLiteral("incident.resolved")}));
}

TEST_F(StatusLifecycle, Notices_ShortPeriods_Refused)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto sla = call("POST", QStringLiteral("/v1/status/notices"),
                          QJsonObject{{QStringLiteral("kind"), QStringLiteral("sla_change")},
                                      {QStringLiteral("title"), QStringLiteral("New SLA")},
                                      {QStringLiteral("body"), QStringLiteral("Terms change")},
                                      {QStringLiteral("effective_at"), iso(now.addDays(20))}});
    EXPECT_EQ(sla.status, 422);
    EXPECT_EQ(sla.header("Content-Type"), "application/problem+json");
    EXPECT_TRUE(json(sla)
                    .value(QLatin1String("type"))
                    .toString()
                    .endsWith(QLatin1String("/notice-lead-time")));
    EXPECT_TRUE(
        json(sla).value(QLatin1String("detail")).toString().contains(QLatin1String("30 days")));

    const auto end = call("POST", QStringLiteral("/v1/status/notices"),
                          QJsonObject{{QStringLiteral("kind"), QStringLiteral("service_end")},
                                      {QStringLiteral("title"), QStringLiteral("End")},
                                      {QStringLiteral("body"), QStringLiteral("Closing")},
                                      {QStringLiteral("effective_at"), iso(now.addDays(45))}});
    EXPECT_EQ(end.status, 422);
    EXPECT_EQ(json(end).value(QLatin1String("required_lead_days")).toInt(), 90);

    const auto ok = call("POST", QStringLiteral("/v1/status/notices"),
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("service_end")},
                                     {QStringLiteral("title"), QStringLiteral("End")},
                                     {QStringLiteral("body"), QStringLiteral("Closing")},
                                     {QStringLiteral("effective_at"), iso(now.addDays(91))}});
    EXPECT_EQ(ok.status, 201) << ok.body.toStdString();
    const auto summary =
        json(httpRequest("GET", m_server.url(QStringLiteral("/api/v2/summary.json"))));
    EXPECT_EQ(summary.value(QLatin1String("notices")).toArray().size(), 1);
}

TEST_F(StatusLifecycle, FirstNotice_OverOneHour_Flagged)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto late =
        call("POST", QStringLiteral("/v1/status/incidents"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Late")},
                         {QStringLiteral("body"), QStringLiteral("Sorry")},
                         {QStringLiteral("detected_at"), iso(now.addSecs(-90 * 60))}});
    ASSERT_EQ(late.status, 201) << late.body.toStdString();
    EXPECT_TRUE(json(late).value(QLatin1String("first_notice_flagged")).toBool());
    const auto quick = call("POST", QStringLiteral("/v1/status/incidents"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Quick")},
                                        {QStringLiteral("body"), QStringLiteral("On it")},
                                        {QStringLiteral("detected_at"), iso(now.addSecs(-300))}});
    ASSERT_EQ(quick.status, 201);
    const auto report = json(call("GET", QStringLiteral("/v1/status/reports/first-notice")));
    EXPECT_EQ(report.value(QLatin1String("flagged_count")).toInt(), 1);
    for (const QJsonValue& row : report.value(QLatin1String("incidents")).toArray()) {
        const QJsonObject o = row.toObject();
        const bool isLate = o.value(QLatin1String("name")).toString() == QLatin1String("Late");
        EXPECT_EQ(o.value(QLatin1String("flagged")).toBool(), isLate);
        EXPECT_NEAR(o.value(QLatin1String("time_to_first_notice_s")).toDouble(),
                    isLate ? 5400.0 : 300.0, 5.0);
    }
}

TEST_F(StatusLifecycle, Availability_ExcludesMaintenanceWindow)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    const auto t = [&](int day, int hour, int minute = 0) {
        return iso(QDateTime(first.addDays(day - 1), QTime(hour, minute), Qt::UTC));
    };
    const auto component = call("POST", QStringLiteral("/v1/status/components"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("Encoder")},
                                            {QStringLiteral("start_date"), t(1, 0)}});
    ASSERT_EQ(component.status, 201) << component.body.toStdString();
    const QString cid = json(component).value(QLatin1String("id")).toString();
    const auto set = [&](const char* status, const QString& at) {
        const auto reply = call("PATCH", QStringLiteral("/v1/status/components/%1").arg(cid),
                                QJsonObject{{QStringLiteral("status"), QString::fromLatin1(status)},
                                            {QStringLiteral("at"), at}});
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    };
    set("major_outage", t(5, 12));
    set("operational", t(5, 12, 45)); // 45 minutes down: over the ~43-minute budget
    const auto maintenance =
        call("POST", QStringLiteral("/v1/status/maintenances"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Encoder upgrade")},
                         {QStringLiteral("type"), QStringLiteral("planned")},
                         {QStringLiteral("scheduled_for"), t(10, 2)},
                         {QStringLiteral("scheduled_until"), t(10, 4)},
                         {QStringLiteral("component_ids"), QJsonArray{cid}}});
    ASSERT_EQ(maintenance.status, 201) << maintenance.body.toStdString();
    const QString mid = json(maintenance).value(QLatin1String("id")).toString();
    for (const auto& [status, at] :
         {std::pair{"in_progress", t(10, 2)}, std::pair{"verifying", t(10, 3)},
          std::pair{"completed", t(10, 4)}}) {
        if (QLatin1String(status) == QLatin1String("verifying"))
            set("major_outage", t(10, 2, 30)); // an outage during the window does not count
        const auto step =
            call("POST", QStringLiteral("/v1/status/maintenances/%1/updates").arg(mid),
                 QJsonObject{{QStringLiteral("status"), QString::fromLatin1(status)},
                             {QStringLiteral("at"), at}});
        ASSERT_EQ(step.status, 201) << step.body.toStdString();
    }
    EXPECT_EQ(call("POST", QStringLiteral("/v1/status/maintenances/%1/updates").arg(mid),
                   QJsonObject{{QStringLiteral("status"), QStringLiteral("in_progress")}})
                  .status,
              409);

    const auto report = call("GET", QStringLiteral("/v1/status/availability?month=%1")
                                        .arg(first.toString(QStringLiteral("yyyy-MM"))));
    ASSERT_EQ(report.status, 200) << report.body.toStdString();
    QJsonObject encoder;
    for (const QJsonValue& c : json(report).value(QLatin1String("components")).toArray()) {
        if (c.toObject().value(QLatin1String("id")).toString() == cid)
            encoder = c.toObject();
    }
    ASSERT_FALSE(encoder.isEmpty());
    const double eligible = first.daysInMonth() * 1440.0 - 120.0;
    EXPECT_DOUBLE_EQ(encoder.value(QLatin1String("downtime_minutes")).toDouble(), 45.0);
    EXPECT_DOUBLE_EQ(encoder.value(QLatin1String("maintenance_minutes")).toDouble(), 120.0);
    EXPECT_NEAR(encoder.value(QLatin1String("error_budget_left_minutes")).toDouble(),
                0.001 * eligible - 45.0, 1e-6);
    EXPECT_FALSE(encoder.value(QLatin1String("meets_target")).toBool());
    EXPECT_EQ(json(report).value(QLatin1String("target")).toDouble(), 0.999);
}

TEST_F(StatusLifecycle, OperatorEndpoints_TenantAdmin_Forbidden)
{
    auto tenant = m_identity->createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(tenant) << m_identity->lastError().toStdString();
    const auto reply = call("POST", QStringLiteral("/v1/status/incidents"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                        {QStringLiteral("body"), QStringLiteral("y")}},
                            tenant->owner.accessToken);
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(call("GET", QStringLiteral("/v1/status/availability?month=2026-01"), {},
                   tenant->owner.accessToken)
                  .status,
              403);
}

TEST_F(StatusLifecycle, CliWatch_PrintsEachEventOnceAcrossRestarts)
{
    QTemporaryDir state;
    const QString stateFile = state.filePath(QStringLiteral("seen.json"));
    const auto startWatch = [&](QProcess& watch) {
        watch.start(QStringLiteral(ONESTREAM_CLI_BINARY),
                    {QStringLiteral("status"), QStringLiteral("--server"),
                     m_server.baseUrl().toString(), QStringLiteral("--watch"),
                     QStringLiteral("--json"), QStringLiteral("--state-file"), stateFile});
        ASSERT_TRUE(watch.waitForStarted(10000));
    };
    QByteArray output;
    QProcess watch;
    startWatch(watch);
    QObject::connect(&watch, &QProcess::readyReadStandardOutput,
                     [&] { output += watch.readAllStandardOutput(); });
    QByteArray errors;
    QObject::connect(&watch, &QProcess::readyReadStandardError,
                     [&] { errors += watch.readAllStandardError(); });
    ASSERT_TRUE(waitUntil([&] { return errors.contains("following live events"); }))
        << errors.toStdString();

    const auto created = call("POST", QStringLiteral("/v1/status/incidents"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("CDN errors")},
                                          {QStringLiteral("body"), QStringLiteral("Looking")}});
    ASSERT_EQ(created.status, 201);
    const QString id = json(created).value(QLatin1String("id")).toString();
    ASSERT_TRUE(waitUntil([&] { return output.contains("new-incident"); })) << errors.toStdString();
    ASSERT_EQ(call("POST", QStringLiteral("/v1/status/incidents/%1/updates").arg(id),
                   QJsonObject{{QStringLiteral("status"), QStringLiteral("identified")},
                               {QStringLiteral("body"), QStringLiteral("<b>Cause</b> found")}})
                  .status,
              201);
    ASSERT_TRUE(waitUntil([&] { return output.contains("incident-updated"); }));
    EXPECT_TRUE(output.contains("\"body\":\"Cause found\""));
    watch.terminate();
    ASSERT_TRUE(watch.waitForFinished(10000));

    // While the watcher is down: the incident is resolved and a maintenance is scheduled.
    ASSERT_EQ(call("POST", QStringLiteral("/v1/status/incidents/%1/updates").arg(id),
                   QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")},
                               {QStringLiteral("body"), QStringLiteral("Fixed")}})
                  .status,
              201);
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
    ASSERT_EQ(call("POST", QStringLiteral("/v1/status/maintenances"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("DB patch")},
                               {QStringLiteral("scheduled_for"), iso(soon)},
                               {QStringLiteral("scheduled_until"), iso(soon.addSecs(3600))}})
                  .status,
              201);

    QByteArray second;
    QProcess again;
    QObject::connect(&again, &QProcess::readyReadStandardOutput,
                     [&] { second += again.readAllStandardOutput(); });
    startWatch(again);
    ASSERT_TRUE(waitUntil([&] {
        return second.contains("incident-resolved") && second.contains("maintenance-soon");
    })) << second.toStdString();
    again.terminate();
    ASSERT_TRUE(again.waitForFinished(10000));
    second += again.readAllStandardOutput();
    EXPECT_FALSE(second.contains("new-incident")); // already shown before the restart
    EXPECT_EQ(second.count("incident-resolved"), 1);
    EXPECT_EQ(output.count("new-incident"), 1);
}

} // namespace

namespace {

// The operator CLI end to end, with the access token from the environment (scripts and CI).
TEST_F(StatusLifecycle, OperatorCli_IncidentMaintenanceNoticeAvailability)
{
    const auto cli = [&](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONESTREAM_TOKEN"), m_operator.accessToken);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ONESTREAM_CLI_BINARY),
                      arguments + QStringList{QStringLiteral("--server"),
                                              m_server.baseUrl().toString(),
                                              QStringLiteral("--json")});
        process.waitForFinished(30000);
        return std::pair{process.exitCode(),
                         QJsonDocument::fromJson(process.readAllStandardOutput()).object()};
    };
    auto [created, incident] =
        cli({QStringLiteral("incidents"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Login errors"), QStringLiteral("--body"), QStringLiteral("Looking"),
             QStringLiteral("--impact"), QStringLiteral("minor")});
    ASSERT_EQ(created, 0);
    const QString id = incident.value(QLatin1String("id")).toString();
    EXPECT_EQ(
        cli({QStringLiteral("incidents"), QStringLiteral("update"), id, QStringLiteral("--status"),
             QStringLiteral("identified"), QStringLiteral("--body"), QStringLiteral("Cause known")})
            .first,
        0);
    auto [resolvedCode, resolved] =
        cli({QStringLiteral("incidents"), QStringLiteral("resolve"), id});
    EXPECT_EQ(resolvedCode, 0);
    EXPECT_EQ(resolved.value(QLatin1String("status")).toString(), QStringLiteral("resolved"));

    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(2);
    auto [scheduled, maintenance] =
        cli({QStringLiteral("maintenance"), QStringLiteral("schedule"), QStringLiteral("--name"),
             QStringLiteral("Upgrade"), QStringLiteral("--from"), iso(from),
             QStringLiteral("--until"), iso(from.addSecs(3600))});
    ASSERT_EQ(scheduled, 0);
    const QString mid = maintenance.value(QLatin1String("id")).toString();
    EXPECT_EQ(cli({QStringLiteral("maintenance"), QStringLiteral("start"), mid}).first, 0);
    auto [completedCode, completed] =
        cli({QStringLiteral("maintenance"), QStringLiteral("complete"), mid});
    EXPECT_EQ(completedCode, 0);
    EXPECT_EQ(completed.value(QLatin1String("status")).toString(), QStringLiteral("completed"));

    // A 10-day SLA change is refused: non-zero exit.
    EXPECT_EQ(cli({QStringLiteral("notices"), QStringLiteral("publish"), QStringLiteral("--kind"),
                   QStringLiteral("sla_change"), QStringLiteral("--title"), QStringLiteral("SLA"),
                   QStringLiteral("--body"), QStringLiteral("x"), QStringLiteral("--effective"),
                   iso(QDateTime::currentDateTimeUtc().addDays(10))})
                  .first,
              1);
    EXPECT_EQ(cli({QStringLiteral("notices"), QStringLiteral("publish"), QStringLiteral("--title"),
                   QStringLiteral("Hello"), QStringLiteral("--body"), QStringLiteral("World")})
                  .first,
              0);
    auto [availabilityCode, report] =
        cli({QStringLiteral("availability"), QStringLiteral("--month"),
             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"))});
    EXPECT_EQ(availabilityCode, 0);
    EXPECT_EQ(report.value(QLatin1String("target")).toDouble(), 0.999);
}

} // namespace
