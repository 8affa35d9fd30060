#include "core/media/videooutput.h"

#include "core/media/videoencoder.h"

namespace Media {

VideoOutput::VideoOutput(EncoderSettings settings, std::vector<EncoderDescriptor> candidates,
                         Writer writer)
    : m_settings(std::move(settings)), m_candidates(std::move(candidates)),
      m_writer(std::move(writer)), m_packet(Av::makePacket())
{}

VideoOutput::~VideoOutput() = default;

const AVCodecContext* VideoOutput::context() const
{
    return m_encoder ? m_encoder->context() : nullptr;
}

Core::Status VideoOutput::openFrom(std::size_t first)
{
    for (std::size_t i = first; i < m_candidates.size(); ++i) {
        const EncoderDescriptor& candidate = m_candidates[i];
        std::unique_ptr<IVideoEncoder> encoder = candidate.factory ? candidate.factory() : nullptr;
        if (!encoder)
            continue;
        if (m_gpuFrames)
            encoder->useGpuFrames(m_gpuFrames.get());
        if (auto opened = encoder->open(m_settings); !opened) {
            m_notices.append(
                QStringLiteral("%1 could not start (%2)").arg(candidate.id, opened.error().detail));
            continue;
        }
        if (i != 0) {
            m_fellBack = true;
            m_notices.append(QStringLiteral("using %1 instead of %2")
                                 .arg(candidate.id, m_candidates.front().id));
        }
        m_encoder = std::move(encoder);
        m_current = i;
        m_used = candidate.id;
        return {};
    }
    return Core::makeError(
        Core::ErrorCode::Unsupported,
        QStringLiteral("no encoder could start: %1").arg(m_notices.join(QStringLiteral("; "))));
}

void VideoOutput::useGpuFrames(AVBufferRef* framesContext)
{
    m_gpuFrames.reset(framesContext ? av_buffer_ref(framesContext) : nullptr);
}

Core::Status VideoOutput::open()
{
    if (!m_packet)
        return Av::error("av_packet_alloc", AVERROR(ENOMEM));
    return openFrom(0);
}

Core::Status VideoOutput::commitPending()
{
    for (Av::Packet& packet : m_pending) {
        if (auto written = m_writer(packet.get(), m_encoder->context()->time_base); !written)
            return written;
    }
    m_pending.clear();
    return {};
}

Core::Status VideoOutput::drain()
{
    for (;;) {
        auto state = m_encoder->receive(m_packet.get());
        if (!state)
            return state.error();
        if (*state != ReceiveState::Packet)
            return {};
        if ((m_packet->flags & AV_PKT_FLAG_KEY) && !m_pending.empty()) {
            // A new keyframe closes the previous GOP: it is final, hand it to the muxer and
            // forget the frames it was made from.
            if (auto committed = commitPending(); !committed)
                return committed;
            const int64_t keyPts = m_packet->pts;
            while (!m_retained.empty() && m_retained.front()->pts < keyPts)
                m_retained.pop_front();
        }
        Av::Packet copy = Av::makePacket();
        if (!copy)
            return Av::error("av_packet_alloc", AVERROR(ENOMEM));
        av_packet_move_ref(copy.get(), m_packet.get());
        m_pending.push_back(std::move(copy));
    }
}

Core::Status VideoOutput::sendAndDrain(const AVFrame* frame)
{
    if (auto sent = m_encoder->send(frame); !sent)
        return sent;
    return drain();
}

Core::Status VideoOutput::fallBack(const Core::Error& cause, int64_t atFrame)
{
    if (cause.code == Core::ErrorCode::Cancelled)
        return cause;
    const QString failed = m_used;
    m_pending.clear();
    m_encoder.reset();
    if (m_current + 1 >= m_candidates.size())
        return cause;
    if (auto opened = openFrom(m_current + 1); !opened)
        return opened;
    m_fellBack = true;
    const int64_t restart = m_retained.empty() ? atFrame : m_retained.front()->pts;
    m_notices.append(QStringLiteral("%1 failed at frame %2 (%3); continued with %4 from frame %5")
                         .arg(failed)
                         .arg(atFrame)
                         .arg(cause.detail, m_used)
                         .arg(restart));
    // Re-encode the uncommitted GOPs with the replacement; it starts with a keyframe.
    std::deque<Av::Frame> replay = std::move(m_retained);
    m_retained.clear();
    while (!replay.empty()) {
        m_retained.push_back(std::move(replay.front()));
        replay.pop_front();
        const AVFrame* frame = m_retained.back().get();
        if (auto status = sendAndDrain(frame); !status) {
            for (Av::Frame& rest : replay)
                m_retained.push_back(std::move(rest));
            return fallBack(status.error(), frame->pts);
        }
    }
    if (m_flushing) {
        if (auto status = sendAndDrain(nullptr); !status)
            return fallBack(status.error(), atFrame);
    }
    return {};
}

Core::Status VideoOutput::encode(const AVFrame* frame)
{
    if (!m_encoder)
        return Core::makeError(Core::ErrorCode::Internal, QStringLiteral("encoder not open"));
    Av::Frame kept(av_frame_clone(frame));
    if (!kept)
        return Av::error("av_frame_clone", AVERROR(ENOMEM));
    // Keyframes on the fixed GOP grid: aligned across renditions and after a fallback.
    kept->pict_type =
        kept->pts % m_settings.gopFrames == 0 ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE;
    if (m_current + 1 >= m_candidates.size()) {
        // The last candidate (software, usually): nothing to fall back to, so the frames of
        // the open GOP need not be kept. Holding them only grew the decoder's and filters'
        // pools (~100 MB and page faults at 1080p).
        m_retained.clear();
        if (auto status = sendAndDrain(kept.get()); !status)
            return fallBack(status.error(), frame->pts);
        return {};
    }
    m_retained.push_back(std::move(kept));
    if (auto status = sendAndDrain(m_retained.back().get()); !status)
        return fallBack(status.error(), frame->pts);
    return {};
}

Core::Status VideoOutput::finish()
{
    if (!m_encoder)
        return Core::makeError(Core::ErrorCode::Internal, QStringLiteral("encoder not open"));
    m_flushing = true;
    if (auto status = sendAndDrain(nullptr); !status) {
        const int64_t at = m_retained.empty() ? 0 : m_retained.back()->pts;
        if (auto recovered = fallBack(status.error(), at); !recovered)
            return recovered;
    }
    m_retained.clear();
    return commitPending();
}

} // namespace Media
