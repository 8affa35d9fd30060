#pragma once

// RAII for libav* (STYLE.md §3): every resource in a unique_ptr with a stateless deleter.
// Input and output format contexts have different deleters because they are closed
// differently (avformat_close_input vs avio_closep + avformat_free_context). Destructors only
// free: flushing an encoder or writing a trailer is an explicit step that returns a Result.
// This header is private to core/media (it includes libav headers); public headers never do.

#include "core/result.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

namespace Media::Av {

struct InputFormatDeleter
{
    void operator()(AVFormatContext* context) const;
};
struct OutputFormatDeleter
{
    void operator()(AVFormatContext* context) const;
};
struct CodecContextDeleter
{
    void operator()(AVCodecContext* context) const;
};
struct PacketDeleter
{
    void operator()(AVPacket* packet) const;
};
struct FrameDeleter
{
    void operator()(AVFrame* frame) const;
};
struct FilterGraphDeleter
{
    void operator()(AVFilterGraph* graph) const;
};
struct BufferDeleter
{
    void operator()(AVBufferRef* buffer) const;
};
struct SwsDeleter
{
    void operator()(SwsContext* context) const;
};
struct IoContextDeleter
{
    void operator()(AVIOContext* context) const; // also frees its buffer
};
struct DictionaryDeleter
{
    void operator()(AVDictionary* dictionary) const;
};

using InputFormat = std::unique_ptr<AVFormatContext, InputFormatDeleter>;
using OutputFormat = std::unique_ptr<AVFormatContext, OutputFormatDeleter>;
using CodecContext = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using Packet = std::unique_ptr<AVPacket, PacketDeleter>;
using Frame = std::unique_ptr<AVFrame, FrameDeleter>;
using FilterGraph = std::unique_ptr<AVFilterGraph, FilterGraphDeleter>;
using Buffer = std::unique_ptr<AVBufferRef, BufferDeleter>;
using Sws = std::unique_ptr<SwsContext, SwsDeleter>;
using Dictionary = std::unique_ptr<AVDictionary, DictionaryDeleter>;
using IoContext = std::unique_ptr<AVIOContext, IoContextDeleter>;

[[nodiscard]] Packet makePacket();
[[nodiscard]] Frame makeFrame();

// The text of an AVERROR code.
[[nodiscard]] QString errorText(int averror);
// A Core::Error with code Media (or Cancelled for AVERROR_EXIT), the step that failed and the
// libav text; native carries the AVERROR.
[[nodiscard]] Core::Error error(const char* step, int averror);

// Interrupt callback wired to a cancel flag: libav polls it during blocking I/O.
struct Interrupt
{
    const std::atomic<bool>* cancel = nullptr;
    // Optional time limit; the default (epoch) means none.
    std::chrono::steady_clock::time_point deadline{};
    static int callback(void* opaque);
    [[nodiscard]] AVIOInterruptCB asCallback() const;
};

// Opens an input with the whole open sequence (open, find stream info). The path is UTF-8.
// With io, reads through that custom I/O context instead (which must outlive the result).
[[nodiscard]] Core::Result<InputFormat>
openInput(const QString& path, const Interrupt* interrupt = nullptr, AVIOContext* io = nullptr);

// Allocates an output context for a format name and path; opens the file unless the format
// has AVFMT_NOFILE.
[[nodiscard]] Core::Result<OutputFormat> openOutput(const QString& path, const char* formatName,
                                                    const Interrupt* interrupt = nullptr);

// Opens a decoder for one stream of an input. With hwDevice (a device context), decodes on
// that device where the codec has a hardware config for it (FFmpeg's hw_decode.c protocol:
// hw_device_ctx + a get_format that picks the device's pixel format); frames then come out as
// GPU surfaces with a hw_frames_ctx. extraHwFrames: surfaces to add to the decoder's pool for
// frames held downstream.
[[nodiscard]] Core::Result<CodecContext> openDecoder(const AVStream* stream, int threads = 0,
                                                     AVBufferRef* hwDevice = nullptr,
                                                     int extraHwFrames = 0);

} // namespace Media::Av
