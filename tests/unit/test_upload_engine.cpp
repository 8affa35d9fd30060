// The tus client engine (core/upload) against our own tus endpoint, in process, over loopback
// (with a test authenticator standing in for sign-in), plus the fault proxy for cut
// connections and corrupted bytes.
#include "core/upload/uploadmanager.h"
#include "core/upload/uploadtask.h"
#include "server/serverapp.h"
#include "tests/support/faultproxy.h"
#include "tests/support/testhttp.h"
#include "tests/unit/upload_fixture.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace {

using namespace UploadFixture;

TEST_F(UploadEngine, Options_AdvertisesExtensionsAndChecksums)
{
    startServer();
    const auto reply = TestSupport::httpRequest("OPTIONS", endpoint());
    EXPECT_EQ(reply.status, 204);
    EXPECT_EQ(reply.header("Tus-Version"), "1.0.0");
    EXPECT_EQ(reply.header("Tus-Extension"),
              "creation,creation-with-upload,creation-defer-length,expiration,checksum,"
              "termination");
    EXPECT_EQ(reply.header("Tus-Checksum-Algorithm"), "crc32c,sha1,sha256");
}

TEST_F(UploadEngine, Upload_MultiChunkFile_StoredIntactWithCrc32cChunks)
{
    startServer();
    const QString path = makeFile(QStringLiteral("a.bin"), 1'500'000);
    UploadTask task(m_network, path, endpoint(),
                    {{QStringLiteral("filename"), QStringLiteral("a.bin")}}, fastOptions());
    task.setAuth(authFor("tenant-a"));
    ASSERT_TRUE(finish(task));
    ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
    EXPECT_EQ(task.checksum(), ChecksumAlgorithm::Crc32c);
    EXPECT_EQ(task.offset(), 1'500'000);
    EXPECT_EQ(task.sha256Hex(), sha256Hex(path));
    EXPECT_EQ(sha256Hex(storedObject("tenant-a", task.uploadUrl())), sha256Hex(path));
    EXPECT_EQ(task.bytesResent(), 0);
}

TEST_F(UploadEngine, Upload_EmptyFile_Completes)
{
    startServer();
    const QString path = makeFile(QStringLiteral("empty.bin"), 0);
    UploadTask task(m_network, path, endpoint(), {}, fastOptions());
    task.setAuth(authFor("tenant-a"));
    ASSERT_TRUE(finish(task));
    EXPECT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
}

TEST_F(UploadEngine, ConnectionCut_ResumesFromServerOffset)
{
    startServer();
    TestSupport::FaultProxy proxy(m_app->port());
    ASSERT_TRUE(proxy.listen());
    proxy.cutBodyAt(400'000); // inside the second request (a 512 KiB PATCH)
    const QString path = makeFile(QStringLiteral("cut.bin"), 1'500'000);
    UploadOptions options = fastOptions();
    options.perChunkChecksum = false; // a cut chunk's bytes are kept by the server
    UploadTask task(m_network, path, endpoint(proxy.port()), {}, options);
    task.setAuth(authFor("tenant-a"));
    ASSERT_TRUE(finish(task));
    ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
    EXPECT_EQ(proxy.cuts(), 1);
    EXPECT_GE(task.retries(), 1);
    EXPECT_LT(task.bytesResent(), 512 * 1024); // at most one chunk
    EXPECT_EQ(sha256Hex(storedObject("tenant-a", task.uploadUrl())), sha256Hex(path));
}

TEST_F(UploadEngine, StalledTransfer_TimesOutShrinksChunkAndResumes)
{
    startServer();
    TestSupport::FaultProxy proxy(m_app->port());
    ASSERT_TRUE(proxy.listen());
    proxy.stallBodyAt(300'000); // inside the second request (a 512 KiB PATCH)
    const QString path = makeFile(QStringLiteral("stall.bin"), 1'200'000);
    UploadOptions options = fastOptions();
    options.perChunkChecksum = false;
    options.transferTimeout = std::chrono::milliseconds(700);
    UploadTask task(m_network, path, endpoint(proxy.port()), {}, options);
    task.setAuth(authFor("tenant-a"));
    ASSERT_TRUE(finish(task));
    ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
    EXPECT_EQ(proxy.stalls(), 1);
    EXPECT_GE(task.retries(), 1);
    EXPECT_GE(task.shrinks(), 1); // the timeout halved the chunk
    EXPECT_EQ(sha256Hex(storedObject("tenant-a", task.uploadUrl())), sha256Hex(path));
}

TEST_F(UploadEngine, Unauthorized_RefreshOnceThenContinues)
{
    startServer();
    const QString path = makeFile(QStringLiteral("refresh.bin"), 200'000);
    QByteArray token = "Bearer expired";
    int refreshes = 0;
    UploadAuth auth{[&token] {
                        return QList<QPair<QByteArray, QByteArray>>{{"Authorization", token}};
                    },
                    [&](std::function<void(bool)> done) {
                        ++refreshes;
                        token = bearer("tenant-a", "alice", "uploader");
                        done(true);
                    }};
    UploadTask task(m_network, path, endpoint(), {}, fastOptions());
    task.setAuth(auth);
    ASSERT_TRUE(finish(task));
    EXPECT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
    EXPECT_EQ(refreshes, 1);
}

TEST_F(UploadEngine, UnauthorizedAfterRefresh_StopsClearly)
{
    startServer();
    const QString path = makeFile(QStringLiteral("refused.bin"), 10'000);
    int refreshes = 0;
    UploadAuth auth{
        [] {
            return QList<QPair<QByteArray, QByteArray>>{{"Authorization", "Bearer bad"}};
        },
        [&](std::function<void(bool)> done) {
            ++refreshes;
            done(true); // "refreshed", but the server still says 401
        }};
    UploadTask task(m_network, path, endpoint(), {}, fastOptions());
    task.setAuth(auth);
    ASSERT_TRUE(finish(task));
    EXPECT_EQ(task.state(), UploadTask::State::Failed);
    EXPECT_EQ(task.error().code, Core::ErrorCode::PermissionDenied);
    EXPECT_EQ(refreshes, 1);
}

TEST_F(UploadEngine, CorruptedByte_Checksum460ChunkResent)
{
    startServer();
    TestSupport::FaultProxy proxy(m_app->port());
    ASSERT_TRUE(proxy.listen());
    proxy.corruptBodyByte(1234);
    const QString path = makeFile(QStringLiteral("corrupt.bin"), 600'000);
    UploadTask task(m_network, path, endpoint(proxy.port()), {}, fastOptions());
    task.setAuth(authFor("tenant-a"));
    ASSERT_TRUE(finish(task));
    ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
    EXPECT_EQ(proxy.corruptions(), 1);
    EXPECT_GE(task.retries(), 1);
    EXPECT_EQ(sha256Hex(storedObject("tenant-a", task.uploadUrl())), sha256Hex(path));
}

TEST_F(UploadEngine, NewTaskWithQueuedUrl_ResumesWithHead)
{
    startServer();
    const QString path = makeFile(QStringLiteral("resume.bin"), 1'000'000);
    QUrl url;
    Fingerprint fingerprint;
    qint64 resumedFrom = 0;
    {
        UploadTask first(m_network, path, endpoint(), {}, fastOptions());
        first.setAuth(authFor("tenant-a"));
        first.start();
        ASSERT_TRUE(waitUntil([&] { return first.offset() >= 256 * 1024; }));
        first.pause();
        url = first.uploadUrl();
        fingerprint = first.fingerprint();
        resumedFrom = first.offset();
    } // as if the process died here
    UploadTask second(m_network, path, endpoint(), {}, fastOptions());
    second.setAuth(authFor("tenant-a"));
    second.setResumeState(url, fingerprint);
    ASSERT_TRUE(finish(second));
    ASSERT_EQ(second.state(), UploadTask::State::Done) << second.error().detail.toStdString();
    EXPECT_EQ(second.uploadUrl(), url); // the old upload went on: no new creation
    // The dead task's PATCH may still hold the upload's lock when the new one starts (423, then
    // HEAD and resume): at most one chunk goes out twice, the bound per kill.
    const qint64 chunk = fastOptions().initialChunkBytes;
    EXPECT_LE(second.bytesSent(), 1'000'000 - resumedFrom + chunk);
    EXPECT_LE(second.bytesResent(), chunk);
    EXPECT_EQ(second.sha256Hex(), sha256Hex(path));
    EXPECT_EQ(sha256Hex(storedObject("tenant-a", url)), sha256Hex(path));
}

TEST_F(UploadEngine, ChangedFile_NeverAppendedToOldUpload)
{
    startServer();
    const QString path = makeFile(QStringLiteral("changed.bin"), 800'000);
    QUrl url;
    Fingerprint fingerprint;
    {
        UploadTask first(m_network, path, endpoint(), {}, fastOptions());
        first.setAuth(authFor("tenant-a"));
        first.start();
        ASSERT_TRUE(waitUntil([&] { return first.offset() > 0; }));
        first.pause();
        url = first.uploadUrl();
        fingerprint = first.fingerprint();
    }
    makeFile(QStringLiteral("changed.bin"), 800'000, 9); // same size, other bytes
    UploadTask second(m_network, path, endpoint(), {}, fastOptions());
    second.setAuth(authFor("tenant-a"));
    second.setResumeState(url, fingerprint);
    ASSERT_TRUE(finish(second));
    ASSERT_EQ(second.state(), UploadTask::State::Done) << second.error().detail.toStdString();
    EXPECT_NE(second.uploadUrl(), url);
    EXPECT_EQ(sha256Hex(storedObject("tenant-a", second.uploadUrl())), sha256Hex(path));
}

TEST_F(UploadEngine, ExpiredUpload_StartsAgainCleanly)
{
    startServer();
    const QString path = makeFile(QStringLiteral("expired.bin"), 500'000);
    QUrl url;
    Fingerprint fingerprint;
    {
        UploadTask first(m_network, path, endpoint(), {}, fastOptions());
        first.setAuth(authFor("tenant-a"));
        first.start();
        ASSERT_TRUE(waitUntil([&] { return first.offset() > 0; }));
        first.pause();
        url = first.uploadUrl();
        fingerprint = first.fingerprint();
    }
    // The server may still hold the aborted PATCH for a moment (423).
    ASSERT_TRUE(waitUntil(
        [&] {
            const auto deleted = TestSupport::httpRequest(
                "DELETE", url, {},
                {{"Tus-Resumable", "1.0.0"},
                 {"Authorization", bearer("tenant-a", "alice", "uploader")}});
            return deleted.status == 204;
        },
        std::chrono::seconds(40)));
    UploadTask second(m_network, path, endpoint(), {}, fastOptions());
    second.setAuth(authFor("tenant-a"));
    second.setResumeState(url, fingerprint);
    ASSERT_TRUE(finish(second));
    ASSERT_EQ(second.state(), UploadTask::State::Done) << second.error().detail.toStdString();
    EXPECT_NE(second.uploadUrl(), url);
    EXPECT_EQ(second.restarts(), 1);
}

TEST_F(UploadEngine, Cancel_TerminatesUploadOnServer)
{
    startServer();
    const QString path = makeFile(QStringLiteral("cancel.bin"), 2'000'000);
    UploadOptions options = fastOptions();
    options.initialChunkBytes = 64 * 1024;
    options.maxChunkBytes = 64 * 1024;
    UploadTask task(m_network, path, endpoint(), {}, options);
    task.setAuth(authFor("tenant-a"));
    bool done = false;
    QObject::connect(&task, &UploadTask::finished, [&done] { done = true; });
    task.start();
    ASSERT_TRUE(waitUntil([&] { return task.offset() > 0; }));
    const QUrl url = task.uploadUrl();
    task.cancel();
    ASSERT_TRUE(waitUntil([&] { return done; }));
    EXPECT_EQ(task.state(), UploadTask::State::Cancelled);
    const auto head = TestSupport::httpRequest(
        "HEAD", url, {},
        {{"Tus-Resumable", "1.0.0"}, {"Authorization", bearer("tenant-a", "alice", "uploader")}});
    EXPECT_EQ(head.status, 404);
}

TEST_F(UploadEngine, NoCredentials_StopsWithPermissionDenied)
{
    startServer();
    const QString path = makeFile(QStringLiteral("anon.bin"), 10'000);
    UploadTask task(m_network, path, endpoint(), {}, fastOptions());
    ASSERT_TRUE(finish(task));
    EXPECT_EQ(task.state(), UploadTask::State::Failed);
    EXPECT_EQ(task.error().code, Core::ErrorCode::PermissionDenied);
    EXPECT_EQ(task.retries(), 0);
}

TEST_F(UploadEngine, ViewerRole_StopsWith403)
{
    startServer();
    const QString path = makeFile(QStringLiteral("viewer.bin"), 10'000);
    UploadTask task(m_network, path, endpoint(), {}, fastOptions());
    task.setAuth(authFor("tenant-a", "victor", "viewer"));
    ASSERT_TRUE(finish(task));
    EXPECT_EQ(task.state(), UploadTask::State::Failed);
    EXPECT_EQ(task.error().native, 403);
}

TEST_F(UploadEngine, OverQuota_StopsBeforeAnyByteIsStored)
{
    Server::UploadLimits limits;
    limits.tenantQuotaBytes = 100'000;
    startServer(limits);
    const QString path = makeFile(QStringLiteral("big.bin"), 200'000);
    UploadTask task(m_network, path, endpoint(), {}, fastOptions());
    task.setAuth(authFor("tenant-a"));
    ASSERT_TRUE(finish(task));
    EXPECT_EQ(task.state(), UploadTask::State::Failed);
    EXPECT_EQ(task.error().native, 413);
    EXPECT_TRUE(task.error().detail.contains(QStringLiteral("quota")));
    EXPECT_EQ(task.retries(), 0);
}

TEST_F(UploadEngine, RequestLimitBelowChunk_ChunkShrinksAndCompletes)
{
    Server::UploadLimits limits;
    limits.maxRequestBytes = 100 * 1024;
    startServer(limits);
    const QString path = makeFile(QStringLiteral("shrink.bin"), 500'000);
    UploadOptions options = fastOptions();
    options.initialChunkBytes = 512 * 1024;
    UploadTask task(m_network, path, endpoint(), {}, options);
    task.setAuth(authFor("tenant-a"));
    ASSERT_TRUE(finish(task));
    ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
    EXPECT_LE(task.chunkBytes(), 128 * 1024);
}

TEST_F(UploadEngine, OtherTenant_CannotSeeOrTouchUpload)
{
    startServer();
    const QString path = makeFile(QStringLiteral("mine.bin"), 300'000);
    UploadTask task(m_network, path, endpoint(), {}, fastOptions());
    task.setAuth(authFor("tenant-a"));
    ASSERT_TRUE(finish(task));
    ASSERT_EQ(task.state(), UploadTask::State::Done);
    const QByteArray other = bearer("tenant-b", "mallory", "owner");
    const QList<QPair<QByteArray, QByteArray>> headers{{"Tus-Resumable", "1.0.0"},
                                                       {"Authorization", other}};
    EXPECT_EQ(TestSupport::httpRequest("HEAD", task.uploadUrl(), {}, headers).status, 404);
    EXPECT_EQ(TestSupport::httpRequest("DELETE", task.uploadUrl(), {}, headers).status, 404);
    auto patchHeaders = headers;
    patchHeaders.append(qMakePair(QByteArray("Upload-Offset"), QByteArray("0")));
    patchHeaders.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/offset+octet-stream")));
    EXPECT_EQ(TestSupport::httpRequest("PATCH", task.uploadUrl(), "x", patchHeaders).status, 404);
    // Its owner still sees it whole.
    const auto mine = TestSupport::httpRequest(
        "HEAD", task.uploadUrl(), {},
        {{"Tus-Resumable", "1.0.0"}, {"Authorization", bearer("tenant-a", "bob", "viewer")}});
    EXPECT_EQ(mine.status, 403); // viewers cannot upload
}

TEST_F(UploadEngine, Manager_ParallelQueueWithBandwidthCap)
{
    startServer();
    QTemporaryDir queueDir;
    auto queue = UploadQueue::open(queueDir.filePath(QStringLiteral("queue.db")));
    ASSERT_TRUE(queue.ok());
    UploadManager manager(m_network, *queue.value());
    manager.setOptions(fastOptions());
    manager.setAuth(authFor("tenant-a"));
    manager.setParallel(2);
    manager.setBandwidthLimit(4 * 1024 * 1024);
    int maxRunning = 0;
    QObject::connect(&manager, &UploadManager::progress,
                     [&] { maxRunning = std::max(maxRunning, manager.running()); });
    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto id = manager.enqueue(
            makeFile(QStringLiteral("m%1.bin").arg(i), 700'000, static_cast<char>(i)), endpoint(),
            {});
        ASSERT_TRUE(id.ok());
        ids.push_back(id.value());
    }
    ASSERT_TRUE(waitUntil([&] { return manager.idle(); }, std::chrono::seconds(30)));
    // 2.1 MB under a 4 MiB/s cap cannot take much less than half a second.
    EXPECT_GE(clock.elapsed(), 350);
    EXPECT_EQ(maxRunning, 2);
    for (qint64 id : ids) {
        auto row = queue.value()->find(id);
        ASSERT_TRUE(row.ok() && row->has_value());
        EXPECT_EQ((*row)->state, EntryState::Done) << (*row)->lastError.toStdString();
        EXPECT_EQ((*row)->offsetBytes, 700'000);
    }
}

TEST_F(UploadEngine, Manager_ScheduleWindowClosed_WaitsUntilItOpens)
{
    startServer();
    QTemporaryDir queueDir;
    auto queue = UploadQueue::open(queueDir.filePath(QStringLiteral("queue.db")));
    ASSERT_TRUE(queue.ok());
    UploadManager manager(m_network, *queue.value());
    manager.setOptions(fastOptions());
    manager.setAuth(authFor("tenant-a"));
    QTime now(12, 0);
    manager.setClock([&now] { return now; });
    manager.setSchedule(ScheduleWindow::parse(QStringLiteral("20:00-08:00")));
    auto id = manager.enqueue(makeFile(QStringLiteral("night.bin"), 100'000), endpoint(), {});
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(manager.running(), 0);
    EXPECT_EQ(manager.task(id.value())->state(), UploadTask::State::Idle);
    now = QTime(21, 0);
    manager.setSchedule(ScheduleWindow::parse(QStringLiteral("20:00-08:00"))); // re-check now
    ASSERT_TRUE(waitUntil([&] { return manager.idle(); }));
    EXPECT_EQ(manager.task(id.value())->state(), UploadTask::State::Done);
}

} // namespace
