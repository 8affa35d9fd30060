// The support bundle: settings and logs exported with every secret removed.
#include "core/support/supportbundle.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using namespace Support;

struct RedactRow
{
    const char* input;
    const char* secret; // must be gone from the output
    const char* kept;   // must still be there
};

void PrintTo(const RedactRow& row, std::ostream* os)
{
    *os << row.secret;
}

class SupportRedact : public ::testing::TestWithParam<RedactRow>
{};

TEST_P(SupportRedact, RedactSecrets_LineWithSecret_SecretRemovedContextKept)
{
    const RedactRow row = GetParam();
    const QString out = redactSecrets(QString::fromUtf8(row.input));
    EXPECT_FALSE(out.contains(QString::fromUtf8(row.secret))) << out.toStdString();
    EXPECT_TRUE(out.contains(QString::fromUtf8(row.kept))) << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("[removed]"))) << out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, SupportRedact,
    ::testing::Values(
        RedactRow{"GET /v1/me Authorization: Bearer eyJhbGci.abc.def 200", "eyJhbGci.abc.def",
                  "GET /v1/me"},
        RedactRow{"refresh_token=r3fr3sh&grant=x", "r3fr3sh", "grant=x"},
        RedactRow{R"({"accessToken":"tok-123","tenant":"acme"})", "tok-123", "acme"},
        RedactRow{"login failed password: Hunter2x for a@b.jp", "Hunter2x", "login failed"},
        RedactRow{"rtmp push streamKey=live_abc123 to ingest", "live_abc123", "to ingest"}));

TEST(SupportRedact, RedactSecrets_PlainLine_Unchanged)
{
    const QString line = QStringLiteral("encode finished: libx264, 12.5 fps, 3 segments");
    EXPECT_EQ(redactSecrets(line), line);
}

TEST(SupportBundle, Write_SettingsAndLogs_SecretsRemovedLogsIncluded)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString logDir = dir.filePath(QStringLiteral("logs"));
    ASSERT_TRUE(QDir().mkpath(logDir));
    {
        QFile log(logDir + QStringLiteral("/studio.log"));
        ASSERT_TRUE(log.open(QIODevice::WriteOnly));
        log.write("started\nPOST /v1/auth/login password=S3cretPass\nAuthorization: Bearer "
                  "abc.def\n");
        QFile other(logDir + QStringLiteral("/notes.txt")); // not a *.log: left out
        ASSERT_TRUE(other.open(QIODevice::WriteOnly));
        other.write("x");
    }
    SupportBundleInput input;
    input.appVersion = QStringLiteral("1.2.3");
    input.logDir = logDir;
    input.settings = {{QStringLiteral("server/url"), QStringLiteral("https://cloud.example")},
                      {QStringLiteral("encode/concurrentJobs"), 2},
                      {QStringLiteral("auth/refreshToken"), QStringLiteral("rt-secret")},
                      {QStringLiteral("proxy/password"), QStringLiteral("pw-secret")}};

    const QString out = dir.filePath(QStringLiteral("bundle.json"));
    const auto written = writeSupportBundle(input, out);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(*written, 1);

    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    for (const char* secret : {"S3cretPass", "abc.def", "rt-secret", "pw-secret"})
        EXPECT_FALSE(raw.contains(secret)) << secret;
    const QJsonObject bundle = QJsonDocument::fromJson(raw).object();
    EXPECT_EQ(bundle.value(QStringLiteral("appVersion")).toString(), QStringLiteral("1.2.3"));
    const QJsonObject settings = bundle.value(QStringLiteral("settings")).toObject();
    EXPECT_EQ(settings.value(QStringLiteral("server/url")).toString(),
              QStringLiteral("https://cloud.example"));
    EXPECT_EQ(settings.value(QStringLiteral("encode/concurrentJobs")).toInt(), 2);
    EXPECT_EQ(settings.value(QStringLiteral("auth/refreshToken")).toString(),
              QStringLiteral("[removed]"));
    const QJsonArray logs = bundle.value(QStringLiteral("logs")).toArray();
    ASSERT_EQ(logs.size(), 1);
    EXPECT_TRUE(logs.at(0)
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QLatin1String("started\n")));
}

TEST(SupportBundle, Write_UnwritableTarget_IoError)
{
    QTemporaryDir dir;
    const auto written =
        writeSupportBundle({}, dir.filePath(QStringLiteral("missing-folder/bundle.json")));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, Core::ErrorCode::Io);
}

} // namespace
