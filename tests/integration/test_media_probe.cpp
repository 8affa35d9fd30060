// Media::probe on generated media: the bad-input table (each a specific failure, never a crash
// or a hang, also through the CLI), and the fields of good files.
#include "core/media/probe.h"
#include "tests/support/mediafixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace TestSupport;

namespace {

struct BadInput
{
    const char* name;
    // Creates the input inside dir; returns its path.
    std::function<QString(const QDir& dir)> make;
    Media::ProbeFailure expected;
};

QString writeBytes(const QDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.absoluteFilePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QString audioOnly()
{
    return fixture(QStringLiteral("audio-only.m4a"),
                   {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("sine=frequency=440:sample_rate=48000:duration=1"),
                    QStringLiteral("-c:a"), QStringLiteral("aac")});
}

const BadInput kBadInputs[] = {
    {"EmptyFile", [](const QDir& dir) { return writeBytes(dir, QStringLiteral("empty.mp4"), {}); },
     Media::ProbeFailure::EmptyFile},
    {"TextRenamedMp4",
     [](const QDir& dir) {
         return writeBytes(
             dir, QStringLiteral("notes.mp4"),
             QByteArray("This is a shopping list, not a video.\nMilk\nEggs\n").repeated(40));
     },
     Media::ProbeFailure::NotMedia},
    {"TruncatedMp4MoovMissing",
     [](const QDir& dir) {
         QFile source(smallClip());
         if (!source.open(QIODevice::ReadOnly))
             return QString();
         // ffmpeg writes moov at the end by default: keep the first 40% (ftyp + part of mdat).
         return writeBytes(dir, QStringLiteral("cut.mp4"), source.read(source.size() * 2 / 5));
     },
     Media::ProbeFailure::Truncated},
    {"NoVideoStream",
     [](const QDir& dir) {
         const QString path = dir.absoluteFilePath(QStringLiteral("sound.m4a"));
         QFile::copy(audioOnly(), path);
         return path;
     },
     Media::ProbeFailure::NoVideo},
    {"Directory",
     [](const QDir& dir) {
         dir.mkpath(QStringLiteral("folder.mp4"));
         return dir.absoluteFilePath(QStringLiteral("folder.mp4"));
     },
     Media::ProbeFailure::IsDirectory},
    {"MissingPath",
     [](const QDir& dir) { return dir.absoluteFilePath(QStringLiteral("nowhere/missing.mp4")); },
     Media::ProbeFailure::NotFound},
};

class ProbeBadInput : public ::testing::TestWithParam<BadInput>
{};

TEST_P(ProbeBadInput, Probe_BadInput_SpecificFailureAndNonZeroExit)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QString path = GetParam().make(QDir(temp.path()));
    ASSERT_FALSE(path.isEmpty()) << "fixture could not be made";

    const auto result = Media::probe(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(Media::probeFailureOf(result.error()), GetParam().expected)
        << result.error().toString().toStdString();

    const ToolResult cli =
        runTool(QStringLiteral(ONESTREAM_CLI_BINARY),
                {QStringLiteral("probe"), QStringLiteral("--json"), path}, 30000);
    ASSERT_TRUE(cli.finished) << "probe hung";
    EXPECT_EQ(cli.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(cli.out).object();
    EXPECT_EQ(json.value(QStringLiteral("reason")).toString(),
              QLatin1String(Media::probeFailureName(GetParam().expected)));
}

INSTANTIATE_TEST_SUITE_P(Media, ProbeBadInput, ::testing::ValuesIn(kBadInputs),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(ProbeStream, Probe_ZeroByteStdin_EmptyFileNonZeroExit)
{
    const ToolResult cli =
        runTool(QStringLiteral(ONESTREAM_CLI_BINARY),
                {QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("-")}, 30000);
    ASSERT_TRUE(cli.finished) << "probe of an empty stream hung";
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_EQ(QJsonDocument::fromJson(cli.out).object().value(QStringLiteral("reason")).toString(),
              QStringLiteral("empty-file"));
}

TEST(ProbeGoodInput, Probe_JapaneseFullWidthName_Works)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QString path =
        QDir(temp.path()).absoluteFilePath(QStringLiteral("配信テスト　ＶＩＤＥＯ（１）.mp4"));
    ASSERT_TRUE(QFile::copy(smallClip(), path));
    const auto result = Media::probe(path);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    ASSERT_NE(result->firstVideo(), nullptr);
    EXPECT_EQ(result->firstVideo()->width, 320);

    const ToolResult cli =
        runTool(QStringLiteral(ONESTREAM_CLI_BINARY),
                {QStringLiteral("probe"), QStringLiteral("--json"), path}, 30000);
    EXPECT_EQ(cli.exitCode, 0) << cli.err.constData();
    EXPECT_EQ(QJsonDocument::fromJson(cli.out).object().value(QStringLiteral("path")).toString(),
              path);
}

TEST(ProbeGoodInput, Probe_OrdinaryClip_DescribesStreamsAndNamesFailingRules)
{
    const auto result = Media::probe(smallClip());
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_TRUE(result->container.contains(QLatin1String("mp4")));
    EXPECT_NEAR(double(result->duration.count()), 2000.0, 100.0);
    EXPECT_GT(result->sizeBytes, 0);
    EXPECT_GT(result->bitrateBps, 0);
    const Media::StreamInfo* video = result->firstVideo();
    ASSERT_NE(video, nullptr);
    EXPECT_EQ(video->codec, QStringLiteral("h264"));
    EXPECT_EQ(video->height, 240);
    EXPECT_EQ(video->pixelFormat, QStringLiteral("yuv420p"));
    EXPECT_NEAR(video->frameRate, 30.0, 0.01);
    EXPECT_FALSE(video->interlaced);
    EXPECT_FALSE(video->cabac); // ultrafast turns CABAC off
    const Media::StreamInfo* audio = result->firstAudio();
    ASSERT_NE(audio, nullptr);
    EXPECT_EQ(audio->sampleRate, 44100);
    EXPECT_EQ(audio->channels, 1);

    const QStringList failed = Media::checkConformance(*result).failedRuleIds();
    EXPECT_TRUE(failed.contains(QStringLiteral("container.faststart")));
    EXPECT_TRUE(failed.contains(QStringLiteral("video.profile")));
    EXPECT_TRUE(failed.contains(QStringLiteral("video.cabac")));
    EXPECT_TRUE(failed.contains(QStringLiteral("audio.sample-rate")));
    EXPECT_TRUE(failed.contains(QStringLiteral("audio.stereo")));
}

TEST(ProbeGoodInput, Probe_RotatedInterlacedHdr51_AllReported)
{
    const QString path = fixture(QStringLiteral("rotated-interlaced-hdr.mp4"),
                                 {QStringLiteral("-f"),
                                  QStringLiteral("lavfi"),
                                  QStringLiteral("-i"),
                                  QStringLiteral("testsrc2=size=320x240:rate=25:duration=1"),
                                  QStringLiteral("-f"),
                                  QStringLiteral("lavfi"),
                                  QStringLiteral("-i"),
                                  QStringLiteral("sine=sample_rate=48000:duration=1"),
                                  QStringLiteral("-af"),
                                  QStringLiteral("pan=5.1|c0=c0|c1=c0|c2=c0|c3=c0|c4=c0|c5=c0"),
                                  QStringLiteral("-c:v"),
                                  QStringLiteral("libx264"),
                                  QStringLiteral("-preset"),
                                  QStringLiteral("ultrafast"),
                                  QStringLiteral("-flags"),
                                  QStringLiteral("+ildct+ilme"),
                                  QStringLiteral("-x264-params"),
                                  QStringLiteral("tff=1"),
                                  QStringLiteral("-color_trc"),
                                  QStringLiteral("smpte2084"),
                                  QStringLiteral("-color_primaries"),
                                  QStringLiteral("bt2020"),
                                  QStringLiteral("-colorspace"),
                                  QStringLiteral("bt2020nc"),
                                  QStringLiteral("-c:a"),
                                  QStringLiteral("aac")});
    ASSERT_FALSE(path.isEmpty());
    QTemporaryDir temp;
    const QString rotated = QDir(temp.path()).absoluteFilePath(QStringLiteral("portrait.mp4"));
    ASSERT_TRUE(QFile::copy(path, rotated));
    ASSERT_TRUE(rotateFirstTrack90(rotated));
    const auto result = Media::probe(rotated);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    const Media::StreamInfo* video = result->firstVideo();
    ASSERT_NE(video, nullptr);
    EXPECT_EQ(video->rotationDegrees, 90);
    EXPECT_TRUE(video->interlaced) << video->fieldOrder.toStdString();
    EXPECT_TRUE(video->hdr);
    EXPECT_EQ(video->colorTransfer, QStringLiteral("smpte2084"));
    const Media::StreamInfo* audio = result->firstAudio();
    ASSERT_NE(audio, nullptr);
    EXPECT_EQ(audio->channels, 6);
    EXPECT_EQ(audio->channelLayout, QStringLiteral("5.1"));
    EXPECT_TRUE(Media::checkConformance(*result).failedRuleIds().contains(
        QStringLiteral("video.progressive")));
}

} // namespace
