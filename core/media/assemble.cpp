#include "core/media/assemble.h"

#include "core/media/encodejob.h"
#include "core/media/filters.h"
#include "core/media/libav.h"
#include "core/media/pipeline.h"
#include "core/media/poster.h"
#include "core/media/probe.h"

#include <QDir>

#include <QFileInfo>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/dict.h>
}

namespace Media {

namespace {

// Reads the segments' video packets in order, shifting each segment to start where the
// previous one ended.
class SegmentReader
{
public:
    SegmentReader(QStringList segments, const Av::Interrupt* interrupt)
        : m_segments(std::move(segments)), m_interrupt(interrupt)
    {}

    [[nodiscard]] Core::Status open(int index)
    {
        auto opened = Av::openInput(m_segments[index], m_interrupt);
        if (!opened)
            return opened.error();
        m_input = std::move(opened).value();
        m_stream = av_find_best_stream(m_input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        if (m_stream < 0)
            return Core::makeError(
                Core::ErrorCode::Media,
                QStringLiteral("segment %1 has no video").arg(m_segments[index]));
        m_index = index;
        return {};
    }

    [[nodiscard]] const AVStream* stream() const { return m_input->streams[m_stream]; }
    // The end of the packets read so far (pts + duration), in the output time base.
    [[nodiscard]] int64_t end() const { return m_end; }

    // Next packet in the output time base; false at the end of the last segment.
    [[nodiscard]] Core::Result<bool> next(AVPacket* packet, AVRational outputTimeBase)
    {
        for (;;) {
            const int rc = av_read_frame(m_input.get(), packet);
            if (rc == AVERROR_EOF) {
                m_first = true;
                if (m_index + 1 >= m_segments.size())
                    return false;
                if (auto opened = open(m_index + 1); !opened)
                    return opened.error();
                continue;
            }
            if (rc < 0)
                return Av::error("av_read_frame (segment)", rc);
            if (packet->stream_index != m_stream) {
                av_packet_unref(packet);
                continue;
            }
            av_packet_rescale_ts(packet, stream()->time_base, outputTimeBase);
            // The first packet of a segment is its keyframe, the earliest picture of a closed
            // GOP: the segment is shifted so that it starts where the previous one ended.
            if (m_first) {
                m_shift = m_index == 0 ? 0 : m_end - packet->pts;
                m_first = false;
            }
            packet->pts += m_shift;
            packet->dts += m_shift;
            m_end = std::max(m_end, packet->pts + std::max<int64_t>(packet->duration, 0));
            return true;
        }
    }

private:
    QStringList m_segments;
    const Av::Interrupt* m_interrupt;
    Av::InputFormat m_input;
    int m_stream = -1;
    int m_index = 0;
    bool m_first = true;
    int64_t m_shift = 0;
    int64_t m_end = 0;
};

// The length of the joined video, in samples at the output audio rate: one read of every
// segment's packets (no decoding).
Core::Result<int64_t> videoSamples(const QStringList& segments, const Av::Interrupt* interrupt)
{
    SegmentReader reader(segments, interrupt);
    if (auto opened = reader.open(0); !opened)
        return opened.error();
    Av::Packet packet = Av::makePacket();
    if (!packet)
        return Av::error("av_packet_alloc", AVERROR(ENOMEM));
    const AVRational samples{1, kAudioSampleRate};
    for (;;) {
        auto more = reader.next(packet.get(), samples);
        if (!more)
            return more.error();
        if (!*more)
            return reader.end();
        av_packet_unref(packet.get());
    }
}

// Decodes the source's audio and encodes it as AAC-LC 48 kHz stereo, packet by packet; or,
// for a source without audio when asked, encodes silence as long as the video (the
// uninterrupted OneStream encode does the same).
class AudioSource
{
public:
    // silenceSamples > 0: the length of the silent track to make when the source has no audio.
    [[nodiscard]] Core::Status open(const QString& path, const Av::Interrupt* interrupt,
                                    int64_t silenceSamples)
    {
        auto opened = Av::openInput(path, interrupt);
        if (!opened)
            return opened.error();
        m_input = std::move(opened).value();
        m_stream = av_find_best_stream(m_input.get(), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
        if (m_stream < 0) {
            if (silenceSamples <= 0)
                return {}; // no audio: video only, as the uninterrupted encode would be
            m_silenceEnd = silenceSamples;
            auto encoder = openAacEncoder();
            if (!encoder)
                return encoder.error();
            m_encoder = std::move(encoder).value();
            return {};
        }
        auto decoder = Av::openDecoder(m_input->streams[m_stream], 1);
        if (!decoder)
            return decoder.error();
        m_decoder = std::move(decoder).value();
        auto encoder = openAacEncoder();
        if (!encoder)
            return encoder.error();
        m_encoder = std::move(encoder).value();
        auto graph = makeAudioGraph(m_decoder.get(), m_input->streams[m_stream]->time_base,
                                    m_encoder->frame_size);
        if (!graph)
            return graph.error();
        m_graph = std::move(graph).value();
        m_packet = Av::makePacket();
        m_frame = Av::makeFrame();
        if (!m_packet || !m_frame)
            return Av::error("av_frame_alloc", AVERROR(ENOMEM));
        return {};
    }

    [[nodiscard]] bool present() const { return m_encoder != nullptr; }
    [[nodiscard]] const AVCodecContext* encoder() const { return m_encoder.get(); }

    // Next encoded packet (encoder time base); false at the end.
    [[nodiscard]] Core::Result<bool> next(AVPacket* out)
    {
        for (;;) {
            const int received = avcodec_receive_packet(m_encoder.get(), out);
            if (received == 0)
                return true;
            if (received == AVERROR_EOF)
                return false;
            if (received != AVERROR(EAGAIN))
                return Av::error("avcodec_receive_packet (aac)", received);
            if (m_silenceEnd > 0) {
                if (auto fed = feedSilence(); !fed)
                    return fed.error();
                continue;
            }
            // Feed the encoder one filtered frame, or end it.
            const int got = av_buffersink_get_frame(m_graph.sink, m_frame.get());
            if (got == 0) {
                const int sent = avcodec_send_frame(m_encoder.get(), m_frame.get());
                av_frame_unref(m_frame.get());
                if (sent < 0)
                    return Av::error("avcodec_send_frame (aac)", sent);
                continue;
            }
            if (got == AVERROR_EOF) {
                if (const int sent = avcodec_send_frame(m_encoder.get(), nullptr);
                    sent < 0 && sent != AVERROR_EOF)
                    return Av::error("avcodec_send_frame (aac flush)", sent);
                continue;
            }
            if (got != AVERROR(EAGAIN))
                return Av::error("av_buffersink_get_frame (audio)", got);
            if (auto fed = feed(); !fed)
                return fed.error();
        }
    }

private:
    // Sends the encoder the next frame of silence (the last one may be short), or its end.
    [[nodiscard]] Core::Status feedSilence()
    {
        if (m_silenceNext >= m_silenceEnd) {
            const int sent = avcodec_send_frame(m_encoder.get(), nullptr);
            return sent < 0 && sent != AVERROR_EOF
                       ? Core::Status(Av::error("avcodec_send_frame (aac flush)", sent))
                       : Core::Status();
        }
        const int frameSize = m_encoder->frame_size > 0 ? m_encoder->frame_size : 1024;
        const int samples = int(std::min<int64_t>(frameSize, m_silenceEnd - m_silenceNext));
        auto silence = makeSilence(samples, m_silenceNext);
        if (!silence)
            return silence.error();
        m_silenceNext += samples;
        if (const int sent = avcodec_send_frame(m_encoder.get(), silence->get()); sent < 0)
            return Av::error("avcodec_send_frame (aac)", sent);
        return {};
    }

    // Pushes decoded audio into the graph (or its end).
    [[nodiscard]] Core::Status feed()
    {
        for (;;) {
            const int decoded = avcodec_receive_frame(m_decoder.get(), m_frame.get());
            if (decoded == 0) {
                m_frame->pts = m_frame->best_effort_timestamp;
                const int added = av_buffersrc_add_frame(m_graph.source, m_frame.get());
                av_frame_unref(m_frame.get());
                return added < 0 ? Core::Status(Av::error("av_buffersrc_add_frame", added))
                                 : Core::Status();
            }
            if (decoded == AVERROR_EOF) {
                const int closed = av_buffersrc_add_frame(m_graph.source, nullptr);
                return closed < 0 && closed != AVERROR_EOF
                           ? Core::Status(Av::error("av_buffersrc_add_frame (eof)", closed))
                           : Core::Status();
            }
            if (decoded != AVERROR(EAGAIN))
                return Av::error("avcodec_receive_frame (audio)", decoded);
            const int read = av_read_frame(m_input.get(), m_packet.get());
            if (read == AVERROR_EOF) {
                if (const int sent = avcodec_send_packet(m_decoder.get(), nullptr);
                    sent < 0 && sent != AVERROR_EOF)
                    return Av::error("avcodec_send_packet (flush)", sent);
                continue;
            }
            if (read < 0)
                return Av::error("av_read_frame (audio)", read);
            if (m_packet->stream_index == m_stream) {
                const int sent = avcodec_send_packet(m_decoder.get(), m_packet.get());
                if (sent < 0 && sent != AVERROR_INVALIDDATA) {
                    av_packet_unref(m_packet.get());
                    return Av::error("avcodec_send_packet (audio)", sent);
                }
            }
            av_packet_unref(m_packet.get());
        }
    }

    Av::InputFormat m_input;
    int m_stream = -1;
    Av::CodecContext m_decoder;
    Av::CodecContext m_encoder;
    AudioGraph m_graph;
    Av::Packet m_packet;
    Av::Frame m_frame;
    int64_t m_silenceEnd = 0; // > 0: this source is silence of that many samples
    int64_t m_silenceNext = 0;
};

} // namespace

namespace {

Core::Status assemble(const QStringList& segments, const QString& source, const QString& output,
                      const char* format, Av::Dictionary muxOptions, bool silenceIfNoAudio,
                      const std::atomic<bool>* cancel)
{
    if (segments.isEmpty())
        return Core::makeError(Core::ErrorCode::BadInput, QStringLiteral("no segments"));
    Av::Interrupt interrupt;
    interrupt.cancel = cancel;
    SegmentReader video(segments, &interrupt);
    if (auto opened = video.open(0); !opened)
        return opened;
    int64_t silenceSamples = 0;
    if (silenceIfNoAudio) {
        auto length = videoSamples(segments, &interrupt);
        if (!length)
            return length.error();
        silenceSamples = *length;
    }
    AudioSource audio;
    if (auto opened = audio.open(source, &interrupt, silenceSamples); !opened)
        return opened;

    auto created = Av::openOutput(output, format, &interrupt);
    if (!created)
        return created.error();
    Av::OutputFormat muxer = std::move(created).value();
    AVStream* videoStream = avformat_new_stream(muxer.get(), nullptr);
    if (!videoStream)
        return Av::error("avformat_new_stream", AVERROR(ENOMEM));
    if (const int rc = avcodec_parameters_copy(videoStream->codecpar, video.stream()->codecpar);
        rc < 0)
        return Av::error("avcodec_parameters_copy", rc);
    videoStream->codecpar->codec_tag = 0;
    videoStream->time_base = video.stream()->time_base;
    videoStream->avg_frame_rate = video.stream()->avg_frame_rate;
    AVStream* audioStream = nullptr;
    if (audio.present()) {
        audioStream = avformat_new_stream(muxer.get(), nullptr);
        if (!audioStream)
            return Av::error("avformat_new_stream", AVERROR(ENOMEM));
        if (const int rc = avcodec_parameters_from_context(audioStream->codecpar, audio.encoder());
            rc < 0)
            return Av::error("avcodec_parameters_from_context", rc);
        audioStream->time_base = audio.encoder()->time_base;
    }
    AVDictionary* raw = muxOptions.release();
    const int header = avformat_write_header(muxer.get(), &raw);
    Av::Dictionary left(raw);
    if (header < 0)
        return Av::error("avformat_write_header", header);
    // The muxer may have changed the time bases.
    const AVRational videoBase = videoStream->time_base;

    Av::Packet videoPacket = Av::makePacket();
    Av::Packet audioPacket = Av::makePacket();
    if (!videoPacket || !audioPacket)
        return Av::error("av_packet_alloc", AVERROR(ENOMEM));
    auto haveVideo = video.next(videoPacket.get(), videoBase);
    if (!haveVideo)
        return haveVideo.error();
    Core::Result<bool> haveAudio = false;
    if (audioStream) {
        haveAudio = audio.next(audioPacket.get());
        if (!haveAudio)
            return haveAudio.error();
    }
    while (*haveVideo || *haveAudio) {
        if (cancel && cancel->load())
            return Core::makeError(Core::ErrorCode::Cancelled, QStringLiteral("cancelled"));
        const bool takeVideo =
            *haveVideo &&
            (!*haveAudio || av_compare_ts(videoPacket->dts, videoBase, audioPacket->dts,
                                          audio.encoder()->time_base) <= 0);
        if (takeVideo) {
            videoPacket->stream_index = videoStream->index;
            if (const int rc = av_interleaved_write_frame(muxer.get(), videoPacket.get()); rc < 0)
                return Av::error("av_interleaved_write_frame (video)", rc);
            haveVideo = video.next(videoPacket.get(), videoBase);
            if (!haveVideo)
                return haveVideo.error();
        } else {
            audioPacket->stream_index = audioStream->index;
            av_packet_rescale_ts(audioPacket.get(), audio.encoder()->time_base,
                                 audioStream->time_base);
            if (const int rc = av_interleaved_write_frame(muxer.get(), audioPacket.get()); rc < 0)
                return Av::error("av_interleaved_write_frame (audio)", rc);
            haveAudio = audio.next(audioPacket.get());
            if (!haveAudio)
                return haveAudio.error();
        }
    }
    if (const int rc = av_write_trailer(muxer.get()); rc < 0)
        return Av::error("av_write_trailer", rc);
    return {};
}

} // namespace

Core::Status assembleSegments(const QStringList& segments, const QString& source,
                              const QString& output, const std::atomic<bool>* cancel)
{
    AVDictionary* raw = nullptr;
    av_dict_set(&raw, "movflags", "+faststart", 0);
    av_dict_set(&raw, "use_editlist", "0", 0);
    // The conformance MP4 needs audio: silence where the source has none (as Pipeline does).
    return assemble(segments, source, output, "mp4", Av::Dictionary(raw), true, cancel);
}

Core::Status assembleHlsRendition(const QStringList& segments, const QString& source,
                                  const QString& playlist, double hlsSegmentSeconds,
                                  const std::atomic<bool>* cancel)
{
    return assemble(segments, source, playlist, "hls",
                    hlsMuxOptions(QFileInfo(playlist).absolutePath(), hlsSegmentSeconds), false,
                    cancel);
}

Core::Result<QStringList> finishLadderChunks(const QStringList& chunkDirs, const QString& source,
                                             const QString& outputDir,
                                             const std::atomic<bool>* cancel)
{
    auto probed = probe(source);
    if (!probed)
        return probed.error();
    const StreamInfo* video = probed->firstVideo();
    const bool sideways = video->rotationDegrees == 90 || video->rotationDegrees == 270;
    const QList<Rendition> ladder =
        sideways ? ladderFor(video->height, video->width) : ladderFor(video->width, video->height);
    const double fps = video->frameRate > 0 ? video->frameRate : 30.0;
    const QDir root(outputDir);
    QDir().mkpath(root.absolutePath());
    QList<LadderVariant> variants;
    for (const Rendition& rendition : ladder) {
        const QString name = QStringLiteral("%1p").arg(rendition.height);
        QStringList playlists;
        for (const QString& chunk : chunkDirs)
            playlists.append(QDir(chunk).absoluteFilePath(name + QStringLiteral("/stream.m3u8")));
        const QString dir = root.absoluteFilePath(name);
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        const QString playlist = dir + QStringLiteral("/stream.m3u8");
        if (auto joined = assembleHlsRendition(playlists, source, playlist,
                                               ladderSegmentSeconds(fps), cancel);
            !joined)
            return joined.error();
        auto joinedInfo = probe(playlist);
        if (!joinedInfo)
            return joinedInfo.error();
        variants.append(
            {rendition, joinedInfo->firstVideo()->level, name + QStringLiteral("/stream.m3u8")});
    }
    const QString master = root.absoluteFilePath(QStringLiteral("master.m3u8"));
    if (auto written = writeMasterPlaylist(master, variants, fps, probed->firstAudio() != nullptr);
        !written)
        return written.error();
    QStringList outputs{master};
    auto posters = writePosters(source, root.absolutePath(), cancel);
    if (!posters)
        return posters.error();
    outputs += *posters;
    return outputs;
}

} // namespace Media
