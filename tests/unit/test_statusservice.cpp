// The status service against a real SQLite database and event hub (no HTTP): publishing
// rules, time to first notice, availability and event replay.
#include "server/eventhub.h"
#include "server/statusservice.h"
#include "server/statusutil.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace Server;

// Collects what the hub sends (a fake behind the StreamSink interface).
class RecordingSink : public StreamSink
{
public:
    bool send(std::string bytes) override
    {
        std::lock_guard lock(m_mutex);
        m_text += bytes;
        return m_open;
    }
    bool isOpen() const override { return m_open; }
    void close() override { m_open = false; }
    std::string text()
    {
        std::lock_guard lock(m_mutex);
        return m_text;
    }

private:
    std::mutex m_mutex;
    std::string m_text;
    std::atomic_bool m_open{true};
};

class StatusServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(std::filesystem::path(m_dir.path().toStdString()) / "s.db");
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        m_hub = std::make_unique<EventHub>(*m_db, std::chrono::hours(1));
        m_status = std::make_unique<StatusService>(*m_db, *m_hub, QStringLiteral("https://s"));
        ASSERT_TRUE(m_status->ensureBuiltins().ok());
    }

    static QString iso(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventHub> m_hub;
    std::unique_ptr<StatusService> m_status;
    Actor m_operator{"op-1", ""};
};

TEST_F(StatusServiceTest, Notice_SlaChangeUnder30Days_Refused422)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StatusReply refused =
        m_status->publishNotice(QJsonObject{{QStringLiteral("kind"), QStringLiteral("sla_change")},
                                            {QStringLiteral("title"), QStringLiteral("New SLA")},
                                            {QStringLiteral("body"), QStringLiteral("99.95%")},
                                            {QStringLiteral("effective_at"), iso(now.addDays(29))}},
                                m_operator);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.slug, "notice-lead-time");
    EXPECT_EQ(refused.body.value(QLatin1String("required_lead_days")).toInt(), 30);
    const StatusReply accepted =
        m_status->publishNotice(QJsonObject{{QStringLiteral("kind"), QStringLiteral("sla_change")},
                                            {QStringLiteral("title"), QStringLiteral("New SLA")},
                                            {QStringLiteral("body"), QStringLiteral("99.95%")},
                                            {QStringLiteral("effective_at"), iso(now.addDays(31))}},
                                m_operator);
    EXPECT_EQ(accepted.status, 201) << accepted.detail.toStdString();
}

TEST_F(StatusServiceTest, Notice_ServiceEndUnder90Days_Refused422)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StatusReply refused =
        m_status->publishNotice(QJsonObject{{QStringLiteral("kind"), QStringLiteral("service_end")},
                                            {QStringLiteral("title"), QStringLiteral("End")},
                                            {QStringLiteral("body"), QStringLiteral("Goodbye")},
                                            {QStringLiteral("tenant_id"), QStringLiteral("t-1")},
                                            {QStringLiteral("effective_at"), iso(now.addDays(60))}},
                                m_operator);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(refused.detail.contains(QLatin1String("90 days")));
}

TEST_F(StatusServiceTest, Incident_FirstNoticeAfterTwoHours_Flagged)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StatusReply draft = m_status->createIncident(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Late notice")},
                    {QStringLiteral("draft"), true},
                    {QStringLiteral("detected_at"), iso(now.addSecs(-2 * 3600))}},
        m_operator);
    ASSERT_EQ(draft.status, 201) << draft.detail.toStdString();
    const std::string id = draft.body.value(QLatin1String("id")).toString().toStdString();
    EXPECT_TRUE(draft.body.value(QLatin1String("first_notice_flagged")).toBool()); // overdue
    const StatusReply published = m_status->addIncidentUpdate(
        id,
        QJsonObject{{QStringLiteral("status"), QStringLiteral("investigating")},
                    {QStringLiteral("body"), QStringLiteral("Looking into it")}},
        m_operator);
    ASSERT_EQ(published.status, 201);
    EXPECT_GE(published.body.value(QLatin1String("time_to_first_notice_s")).toDouble(), 7199.0);
    const StatusReply report = m_status->firstNoticeReport();
    EXPECT_EQ(report.body.value(QLatin1String("flagged_count")).toInt(), 1);

    const StatusReply quick = m_status->createIncident(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Quick notice")},
                    {QStringLiteral("body"), QStringLiteral("We know")}},
        m_operator);
    EXPECT_FALSE(quick.body.value(QLatin1String("first_notice_flagged")).toBool());
    EXPECT_EQ(m_status->firstNoticeReport().body.value(QLatin1String("flagged_count")).toInt(), 1);
}

TEST_F(StatusServiceTest, Availability_PreviousMonth_ExcludesMaintenance)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    const auto t = [&](int day, int hour, int minute = 0) {
        return iso(QDateTime(first.addDays(day - 1), QTime(hour, minute), Qt::UTC));
    };
    const StatusReply component =
        m_status->createComponent(QJsonObject{{QStringLiteral("name"), QStringLiteral("Player")},
                                              {QStringLiteral("start_date"), t(1, 0)}},
                                  m_operator);
    ASSERT_EQ(component.status, 201) << component.detail.toStdString();
    const std::string id = component.body.value(QLatin1String("id")).toString().toStdString();
    const auto setStatus = [&](const char* status, const QString& at) {
        const StatusReply reply = m_status->updateComponent(
            id,
            QJsonObject{{QStringLiteral("status"), QString::fromLatin1(status)},
                        {QStringLiteral("at"), at}},
            m_operator);
        ASSERT_EQ(reply.status, 200) << reply.detail.toStdString();
    };
    // 60 minutes down on day 2, outside maintenance.
    setStatus("major_outage", t(2, 10));
    setStatus("operational", t(2, 11));
    // A maintenance window on day 3, 01:00-03:00, with an outage inside it.
    const StatusReply maintenance = m_status->scheduleMaintenance(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Upgrade")},
                    {QStringLiteral("scheduled_for"), t(3, 1)},
                    {QStringLiteral("scheduled_until"), t(3, 3)},
                    {QStringLiteral("component_ids"), QJsonArray{QString::fromStdString(id)}}},
        m_operator);
    ASSERT_EQ(maintenance.status, 201) << maintenance.detail.toStdString();
    const std::string mid = maintenance.body.value(QLatin1String("id")).toString().toStdString();
    ASSERT_EQ(m_status
                  ->addMaintenanceUpdate(
                      mid,
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("in_progress")},
                                  {QStringLiteral("at"), t(3, 1)}},
                      m_operator)
                  .status,
              201);
    setStatus("major_outage", t(3, 1, 30));
    setStatus("under_maintenance", t(3, 2, 30));
    ASSERT_EQ(m_status
                  ->addMaintenanceUpdate(
                      mid,
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")},
                                  {QStringLiteral("at"), t(3, 3)}},
                      m_operator)
                  .status,
              201);

    const StatusReply report = m_status->availability(first.toString(QStringLiteral("yyyy-MM")));
    ASSERT_EQ(report.status, 200) << report.detail.toStdString();
    QJsonObject player;
    for (const QJsonValue& value : report.body.value(QLatin1String("components")).toArray()) {
        if (value.toObject().value(QLatin1String("name")).toString() == QLatin1String("Player"))
            player = value.toObject();
    }
    ASSERT_FALSE(player.isEmpty());
    const double monthMinutes = first.daysInMonth() * 24.0 * 60.0;
    EXPECT_DOUBLE_EQ(player.value(QLatin1String("downtime_minutes")).toDouble(), 60.0);
    EXPECT_DOUBLE_EQ(player.value(QLatin1String("maintenance_minutes")).toDouble(), 120.0);
    const double eligible = monthMinutes - 120.0;
    EXPECT_NEAR(player.value(QLatin1String("availability")).toDouble(), 1.0 - 60.0 / eligible,
                1e-12);
    EXPECT_NEAR(player.value(QLatin1String("error_budget_left_minutes")).toDouble(),
                0.001 * eligible - 60.0, 1e-6);
    EXPECT_FALSE(player.value(QLatin1String("meets_target")).toBool());
    const QJsonArray days = player.value(QLatin1String("days")).toArray();
    ASSERT_EQ(days.size(), first.daysInMonth());
    EXPECT_DOUBLE_EQ(days[1].toObject().value(QLatin1String("downtime_minutes")).toDouble(), 60.0);
    EXPECT_DOUBLE_EQ(days[2].toObject().value(QLatin1String("downtime_minutes")).toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(days[2].toObject().value(QLatin1String("maintenance_minutes")).toDouble(),
                     120.0);
    EXPECT_EQ(m_status->availability(QStringLiteral("2026-13")).status, 400);
}

TEST_F(StatusServiceTest, EventHub_LastEventId_ReplaysOnlyMissed)
{
    const long long first = m_hub->publish("test.one", "", QJsonObject{{QStringLiteral("n"), 1}});
    const long long second = m_hub->publish("test.two", "", QJsonObject{{QStringLiteral("n"), 2}});
    m_hub->publish("test.private", "tenant-b", QJsonObject{{QStringLiteral("n"), 3}});
    ASSERT_GT(second, first);
    auto sink = std::make_shared<RecordingSink>();
    m_hub->subscribe(sink, first, "tenant-a", false);
    const std::string text = sink->text();
    EXPECT_EQ(text.find("test.one"), std::string::npos);
    EXPECT_NE(text.find("id: " + std::to_string(second) + "\nevent: test.two"), std::string::npos);
    EXPECT_EQ(text.find("test.private"), std::string::npos);
    m_hub->publish("test.three", "", QJsonObject{});
    EXPECT_NE(sink->text().find("event: test.three"), std::string::npos);
    EXPECT_EQ(m_hub->subscriberCount(), 1U);
    sink->close();
    EXPECT_EQ(m_hub->subscriberCount(), 0U);
}

TEST_F(StatusServiceTest, PublicSummary_DraftHidden_ETagChangesWithContent)
{
    const PublicBody before = m_status->publicDocument(PublicDocument::Summary);
    EXPECT_EQ(m_status->publicDocument(PublicDocument::Summary).etag, before.etag);
    ASSERT_EQ(m_status
                  ->createIncident(QJsonObject{{QStringLiteral("name"), QStringLiteral("Draft")},
                                               {QStringLiteral("draft"), true}},
                                   m_operator)
                  .status,
              201);
    const PublicBody withDraft = m_status->publicDocument(PublicDocument::Summary);
    EXPECT_EQ(withDraft.json.find("Draft"), std::string::npos);
    ASSERT_EQ(m_status
                  ->createIncident(QJsonObject{{QStringLiteral("name"), QStringLiteral("Public")},
                                               {QStringLiteral("impact"), QStringLiteral("major")},
                                               {QStringLiteral("body"), QStringLiteral("Down")}},
                                   m_operator)
                  .status,
              201);
    const PublicBody after = m_status->publicDocument(PublicDocument::Summary);
    EXPECT_NE(after.etag, before.etag);
    const QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(after.json)).object();
    EXPECT_EQ(doc.value(QLatin1String("status")).toObject().value(QLatin1String("indicator")),
              QStringLiteral("major"));
    EXPECT_EQ(doc.value(QLatin1String("incidents")).toArray().size(), 1);
}

TEST_F(StatusServiceTest, Monitor_Failure_SetsOutageAndOpensOneDraft)
{
    const long long now = StatusUtil::nowMs();
    m_status->recordProbe("storage", false, QStringLiteral("disk gone"), now);
    m_status->recordProbe("storage", false, QStringLiteral("disk gone"), now + 10);
    const QJsonArray incidents =
        m_status->listIncidents(false).body.value(QLatin1String("incidents")).toArray();
    ASSERT_EQ(incidents.size(), 1);
    const QJsonObject draft = incidents[0].toObject();
    EXPECT_TRUE(draft.value(QLatin1String("draft")).toBool());
    EXPECT_EQ(draft.value(QLatin1String("detected_at")).toString(), StatusUtil::isoMs(now));
    EXPECT_EQ(draft.value(QLatin1String("source")).toString(), QStringLiteral("monitor:storage"));
    const std::string components = m_status->publicDocument(PublicDocument::Components).json;
    EXPECT_NE(components.find("major_outage"), std::string::npos);
    m_status->recordProbe("storage", true, {}, now + 20);
    EXPECT_EQ(m_status->publicDocument(PublicDocument::Components).json.find("major_outage"),
              std::string::npos);
}

} // namespace
