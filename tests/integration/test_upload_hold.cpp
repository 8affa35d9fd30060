// The upload queue holds while the real server's upload component is under maintenance and
// resumes by itself when the maintenance completes: a real UploadManager doing a real tus
// upload, a real StatusWatcher following the server's event stream, and Status::UploadGate
// between them.
#include "core/status/statuswatcher.h"
#include "core/status/uploadgate.h"
#include "core/upload/uploadmanager.h"
#include "core/upload/uploadqueue.h"
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace {

using namespace TestSupport;

class UploadHold : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start({QStringLiteral("--monitor-interval-ms"), QStringLiteral("0")}))
            << m_server.error().toStdString();
        m_identity.emplace(m_server);
        m_operator = m_identity->loginOperator();
        ASSERT_TRUE(m_operator) << m_identity->lastError().toStdString();
        auto tenant = m_identity->createTenant(QStringLiteral("Acme"));
        ASSERT_TRUE(tenant) << m_identity->lastError().toStdString();
        m_owner = tenant->owner;
    }

    QJsonObject post(const QString& path, const QJsonObject& body)
    {
        const auto reply =
            httpRequest("POST", apiUrl(m_server, path), QJsonDocument(body).toJson(),
                        {bearer(m_operator->accessToken), {"Content-Type", "application/json"}});
        EXPECT_TRUE(reply.status == 200 || reply.status == 201)
            << reply.status << " " << reply.body.toStdString();
        return QJsonDocument::fromJson(reply.body).object();
    }

    QString uploadComponentId()
    {
        const auto reply =
            httpRequest("GET", m_server.url(QStringLiteral("/api/v2/components.json")));
        for (const QJsonValue& value : QJsonDocument::fromJson(reply.body)
                                           .object()
                                           .value(QLatin1String("components"))
                                           .toArray()) {
            if (value[QLatin1String("name")].toString() == QLatin1String("Upload endpoint"))
                return value[QLatin1String("id")].toString();
        }
        return {};
    }

    QString makeFile(qint64 size)
    {
        const QString path = m_dir.filePath(QStringLiteral("clip-%1.bin").arg(++m_files));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray data(size, '\0');
        for (qint64 i = 0; i < size; ++i)
            data[i] = static_cast<char>((i * 131 + m_files) & 0xff);
        file.write(data);
        return path;
    }

    ServerProcess m_server;
    std::optional<IdentityFixture> m_identity;
    std::optional<Account> m_operator;
    Account m_owner;
    QTemporaryDir m_dir;
    int m_files = 0;
    QNetworkAccessManager m_network;
};

TEST_F(UploadHold, Maintenance_OnUploadComponent_HoldsWithReasonAndResumesWhenCompleted)
{
    auto queue = Upload::UploadQueue::open(m_dir.filePath(QStringLiteral("queue.db")));
    ASSERT_TRUE(queue) << queue.error().detail.toStdString();
    Upload::UploadManager uploads(m_network, *queue.value());
    const QByteArray authorization = "Bearer " + m_owner.accessToken.toUtf8();
    uploads.setAuth(Upload::UploadAuth{
        [authorization] {
            return QList<QPair<QByteArray, QByteArray>>{{"Authorization", authorization}};
        },
        {}});
    Upload::UploadOptions options;
    options.initialChunkBytes = 64 * 1024;
    options.minChunkBytes = 64 * 1024;
    options.maxChunkBytes = 64 * 1024;
    options.backoffBase = std::chrono::milliseconds(50);
    options.backoffMax = std::chrono::milliseconds(200);
    uploads.setOptions(options);
    // 64 KiB/s: the 256 KiB file takes about four seconds, long enough to be caught running.
    uploads.setBandwidthLimit(64 * 1024);
    QList<QPair<bool, QString>> heldChanges;
    QObject::connect(&uploads, &Upload::UploadManager::heldChanged,
                     [&heldChanges](bool held, const QString& reason) {
                         heldChanges.append({held, reason});
                     });

    Status::WatcherOptions watcherOptions;
    watcherOptions.pageBase = m_server.baseUrl();
    watcherOptions.minBackoff = std::chrono::milliseconds(100);
    Status::StatusWatcher watcher(m_network, watcherOptions);
    Status::UploadGate gate(watcher, uploads);
    watcher.start();
    ASSERT_TRUE(waitUntil([&] { return watcher.sseConnected() && watcher.lastGood(); }));
    const QString component = uploadComponentId();
    ASSERT_FALSE(component.isEmpty());

    const QUrl endpoint(m_server.url(QStringLiteral("/v1/uploads/")));
    auto first = uploads.enqueue(makeFile(256 * 1024), endpoint, {});
    ASSERT_TRUE(first) << first.error().detail.toStdString();
    Upload::UploadTask* running = uploads.task(first.value());
    ASSERT_TRUE(waitUntil([&] { return running->offset() > 0; }, std::chrono::seconds(15)));
    ASSERT_LT(running->offset(), running->size());

    // The operator schedules maintenance on the upload component and starts it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject maintenance = post(
        QStringLiteral("/v1/status/maintenances"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Storage upgrade")},
                    {QStringLiteral("body"), QStringLiteral("New disks.")},
                    {QStringLiteral("scheduled_for"), now.toString(Qt::ISODate)},
                    {QStringLiteral("scheduled_until"), now.addSecs(3600).toString(Qt::ISODate)},
                    {QStringLiteral("component_ids"), QJsonArray{component}}});
    const QString maintenanceId = maintenance.value(QLatin1String("id")).toString();
    ASSERT_FALSE(maintenanceId.isEmpty());
    EXPECT_FALSE(uploads.isHeld()); // scheduled is not running yet
    post(QStringLiteral("/v1/status/maintenances/%1/updates").arg(maintenanceId),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("in_progress")}});

    ASSERT_TRUE(waitUntil([&] { return uploads.isHeld(); }));
    EXPECT_EQ(gate.decision().cause, Status::HoldCause::Maintenance);
    EXPECT_TRUE(uploads.holdReason().startsWith(
        QStringLiteral("Upload endpoint is under maintenance (Storage upgrade) until ")))
        << uploads.holdReason().toStdString();
    ASSERT_EQ(heldChanges.size(), 1);
    EXPECT_TRUE(heldChanges.front().first);
    EXPECT_EQ(running->state(), Upload::UploadTask::State::Paused);
    EXPECT_EQ(uploads.running(), 0);
    const qint64 heldAt = running->offset();
    EXPECT_LT(heldAt, running->size());

    // Nothing new starts while held.
    auto second = uploads.enqueue(makeFile(1000), endpoint, {});
    ASSERT_TRUE(second);
    EXPECT_EQ(uploads.task(second.value())->state(), Upload::UploadTask::State::Idle);
    EXPECT_EQ(uploads.running(), 0);

    // Maintenance completes: the queue resumes by itself, from where the server left off.
    post(QStringLiteral("/v1/status/maintenances/%1/updates").arg(maintenanceId),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}});
    ASSERT_TRUE(waitUntil([&] { return !uploads.isHeld(); }));
    ASSERT_EQ(heldChanges.size(), 2);
    EXPECT_FALSE(heldChanges.back().first);
    EXPECT_TRUE(uploads.holdReason().isEmpty());
    ASSERT_TRUE(waitUntil([&] { return uploads.idle(); }, std::chrono::seconds(30)));
    EXPECT_EQ(running->state(), Upload::UploadTask::State::Done)
        << running->error().detail.toStdString();
    EXPECT_EQ(uploads.task(second.value())->state(), Upload::UploadTask::State::Done);
    EXPECT_EQ(running->offset(), running->size());
    EXPECT_EQ(running->restarts(), 0); // resumed, never started over
}

TEST_F(UploadHold, MajorOutage_OnUploadComponent_HoldsAndReleasesWhenOperational)
{
    auto queue = Upload::UploadQueue::open(m_dir.filePath(QStringLiteral("queue2.db")));
    ASSERT_TRUE(queue);
    Upload::UploadManager uploads(m_network, *queue.value());
    Status::WatcherOptions watcherOptions;
    watcherOptions.pageBase = m_server.baseUrl();
    Status::StatusWatcher watcher(m_network, watcherOptions);
    Status::UploadGate gate(watcher, uploads, Status::UploadComponent{uploadComponentId(), {}});
    watcher.start();
    ASSERT_TRUE(waitUntil([&] { return watcher.sseConnected() && watcher.lastGood(); }));

    const QJsonObject incident =
        post(QStringLiteral("/v1/status/incidents"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Uploads failing")},
                         {QStringLiteral("impact"), QStringLiteral("major")},
                         {QStringLiteral("body"), QStringLiteral("We are looking into it.")},
                         {QStringLiteral("components"),
                          QJsonObject{{uploadComponentId(), QStringLiteral("major_outage")}}}});
    ASSERT_TRUE(waitUntil([&] { return uploads.isHeld(); }));
    EXPECT_EQ(uploads.holdReason(),
              QStringLiteral("Upload endpoint has a major outage (Uploads failing); uploads "
                             "continue when it is back."));

    post(QStringLiteral("/v1/status/incidents/%1/updates")
             .arg(incident.value(QLatin1String("id")).toString()),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")},
                     {QStringLiteral("body"), QStringLiteral("Fixed.")},
                     {QStringLiteral("components"),
                      QJsonObject{{uploadComponentId(), QStringLiteral("operational")}}}});
    ASSERT_TRUE(waitUntil([&] { return !uploads.isHeld(); }));
    EXPECT_EQ(gate.decision().cause, Status::HoldCause::None);
}

} // namespace
