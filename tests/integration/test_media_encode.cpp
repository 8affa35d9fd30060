// The OneStream conformance encode and the ladder on generated media, verified with our own
// probe AND with ffprobe; encoder fallback with injected failing encoders; Ctrl-C through the
// real CLI.
#include "core/media/encodejob.h"
#include "core/media/probe.h"
#include "core/media/videoencoder.h"
#include "tests/support/mediafixtures.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <csignal>

using namespace TestSupport;

namespace {

QJsonObject ffprobeJson(const QString& path, const QStringList& extra)
{
    QStringList arguments{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-of"),
                          QStringLiteral("json")};
    arguments += extra;
    arguments += path;
    const ToolResult result = runTool(QStringLiteral("ffprobe"), arguments, 60000);
    return QJsonDocument::fromJson(result.out).object();
}

QJsonObject streamOf(const QJsonObject& probe, const QString& type)
{
    for (const QJsonValue& stream : probe.value(QStringLiteral("streams")).toArray()) {
        if (stream.toObject().value(QStringLiteral("codec_type")).toString() == type)
            return stream.toObject();
    }
    return {};
}

// Checks the DESIGN.md §3 format with ffprobe alone (independent of our probe).
void expectConformsPerFfprobe(const QString& path, int gopFrames)
{
    const QJsonObject streams = ffprobeJson(path, {QStringLiteral("-show_streams")});
    const QJsonObject video = streamOf(streams, QStringLiteral("video"));
    EXPECT_EQ(video.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
    EXPECT_EQ(video.value(QStringLiteral("profile")).toString(), QStringLiteral("High"));
    EXPECT_EQ(video.value(QStringLiteral("pix_fmt")).toString(), QStringLiteral("yuv420p"));
    EXPECT_EQ(video.value(QStringLiteral("field_order")).toString(), QStringLiteral("progressive"));
    const QJsonObject audio = streamOf(streams, QStringLiteral("audio"));
    EXPECT_EQ(audio.value(QStringLiteral("codec_name")).toString(), QStringLiteral("aac"));
    EXPECT_EQ(audio.value(QStringLiteral("profile")).toString(), QStringLiteral("LC"));
    EXPECT_EQ(audio.value(QStringLiteral("sample_rate")).toString(), QStringLiteral("48000"));
    EXPECT_EQ(audio.value(QStringLiteral("channels")).toInt(), 2);

    // Frames in presentation order: keyframes every gopFrames, runs of exactly 2 B-frames.
    const QJsonArray frames =
        ffprobeJson(path, {QStringLiteral("-select_streams"), QStringLiteral("v"),
                           QStringLiteral("-show_frames"), QStringLiteral("-show_entries"),
                           QStringLiteral("frame=key_frame,pict_type")})
            .value(QStringLiteral("frames"))
            .toArray();
    ASSERT_GT(frames.size(), gopFrames);
    int run = 0;
    int maxRun = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QJsonObject frame = frames[i].toObject();
        const bool key = frame.value(QStringLiteral("key_frame")).toInt() == 1;
        EXPECT_EQ(key, i % gopFrames == 0) << "frame " << i;
        run =
            frame.value(QStringLiteral("pict_type")).toString() == QLatin1String("B") ? run + 1 : 0;
        maxRun = std::max(maxRun, run);
    }
    EXPECT_EQ(maxRun, 2);

    // Closed GOPs: no packet after a keyframe (decode order) is shown before it.
    const QJsonArray packets =
        ffprobeJson(path, {QStringLiteral("-select_streams"), QStringLiteral("v"),
                           QStringLiteral("-show_packets"), QStringLiteral("-show_entries"),
                           QStringLiteral("packet=pts,flags")})
            .value(QStringLiteral("packets"))
            .toArray();
    long long keyPts = -1;
    for (const QJsonValue& value : packets) {
        const QJsonObject packet = value.toObject();
        const long long pts = packet.value(QStringLiteral("pts")).toVariant().toLongLong();
        if (packet.value(QStringLiteral("flags")).toString().startsWith(QLatin1Char('K')))
            keyPts = pts;
        else
            EXPECT_GE(pts, keyPts) << "open GOP: a leading picture before its keyframe";
    }

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_LT(bytes.indexOf("moov"), bytes.indexOf("mdat")) << "not faststart";
    EXPECT_EQ(bytes.indexOf("elst"), -1) << "edit list present";
}

Media::EncodeOptions optionsFor(const QString& input, const QString& output, const QDir& temp)
{
    Media::EncodeOptions options;
    options.input = input;
    options.output = output;
    options.encoderCachePath = temp.absoluteFilePath(QStringLiteral("encoders.json"));
    options.appVersion = QStringLiteral("test");
    options.speedPreset = QStringLiteral("ultrafast");
    options.threads = 2;
    return options;
}

TEST(MediaEncode, Encode_OneStreamPreset_ConformsPerOurProbeAndFfprobe)
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString out = dir.absoluteFilePath(QStringLiteral("out.mp4"));
    const auto record = Media::encode(optionsFor(smallClip(), out, dir));
    ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
    EXPECT_EQ(record->encoderUsed, QStringLiteral("libx264"));
    EXPECT_FALSE(record->fellBack);
    EXPECT_EQ(record->frames, 60);
    EXPECT_GT(record->speed, 0.0);
    EXPECT_EQ(record->settings.value(QStringLiteral("gopFrames")).toInt(), 15);
    EXPECT_TRUE(record->conformance.value(QStringLiteral("conforms")).toBool());
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".partial.mp4")));
    EXPECT_TRUE(record->settings.value(QStringLiteral("framePath"))
                    .toString()
                    .startsWith(QLatin1String("system memory")));
    EXPECT_TRUE(record->settings.value(QStringLiteral("framePathReason"))
                    .toString()
                    .contains(QLatin1String("software encoder")));

    Media::ProbeOptions probeOptions;
    probeOptions.scanGop = true;
    const auto probed = Media::probeFile(out, probeOptions);
    ASSERT_TRUE(probed.ok());
    EXPECT_TRUE(Media::checkConformance(probed->info, &probed->gop).conforms());
    EXPECT_EQ(probed->gop.gopFrames, 15);
    EXPECT_EQ(probed->gop.maxConsecutiveBFrames, 2);
    expectConformsPerFfprobe(out, 15);
}

// 1.5 s of 320x240 at 30 fps and no audio track at all.
QString videoOnlyClip()
{
    return fixture(QStringLiteral("video-only.mp4"),
                   {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("testsrc2=size=320x240:rate=30:duration=1.5"),
                    QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                    QStringLiteral("ultrafast")});
}

TEST(MediaEncode, Encode_SourceWithoutAudio_SilentAacTrackAsLongAsVideo)
{
    const QString source = videoOnlyClip();
    ASSERT_FALSE(source.isEmpty());
    ASSERT_EQ(Media::probe(source)->firstAudio(), nullptr);
    // The source alone breaks the format for want of audio.
    EXPECT_TRUE(Media::checkConformance(*Media::probe(source))
                    .failedRuleIds()
                    .contains(QStringLiteral("audio.present")));
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString out = dir.absoluteFilePath(QStringLiteral("with-silence.mp4"));
    const auto record = Media::encode(optionsFor(source, out, dir));
    ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
    EXPECT_EQ(record->frames, 45);
    EXPECT_TRUE(record->conformance.value(QStringLiteral("conforms")).toBool());
    EXPECT_TRUE(record->settings.value(QStringLiteral("audio"))
                    .toString()
                    .contains(QLatin1String("silence")));
    expectConformsPerFfprobe(out, 15);

    // The silent track ends with the video (within one AAC frame) and is really silent. (The
    // video starts after the B-frame delay; without edit lists the audio starts at 0.)
    const QJsonObject streams = ffprobeJson(out, {QStringLiteral("-show_streams")});
    auto endOf = [&streams](const char* type) {
        const QJsonObject stream = streamOf(streams, QLatin1String(type));
        return stream.value(QStringLiteral("start_time")).toString().toDouble() +
               stream.value(QStringLiteral("duration")).toString().toDouble();
    };
    EXPECT_NEAR(streamOf(streams, QStringLiteral("video"))
                    .value(QStringLiteral("duration"))
                    .toString()
                    .toDouble(),
                1.5, 0.04);
    EXPECT_NEAR(endOf("audio"), endOf("video"), 1024.0 / 48000.0 + 0.001);
    const ToolResult volume =
        runTool(QStringLiteral("ffmpeg"),
                {QStringLiteral("-v"), QStringLiteral("info"), QStringLiteral("-i"), out,
                 QStringLiteral("-map"), QStringLiteral("0:a"), QStringLiteral("-af"),
                 QStringLiteral("volumedetect"), QStringLiteral("-f"), QStringLiteral("null"),
                 QStringLiteral("-")},
                60000);
    ASSERT_EQ(volume.exitCode, 0) << volume.err.toStdString();
    EXPECT_TRUE(volume.err.contains("max_volume: -91")) << volume.err.toStdString();
}

TEST(MediaEncode, Encode_InterlacedSource_DeinterlacedAndConforming)
{
    const QString source =
        fixture(QStringLiteral("interlaced.mp4"),
                {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                 QStringLiteral("testsrc2=size=320x240:rate=30:duration=1"), QStringLiteral("-c:v"),
                 QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                 QStringLiteral("-flags"), QStringLiteral("+ildct+ilme"),
                 QStringLiteral("-x264-params"), QStringLiteral("tff=1")});
    ASSERT_FALSE(source.isEmpty());
    ASSERT_TRUE(Media::probe(source)->firstVideo()->interlaced);
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString out = dir.absoluteFilePath(QStringLiteral("progressive.mp4"));
    const auto record = Media::encode(optionsFor(source, out, dir));
    ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
    const QJsonObject video =
        streamOf(ffprobeJson(out, {QStringLiteral("-show_streams")}), QStringLiteral("video"));
    EXPECT_EQ(video.value(QStringLiteral("field_order")).toString(), QStringLiteral("progressive"));
}

TEST(MediaEncode, Encode_PortraitPhoneClip_TurnedUpright)
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString portrait = dir.absoluteFilePath(QStringLiteral("portrait.mp4"));
    ASSERT_TRUE(QFile::copy(smallClip(), portrait));
    ASSERT_TRUE(rotateFirstTrack90(portrait));
    const QString out = dir.absoluteFilePath(QStringLiteral("upright.mp4"));
    const auto record = Media::encode(optionsFor(portrait, out, dir));
    ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
    const auto probed = Media::probe(out);
    ASSERT_TRUE(probed.ok());
    EXPECT_EQ(probed->firstVideo()->width, 240);
    EXPECT_EQ(probed->firstVideo()->height, 320);
    EXPECT_EQ(probed->firstVideo()->rotationDegrees, 0);
}

// A hardware encoder that cannot start, or that dies after some frames.
class FailingEncoder final : public Media::IVideoEncoder
{
public:
    explicit FailingEncoder(int failAtFrame)
        : m_failAt(failAtFrame), m_real(QStringLiteral("libx264"), Media::HardwareKind::Software)
    {}
    Core::Status open(const Media::EncoderSettings& settings) override
    {
        if (m_failAt < 0)
            return Core::makeError(Core::ErrorCode::Unsupported,
                                   QStringLiteral("no device: injected"));
        return m_real.open(settings);
    }
    Core::Status send(const AVFrame* frame) override
    {
        if (frame && m_sent++ >= m_failAt)
            return Core::makeError(Core::ErrorCode::Media, QStringLiteral("injected device loss"));
        return m_real.send(frame);
    }
    Core::Result<Media::ReceiveState> receive(AVPacket* packet) override
    {
        return m_real.receive(packet);
    }
    const AVCodecContext* context() const override { return m_real.context(); }
    QString id() const override { return QStringLiteral("fake_hw"); }

private:
    int m_failAt;
    int m_sent = 0;
    Media::LibavVideoEncoder m_real;
};

Media::EncodeOptions withFakeHardware(Media::EncodeOptions options, int failAtFrame)
{
    Media::EncoderDescriptor fake;
    fake.id = QStringLiteral("fake_hw");
    fake.codec = Media::VideoCodec::H264;
    fake.hardware = Media::HardwareKind::Nvenc;
    fake.capabilities = Media::kCapBFrames | Media::kCapClosedGop | Media::kCapCabac;
    fake.factory = [failAtFrame] { return std::make_unique<FailingEncoder>(failAtFrame); };
    Media::EncoderDescriptor x264;
    for (const Media::EncoderDescriptor& d : Media::builtinEncoders()) {
        if (d.id == QLatin1String("libx264"))
            x264 = d;
    }
    options.descriptors = {fake, x264};
    options.availability = {{fake.id, true, {}, 0, false}, {x264.id, true, {}, 0, false}};
    return options;
}

TEST(MediaEncode, Encode_HardwareFailsAtOpen_SoftwareWithVisibleNotice)
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString out = dir.absoluteFilePath(QStringLiteral("fallback-open.mp4"));
    const auto record = Media::encode(withFakeHardware(optionsFor(smallClip(), out, dir), -1));
    ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
    EXPECT_EQ(record->encoderUsed, QStringLiteral("libx264"));
    EXPECT_TRUE(record->fellBack);
    ASSERT_FALSE(record->notices.isEmpty());
    EXPECT_TRUE(record->notices.join(QLatin1Char(' ')).contains(QLatin1String("fake_hw")));
    EXPECT_TRUE(record->conformance.value(QStringLiteral("conforms")).toBool());
    // The frame path was chosen for the (NVENC-kind) primary encoder: CUDA where a device
    // opens, else system memory with the reason.
    const QString path = record->settings.value(QStringLiteral("framePath")).toString();
    const QString reason = record->settings.value(QStringLiteral("framePathReason")).toString();
    if (!QFile::exists(QStringLiteral("/dev/nvidia0"))) {
        EXPECT_TRUE(path.startsWith(QLatin1String("system memory"))) << path.toStdString();
        EXPECT_TRUE(reason.contains(QLatin1String("no cuda device"))) << reason.toStdString();
    }
}

TEST(MediaEncode, Encode_HardwareFailsMidStream_SoftwareFromThatGopWithNotice)
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString out = dir.absoluteFilePath(QStringLiteral("fallback-mid.mp4"));
    const auto record = Media::encode(withFakeHardware(optionsFor(smallClip(), out, dir), 37));
    ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
    EXPECT_TRUE(record->fellBack);
    const QString notices = record->notices.join(QLatin1Char(' '));
    EXPECT_TRUE(notices.contains(QLatin1String("fake_hw failed at frame 37")))
        << notices.toStdString();
    EXPECT_TRUE(notices.contains(QLatin1String("continued with libx264")));
    EXPECT_TRUE(record->conformance.value(QStringLiteral("conforms")).toBool());
    // Every frame is there once, and the stream decodes across the switch.
    const QJsonObject video = streamOf(
        ffprobeJson(out, {QStringLiteral("-count_frames"), QStringLiteral("-show_streams")}),
        QStringLiteral("video"));
    EXPECT_EQ(video.value(QStringLiteral("nb_read_frames")).toString(), QStringLiteral("60"));
    expectConformsPerFfprobe(out, 15);
}

TEST(MediaEncodeCli, EncodeCli_SigInt_CancelsAndRemovesPartialOutput)
{
    const QString source = fixture(
        QStringLiteral("long.mp4"),
        {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("testsrc2=size=640x360:rate=30:duration=30"), QStringLiteral("-c:v"),
         QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast")});
    ASSERT_FALSE(source.isEmpty());
    QTemporaryDir temp;
    const QString out = QDir(temp.path()).absoluteFilePath(QStringLiteral("cancelled.mp4"));
    QProcess process;
    process.start(QStringLiteral(ONESTREAM_CLI_BINARY),
                  {QStringLiteral("encode"), source, QStringLiteral("--out"), out,
                   QStringLiteral("--speed"), QStringLiteral("medium")});
    ASSERT_TRUE(process.waitForStarted());
    QByteArray progress;
    const QDeadlineTimer deadline(60000);
    while (!progress.contains("fps") && !deadline.hasExpired() &&
           process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        progress += process.readAllStandardError();
    }
    ASSERT_TRUE(progress.contains("fps")) << progress.constData();
    ASSERT_TRUE(QFile::exists(out + QStringLiteral(".partial.mp4")));
    ::kill(pid_t(process.processId()), SIGINT);
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 130);
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".partial.mp4")));
}

TEST(MediaEncodeCli, EncodeCli_UnavailableHardwareChosen_FailsWithReason)
{
    if (QFile::exists(QStringLiteral("/dev/nvidia0")))
        GTEST_SKIP() << "NVENC may work here";
    QTemporaryDir temp;
    const QString out = QDir(temp.path()).absoluteFilePath(QStringLiteral("nv.mp4"));
    const ToolResult cli = runTool(QStringLiteral(ONESTREAM_CLI_BINARY),
                                   {QStringLiteral("encode"), smallClip(), QStringLiteral("--out"),
                                    out, QStringLiteral("--encoder"), QStringLiteral("h264_nvenc")},
                                   60000);
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains("h264_nvenc is not available here")) << cli.err.constData();
    EXPECT_FALSE(QFile::exists(out));
}

TEST(MediaEncodeCli, EncodeCli_Json_RecordsEncoderSpeedAndSettings)
{
    QTemporaryDir temp;
    const ToolResult cli =
        runTool(QStringLiteral(ONESTREAM_CLI_BINARY),
                {QStringLiteral("encode"), smallClip(), QStringLiteral("--out"),
                 QDir(temp.path()).absoluteFilePath(QStringLiteral("j.mp4")),
                 QStringLiteral("--json"), QStringLiteral("--speed"), QStringLiteral("ultrafast")},
                60000);
    ASSERT_EQ(cli.exitCode, 0) << cli.err.constData();
    const QJsonObject record = QJsonDocument::fromJson(cli.out).object();
    EXPECT_EQ(record.value(QStringLiteral("encoderUsed")).toString(), QStringLiteral("libx264"));
    EXPECT_GT(record.value(QStringLiteral("speed")).toDouble(), 0.0);
    EXPECT_EQ(record.value(QStringLiteral("settings"))
                  .toObject()
                  .value(QStringLiteral("bFrames"))
                  .toInt(),
              2);
    EXPECT_TRUE(record.value(QStringLiteral("conformance"))
                    .toObject()
                    .value(QStringLiteral("conforms"))
                    .toBool());
    EXPECT_TRUE(cli.err.contains("fps")) << "progress lines expected on stderr";
}

TEST(MediaEncodeCli, EncodeCli_NotMedia_NonZeroExit)
{
    QTemporaryDir temp;
    const QString text = QDir(temp.path()).absoluteFilePath(QStringLiteral("text.mp4"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a video at all\n");
    file.close();
    const ToolResult cli = runTool(QStringLiteral(ONESTREAM_CLI_BINARY),
                                   {QStringLiteral("encode"), text, QStringLiteral("--out"),
                                    QDir(temp.path()).absoluteFilePath(QStringLiteral("x.mp4"))},
                                   60000);
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains("not-media")) << cli.err.constData();
}

} // namespace
