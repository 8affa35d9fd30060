#pragma once

// One encoded video output (private to core/media): an IVideoEncoder plus GOP-granular
// buffering so that a hardware encoder failing mid-stream can be replaced by the next
// candidate (software) from the start of the GOP that had not been committed yet. Packets of
// a GOP reach the muxer only once the next keyframe proves the GOP complete, and the frames of
// uncommitted GOPs are kept (reference-counted, not copied) to feed the replacement.

#include "core/media/encoders.h"
#include "core/media/libav.h"

#include <QStringList>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace Media {

class IVideoEncoder;

class VideoOutput
{
public:
    // write: hands a finished packet (time base = 1/frame rate) to the muxer.
    using Writer = std::function<Core::Status(AVPacket* packet, AVRational timeBase)>;

    VideoOutput(EncoderSettings settings, std::vector<EncoderDescriptor> candidates, Writer writer);
    ~VideoOutput();
    VideoOutput(const VideoOutput&) = delete;
    VideoOutput& operator=(const VideoOutput&) = delete;

    // Before open(): frames will be GPU surfaces of this context (see IVideoEncoder).
    void useGpuFrames(AVBufferRef* framesContext);
    // Opens the first candidate that opens; the ones that fail are noted.
    [[nodiscard]] Core::Status open();
    // frame->pts is the frame index at the output rate.
    [[nodiscard]] Core::Status encode(const AVFrame* frame);
    // Flushes the encoder and commits what is left.
    [[nodiscard]] Core::Status finish();

    [[nodiscard]] const AVCodecContext* context() const;
    [[nodiscard]] QString encoderUsed() const { return m_used; }
    [[nodiscard]] const QStringList& notices() const { return m_notices; }
    [[nodiscard]] bool fellBack() const { return m_fellBack; }
    [[nodiscard]] const EncoderSettings& settings() const { return m_settings; }

private:
    [[nodiscard]] Core::Status openFrom(std::size_t first);
    [[nodiscard]] Core::Status sendAndDrain(const AVFrame* frame);
    [[nodiscard]] Core::Status drain();
    [[nodiscard]] Core::Status commitPending();
    [[nodiscard]] Core::Status fallBack(const Core::Error& cause, int64_t atFrame);

    EncoderSettings m_settings;
    std::vector<EncoderDescriptor> m_candidates;
    std::size_t m_current = 0;
    Writer m_writer;
    std::unique_ptr<IVideoEncoder> m_encoder;
    Av::Buffer m_gpuFrames;
    std::deque<Av::Frame> m_retained;  // frames from the first uncommitted GOP on
    std::vector<Av::Packet> m_pending; // packets of the GOP being built
    Av::Packet m_packet;
    QString m_used;
    QStringList m_notices;
    bool m_fellBack = false;
    bool m_flushing = false;
};

} // namespace Media
