// Hardware encoders on a machine that has the device: a real test encode at the preset's size
// must pass. Without the device each test skips (label gpu).
#include "core/media/encodejob.h"
#include "core/media/encoderprobe.h"
#include "tests/support/mediafixtures.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct GpuRow
{
    const char* id;
    const char* devicePath; // present when the device is
};

class GpuEncoder : public ::testing::TestWithParam<GpuRow>
{};

TEST_P(GpuEncoder, TestEncode_DevicePresent_Available)
{
    if (!QFileInfo::exists(QString::fromLatin1(GetParam().devicePath)))
        GTEST_SKIP() << "no device at " << GetParam().devicePath;
    Media::EncoderSettings settings;
    settings.width = 1920;
    settings.height = 1080;
    settings.frameRateNum = 30;
    settings.gopFrames = 15;
    for (const Media::EncoderDescriptor& d : Media::builtinEncoders()) {
        if (d.id != QLatin1String(GetParam().id))
            continue;
        const Media::EncoderAvailability result = Media::testEncode(
            d, settings, 8, std::chrono::steady_clock::now() + std::chrono::seconds(20));
        EXPECT_TRUE(result.available) << result.reason.toStdString();
        return;
    }
    FAIL() << "unknown encoder " << GetParam().id;
}

INSTANTIATE_TEST_SUITE_P(Media, GpuEncoder,
                         ::testing::Values(GpuRow{"h264_nvenc", "/dev/nvidia0"},
                                           GpuRow{"hevc_nvenc", "/dev/nvidia0"},
                                           GpuRow{"h264_vaapi", "/dev/dri/renderD128"},
                                           GpuRow{"h264_qsv", "/dev/dri/renderD128"}),
                         [](const auto& row) { return std::string(row.param.id); });

TEST(GpuEncoderAbsent, TestEncode_NoDevice_UnavailableWithReason)
{
    if (QFileInfo::exists(QStringLiteral("/dev/nvidia0")))
        GTEST_SKIP() << "an NVIDIA device is present";
    for (const Media::EncoderDescriptor& d : Media::builtinEncoders()) {
        if (d.id != QLatin1String("h264_nvenc"))
            continue;
        Media::EncoderSettings settings;
        settings.width = 320;
        settings.height = 240;
        const Media::EncoderAvailability result = Media::testEncode(
            d, settings, 4, std::chrono::steady_clock::now() + std::chrono::seconds(20));
        EXPECT_FALSE(result.available);
        EXPECT_FALSE(result.reason.isEmpty());
    }
}

} // namespace

namespace {

struct GpuEncodeRow
{
    const char* id;
    const char* devicePath;
};

class GpuConformanceEncode : public ::testing::TestWithParam<GpuEncodeRow>
{};

// The whole conformance encode on the hardware encoder: the output must pass the same gate.
TEST_P(GpuConformanceEncode, Encode_HardwareEncoder_ConformingOutputRecordsIt)
{
    if (!QFileInfo::exists(QString::fromLatin1(GetParam().devicePath)))
        GTEST_SKIP() << "no device at " << GetParam().devicePath;
    QTemporaryDir temp;
    Media::EncodeOptions options;
    options.input = TestSupport::smallClip();
    options.output = temp.filePath(QStringLiteral("gpu.mp4"));
    options.encoder = QString::fromLatin1(GetParam().id);
    options.encoderCachePath = temp.filePath(QStringLiteral("encoders.json"));
    const auto record = Media::encode(options);
    ASSERT_TRUE(record.ok()) << record.error().toString().toStdString();
    EXPECT_EQ(record->encoderUsed, QString::fromLatin1(GetParam().id))
        << record->notices.join(QLatin1Char(';')).toStdString();
    EXPECT_TRUE(record->conformance.value(QStringLiteral("conforms")).toBool());
}

INSTANTIATE_TEST_SUITE_P(Media, GpuConformanceEncode,
                         ::testing::Values(GpuEncodeRow{"h264_nvenc", "/dev/nvidia0"},
                                           GpuEncodeRow{"h264_vaapi", "/dev/dri/renderD128"}),
                         [](const auto& row) { return std::string(row.param.id); });

} // namespace
