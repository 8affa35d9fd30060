// The status side of the real onestream-server over HTTP and SSE: the public Statuspage v2
// documents with ETags, the event stream with heartbeats and Last-Event-ID resumption, built-in
// monitors, and the client core (StatusWatcher) and CLI reading our own page.
#include "core/status/statuspageparser.h"
#include "core/status/statuswatcher.h"
#include "tests/integration/ssereader.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

using TestSupport::httpRequest;
using TestSupport::ServerProcess;
using TestSupport::SseReader;
using TestSupport::waitUntil;

class StatusServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start({QStringLiteral("--monitor-interval-ms"), QStringLiteral("50"),
                                    QStringLiteral("--sse-heartbeat-ms"), QStringLiteral("100")}))
            << m_server.error().toStdString();
    }

    // Breaks object storage (its tmp folder becomes a file) or repairs it.
    void breakStorage(bool broken)
    {
        const QString tmp = m_server.dataDir() + QStringLiteral("/objects/tmp");
        if (broken) {
            ASSERT_TRUE(QDir(tmp).removeRecursively());
            QFile file(tmp);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        } else {
            ASSERT_TRUE(QFile::remove(tmp));
            ASSERT_TRUE(QDir().mkpath(tmp));
        }
    }

    QString componentStatus(const QString& name)
    {
        const auto reply =
            httpRequest("GET", m_server.url(QStringLiteral("/api/v2/components.json")));
        for (const QJsonValue& c : QJsonDocument::fromJson(reply.body)
                                       .object()
                                       .value(QLatin1String("components"))
                                       .toArray()) {
            if (c.toObject().value(QLatin1String("name")).toString() == name)
                return c.toObject().value(QLatin1String("status")).toString();
        }
        return {};
    }

    ServerProcess m_server;
};

struct DocumentRow
{
    const char* path;
    Status::DocumentKind kind;
};

void PrintTo(const DocumentRow& row, std::ostream* os)
{
    *os << row.path;
}

class StatusServerDocuments : public StatusServer, public ::testing::WithParamInterface<DocumentRow>
{};

TEST_P(StatusServerDocuments, PublicDocument_ParsesAsItsKind_AndRevalidatesWithETag)
{
    const QUrl url = m_server.url(QString::fromLatin1(GetParam().path));
    const auto first = httpRequest("GET", url);
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.header("Content-Type"), "application/json");
    const auto parsed = Status::parseStatusDocument(first.body);
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    EXPECT_EQ(parsed->kind, GetParam().kind);
    EXPECT_TRUE(parsed->warnings.isEmpty())
        << parsed->warnings.join(QLatin1Char('|')).toStdString();
    const QByteArray etag = first.header("ETag");
    ASSERT_FALSE(etag.isEmpty());
    const auto again = httpRequest("GET", url, {}, {{"If-None-Match", etag}});
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.isEmpty());
    const auto other = httpRequest("GET", url, {}, {{"If-None-Match", "\"nope\""}});
    EXPECT_EQ(other.status, 200);
}

INSTANTIATE_TEST_SUITE_P(
    V2, StatusServerDocuments,
    ::testing::Values(DocumentRow{"/api/v2/summary.json", Status::DocumentKind::Summary},
                      DocumentRow{"/api/v2/status.json", Status::DocumentKind::Status},
                      DocumentRow{"/api/v2/components.json", Status::DocumentKind::Components},
                      DocumentRow{"/api/v2/incidents.json", Status::DocumentKind::Incidents},
                      DocumentRow{"/api/v2/incidents/unresolved.json",
                                  Status::DocumentKind::Incidents},
                      DocumentRow{"/api/v2/scheduled-maintenances.json",
                                  Status::DocumentKind::ScheduledMaintenances},
                      DocumentRow{"/api/v2/scheduled-maintenances/upcoming.json",
                                  Status::DocumentKind::ScheduledMaintenances},
                      DocumentRow{"/api/v2/scheduled-maintenances/active.json",
                                  Status::DocumentKind::ScheduledMaintenances}));

TEST_F(StatusServer, OperatorEndpoints_Anonymous_Are401)
{
    for (const auto& [method, path] : std::initializer_list<std::pair<QByteArray, const char*>>{
             {"POST", "/v1/status/incidents"},
             {"POST", "/v1/status/notices"},
             {"POST", "/v1/status/maintenances"},
             {"GET", "/v1/status/availability?month=2026-10"},
             {"PATCH", "/v1/status/components/x"}}) {
        const QStringList parts = QString::fromLatin1(path).split(QLatin1Char('?'));
        QUrl url = m_server.url(parts[0]);
        if (parts.size() > 1)
            url.setQuery(parts[1]);
        const auto reply = httpRequest(method, url, "{}", {{"Content-Type", "application/json"}});
        EXPECT_EQ(reply.status, 401) << path;
        EXPECT_EQ(reply.header("Content-Type"), "application/problem+json");
    }
}

TEST_F(StatusServer, Monitor_StorageFails_ComponentOutageThenRecovers)
{
    ASSERT_TRUE(waitUntil([&] {
        return componentStatus(QStringLiteral("Object storage")) == QLatin1String("operational");
    }));
    breakStorage(true);
    EXPECT_TRUE(waitUntil([&] {
        return componentStatus(QStringLiteral("Object storage")) == QLatin1String("major_outage");
    }));
    const auto summary = Status::parseStatusDocument(
        httpRequest("GET", m_server.url(QStringLiteral("/api/v2/summary.json"))).body);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->indicator.raw, QStringLiteral("major"));
    EXPECT_TRUE(summary->incidents.isEmpty()); // the monitor's incident is a draft
    breakStorage(false);
    EXPECT_TRUE(waitUntil([&] {
        return componentStatus(QStringLiteral("Object storage")) == QLatin1String("operational");
    }));
}

TEST_F(StatusServer, Events_HeartbeatsThenResumeWithLastEventId)
{
    SseReader reader;
    reader.open(m_server.url(QStringLiteral("/v1/events")));
    ASSERT_TRUE(waitUntil([&] { return reader.raw().count(": heartbeat") >= 2; }))
        << reader.raw().toStdString();
    EXPECT_EQ(reader.status(), 200);
    breakStorage(true);
    ASSERT_TRUE(waitUntil([&] { return !reader.events().isEmpty(); }));
    const auto seen = reader.events();
    EXPECT_EQ(seen.last().type, "component.updated");
    const QByteArray lastId = seen.last().id;
    reader.close(); // the connection drops

    breakStorage(false); // recovery happens while nobody listens
    ASSERT_TRUE(waitUntil([&] {
        return componentStatus(QStringLiteral("Object storage")) == QLatin1String("operational");
    }));

    SseReader resumed;
    resumed.open(m_server.url(QStringLiteral("/v1/events")), lastId);
    ASSERT_TRUE(waitUntil([&] { return !resumed.events().isEmpty(); }));
    const auto missed = resumed.events();
    EXPECT_GT(missed.first().id.toLongLong(), lastId.toLongLong());
    EXPECT_EQ(missed.first().type, "component.updated");
    EXPECT_TRUE(missed.first().data.contains("\"operational\""));
    for (const auto& event : missed)
        EXPECT_NE(event.id, lastId);
}

TEST_F(StatusServer, Watcher_FollowsSseAndRevalidates)
{
    QNetworkAccessManager network;
    Status::WatcherOptions options;
    options.pageBase = m_server.baseUrl();
    Status::StatusWatcher watcher(network, options);
    int documents = 0;
    QObject::connect(&watcher, &Status::StatusWatcher::documentChanged, [&] { ++documents; });
    watcher.start();
    ASSERT_TRUE(
        waitUntil([&] { return watcher.sseConnected() && watcher.lastGood().has_value(); }));
    EXPECT_FALSE(watcher.stale());
    const int before = documents;
    breakStorage(true); // a pushed change: the watcher re-reads the summary at once
    EXPECT_TRUE(waitUntil([&] {
        return watcher.lastGood() && watcher.lastGood()->indicator.raw == QLatin1String("major");
    }));
    EXPECT_GT(documents, before);
    breakStorage(false);
}

TEST_F(StatusServer, Watcher_ServerGone_KeepsLastGoodAndMarksStale)
{
    QNetworkAccessManager network;
    Status::WatcherOptions options;
    options.pageBase = m_server.baseUrl();
    options.minBackoff = std::chrono::milliseconds(50);
    options.maxBackoff = std::chrono::milliseconds(200);
    Status::StatusWatcher watcher(network, options);
    watcher.start();
    ASSERT_TRUE(
        waitUntil([&] { return watcher.lastGood().has_value() && watcher.sseConnected(); }));
    m_server.kill();
    EXPECT_TRUE(waitUntil([&] { return watcher.stale(); }));
    EXPECT_TRUE(watcher.lastGood().has_value());
    EXPECT_GT(watcher.currentBackoff().count(), 0);
}

TEST_F(StatusServer, Cli_StatusServerJson_PrintsOurComponents)
{
    QProcess cli;
    cli.start(QStringLiteral(ONESTREAM_CLI_BINARY),
              {QStringLiteral("status"), QStringLiteral("--server"), m_server.baseUrl().toString(),
               QStringLiteral("--json")});
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    EXPECT_EQ(json.value(QLatin1String("indicator")).toString(), QStringLiteral("none"));
    EXPECT_EQ(json.value(QLatin1String("components")).toArray().size(), 3);
    EXPECT_TRUE(json.contains(QLatin1String("incidents")));
    EXPECT_TRUE(json.contains(QLatin1String("maintenances")));
}

TEST_F(StatusServer, Cli_StatusUrlNotStatuspage_ExitsNonZero)
{
    QProcess cli;
    // /healthz is JSON but not a status page: point --url at a base whose summary is a 404.
    cli.start(QStringLiteral(ONESTREAM_CLI_BINARY),
              {QStringLiteral("status"), QStringLiteral("--url"),
               m_server.url(QStringLiteral("/nothing-here")).toString()});
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_EQ(cli.exitCode(), 1);
    EXPECT_TRUE(cli.readAllStandardError().contains("HTTP 404"));
}

} // namespace
