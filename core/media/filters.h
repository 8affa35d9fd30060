#pragma once

// Filter graphs for the pipelines (private to core/media). The video graph decodes once and
// fans out: source -> [deinterlace] -> fps -> split=N -> scale+format per output.

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

// decoder: the open video decoder; timeBase: the input stream's; frameRate: output rate;
// rotationDegrees: the source's display rotation, applied to the pixels (outputs are upright).
[[nodiscard]] Core::Result<VideoGraph> makeVideoGraph(const AVCodecContext* decoder,
                                                      AVRational timeBase, AVRational frameRate,
                                                      bool deinterlace, int rotationDegrees,
                                                      const QList<VideoBranch>& branches);

// Resamples to 48 kHz stereo float planar in frames of frameSize samples.
[[nodiscard]] Core::Result<AudioGraph> makeAudioGraph(const AVCodecContext* decoder,
                                                      AVRational timeBase, int frameSize);

// The OneStream audio encoder: AAC-LC, 48 kHz, stereo, 160 kb/s, global header.
[[nodiscard]] Core::Result<Av::CodecContext> openAacEncoder();

} // namespace Media
