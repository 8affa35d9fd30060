#pragma once

// Where video frames live between demux and encoder: on the GPU end to end (hardware decode,
// GPU filters, hardware encode: FFmpeg's hw_decode.c + vaapi_encode.c protocol), uploaded once
// after a CPU decode and filtered on the GPU, or in system memory (CPU decode and filters; a
// hardware encoder uploads each frame itself). chooseFramePath() is pure: it takes what the
// source needs, the encoder's hardware kind and what this machine offers, and returns the chain
// with the reason in words. detectGpuSupport() gathers what the machine offers (libav calls).

#include "core/media/encoders.h"

#include <QString>
#include <QStringList>

namespace Media {

enum class GpuApi
{
    Invalid = 0,
    None, // system memory
    Cuda, // NVIDIA (NVENC)
    Vaapi,
};

[[nodiscard]] QString gpuApiName(GpuApi api); // "cuda", "vaapi", "none"

// The libav hardware device API that feeds an encoder's kind without a download, if any.
[[nodiscard]] GpuApi gpuApiFor(HardwareKind encoder);

// What this machine and this FFmpeg build offer for GPU frame paths.
struct GpuSupport
{
    QList<GpuApi> devices;  // device contexts that could be created
    QStringList hwDecoders; // "<api>:<codec>": a hardware decode config exists (e.g. "cuda:h264")
    QStringList filters;    // GPU filters built in: "scale_cuda", "hwupload_cuda", ...
};

struct FramePathRequest
{
    QString sourceCodec; // libav codec name of the source video: "h264", "hevc", "vp9", ...
    int sourceBitDepth = 8;
    bool deinterlace = false;
    int rotationDegrees = 0; // 0, 90, 180, 270: turned upright in the pixels
    HardwareKind encoder = HardwareKind::Invalid;
    GpuSupport support;
};

enum class FrameResidence
{
    Invalid = 0,
    SystemMemory, // CPU decode and filters; a hardware encoder uploads each frame
    UploadOnce,   // CPU decode, one upload before the filters, GPU filters and encode
    Gpu,          // hardware decode, GPU filters, hardware encode: no copy through the CPU
};

struct FramePath
{
    FrameResidence residence = FrameResidence::Invalid;
    GpuApi api = GpuApi::None;
    QString scaleFilter;       // "scale_cuda", "scale_vaapi"; empty: swscale on the CPU
    QString uploadFilter;      // UploadOnce: "hwupload_cuda" or "hwupload"
    QString deinterlaceFilter; // GPU deinterlacer when needed ("yadif_cuda", ...)
    QString transposeFilter;   // GPU rotation when needed ("transpose_vaapi")
    QString reason;            // why this path, in words (recorded in the job)

    [[nodiscard]] bool onGpu() const { return residence != FrameResidence::SystemMemory; }
    [[nodiscard]] QString describe() const; // "gpu: cuda decode -> scale_cuda -> encoder"
};

// Pure: the frame path for a job.
[[nodiscard]] FramePath chooseFramePath(const FramePathRequest& request);

// What this FFmpeg build offers for an API (decoder hardware configs for the codec, GPU
// filters), without touching a device: the pipeline adds the device once it has opened one.
[[nodiscard]] GpuSupport gpuBuildSupport(GpuApi api, const QString& sourceCodec);
// The same plus a device check (creates, then frees, a device context). Cheap without one.
[[nodiscard]] GpuSupport detectGpuSupport(GpuApi api, const QString& sourceCodec);

} // namespace Media
