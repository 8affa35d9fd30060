// `onestream upload` and `onestream videos` against the real server with a signed-in owner:
// upload with progress, SIGKILL of the CLI mid-upload then `upload --resume`, the video
// commands, and `upload --encode` (the OneStream MP4 and the HLS ladder, with the thumbnail
// chosen from the encode's poster frames).
#include "tests/support/identityfixture.h"
#include "tests/support/mediafixtures.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using namespace TestSupport;
using TestSupport::fixture;

class CliUpload : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
        IdentityFixture identity(m_server);
        auto tenant = identity.createTenant(QStringLiteral("Acme"));
        ASSERT_TRUE(tenant) << identity.lastError().toStdString();
        m_token = tenant->owner.accessToken;
    }

    QString makeFile(const QString& name, qint64 size)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray block(64 * 1024, '\0');
        quint32 x = 362436069U;
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

    void startCli(QProcess& cli, const QStringList& arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ONESTREAM_SERVER"), m_server.baseUrl().toString());
        environment.insert(QStringLiteral("ONESTREAM_TOKEN"), m_token);
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        // Encoded files and the encoder cache stay inside the test's folder.
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_files.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                           m_files.filePath(QStringLiteral("cache")));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(ONESTREAM_CLI_BINARY), arguments);
        ASSERT_TRUE(cli.waitForStarted(10000));
    }

    int runCli(const QStringList& arguments, QByteArray* output = nullptr)
    {
        QProcess cli;
        startCli(cli, arguments);
        const bool finished = cli.waitForFinished(120000);
        if (output)
            *output = cli.readAllStandardOutput();
        EXPECT_TRUE(finished);
        if (cli.exitCode() != 0)
            ADD_FAILURE() << cli.readAllStandardError().toStdString();
        return cli.exitCode();
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

    QString queue() const { return m_files.filePath(QStringLiteral("queue.db")); }

    ServerProcess m_server;
    QTemporaryDir m_files;
    QString m_token;
};

TEST_F(CliUpload, UploadTwoFiles_DoneWithSha256AndListedAsReady)
{
    const QString a = makeFile(QStringLiteral("a.mp4"), 700'000);
    const QString b = makeFile(QStringLiteral("b.mp4"), 300'000);
    QByteArray output;
    ASSERT_EQ(runCli({QStringLiteral("upload"), a, b, QStringLiteral("--queue"), queue(),
                      QStringLiteral("--parallel"), QStringLiteral("2"),
                      QStringLiteral("--visibility"), QStringLiteral("link-only")},
                     &output),
              0);
    EXPECT_TRUE(output.contains("a.mp4: done sha256 " + sha256Hex(a))) << output.toStdString();
    EXPECT_TRUE(output.contains("b.mp4: done sha256 " + sha256Hex(b))) << output.toStdString();
    EXPECT_TRUE(output.contains(" left")) << output.toStdString(); // progress lines
    QByteArray listing;
    ASSERT_EQ(runCli({QStringLiteral("videos"), QStringLiteral("list"), QStringLiteral("--json"),
                      QStringLiteral("--status"), QStringLiteral("ready")},
                     &listing),
              0);
    const QJsonArray items =
        QJsonDocument::fromJson(listing).object().value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    const QString id = items[0].toObject().value(QStringLiteral("id")).toString();
    ASSERT_EQ(runCli({QStringLiteral("videos"), QStringLiteral("update"), id,
                      QStringLiteral("--title"), QStringLiteral("Renamed")}),
              0);
    QByteArray shown;
    ASSERT_EQ(
        runCli({QStringLiteral("videos"), QStringLiteral("show"), id, QStringLiteral("--json")},
               &shown),
        0);
    EXPECT_EQ(QJsonDocument::fromJson(shown).object().value(QStringLiteral("title")).toString(),
              QStringLiteral("Renamed"));
    ASSERT_EQ(runCli({QStringLiteral("videos"), QStringLiteral("delete"), id}), 0);
}

TEST_F(CliUpload, KilledMidUpload_ResumeFinishesFromServerOffset)
{
    const QString path = makeFile(QStringLiteral("big.mp4"), 3'000'000);
    QProcess cli;
    // 1 MiB/s: the upload takes about three seconds, plenty of time to kill it.
    startCli(cli, {QStringLiteral("upload"), path, QStringLiteral("--queue"), queue(),
                   QStringLiteral("--limit-rate"), QStringLiteral("1M"),
                   QStringLiteral("--chunk-size"), QStringLiteral("128k")});
    QByteArray seen;
    ASSERT_TRUE(waitUntil(
        [&] {
            cli.waitForReadyRead(50);
            seen += cli.readAllStandardOutput();
            return seen.contains("KiB / ") || seen.contains("MiB / ");
        },
        std::chrono::seconds(20)))
        << seen.toStdString();
    cli.kill(); // SIGKILL
    cli.waitForFinished(5000);
    QByteArray output;
    ASSERT_EQ(runCli({QStringLiteral("upload"), QStringLiteral("--resume"),
                      QStringLiteral("--queue"), queue()},
                     &output),
              0);
    EXPECT_TRUE(output.contains("big.mp4: done sha256 " + sha256Hex(path))) << output.toStdString();
}

// Without ONESTREAM_TOKEN the keychain login is used; with none stored (or no keychain at all)
// the command says how to sign in.
TEST_F(CliUpload, WithoutCredentials_ExplainsAndExits1)
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ONESTREAM_TOKEN"));
    environment.insert(QStringLiteral("ONESTREAM_SERVER"), m_server.baseUrl().toString());
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(ONESTREAM_CLI_BINARY),
              {QStringLiteral("upload"), makeFile(QStringLiteral("x.bin"), 10)});
    ASSERT_TRUE(cli.waitForFinished(20000));
    EXPECT_EQ(cli.exitCode(), 1);
    const QByteArray error = cli.readAllStandardError();
    EXPECT_TRUE(error.contains("ONESTREAM_TOKEN")) << error.toStdString();
}

// 320x240, 1 s test pattern with a tone: small enough to encode in a moment.
QString encodeSource()
{
    return fixture(QStringLiteral("upload-encode-source.mp4"),
                   {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("testsrc2=size=320x240:rate=30:duration=1"),
                    QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("sine=sample_rate=48000:duration=1"), QStringLiteral("-c:v"),
                    QStringLiteral("libx264"), QStringLiteral("-preset"),
                    QStringLiteral("ultrafast"), QStringLiteral("-c:a"), QStringLiteral("aac"),
                    QStringLiteral("-shortest")});
}

QJsonObject videoNamed(const QByteArray& listing, const QString& title)
{
    for (const QJsonValue& item :
         QJsonDocument::fromJson(listing).object().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("title")).toString() == title)
            return item.toObject();
    }
    return {};
}

TEST_F(CliUpload, EncodeOneStream_UploadsMp4AndPosterFramesWithThumbnail)
{
    const QString source = encodeSource();
    ASSERT_FALSE(source.isEmpty());
    QByteArray output;
    ASSERT_EQ(
        runCli({QStringLiteral("upload"), source, QStringLiteral("--encode"),
                QStringLiteral("--speed"), QStringLiteral("ultrafast"), QStringLiteral("--title"),
                QStringLiteral("Encoded"), QStringLiteral("--queue"), queue()},
               &output),
        0);
    EXPECT_TRUE(output.contains("encoded with")) << output.toStdString();
    EXPECT_TRUE(output.contains(".mp4: done sha256")) << output.toStdString();
    EXPECT_TRUE(output.contains("poster.jpg: done")) << output.toStdString();
    EXPECT_TRUE(output.contains("thumbnail poster")) << output.toStdString();
    QByteArray listing;
    ASSERT_EQ(runCli({QStringLiteral("videos"), QStringLiteral("list"), QStringLiteral("--json")},
                     &listing),
              0);
    const QJsonObject listed = videoNamed(listing, QStringLiteral("Encoded"));
    ASSERT_FALSE(listed.isEmpty()) << listing.toStdString();
    QByteArray shown; // the list has no files; show has them
    ASSERT_EQ(runCli({QStringLiteral("videos"), QStringLiteral("show"),
                      listed.value(QStringLiteral("id")).toString(), QStringLiteral("--json")},
                     &shown),
              0);
    const QJsonObject video = QJsonDocument::fromJson(shown).object();
    EXPECT_EQ(video.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    QString posterId;
    int posters = 0;
    for (const QJsonValue& file : video.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = file.toObject();
        if (f.value(QStringLiteral("role")).toString() == QLatin1String("poster")) {
            ++posters;
            if (f.value(QStringLiteral("name")).toString() == QLatin1String("poster.jpg"))
                posterId = f.value(QStringLiteral("upload_id")).toString();
        }
    }
    EXPECT_GE(posters, 1);
    EXPECT_EQ(video.value(QStringLiteral("thumbnail_upload_id")).toString(), posterId);
    // Another poster frame can be chosen later (when the encoder offered one).
    if (posters > 1) {
        const QString id = video.value(QStringLiteral("id")).toString();
        EXPECT_EQ(runCli({QStringLiteral("videos"), QStringLiteral("update"), id,
                          QStringLiteral("--thumbnail"), QStringLiteral("poster:1")}),
                  0);
    }
    // The encoded files are gone after a complete upload.
    QDirIterator left(m_files.filePath(QStringLiteral("data")), {QStringLiteral("*.mp4")},
                      QDir::Files, QDirIterator::Subdirectories);
    EXPECT_FALSE(left.hasNext()) << left.next().toStdString();
}

TEST_F(CliUpload, EncodeLadder_HlsPackageReadyWhenEveryFileArrived)
{
    const QString source = encodeSource();
    ASSERT_FALSE(source.isEmpty());
    QByteArray output;
    ASSERT_EQ(
        runCli({QStringLiteral("upload"), source, QStringLiteral("--encode"),
                QStringLiteral("--preset"), QStringLiteral("ladder"), QStringLiteral("--speed"),
                QStringLiteral("ultrafast"), QStringLiteral("--title"), QStringLiteral("Ladder"),
                QStringLiteral("--thumbnail"), QStringLiteral("none"), QStringLiteral("--queue"),
                queue(), QStringLiteral("--quiet")},
               &output),
        0);
    EXPECT_TRUE(output.contains("master.m3u8: done")) << output.toStdString();
    QByteArray listing;
    ASSERT_EQ(runCli({QStringLiteral("videos"), QStringLiteral("list"), QStringLiteral("--json")},
                     &listing),
              0);
    const QJsonObject video = videoNamed(listing, QStringLiteral("Ladder"));
    ASSERT_FALSE(video.isEmpty()) << listing.toStdString();
    EXPECT_EQ(video.value(QStringLiteral("kind")).toString(), QStringLiteral("hls"));
    EXPECT_EQ(video.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    const QJsonArray expected = video.value(QStringLiteral("files_expected")).toArray();
    EXPECT_GE(expected.size(), 3); // master playlist, a rendition playlist, its segments
    EXPECT_TRUE(expected.contains(QStringLiteral("master.m3u8")));
    EXPECT_FALSE(video.contains(QStringLiteral("thumbnail_upload_id")));
}

TEST_F(CliUpload, EncodeUnknownPreset_UsageError)
{
    QProcess cli;
    startCli(cli,
             {QStringLiteral("upload"), makeFile(QStringLiteral("x.bin"), 10),
              QStringLiteral("--encode"), QStringLiteral("--preset"), QStringLiteral("nonsense")});
    ASSERT_TRUE(cli.waitForFinished(20000));
    EXPECT_EQ(cli.exitCode(), 2);
}

} // namespace
