#pragma once

// The video encoder interface the pipelines drive (private to core/media: it speaks AVFrame
// and AVPacket). LibavVideoEncoder is the one real implementation, over any libavcodec
// encoder; tests inject fakes behind the same interface to exercise the fallback paths.

#include "core/media/encoders.h"
#include "core/media/libav.h"

namespace Media {

enum class ReceiveState
{
    Invalid = 0,
    Packet,    // a packet was written into the argument
    NeedInput, // send more frames
    End,       // flushed and drained
};

class IVideoEncoder
{
public:
    virtual ~IVideoEncoder() = default;
    [[nodiscard]] virtual Core::Status open(const EncoderSettings& settings) = 0;
    // frame == nullptr starts the flush. Frames are system-memory yuv420p with pts counted in
    // frames (time base 1/frame rate); the encoder uploads them where it needs to.
    [[nodiscard]] virtual Core::Status send(const AVFrame* frame) = 0;
    [[nodiscard]] virtual Core::Result<ReceiveState> receive(AVPacket* packet) = 0;
    // The open codec context (time base, extradata) for creating the output stream.
    [[nodiscard]] virtual const AVCodecContext* context() const = 0;
    [[nodiscard]] virtual QString id() const = 0;
    // Before open(): the frames will be GPU surfaces of this frames context (a GPU frame
    // path). An encoder on the same device takes them as they are; any other downloads them.
    virtual void useGpuFrames(AVBufferRef* /*framesContext*/) {}
};

class LibavVideoEncoder final : public IVideoEncoder
{
public:
    LibavVideoEncoder(QString codecName, HardwareKind hardware);
    Core::Status open(const EncoderSettings& settings) override;
    Core::Status send(const AVFrame* frame) override;
    Core::Result<ReceiveState> receive(AVPacket* packet) override;
    const AVCodecContext* context() const override { return m_context.get(); }
    QString id() const override { return m_codecName; }
    void useGpuFrames(AVBufferRef* framesContext) override;

private:
    [[nodiscard]] Core::Status openDevice();
    // Whether frames of this format go to the encoder as they are (its own GPU surfaces).
    [[nodiscard]] bool takesAsIs(const AVFrame* frame) const;
    // A system-memory copy (GPU surfaces downloaded) in the encoder's format, uploaded to a
    // VAAPI surface where the encoder needs one.
    [[nodiscard]] Core::Result<Av::Frame> convert(const AVFrame* frame);

    QString m_codecName;
    HardwareKind m_hardware;
    Av::Buffer m_device;
    Av::Buffer m_gpuFrames; // the GPU frame path's surfaces, when this encoder can take them
    Av::Sws m_sws;          // cached conversion to the encoder's pixel format
    Av::CodecContext m_context;
};

} // namespace Media
