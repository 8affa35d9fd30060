// The pure parts of the media engine: encoder choice, the ladder, the conformance rules, the
// H.264 bit reader and poster scoring.
#include "core/media/bitreader.h"
#include "core/media/encodejob.h"
#include "core/media/encoders.h"
#include "core/media/mediainfo.h"
#include "core/media/poster.h"
#include "core/media/probe.h"

#include <gtest/gtest.h>

#include <vector>

namespace {

Media::EncoderDescriptor descriptor(const char* id, Media::VideoCodec codec,
                                    Media::HardwareKind kind, std::uint32_t caps)
{
    Media::EncoderDescriptor d;
    d.id = QString::fromLatin1(id);
    d.codec = codec;
    d.hardware = kind;
    d.capabilities = caps;
    return d;
}

constexpr std::uint32_t kFull = Media::kCapBFrames | Media::kCapClosedGop | Media::kCapCabac;

const QList<Media::EncoderDescriptor> kDescriptors = {
    descriptor("h264_vaapi", Media::VideoCodec::H264, Media::HardwareKind::Vaapi, kFull),
    descriptor("h264_nvenc", Media::VideoCodec::H264, Media::HardwareKind::Nvenc, kFull),
    descriptor("h264_mf", Media::VideoCodec::H264, Media::HardwareKind::MediaFoundation,
               Media::kCapBFrames | Media::kCapCabac),
    descriptor("libx264", Media::VideoCodec::H264, Media::HardwareKind::Software, kFull),
    descriptor("libx265", Media::VideoCodec::Hevc, Media::HardwareKind::Software,
               Media::kCapBFrames | Media::kCapClosedGop),
};

struct ChooseRow
{
    const char* name;
    QStringList available;
    QString choice;
    std::uint32_t required;
    bool allowHardware;
    QString expectedPrimary; // empty: expect an error
    QStringList expectedFallbacks;
};

class ChooseEncoder : public ::testing::TestWithParam<ChooseRow>
{};

TEST_P(ChooseEncoder, ChooseEncoder_Row_ExpectedPlan)
{
    const ChooseRow& row = GetParam();
    QList<Media::EncoderAvailability> availability;
    for (const Media::EncoderDescriptor& d : kDescriptors)
        availability.append(
            {d.id, row.available.contains(d.id), QStringLiteral("no device"), 0, false});
    Media::EncoderRequest request;
    request.codec = Media::VideoCodec::H264;
    request.choice = row.choice;
    request.requiredCapabilities = row.required;
    request.allowHardware = row.allowHardware;
    const auto plan = Media::chooseEncoder(kDescriptors, availability, request);
    if (row.expectedPrimary.isEmpty()) {
        EXPECT_FALSE(plan.ok());
        return;
    }
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    EXPECT_EQ(plan->primary, row.expectedPrimary);
    EXPECT_EQ(plan->fallbacks, row.expectedFallbacks);
}

const QString kAuto = QStringLiteral("auto");
const QString kX264 = QStringLiteral("libx264");

INSTANTIATE_TEST_SUITE_P(
    Media, ChooseEncoder,
    ::testing::Values(ChooseRow{"NoGpu_AutoPicksSoftware", {kX264}, kAuto, kFull, true, kX264, {}},
                      ChooseRow{"NvencAndVaapi_AutoPrefersNvenc",
                                {QStringLiteral("h264_vaapi"), QStringLiteral("h264_nvenc"), kX264},
                                kAuto,
                                kFull,
                                true,
                                QStringLiteral("h264_nvenc"),
                                {kX264}},
                      ChooseRow{"HardwareNotAllowed_Software",
                                {QStringLiteral("h264_nvenc"), kX264},
                                kAuto,
                                kFull,
                                false,
                                kX264,
                                {}},
                      ChooseRow{"MissingCapability_Skipped",
                                {QStringLiteral("h264_mf"), kX264},
                                kAuto,
                                kFull,
                                true,
                                kX264,
                                {}},
                      ChooseRow{"ExplicitUnavailable_Error",
                                {kX264},
                                QStringLiteral("h264_nvenc"),
                                kFull,
                                true,
                                QString(),
                                {}},
                      ChooseRow{"ExplicitWrongCodec_Error",
                                {kX264, QStringLiteral("libx265")},
                                QStringLiteral("libx265"),
                                kFull,
                                true,
                                QString(),
                                {}},
                      ChooseRow{"ExplicitUnknown_Error",
                                {kX264},
                                QStringLiteral("h264_magic"),
                                kFull,
                                true,
                                QString(),
                                {}},
                      ChooseRow{"ExplicitHardware_FallsBackToSoftware",
                                {QStringLiteral("h264_vaapi"), kX264},
                                QStringLiteral("h264_vaapi"),
                                kFull,
                                true,
                                QStringLiteral("h264_vaapi"),
                                {kX264}},
                      ChooseRow{"NothingAvailable_Error", {}, kAuto, kFull, true, QString(), {}}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(Ladder, LadderFor_1080pSource_FourRungs)
{
    const QList<Media::Rendition> ladder = Media::ladderFor(1920, 1080);
    ASSERT_EQ(ladder.size(), 4);
    EXPECT_EQ(ladder[0].height, 1080);
    EXPECT_EQ(ladder[0].bitrateKbps, 5000);
    EXPECT_EQ(ladder[1].width, 1280);
    EXPECT_EQ(ladder[1].bitrateKbps, 3000);
    EXPECT_EQ(ladder[2].width, 854);
    EXPECT_EQ(ladder[2].bitrateKbps, 1500);
    EXPECT_EQ(ladder[3].height, 360);
    EXPECT_EQ(ladder[3].bitrateKbps, 800);
}

TEST(Ladder, LadderFor_480pSource_NeverUpscaled)
{
    const QList<Media::Rendition> ladder = Media::ladderFor(854, 480);
    ASSERT_EQ(ladder.size(), 2);
    EXPECT_EQ(ladder[0].height, 480);
    EXPECT_EQ(ladder[1].height, 360);
}

TEST(Ladder, LadderFor_TinySource_OneRungAtSourceSize)
{
    const QList<Media::Rendition> ladder = Media::ladderFor(320, 240);
    ASSERT_EQ(ladder.size(), 1);
    EXPECT_EQ(ladder[0].width, 320);
    EXPECT_EQ(ladder[0].height, 240);
}

Media::MediaInfo conformingInfo()
{
    Media::MediaInfo info;
    info.container = QStringLiteral("mov,mp4,m4a,3gp,3g2,mj2");
    info.majorBrand = QStringLiteral("isom");
    info.faststart = true;
    Media::StreamInfo video;
    video.kind = Media::StreamKind::Video;
    video.codec = QStringLiteral("h264");
    video.profile = QStringLiteral("High");
    video.pixelFormat = QStringLiteral("yuv420p");
    video.frameRate = 30;
    video.cabac = true;
    Media::StreamInfo audio;
    audio.kind = Media::StreamKind::Audio;
    audio.codec = QStringLiteral("aac");
    audio.profile = QStringLiteral("LC");
    audio.sampleRate = 48000;
    audio.channels = 2;
    info.streams = {video, audio};
    return info;
}

TEST(Conformance, CheckConformance_ConformingFile_Conforms)
{
    Media::GopInfo gop;
    gop.closedGop = true;
    gop.constantGop = true;
    gop.gopFrames = 15;
    gop.maxConsecutiveBFrames = 2;
    const Media::ConformanceReport report = Media::checkConformance(conformingInfo(), &gop);
    EXPECT_TRUE(report.conforms()) << report.failedRuleIds().join(QLatin1Char(',')).toStdString();
}

TEST(Conformance, CheckConformance_EachBrokenRule_NamedAlone)
{
    Media::MediaInfo info = conformingInfo();
    info.hasEditList = true;
    info.streams[0].interlaced = true;
    info.streams[1].sampleRate = 44100;
    Media::GopInfo gop;
    gop.closedGop = false;
    gop.constantGop = true;
    gop.gopFrames = 30;
    gop.maxConsecutiveBFrames = 3;
    const QStringList failed = Media::checkConformance(info, &gop).failedRuleIds();
    EXPECT_EQ(
        failed,
        (QStringList{QStringLiteral("container.no-edit-list"), QStringLiteral("video.progressive"),
                     QStringLiteral("video.b-frames"), QStringLiteral("video.gop-closed"),
                     QStringLiteral("video.gop-length"), QStringLiteral("audio.sample-rate")}));
}

TEST(Conformance, CheckConformance_NoAudio_AudioPresentFails)
{
    Media::MediaInfo info = conformingInfo();
    info.streams.removeLast();
    Media::GopInfo gop;
    gop.closedGop = true;
    gop.constantGop = true;
    gop.gopFrames = 15;
    gop.maxConsecutiveBFrames = 2;
    EXPECT_EQ(Media::checkConformance(info, &gop).failedRuleIds(),
              QStringList{QStringLiteral("audio.present")});
}

TEST(H264Bits, Ue_KnownCodes_Decoded)
{
    // 1 -> 0, 010 -> 1, 011 -> 2, 00100 -> 3: bits 1 010 011 00100 = 1010 0110 0100 0000
    Media::H264::BitReader reader(QByteArray("\xa6\x40", 2));
    EXPECT_EQ(reader.ue().value_or(99), 0u);
    EXPECT_EQ(reader.ue().value_or(99), 1u);
    EXPECT_EQ(reader.ue().value_or(99), 2u);
    EXPECT_EQ(reader.ue().value_or(99), 3u);
}

TEST(H264Bits, ToRbsp_EmulationPrevention_Removed)
{
    EXPECT_EQ(Media::H264::toRbsp("\x00\x00\x03\x01", 4), QByteArray("\x00\x00\x01", 3));
}

TEST(Poster, ScoreLuma_BlackFlatAndDetailedFrames_Ranked)
{
    std::vector<unsigned char> black(64 * 64, 16);
    std::vector<unsigned char> grey(64 * 64, 128);
    std::vector<unsigned char> detail(64 * 64);
    for (size_t i = 0; i < detail.size(); ++i)
        detail[i] = static_cast<unsigned char>((i * 37) % 220 + 16);
    const Media::FrameScore b = Media::scoreLuma(black.data(), 64, 64, 64);
    const Media::FrameScore g = Media::scoreLuma(grey.data(), 64, 64, 64);
    const Media::FrameScore d = Media::scoreLuma(detail.data(), 64, 64, 64);
    EXPECT_FALSE(b.usable());
    EXPECT_FALSE(g.usable());
    EXPECT_TRUE(d.usable());
    EXPECT_GT(d.score(), g.score());
    EXPECT_GT(d.score(), b.score());
}

TEST(ProbeFailure, ProbeFailureOf_UnrelatedError_None)
{
    EXPECT_EQ(Media::probeFailureOf(Core::makeError(Core::ErrorCode::Io, QStringLiteral("disk"))),
              Media::ProbeFailure::None);
}

} // namespace
