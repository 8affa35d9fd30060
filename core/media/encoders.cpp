#include "core/media/encoders.h"

#include "core/media/videoencoder.h"

#include <algorithm>

namespace Media {

namespace {

EncoderDescriptor make(const char* id, const char* name, VideoCodec codec, HardwareKind kind,
                       std::uint32_t capabilities)
{
    EncoderDescriptor descriptor;
    descriptor.id = QString::fromLatin1(id);
    descriptor.displayName = QString::fromLatin1(name);
    descriptor.codec = codec;
    descriptor.hardware = kind;
    descriptor.capabilities = capabilities;
    const QString codecId = descriptor.id;
    descriptor.factory = [codecId, kind]() -> std::unique_ptr<IVideoEncoder> {
        return std::make_unique<LibavVideoEncoder>(codecId, kind);
    };
    return descriptor;
}

int hardwareRank(HardwareKind kind)
{
    switch (kind) {
    case HardwareKind::Nvenc:
        return 0;
    case HardwareKind::QuickSync:
        return 1;
    case HardwareKind::Amf:
        return 2;
    case HardwareKind::Vaapi:
        return 3;
    case HardwareKind::MediaFoundation:
        return 4;
    case HardwareKind::VideoToolbox:
        return 5;
    case HardwareKind::Software:
        return 100;
    case HardwareKind::Invalid:
        break;
    }
    return 1000;
}

} // namespace

QList<EncoderDescriptor> builtinEncoders()
{
    constexpr std::uint32_t kH264Full =
        kCapBFrames | kCapClosedGop | kCapCabac | kCapForcedIdr | kCapConstantRate;
    return {
        make("h264_nvenc", "NVIDIA NVENC H.264", VideoCodec::H264, HardwareKind::Nvenc,
             kH264Full | kCapGpuFrames),
        make("hevc_nvenc", "NVIDIA NVENC HEVC", VideoCodec::Hevc, HardwareKind::Nvenc,
             kCapBFrames | kCapClosedGop | kCapForcedIdr | kCapConstantRate | kCapGpuFrames),
        make("h264_qsv", "Intel Quick Sync H.264", VideoCodec::H264, HardwareKind::QuickSync,
             kH264Full | kCapGpuFrames),
        make("hevc_qsv", "Intel Quick Sync HEVC", VideoCodec::Hevc, HardwareKind::QuickSync,
             kCapBFrames | kCapClosedGop | kCapForcedIdr | kCapConstantRate | kCapGpuFrames),
        make("h264_vaapi", "VA-API H.264", VideoCodec::H264, HardwareKind::Vaapi,
             kH264Full | kCapGpuFrames),
        make("hevc_vaapi", "VA-API HEVC", VideoCodec::Hevc, HardwareKind::Vaapi,
             kCapBFrames | kCapClosedGop | kCapForcedIdr | kCapConstantRate | kCapGpuFrames),
        make("h264_amf", "AMD AMF H.264", VideoCodec::H264, HardwareKind::Amf,
             kH264Full | kCapGpuFrames),
        make("h264_mf", "Media Foundation H.264", VideoCodec::H264, HardwareKind::MediaFoundation,
             kCapBFrames | kCapCabac | kCapConstantRate),
        make("h264_videotoolbox", "Apple VideoToolbox H.264", VideoCodec::H264,
             HardwareKind::VideoToolbox, kH264Full | kCapGpuFrames),
        make("libx264", "x264 (software H.264)", VideoCodec::H264, HardwareKind::Software,
             kH264Full),
        make("libx265", "x265 (software HEVC)", VideoCodec::Hevc, HardwareKind::Software,
             kCapBFrames | kCapClosedGop | kCapForcedIdr | kCapConstantRate),
        make("libsvtav1", "SVT-AV1 (software AV1)", VideoCodec::Av1, HardwareKind::Software,
             kCapClosedGop | kCapForcedIdr | kCapConstantRate),
    };
}

QString codecName(VideoCodec codec)
{
    switch (codec) {
    case VideoCodec::H264:
        return QStringLiteral("h264");
    case VideoCodec::Hevc:
        return QStringLiteral("hevc");
    case VideoCodec::Av1:
        return QStringLiteral("av1");
    case VideoCodec::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QString hardwareKindName(HardwareKind kind)
{
    switch (kind) {
    case HardwareKind::Software:
        return QStringLiteral("software");
    case HardwareKind::Nvenc:
        return QStringLiteral("nvenc");
    case HardwareKind::QuickSync:
        return QStringLiteral("quicksync");
    case HardwareKind::Vaapi:
        return QStringLiteral("vaapi");
    case HardwareKind::Amf:
        return QStringLiteral("amf");
    case HardwareKind::MediaFoundation:
        return QStringLiteral("mediafoundation");
    case HardwareKind::VideoToolbox:
        return QStringLiteral("videotoolbox");
    case HardwareKind::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

Core::Result<EncoderPlan> chooseEncoder(std::span<const EncoderDescriptor> descriptors,
                                        std::span<const EncoderAvailability> availability,
                                        const EncoderRequest& request)
{
    auto availabilityOf = [&](const QString& id) -> const EncoderAvailability* {
        for (const EncoderAvailability& entry : availability) {
            if (entry.id == id)
                return &entry;
        }
        return nullptr;
    };
    auto usable = [&](const EncoderDescriptor& d) {
        const EncoderAvailability* entry = availabilityOf(d.id);
        return d.codec == request.codec && d.has(request.requiredCapabilities) && entry &&
               entry->available;
    };

    std::vector<const EncoderDescriptor*> software;
    std::vector<const EncoderDescriptor*> hardware;
    for (const EncoderDescriptor& d : descriptors) {
        if (!usable(d))
            continue;
        (d.isHardware() ? hardware : software).push_back(&d);
    }
    std::stable_sort(hardware.begin(), hardware.end(),
                     [](const EncoderDescriptor* a, const EncoderDescriptor* b) {
                         return hardwareRank(a->hardware) < hardwareRank(b->hardware);
                     });

    EncoderPlan plan;
    if (request.choice.isEmpty() || request.choice == QLatin1String("auto")) {
        if (request.allowHardware && !hardware.empty())
            plan.primary = hardware.front()->id;
        else if (!software.empty())
            plan.primary = software.front()->id;
        else
            return Core::makeError(Core::ErrorCode::Unsupported,
                                   QStringLiteral("no working %1 encoder with the capabilities "
                                                  "this preset needs")
                                       .arg(codecName(request.codec)));
    } else {
        const auto it =
            std::find_if(descriptors.begin(), descriptors.end(),
                         [&](const EncoderDescriptor& d) { return d.id == request.choice; });
        if (it == descriptors.end())
            return Core::makeError(Core::ErrorCode::BadInput,
                                   QStringLiteral("unknown encoder %1").arg(request.choice));
        if (it->codec != request.codec || !it->has(request.requiredCapabilities))
            return Core::makeError(Core::ErrorCode::Unsupported,
                                   QStringLiteral("encoder %1 cannot produce what this preset "
                                                  "needs (%2)")
                                       .arg(request.choice, codecName(request.codec)));
        const EncoderAvailability* entry = availabilityOf(it->id);
        if (!entry || !entry->available)
            return Core::makeError(
                Core::ErrorCode::Unsupported,
                QStringLiteral("encoder %1 is not available here: %2")
                    .arg(request.choice, entry ? entry->reason : QStringLiteral("not probed")));
        plan.primary = it->id;
    }
    // Fall back to software, never silently (the job records the switch).
    for (const EncoderDescriptor* d : software) {
        if (d->id != plan.primary)
            plan.fallbacks.append(d->id);
    }
    return plan;
}

} // namespace Media
