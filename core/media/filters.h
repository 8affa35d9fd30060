#pragma once

// Filter graphs for the pipelines (private to core/media). The video graph decodes once and
// fans out: source -> [deinterlace] -> fps -> split=N -> scale+format per output.

#include "core/media/framepath.h"
#include "core/media/libav.h"

#include <QList>

#include <vector>

namespace Media {

struct VideoBranch
{
    int width = 0;
    int height = 0;
};

struct VideoGraph
{
    Av::FilterGraph graph;
    AVFilterContext* source = nullptr;   // owned by graph
    std::vector<AVFilterContext*> sinks; // owned by graph, one per branch
};

struct AudioGraph
{
    Av::FilterGraph graph;
    AVFilterContext* source = nullptr;
    AVFilterContext* sink = nullptr;
};

// A graph whose frames live on the GPU (FramePath residence Gpu or UploadOnce).
struct GpuGraph
{
    FramePath path;
    AVBufferRef* device = nullptr;       // given to every filter (hwupload needs it)
    AVBufferRef* sourceFrames = nullptr; // Gpu: the decoder's frames context (its first frame's)
    AVPixelFormat sourceFormat = AV_PIX_FMT_NONE; // Gpu: the decoder's hardware pixel format
    int extraFrames = 0; // surfaces each GPU filter adds to its pool for frames held downstream
};

// decoder: the open video decoder; timeBase: the input stream's; frameRate: output rate;
// rotationDegrees: the source's display rotation, applied to the pixels (outputs are upright).
// gpu: null for system memory (swscale to yuv420p); else the outputs are NV12 GPU surfaces
// scaled by the path's GPU filter, and av_buffersink_get_hw_frames_ctx() gives their context.
[[nodiscard]] Core::Result<VideoGraph> makeVideoGraph(const AVCodecContext* decoder,
                                                      AVRational timeBase, AVRational frameRate,
                                                      bool deinterlace, int rotationDegrees,
                                                      const QList<VideoBranch>& branches,
                                                      const GpuGraph* gpu = nullptr);

// Pure: the filter description of the video graph ([in] ... [out0];...[outN-1]).
[[nodiscard]] QString videoGraphDescription(AVRational frameRate, bool deinterlace,
                                            int rotationDegrees, const QList<VideoBranch>& branches,
                                            const FramePath* gpuPath);

// Resamples to 48 kHz stereo float planar in frames of frameSize samples.
[[nodiscard]] Core::Result<AudioGraph> makeAudioGraph(const AVCodecContext* decoder,
                                                      AVRational timeBase, int frameSize);

// The OneStream audio encoder: AAC-LC, 48 kHz, stereo, 160 kb/s, global header.
[[nodiscard]] Core::Result<Av::CodecContext> openAacEncoder();

// The output audio format (what openAacEncoder takes): 48 kHz stereo float planar.
inline constexpr int kAudioSampleRate = 48000;

// A frame of digital silence in the output audio format (what lavfi's anullsrc makes):
// `samples` long, starting at `ptsSamples` (time base 1/48000). For sources without audio.
[[nodiscard]] Core::Result<Av::Frame> makeSilence(int samples, int64_t ptsSamples);

} // namespace Media
