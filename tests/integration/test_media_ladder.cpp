// The ladder preset: HLS with CMAF segments, renditions never upscaled, keyframes aligned
// across renditions, master playlist attributes, playable by ffprobe; and the poster frame.
#include "core/media/encodejob.h"
#include "core/media/probe.h"
#include "tests/support/mediafixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace TestSupport;

namespace {

// 854x480, 2 s: black for the first second, then a busy test pattern; stereo tone.
QString ladderSource()
{
    return fixture(QStringLiteral("ladder-source.mp4"),
                   {QStringLiteral("-f"),
                    QStringLiteral("lavfi"),
                    QStringLiteral("-i"),
                    QStringLiteral("color=black:size=854x480:rate=30:duration=1"),
                    QStringLiteral("-f"),
                    QStringLiteral("lavfi"),
                    QStringLiteral("-i"),
                    QStringLiteral("testsrc2=size=854x480:rate=30:duration=1"),
                    QStringLiteral("-f"),
                    QStringLiteral("lavfi"),
                    QStringLiteral("-i"),
                    QStringLiteral("sine=sample_rate=48000:duration=2"),
                    QStringLiteral("-filter_complex"),
                    QStringLiteral("[0:v][1:v]concat=n=2:v=1:a=0[v]"),
                    QStringLiteral("-map"),
                    QStringLiteral("[v]"),
                    QStringLiteral("-map"),
                    QStringLiteral("2:a"),
                    QStringLiteral("-c:v"),
                    QStringLiteral("libx264"),
                    QStringLiteral("-preset"),
                    QStringLiteral("ultrafast"),
                    QStringLiteral("-c:a"),
                    QStringLiteral("aac")});
}

TEST(MediaLadder, Encode_LadderPreset_AlignedRenditionsPlaylistsAndPoster)
{
    const QString source = ladderSource();
    ASSERT_FALSE(source.isEmpty());
    QTemporaryDir temp;
    const QDir out(temp.filePath(QStringLiteral("hls")));
    Media::EncodeOptions options;
    options.input = source;
    options.output = out.absolutePath();
    options.preset = Media::Preset::Ladder;
    options.speedPreset = QStringLiteral("ultrafast");
    options.encoderCachePath = temp.filePath(QStringLiteral("encoders.json"));
    options.threads = 2;
    const auto record = Media::encode(options);
    ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
    EXPECT_EQ(record->settings.value(QStringLiteral("renditions")).toArray().size(), 2);

    QFile masterFile(out.absoluteFilePath(QStringLiteral("master.m3u8")));
    ASSERT_TRUE(masterFile.open(QIODevice::ReadOnly));
    const QString master = QString::fromUtf8(masterFile.readAll());
    const QRegularExpression variant(QStringLiteral(
        R"(#EXT-X-STREAM-INF:BANDWIDTH=(\d+),.*RESOLUTION=(\d+)x(\d+),.*CODECS="avc1\.64[0-9a-f]{4},mp4a\.40\.2")"));
    QList<int> heights;
    for (auto it = variant.globalMatch(master); it.hasNext();) {
        const auto match = it.next();
        EXPECT_GT(match.captured(1).toInt(), 0);
        heights.append(match.captured(3).toInt());
    }
    EXPECT_EQ(heights, (QList<int>{480, 360})) << master.toStdString(); // never upscaled to 720

    // Keyframes at the same instants in every rendition.
    QList<QList<double>> keyframes;
    for (const char* name : {"480p", "360p"}) {
        const QString playlist =
            out.absoluteFilePath(QLatin1String(name) + QStringLiteral("/stream.m3u8"));
        ASSERT_TRUE(QFile::exists(playlist));
        ASSERT_TRUE(
            QFile::exists(out.absoluteFilePath(QLatin1String(name) + QStringLiteral("/init.mp4"))));
        Media::ProbeOptions probeOptions;
        probeOptions.scanGop = true;
        const auto probed = Media::probeFile(playlist, probeOptions);
        ASSERT_TRUE(probed.ok()) << probed.error().toString().toStdString();
        EXPECT_EQ(probed->gop.gopFrames, 15);
        EXPECT_TRUE(probed->gop.closedGop);
        keyframes.append(probed->gop.keyframeTimesSeconds);
    }
    ASSERT_EQ(keyframes.size(), 2);
    ASSERT_EQ(keyframes[0].size(), keyframes[1].size());
    for (qsizetype i = 0; i < keyframes[0].size(); ++i)
        EXPECT_NEAR(keyframes[0][i], keyframes[1][i], 0.001);

    // Playable: ffprobe reads the master playlist and decodes every variant.
    const ToolResult played =
        runTool(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                 QStringLiteral("-show_entries"),
                 QStringLiteral("stream=codec_type,height,nb_read_frames"), QStringLiteral("-of"),
                 QStringLiteral("json"), out.absoluteFilePath(QStringLiteral("master.m3u8"))},
                60000);
    ASSERT_EQ(played.exitCode, 0) << played.err.constData();
    int videoStreams = 0;
    for (const QJsonValue& value :
         QJsonDocument::fromJson(played.out).object().value(QStringLiteral("streams")).toArray()) {
        const QJsonObject stream = value.toObject();
        if (stream.value(QStringLiteral("codec_type")).toString() != QLatin1String("video"))
            continue;
        ++videoStreams;
        EXPECT_EQ(stream.value(QStringLiteral("nb_read_frames")).toString(), QStringLiteral("60"));
    }
    EXPECT_EQ(videoStreams, 2);

    // Poster: 1280x720 JPEG from the busy half, not the black one.
    const QString poster = out.absoluteFilePath(QStringLiteral("poster.jpg"));
    ASSERT_TRUE(QFile::exists(poster));
    EXPECT_TRUE(QFile::exists(out.absoluteFilePath(QStringLiteral("poster_candidate_1.jpg"))));
    const ToolResult gray =
        runTool(QStringLiteral("ffmpeg"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), poster,
                 QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"),
                 QStringLiteral("gray"), QStringLiteral("-")},
                60000);
    ASSERT_EQ(gray.out.size(), 1280 * 720);
    double sum = 0;
    double squares = 0;
    for (const char byte : gray.out) {
        const double v = static_cast<unsigned char>(byte);
        sum += v;
        squares += v * v;
    }
    const double mean = sum / gray.out.size();
    const double stddev = std::sqrt(squares / gray.out.size() - mean * mean);
    EXPECT_GT(stddev, 20.0) << "poster looks flat or black (mean " << mean << ")";
}

} // namespace
