#pragma once

// Encoders described as data (STYLE.md §1, after OBS's obs_encoder_info): id, codec, hardware
// kind, capability flags and a factory. Which ones work on this machine is decided by a real
// test encode (encoderprobe.h); which one a job uses is decided by chooseEncoder(), a pure
// function.

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <span>

namespace Media {

class IVideoEncoder;

enum class VideoCodec
{
    Invalid = 0,
    H264,
    Hevc,
    Av1,
};

enum class HardwareKind
{
    Invalid = 0,
    Software,
    Nvenc,           // NVIDIA, CUDA
    QuickSync,       // Intel, oneVPL/libmfx
    Vaapi,           // Linux VA-API (Intel, AMD)
    Amf,             // AMD, Windows
    MediaFoundation, // Windows
    VideoToolbox,    // macOS
};

enum EncoderCapability : std::uint32_t
{
    kCapBFrames = 1u << 0,      // can emit B-frames
    kCapClosedGop = 1u << 1,    // honours a closed, fixed GOP
    kCapCabac = 1u << 2,        // CABAC (H.264)
    kCapForcedIdr = 1u << 3,    // keyframes can be forced per frame (ladder alignment)
    kCapGpuFrames = 1u << 4,    // takes frames that live on the GPU
    kCapConstantRate = 1u << 5, // CBR/VBV rate control
};

// The settings a preset asks of a video encoder (also the shape of the availability probe).
struct EncoderSettings
{
    int width = 0;
    int height = 0;
    int frameRateNum = 30;
    int frameRateDen = 1;
    int gopFrames = 15;
    int bFrames = 2;
    int crf = 21;                                     // used when bitrateKbps == 0
    int bitrateKbps = 0;                              // target (constrained VBR) when > 0
    QString speedPreset = QStringLiteral("veryfast"); // software speed/quality trade-off
    bool globalHeader = true; // parameter sets in extradata (false: in-band, per keyframe)
    int threads = 0;          // 0: auto
};

struct EncoderDescriptor
{
    QString id;          // "libx264", "h264_nvenc"
    QString displayName; // "NVIDIA NVENC H.264"
    VideoCodec codec = VideoCodec::Invalid;
    HardwareKind hardware = HardwareKind::Invalid;
    std::uint32_t capabilities = 0;
    // Creates the encoder; null when the descriptor cannot be built here.
    std::function<std::unique_ptr<IVideoEncoder>()> factory;

    [[nodiscard]] bool isHardware() const { return hardware != HardwareKind::Software; }
    [[nodiscard]] bool has(std::uint32_t capability) const
    {
        return (capabilities & capability) == capability;
    }
};

// Every candidate this build knows: NVENC, Quick Sync, VAAPI, AMF, Media Foundation,
// VideoToolbox (H.264 and HEVC where they exist) and libx264, libx265, SVT-AV1.
[[nodiscard]] QList<EncoderDescriptor> builtinEncoders();

[[nodiscard]] QString codecName(VideoCodec codec);
[[nodiscard]] QString hardwareKindName(HardwareKind kind);

// Whether an encoder works here, from the test encode.
struct EncoderAvailability
{
    QString id;
    bool available = false;
    QString reason;  // in words when unavailable: "no device", "driver too old", ...
    int probeMs = 0; // how long the test encode took
    bool fromCache = false;
};

// What the job asks for.
struct EncoderRequest
{
    VideoCodec codec = VideoCodec::H264;
    QString choice = QStringLiteral("auto"); // "auto" or an encoder id
    std::uint32_t requiredCapabilities = 0;
    bool allowHardware = true;
};

// The encoder to use, then the ones to fall back to (ending with software) in order.
struct EncoderPlan
{
    QString primary;
    QStringList fallbacks;
};

// Pure: picks from descriptors and their availability. Auto prefers hardware in a fixed order
// (NVENC, Quick Sync, AMF, VAAPI, Media Foundation, VideoToolbox), then software; an explicit
// choice must exist, be available and encode the requested codec.
[[nodiscard]] Core::Result<EncoderPlan>
chooseEncoder(std::span<const EncoderDescriptor> descriptors,
              std::span<const EncoderAvailability> availability, const EncoderRequest& request);

} // namespace Media
