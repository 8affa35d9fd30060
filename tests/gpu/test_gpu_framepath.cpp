// GPU frame paths on a machine with the device: hardware decode -> GPU scaling -> hardware
// encode with no copy through system memory, and the software fallback downloading GPU
// surfaces mid-stream. Each test skips with the reason where the device is missing.
#include "core/media/encodejob.h"
#include "core/media/framepath.h"
#include "core/media/probe.h"
#include "core/media/videoencoder.h"
#include "tests/support/mediafixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

namespace {

struct DeviceRow
{
    const char* encoder;
    const char* devicePath;
    Media::GpuApi api;
};

void PrintTo(const DeviceRow& row, std::ostream* os)
{
    *os << row.encoder << " on " << row.devicePath;
}

// 1 s of 854x480: a ladder of two renditions (480p, 360p) from one GPU decode.
QString ladderSource()
{
    return TestSupport::fixture(
        QStringLiteral("gpu-480p.mp4"),
        {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("testsrc2=size=854x480:rate=30:duration=1"), QStringLiteral("-f"),
         QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("sine=sample_rate=48000:duration=1"), QStringLiteral("-c:v"),
         QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
         QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-c:a"),
         QStringLiteral("aac")});
}

// Skips unless the device node exists AND a device context opens (drivers loaded).
bool skipWithoutDevice(const DeviceRow& row, std::string* why)
{
    if (!QFileInfo::exists(QString::fromLatin1(row.devicePath))) {
        *why = std::string("no device at ") + row.devicePath;
        return true;
    }
    if (!Media::detectGpuSupport(row.api, QStringLiteral("h264")).devices.contains(row.api)) {
        *why = "a " + Media::gpuApiName(row.api).toStdString() +
               " device context does not open here (driver missing?)";
        return true;
    }
    return false;
}

class GpuFramePath : public ::testing::TestWithParam<DeviceRow>
{};

TEST_P(GpuFramePath, EncodeLadder_HardwareEncoder_FramesStayOnGpu)
{
    std::string why;
    if (skipWithoutDevice(GetParam(), &why))
        GTEST_SKIP() << why;
    QTemporaryDir temp;
    Media::EncodeOptions options;
    options.input = ladderSource();
    ASSERT_FALSE(options.input.isEmpty());
    options.output = temp.filePath(QStringLiteral("ladder"));
    options.preset = Media::Preset::Ladder;
    options.poster = false;
    options.encoder = QString::fromLatin1(GetParam().encoder);
    options.encoderCachePath = temp.filePath(QStringLiteral("encoders.json"));
    const auto record = Media::encode(options);
    ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
    const QString path = record->settings.value(QStringLiteral("framePath")).toString();
    EXPECT_TRUE(path.startsWith(QStringLiteral("gpu (") + Media::gpuApiName(GetParam().api)))
        << path.toStdString() << " / "
        << record->settings.value(QStringLiteral("framePathReason")).toString().toStdString();
    EXPECT_FALSE(record->fellBack) << record->notices.join(QLatin1Char(';')).toStdString();
    EXPECT_EQ(record->frames, 30);
    for (const char* rendition : {"480p", "360p"}) {
        const auto probed = Media::probe(
            QDir(options.output)
                .absoluteFilePath(QLatin1String(rendition) + QStringLiteral("/stream.m3u8")));
        ASSERT_TRUE(probed.ok()) << rendition;
        EXPECT_EQ(probed->firstVideo()->height, QByteArray(rendition).chopped(1).toInt());
    }
}

TEST_P(GpuFramePath, EncodeOneStream_HardwareEncoder_GpuPathConforms)
{
    std::string why;
    if (skipWithoutDevice(GetParam(), &why))
        GTEST_SKIP() << why;
    QTemporaryDir temp;
    Media::EncodeOptions options;
    options.input = ladderSource();
    options.output = temp.filePath(QStringLiteral("gpu.mp4"));
    options.encoder = QString::fromLatin1(GetParam().encoder);
    options.encoderCachePath = temp.filePath(QStringLiteral("encoders.json"));
    const auto record = Media::encode(options);
    ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
    EXPECT_TRUE(record->settings.value(QStringLiteral("framePath"))
                    .toString()
                    .startsWith(QLatin1String("gpu (")));
    EXPECT_TRUE(record->conformance.value(QStringLiteral("conforms")).toBool());
}

// A hardware encoder (fed GPU surfaces) that dies mid-stream: libx264 takes over from the
// uncommitted GOP and downloads the surfaces it is given.
class DyingHardwareEncoder final : public Media::IVideoEncoder
{
public:
    explicit DyingHardwareEncoder(const char* id, Media::HardwareKind kind)
        : m_real(QString::fromLatin1(id), kind)
    {}
    Core::Status open(const Media::EncoderSettings& settings) override
    {
        return m_real.open(settings);
    }
    Core::Status send(const AVFrame* frame) override
    {
        if (frame && m_sent++ >= 17)
            return Core::makeError(Core::ErrorCode::Media, QStringLiteral("injected device loss"));
        return m_real.send(frame);
    }
    Core::Result<Media::ReceiveState> receive(AVPacket* packet) override
    {
        return m_real.receive(packet);
    }
    const AVCodecContext* context() const override { return m_real.context(); }
    QString id() const override { return m_real.id(); }
    void useGpuFrames(AVBufferRef* frames) override { m_real.useGpuFrames(frames); }

private:
    Media::LibavVideoEncoder m_real;
    int m_sent = 0;
};

TEST_P(GpuFramePath, Encode_GpuEncoderFailsMidStream_SoftwareDownloadsSurfaces)
{
    std::string why;
    if (skipWithoutDevice(GetParam(), &why))
        GTEST_SKIP() << why;
    QTemporaryDir temp;
    Media::EncodeOptions options;
    options.input = ladderSource();
    options.output = temp.filePath(QStringLiteral("fallback.mp4"));
    options.encoderCachePath = temp.filePath(QStringLiteral("encoders.json"));
    Media::EncoderDescriptor hardware;
    Media::EncoderDescriptor x264;
    for (const Media::EncoderDescriptor& d : Media::builtinEncoders()) {
        if (d.id == QLatin1String(GetParam().encoder))
            hardware = d;
        if (d.id == QLatin1String("libx264"))
            x264 = d;
    }
    const char* id = GetParam().encoder;
    const Media::HardwareKind kind = hardware.hardware;
    hardware.factory = [id, kind] { return std::make_unique<DyingHardwareEncoder>(id, kind); };
    options.descriptors = {hardware, x264};
    options.availability = {{hardware.id, true, {}, 0, false}, {x264.id, true, {}, 0, false}};
    const auto record = Media::encode(options);
    ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
    EXPECT_TRUE(record->fellBack);
    EXPECT_TRUE(
        record->notices.join(QLatin1Char(' ')).contains(QLatin1String("continued with libx264")));
    EXPECT_TRUE(record->settings.value(QStringLiteral("framePath"))
                    .toString()
                    .startsWith(QLatin1String("gpu (")));
    EXPECT_EQ(record->frames, 30);
    EXPECT_TRUE(record->conformance.value(QStringLiteral("conforms")).toBool());
}

INSTANTIATE_TEST_SUITE_P(
    Media, GpuFramePath,
    ::testing::Values(DeviceRow{"h264_nvenc", "/dev/nvidia0", Media::GpuApi::Cuda},
                      DeviceRow{"h264_vaapi", "/dev/dri/renderD128", Media::GpuApi::Vaapi}),
    [](const auto& row) { return std::string(row.param.encoder); });

} // namespace
