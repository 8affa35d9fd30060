// The client engine against the tus reference server (@tus/server + @tus/file-store from npm),
// which offers no checksum extension. The test installs the pinned packages into the build
// folder on first use (cached afterwards) and starts the server on a free loopback port.
#include "core/upload/uploadtask.h"
#include "tests/support/faultproxy.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using namespace Upload;
using TestSupport::waitUntil;

constexpr const char* kPackages[] = {"@tus/server@1.10.2", "@tus/file-store@1.5.1"};

QString nodeDir()
{
    return QStringLiteral(ONESTREAM_PEER_NODE_DIR);
}

// npm install into the build folder once; later runs reuse it.
QString ensureInstalled()
{
    const QString dir = nodeDir();
    QDir().mkpath(dir);
    // ctest runs tests in parallel: one installs, the others wait for it.
    QLockFile lock(dir + QStringLiteral("/install.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(300000))
        return QStringLiteral("cannot lock %1").arg(dir);
    if (QFile::exists(dir + QStringLiteral("/node_modules/@tus/server/package.json")) &&
        QFile::exists(dir + QStringLiteral("/node_modules/@tus/file-store/package.json"))) {
        return {};
    }
    QDir().mkpath(dir);
    QProcess npm;
    QStringList arguments{QStringLiteral("install"),
                          QStringLiteral("--prefix"),
                          dir,
                          QStringLiteral("--no-audit"),
                          QStringLiteral("--no-fund"),
                          QStringLiteral("--loglevel=error")};
    for (const char* package : kPackages)
        arguments.append(QString::fromLatin1(package));
    npm.start(QStringLiteral("npm"), arguments);
    if (!npm.waitForStarted(10000))
        return QStringLiteral("npm is missing (install nodejs and npm): ") + npm.errorString();
    if (!npm.waitForFinished(240000) || npm.exitCode() != 0) {
        return QStringLiteral("npm install failed: ") +
               QString::fromUtf8(npm.readAllStandardError());
    }
    return {};
}

class TusReferenceServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString problem = ensureInstalled();
        ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NODE_PATH"),
                           nodeDir() + QStringLiteral("/node_modules"));
        m_node.setProcessEnvironment(environment);
        m_node.start(QStringLiteral("node"),
                     {QStringLiteral(ONESTREAM_PEER_SCRIPT), m_store.path()});
        ASSERT_TRUE(m_node.waitForStarted(10000)) << m_node.errorString().toStdString();
        ASSERT_TRUE(waitUntil([this] { return m_node.canReadLine(); }, std::chrono::seconds(20)))
            << m_node.readAllStandardError().toStdString();
        const QByteArray line = m_node.readLine().trimmed();
        ASSERT_TRUE(line.startsWith("listening on ")) << line.toStdString();
        m_port = static_cast<quint16>(line.mid(13).toUInt());
        ASSERT_GT(m_port, 0);
    }

    void TearDown() override
    {
        m_node.terminate();
        if (!m_node.waitForFinished(5000))
            m_node.kill();
        m_node.waitForFinished(5000);
    }

    QUrl endpoint(quint16 port = 0) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/files/").arg(port ? port : m_port));
    }

    QString makeFile(const QString& name, qint64 size)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray block(64 * 1024, '\0');
        quint32 x = 88172645U;
        for (qint64 written = 0; written < size; written += block.size()) {
            for (char& c : block) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                c = static_cast<char>(x);
            }
            file.write(block.constData(), std::min<qint64>(block.size(), size - written));
        }
        return path;
    }

    static QByteArray sha256Hex(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        return hash.result().toHex();
    }

    QString storedFile(const QUrl& uploadUrl) const
    {
        return m_store.filePath(uploadUrl.fileName());
    }

    static UploadOptions options()
    {
        UploadOptions result;
        result.initialChunkBytes = 256 * 1024;
        result.minChunkBytes = 64 * 1024;
        result.backoffBase = std::chrono::milliseconds(20);
        result.backoffMax = std::chrono::milliseconds(200);
        result.transferTimeout = std::chrono::seconds(5);
        return result;
    }

    static bool finish(UploadTask& task)
    {
        bool done = false;
        QObject::connect(&task, &UploadTask::finished, [&done] { done = true; });
        task.start();
        return waitUntil([&] { return done; }, std::chrono::seconds(30));
    }

    QTemporaryDir m_store;
    QTemporaryDir m_files;
    QProcess m_node;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

TEST_F(TusReferenceServer, Upload_WithoutChecksumExtension_StoredIntact)
{
    const QString path = makeFile(QStringLiteral("peer.bin"), 1'200'000);
    UploadTask task(m_network, path, endpoint(),
                    {{QStringLiteral("filename"), QStringLiteral("peer.bin")}}, options());
    ASSERT_TRUE(finish(task));
    ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
    EXPECT_TRUE(task.capabilities().has(QStringLiteral("creation")));
    EXPECT_FALSE(task.capabilities().has(QStringLiteral("checksum")));
    EXPECT_EQ(task.checksum(), ChecksumAlgorithm::None);
    EXPECT_EQ(sha256Hex(storedFile(task.uploadUrl())), sha256Hex(path));
}

TEST_F(TusReferenceServer, ConnectionCut_ResumesAndCompletes)
{
    TestSupport::FaultProxy proxy(m_port);
    ASSERT_TRUE(proxy.listen());
    proxy.cutBodyAt(400'000); // inside the second request (a 512 KiB PATCH)
    const QString path = makeFile(QStringLiteral("cut.bin"), 1'500'000);
    UploadTask task(m_network, path, endpoint(proxy.port()), {}, options());
    ASSERT_TRUE(finish(task));
    ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
    EXPECT_EQ(proxy.cuts(), 1);
    EXPECT_GE(task.retries(), 1);
    EXPECT_EQ(sha256Hex(storedFile(task.uploadUrl())), sha256Hex(path));
}

TEST_F(TusReferenceServer, NewTask_ResumesQueuedUploadWithHead)
{
    const QString path = makeFile(QStringLiteral("resume.bin"), 1'000'000);
    QUrl url;
    Fingerprint fingerprint;
    {
        UploadTask first(m_network, path, endpoint(), {}, options());
        first.start();
        ASSERT_TRUE(waitUntil([&] { return first.offset() >= 256 * 1024; }));
        first.pause();
        url = first.uploadUrl();
        fingerprint = first.fingerprint();
    }
    UploadTask second(m_network, path, endpoint(), {}, options());
    second.setResumeState(url, fingerprint);
    ASSERT_TRUE(finish(second));
    ASSERT_EQ(second.state(), UploadTask::State::Done) << second.error().detail.toStdString();
    EXPECT_EQ(second.uploadUrl(), url);
    EXPECT_LE(second.bytesSent(), 1'000'000 - 256 * 1024);
    EXPECT_EQ(sha256Hex(storedFile(url)), sha256Hex(path));
}

TEST_F(TusReferenceServer, Cancel_TerminatesUpload)
{
    const QString path = makeFile(QStringLiteral("cancel.bin"), 2'000'000);
    UploadOptions slow = options();
    slow.initialChunkBytes = 64 * 1024;
    slow.maxChunkBytes = 64 * 1024;
    UploadTask task(m_network, path, endpoint(), {}, slow);
    bool done = false;
    QObject::connect(&task, &UploadTask::finished, [&done] { done = true; });
    task.start();
    ASSERT_TRUE(waitUntil([&] { return task.offset() > 0; }));
    const QUrl url = task.uploadUrl();
    task.cancel();
    ASSERT_TRUE(waitUntil([&] { return done; }));
    EXPECT_EQ(task.state(), UploadTask::State::Cancelled);
    const auto head = TestSupport::httpRequest("HEAD", url, {}, {{"Tus-Resumable", "1.0.0"}});
    EXPECT_TRUE(head.status == 404 || head.status == 410) << head.status;
}

} // namespace
