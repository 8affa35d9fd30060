// `onestream upload` and `onestream videos` against the real server with a signed-in owner:
// upload with progress, SIGKILL of the CLI mid-upload then `upload --resume`, and the video
// commands.
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using namespace TestSupport;

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
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(ONESTREAM_CLI_BINARY), arguments);
        ASSERT_TRUE(cli.waitForStarted(10000));
    }

    int runCli(const QStringList& arguments, QByteArray* output = nullptr)
    {
        QProcess cli;
        startCli(cli, arguments);
        const bool finished = cli.waitForFinished(60000);
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

TEST_F(CliUpload, WithoutToken_ExplainsAndExits2)
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ONESTREAM_TOKEN"));
    environment.insert(QStringLiteral("ONESTREAM_SERVER"), m_server.baseUrl().toString());
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(ONESTREAM_CLI_BINARY),
              {QStringLiteral("upload"), makeFile(QStringLiteral("x.bin"), 10)});
    ASSERT_TRUE(cli.waitForFinished(20000));
    EXPECT_EQ(cli.exitCode(), 2);
    EXPECT_TRUE(cli.readAllStandardError().contains("ONESTREAM_TOKEN"));
}

} // namespace
