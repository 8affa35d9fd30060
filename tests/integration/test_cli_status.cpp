// `onestream status --file/--url/--server` as a user runs it: the real CLI binary.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

QString fixturePath(const char* name)
{
    const QDir dir = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    return dir.absoluteFilePath(QStringLiteral("../data/statuspage/") + QString::fromUtf8(name));
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(ONESTREAM_CLI_BINARY), arguments);
    process.waitForFinished(30000);
    return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  process.readAllStandardOutput(), process.readAllStandardError()};
}

struct FileRow
{
    const char* file;
    const char* keys; // sorted JSON keys, comma separated
};

void PrintTo(const FileRow& row, std::ostream* os)
{
    *os << row.file;
}

class CliStatusFile : public ::testing::TestWithParam<FileRow>
{};

TEST_P(CliStatusFile, Json_EachDocument_PrintsKeysThatApply)
{
    const CliRun run = runCli({QStringLiteral("status"), QStringLiteral("--file"),
                               fixturePath(GetParam().file), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(json.keys().join(QLatin1Char(',')), QString::fromUtf8(GetParam().keys));
}

INSTANTIATE_TEST_SUITE_P(
    Documents, CliStatusFile,
    ::testing::Values(FileRow{"summary.json", "components,incidents,indicator,maintenances"},
                      FileRow{"status.json", "indicator"}, FileRow{"components.json", "components"},
                      FileRow{"incidents.json", "incidents"},
                      FileRow{"incidents-unresolved.json", "incidents"},
                      FileRow{"scheduled-maintenances.json", "maintenances"},
                      FileRow{"scheduled-maintenances-upcoming.json", "maintenances"},
                      FileRow{"scheduled-maintenances-active.json", "maintenances"}));

TEST(CliStatus, FileSummary_JsonValues_MatchDocument)
{
    const CliRun run = runCli({QStringLiteral("status"), QStringLiteral("--file"),
                               fixturePath("summary.json"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(json.value(QLatin1String("indicator")).toString(), QStringLiteral("major"));
    const QJsonObject upload = json.value(QLatin1String("components")).toArray()[1].toObject();
    EXPECT_EQ(upload.value(QLatin1String("id")).toString(), QStringLiteral("cmp-upload"));
    EXPECT_EQ(upload.value(QLatin1String("status")).toString(), QStringLiteral("partial_outage"));
    EXPECT_EQ(upload.value(QLatin1String("group_id")).toString(), QStringLiteral("grp-delivery"));
    const QJsonObject incident = json.value(QLatin1String("incidents")).toArray()[0].toObject();
    EXPECT_EQ(incident.value(QLatin1String("impact")).toString(), QStringLiteral("major"));
    const QJsonObject maintenance =
        json.value(QLatin1String("maintenances")).toArray()[0].toObject();
    EXPECT_EQ(maintenance.value(QLatin1String("scheduled_for")).toString(),
              QStringLiteral("2026-11-20T16:00:00Z"));
}

TEST(CliStatus, FileSummary_Human_ShowsIncidentText)
{
    const CliRun run =
        runCli({QStringLiteral("status"), QStringLiteral("--file"), fixturePath("html-body.json")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains("Upload & playback <affected>!"));
    EXPECT_FALSE(run.out.contains("<script>"));
    EXPECT_FALSE(run.out.contains('\x1b'));
}

struct BadRow
{
    const char* file;
    const char* message;
};

void PrintTo(const BadRow& row, std::ostream* os)
{
    *os << row.file;
}

class CliStatusBadFile : public ::testing::TestWithParam<BadRow>
{};

TEST_P(CliStatusBadFile, NotStatuspage_ExitsNonZeroWithMessage)
{
    const CliRun run = runCli({QStringLiteral("status"), QStringLiteral("--file"),
                               fixturePath(GetParam().file), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(GetParam().message)) << run.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Documents, CliStatusBadFile,
                         ::testing::Values(BadRow{"error-page.html", "received HTML"},
                                           BadRow{"not-statuspage.json",
                                                  "not a Statuspage v2 document"},
                                           BadRow{"truncated.json", "invalid JSON"},
                                           BadRow{"no-such-file.json", "cannot read"}));

TEST(CliStatus, NoSource_IsUsageError)
{
    EXPECT_EQ(runCli({QStringLiteral("status")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("status"), QStringLiteral("--file"), QStringLiteral("a"),
                      QStringLiteral("--url"), QStringLiteral("http://x")})
                  .exitCode,
              2);
}

} // namespace
