#include "core/media/framepath.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavutil/buffer.h>
#include <libavutil/hwcontext.h>
}

namespace Media {

namespace {

QString scaleFilterFor(GpuApi api)
{
    return api == GpuApi::Cuda ? QStringLiteral("scale_cuda") : QStringLiteral("scale_vaapi");
}

QString uploadFilterFor(GpuApi api)
{
    return api == GpuApi::Cuda ? QStringLiteral("hwupload_cuda") : QStringLiteral("hwupload");
}

QString deinterlaceFilterFor(GpuApi api)
{
    return api == GpuApi::Cuda ? QStringLiteral("yadif_cuda") : QStringLiteral("deinterlace_vaapi");
}

// CUDA has no rotation filter in a stock FFmpeg build (transpose_npp needs the non-free NPP).
QString transposeFilterFor(GpuApi api)
{
    return api == GpuApi::Vaapi ? QStringLiteral("transpose_vaapi") : QString();
}

AVHWDeviceType deviceTypeOf(GpuApi api)
{
    switch (api) {
    case GpuApi::Cuda:
        return AV_HWDEVICE_TYPE_CUDA;
    case GpuApi::Vaapi:
        return AV_HWDEVICE_TYPE_VAAPI;
    case GpuApi::Invalid:
    case GpuApi::None:
        break;
    }
    return AV_HWDEVICE_TYPE_NONE;
}

FramePath systemMemory(QString reason)
{
    FramePath path;
    path.residence = FrameResidence::SystemMemory;
    path.reason = std::move(reason);
    return path;
}

} // namespace

QString gpuApiName(GpuApi api)
{
    switch (api) {
    case GpuApi::Cuda:
        return QStringLiteral("cuda");
    case GpuApi::Vaapi:
        return QStringLiteral("vaapi");
    case GpuApi::None:
        return QStringLiteral("none");
    case GpuApi::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

GpuApi gpuApiFor(HardwareKind encoder)
{
    switch (encoder) {
    case HardwareKind::Nvenc:
        return GpuApi::Cuda;
    case HardwareKind::Vaapi:
        return GpuApi::Vaapi;
    default:
        // Quick Sync, AMF, Media Foundation and VideoToolbox take system-memory frames here
        // (their encoders upload); software encoders always do.
        return GpuApi::None;
    }
}

QString FramePath::describe() const
{
    QStringList steps;
    switch (residence) {
    case FrameResidence::Gpu:
        steps << QStringLiteral("%1 decode").arg(gpuApiName(api));
        break;
    case FrameResidence::UploadOnce:
        steps << QStringLiteral("cpu decode") << uploadFilter;
        break;
    case FrameResidence::SystemMemory:
    case FrameResidence::Invalid:
        return QStringLiteral("system memory: cpu decode -> cpu filters -> encoder");
    }
    if (!deinterlaceFilter.isEmpty())
        steps << deinterlaceFilter;
    if (!transposeFilter.isEmpty())
        steps << transposeFilter;
    steps << scaleFilter << QStringLiteral("encoder");
    return QStringLiteral("%1 (%2): %3")
        .arg(residence == FrameResidence::Gpu ? QStringLiteral("gpu")
                                              : QStringLiteral("upload once"),
             gpuApiName(api), steps.join(QStringLiteral(" -> ")));
}

FramePath chooseFramePath(const FramePathRequest& request)
{
    if (request.encoder == HardwareKind::Software || request.encoder == HardwareKind::Invalid)
        return systemMemory(QStringLiteral("software encoder: frames stay in system memory"));
    const GpuApi api = gpuApiFor(request.encoder);
    if (api == GpuApi::None)
        return systemMemory(QStringLiteral("%1 takes system-memory frames here; the encoder "
                                           "uploads each frame")
                                .arg(hardwareKindName(request.encoder)));
    const QString name = gpuApiName(api);
    if (!request.support.devices.contains(api))
        return systemMemory(QStringLiteral("no %1 device: frames stay in system memory").arg(name));
    FramePath path;
    path.api = api;
    path.scaleFilter = scaleFilterFor(api);
    if (!request.support.filters.contains(path.scaleFilter))
        return systemMemory(
            QStringLiteral("%1 is not built into this FFmpeg: scaled on the CPU, the encoder "
                           "uploads each frame")
                .arg(path.scaleFilter));
    if (request.deinterlace) {
        path.deinterlaceFilter = deinterlaceFilterFor(api);
        if (!request.support.filters.contains(path.deinterlaceFilter))
            return systemMemory(
                QStringLiteral("%1 is not built into this FFmpeg: deinterlaced on the CPU")
                    .arg(path.deinterlaceFilter));
    }
    if (request.rotationDegrees != 0) {
        path.transposeFilter = transposeFilterFor(api);
        if (path.transposeFilter.isEmpty() ||
            !request.support.filters.contains(path.transposeFilter))
            return systemMemory(
                QStringLiteral("no %1 rotation filter: the rotated source is turned on the CPU")
                    .arg(name));
    }
    if (request.support.hwDecoders.contains(name + QLatin1Char(':') + request.sourceCodec)) {
        path.residence = FrameResidence::Gpu;
        path.reason = QStringLiteral("%1 decode, GPU filters and hardware encode: frames never "
                                     "leave the GPU")
                          .arg(name);
        return path;
    }
    path.uploadFilter = uploadFilterFor(api);
    if (!request.support.filters.contains(path.uploadFilter))
        return systemMemory(
            QStringLiteral("%1 is not built into this FFmpeg: frames stay in system memory")
                .arg(path.uploadFilter));
    path.residence = FrameResidence::UploadOnce;
    path.reason = QStringLiteral("no %1 decoder for %2: decoded on the CPU, uploaded once, "
                                 "filtered and encoded on the GPU")
                      .arg(name, request.sourceCodec);
    return path;
}

GpuSupport gpuBuildSupport(GpuApi api, const QString& sourceCodec)
{
    GpuSupport support;
    const AVHWDeviceType type = deviceTypeOf(api);
    if (type == AV_HWDEVICE_TYPE_NONE)
        return support;
    const QByteArray codecName = sourceCodec.toLatin1();
    if (const AVCodecDescriptor* descriptor =
            avcodec_descriptor_get_by_name(codecName.constData())) {
        if (const AVCodec* decoder = avcodec_find_decoder(descriptor->id)) {
            for (int i = 0;; ++i) {
                const AVCodecHWConfig* config = avcodec_get_hw_config(decoder, i);
                if (!config)
                    break;
                if ((config->methods & AV_CODEC_HW_CONFIG_METHOD_HW_DEVICE_CTX) &&
                    config->device_type == type) {
                    support.hwDecoders.append(gpuApiName(api) + QLatin1Char(':') + sourceCodec);
                    break;
                }
            }
        }
    }
    for (const QString& filter : {scaleFilterFor(api), uploadFilterFor(api),
                                  deinterlaceFilterFor(api), transposeFilterFor(api)}) {
        if (!filter.isEmpty() && avfilter_get_by_name(filter.toLatin1().constData()))
            support.filters.append(filter);
    }
    return support;
}

GpuSupport detectGpuSupport(GpuApi api, const QString& sourceCodec)
{
    GpuSupport support = gpuBuildSupport(api, sourceCodec);
    const AVHWDeviceType type = deviceTypeOf(api);
    if (type == AV_HWDEVICE_TYPE_NONE)
        return support;
    AVBufferRef* device = nullptr;
    if (av_hwdevice_ctx_create(&device, type, nullptr, nullptr, 0) >= 0)
        support.devices.append(api);
    av_buffer_unref(&device);
    return support;
}

} // namespace Media
