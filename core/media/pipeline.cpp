#include "core/media/pipeline.h"

#include "core/media/encoderprobe.h"
#include "core/media/probe.h"
#include "core/media/videoencoder.h"

#include <QJsonArray>

#include <cmath>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/dict.h>
#include <libavutil/hwcontext.h>
#include <libavutil/pixdesc.h>
}

namespace Media {

namespace {

constexpr auto kProgressInterval = std::chrono::milliseconds(100);

Core::Error cancelledError()
{
    return Core::makeError(Core::ErrorCode::Cancelled, QStringLiteral("encode cancelled"));
}

} // namespace

Av::Dictionary hlsMuxOptions(const QString& directory, double segmentSeconds)
{
    AVDictionary* raw = nullptr;
    av_dict_set(&raw, "hls_segment_type", "fmp4", 0);
    av_dict_set(&raw, "hls_time", QByteArray::number(segmentSeconds, 'f', 3).constData(), 0);
    av_dict_set(&raw, "hls_playlist_type", "vod", 0);
    av_dict_set(&raw, "hls_flags", "independent_segments", 0);
    av_dict_set(&raw, "hls_fmp4_init_filename", "init.mp4", 0);
    av_dict_set(&raw, "hls_segment_filename",
                (directory + QStringLiteral("/segment_%05d.m4s")).toUtf8().constData(), 0);
    return Av::Dictionary(raw);
}

Pipeline::Pipeline(const EncodeOptions& options)
    : m_options(options), m_frame(Av::makeFrame()), m_filtered(Av::makeFrame()),
      m_packet(Av::makePacket()), m_started(std::chrono::steady_clock::now())
{
    m_interrupt.cancel = options.cancel;
}

Pipeline::~Pipeline() = default;

bool Pipeline::cancelled() const
{
    return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed);
}

int Pipeline::gopFrames() const
{
    // Half the frame rate, rounded: 15 at 30 fps, 12 at 24/25 fps, 30 at 60 fps.
    const double fps = av_q2d(m_frameRate);
    return std::max(1, int(std::lround(fps / 2.0)));
}

Core::Status Pipeline::openInput()
{
    if (!m_frame || !m_filtered || !m_packet)
        return Av::error("av_frame_alloc", AVERROR(ENOMEM));
    auto probed = probe(m_options.input);
    if (!probed)
        return probed.error();
    m_source = std::move(probed).value();
    return openStreams();
}

Core::Status Pipeline::openStreams()
{
    m_videoDecoder.reset();
    m_audioDecoder.reset();
    m_input.reset();
    auto opened = Av::openInput(m_options.input, &m_interrupt);
    if (!opened)
        return opened.error();
    m_input = std::move(opened).value();
    m_videoIndex = av_find_best_stream(m_input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (m_videoIndex < 0)
        return Core::makeError(Core::ErrorCode::Unsupported,
                               QStringLiteral("no-video: the input has no video stream"));
    m_audioIndex = m_options.includeAudio ? av_find_best_stream(m_input.get(), AVMEDIA_TYPE_AUDIO,
                                                                -1, m_videoIndex, nullptr, 0)
                                          : -1;
    const AVStream* video = m_input->streams[m_videoIndex];
    auto decoder = Av::openDecoder(video, m_options.threads);
    if (!decoder)
        return decoder.error();
    m_videoDecoder = std::move(decoder).value();
    if (m_audioIndex >= 0) {
        auto audio = Av::openDecoder(m_input->streams[m_audioIndex], 1);
        if (audio)
            m_audioDecoder = std::move(audio).value();
        else
            m_audioIndex = -1; // an undecodable audio track is dropped, the video still encodes
    }
    AVRational rate = video->avg_frame_rate;
    if (rate.num <= 0 || rate.den <= 0)
        rate = video->r_frame_rate;
    if (rate.num <= 0 || rate.den <= 0 || av_q2d(rate) > 240)
        rate = AVRational{30, 1};
    m_frameRate = rate;
    if (m_options.startSeconds > 0) {
        const int64_t target = int64_t(m_options.startSeconds * AV_TIME_BASE);
        if (const int rc = av_seek_frame(m_input.get(), -1, target, AVSEEK_FLAG_BACKWARD); rc < 0)
            return Av::error("av_seek_frame", rc);
    }
    return {};
}

Core::Status Pipeline::openEncoders(const std::vector<OutputPlan>& plans)
{
    const QList<EncoderDescriptor> all =
        m_options.descriptors.isEmpty() ? builtinEncoders() : m_options.descriptors;
    QList<EncoderDescriptor> h264;
    for (const EncoderDescriptor& d : all) {
        if (d.codec == VideoCodec::H264)
            h264.append(d);
    }
    QList<EncoderAvailability> availability = m_options.availability;
    if (availability.isEmpty()) {
        EncoderProbeOptions probeOptions;
        probeOptions.settings = plans.front().settings;
        probeOptions.cachePath = m_options.encoderCachePath;
        probeOptions.appVersion = m_options.appVersion;
        probeOptions.timeLimit = std::chrono::seconds(15);
        availability = probeEncoders(h264, probeOptions);
    }
    EncoderRequest request;
    request.codec = VideoCodec::H264;
    request.choice = m_options.encoder;
    request.requiredCapabilities = kCapBFrames | kCapClosedGop | kCapCabac;
    auto plan = chooseEncoder(h264, availability, request);
    if (!plan)
        return plan.error();
    m_encoderRequested = m_options.encoder;
    std::vector<EncoderDescriptor> candidates;
    for (const QString& id : QStringList{plan->primary} + plan->fallbacks) {
        for (const EncoderDescriptor& d : h264) {
            if (d.id == id)
                candidates.push_back(d);
        }
    }
    QList<VideoBranch> branches;
    for (const OutputPlan& outputPlan : plans)
        branches.append(outputPlan.branch);
    // The graph first: on a GPU frame path its outputs' frames context is what the encoders
    // are opened with.
    if (auto built = buildVideoGraph(candidates.front().hardware, branches, plans.front().settings);
        !built)
        return built;
    for (size_t i = 0; i < plans.size(); ++i) {
        const OutputPlan& outputPlan = plans[i];
        const int target = outputPlan.target;
        auto output = std::make_unique<VideoOutput>(
            outputPlan.settings, candidates, [this, target](AVPacket* packet, AVRational timeBase) {
                return writeVideo(target, packet, timeBase);
            });
        if (m_framePath.onGpu())
            output->useGpuFrames(av_buffersink_get_hw_frames_ctx(m_videoGraph.sinks[i]));
        if (auto opened = output->open(); !opened)
            return opened;
        m_outputs.push_back(std::move(output));
        m_outputTargets.push_back(target);
        m_outputFrames.push_back(0);
    }

    // The conformance format requires AAC audio (DESIGN.md §3): silence where the source
    // has none. Segments of a resumable job (includeAudio false) get theirs when joined; the
    // ladder stays as the source is (an audio-less HLS ladder plays everywhere).
    m_silence = !m_audioDecoder && m_options.includeAudio && m_options.preset == Preset::OneStream;
    if (m_silence) {
        auto aac = openAacEncoder();
        if (!aac)
            return aac.error();
        m_audioEncoder = std::move(aac).value();
    }
    if (m_audioDecoder) {
        auto aac = openAacEncoder();
        if (!aac)
            return aac.error();
        m_audioEncoder = std::move(aac).value();
        auto audioGraph =
            makeAudioGraph(m_audioDecoder.get(), m_input->streams[m_audioIndex]->time_base,
                           m_audioEncoder->frame_size);
        if (!audioGraph)
            return audioGraph.error();
        m_audioGraph = std::move(audioGraph).value();
    }
    return {};
}

namespace {

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

} // namespace

Core::Status Pipeline::buildVideoGraph(HardwareKind encoder, const QList<VideoBranch>& branches,
                                       const EncoderSettings& settings)
{
    const StreamInfo* info = m_source.firstVideo();
    const bool deinterlace = info && info->interlaced;
    const int rotation = info ? info->rotationDegrees : 0;
    FramePathRequest request;
    request.sourceCodec = QLatin1String(avcodec_get_name(m_videoDecoder->codec_id));
    if (const AVPixFmtDescriptor* format = av_pix_fmt_desc_get(m_videoDecoder->pix_fmt))
        request.sourceBitDepth = format->comp[0].depth;
    request.deinterlace = deinterlace;
    request.rotationDegrees = rotation;
    request.encoder = encoder;
    const GpuApi api = gpuApiFor(encoder);
    if (api != GpuApi::None && m_options.gpuFramePath) {
        request.support = gpuBuildSupport(api, request.sourceCodec);
        AVBufferRef* device = nullptr;
        if (av_hwdevice_ctx_create(&device, deviceTypeOf(api), nullptr, nullptr, 0) >= 0) {
            m_hwDevice.reset(device);
            request.support.devices.append(api);
        }
    }
    m_framePath = chooseFramePath(request);
    // Surfaces held downstream: the frames of an uncommitted GOP (hardware fallback) and the
    // encoder's queue.
    const int extraFrames = 2 * settings.gopFrames + 16;
    if (m_framePath.residence == FrameResidence::Gpu) {
        // The decoder's surfaces are released by the scaler (it writes new ones): a few
        // extra cover the deinterlacer's and fps's lookahead.
        if (auto primed = primeHardwareDecode(8); !primed) {
            if (primed.error().code == Core::ErrorCode::Cancelled)
                return primed;
            m_primedFrames.clear();
            m_primedPackets.clear();
            m_inputEnded = false;
            m_notices.append(QStringLiteral("hardware decode failed (%1); frames stay in system "
                                            "memory")
                                 .arg(primed.error().detail));
            m_framePath = chooseFramePath(FramePathRequest{});
            m_framePath.reason = m_notices.back();
            m_hwDevice.reset();
            if (auto reopened = openStreams(); !reopened)
                return reopened;
        } else if (m_primedFrames.empty() || !m_primedFrames.front()->hw_frames_ctx) {
            // The device declined this stream (e.g. its profile): CPU-decoded, uploaded once.
            request.support.hwDecoders.clear();
            m_framePath = chooseFramePath(request);
        }
    }
    const AVStream* video = m_input->streams[m_videoIndex];
    if (m_framePath.onGpu()) {
        GpuGraph gpu;
        gpu.path = m_framePath;
        gpu.device = m_hwDevice.get();
        gpu.extraFrames = extraFrames;
        if (m_framePath.residence == FrameResidence::Gpu) {
            gpu.sourceFrames = m_primedFrames.front()->hw_frames_ctx;
            gpu.sourceFormat = static_cast<AVPixelFormat>(m_primedFrames.front()->format);
        }
        auto graph = makeVideoGraph(m_videoDecoder.get(), video->time_base, m_frameRate,
                                    deinterlace, rotation, branches, &gpu);
        if (graph) {
            m_videoGraph = std::move(graph).value();
            return {};
        }
        m_notices.append(QStringLiteral("the GPU filter graph failed (%1); frames stay in "
                                        "system memory")
                             .arg(graph.error().detail));
        m_framePath = chooseFramePath(FramePathRequest{});
        m_framePath.reason = m_notices.back();
        m_hwDevice.reset();
        m_primedFrames.clear();
        m_primedPackets.clear();
        m_inputEnded = false;
        if (auto reopened = openStreams(); !reopened)
            return reopened;
    }
    auto graph = makeVideoGraph(m_videoDecoder.get(), m_input->streams[m_videoIndex]->time_base,
                                m_frameRate, deinterlace, rotation, branches);
    if (!graph)
        return graph.error();
    m_videoGraph = std::move(graph).value();
    return {};
}

Core::Status Pipeline::primeHardwareDecode(int extraFrames)
{
    auto decoder =
        Av::openDecoder(m_input->streams[m_videoIndex], 1, m_hwDevice.get(), extraFrames);
    if (!decoder)
        return decoder.error();
    m_videoDecoder = std::move(decoder).value();
    // The graph's source needs the decoder's frames context, which exists once it has
    // decoded: read until the first frame comes out, keeping everything read for run().
    Av::Packet packet = Av::makePacket();
    if (!packet)
        return Av::error("av_packet_alloc", AVERROR(ENOMEM));
    while (m_primedFrames.empty() && !m_inputEnded) {
        if (cancelled())
            return cancelledError();
        const int rc = av_read_frame(m_input.get(), packet.get());
        if (rc == AVERROR_EOF) {
            m_inputEnded = true;
            if (const int sent = avcodec_send_packet(m_videoDecoder.get(), nullptr);
                sent < 0 && sent != AVERROR_EOF)
                return Av::error("avcodec_send_packet (video flush)", sent);
        } else if (rc < 0) {
            return Av::error("av_read_frame", rc);
        } else if (packet->stream_index == m_videoIndex) {
            const int sent = avcodec_send_packet(m_videoDecoder.get(), packet.get());
            av_packet_unref(packet.get());
            if (sent < 0 && sent != AVERROR_INVALIDDATA)
                return Av::error("avcodec_send_packet (video)", sent);
        } else {
            if (packet->stream_index == m_audioIndex)
                m_primedPackets.push_back(Av::Packet(av_packet_clone(packet.get())));
            av_packet_unref(packet.get());
            continue;
        }
        for (;;) {
            Av::Frame frame = Av::makeFrame();
            if (!frame)
                return Av::error("av_frame_alloc", AVERROR(ENOMEM));
            const int received = avcodec_receive_frame(m_videoDecoder.get(), frame.get());
            if (received == AVERROR(EAGAIN) || received == AVERROR_EOF)
                break;
            if (received < 0)
                return Av::error("avcodec_receive_frame (video)", received);
            m_primedFrames.push_back(std::move(frame));
        }
    }
    if (m_primedFrames.empty())
        return Core::makeError(Core::ErrorCode::Media,
                               QStringLiteral("no video frame decoded on the device"));
    return {};
}

Core::Status Pipeline::addMuxer(const QString& path, const char* format)
{
    auto opened = Av::openOutput(path, format, &m_interrupt);
    if (!opened)
        return opened.error();
    MuxTarget target;
    target.path = path;
    target.format = std::move(opened).value();
    m_targets.push_back(std::move(target));
    return {};
}

Core::Status Pipeline::writeHeaders(const std::vector<AVDictionary*>& options)
{
    for (size_t t = 0; t < m_targets.size(); ++t) {
        MuxTarget& target = m_targets[t];
        for (size_t o = 0; o < m_outputs.size(); ++o) {
            if (m_outputTargets[o] != int(t))
                continue;
            AVStream* stream = avformat_new_stream(target.format.get(), nullptr);
            if (!stream)
                return Av::error("avformat_new_stream", AVERROR(ENOMEM));
            const AVCodecContext* context = m_outputs[o]->context();
            if (const int rc = avcodec_parameters_from_context(stream->codecpar, context); rc < 0)
                return Av::error("avcodec_parameters_from_context", rc);
            stream->time_base = context->time_base;
            stream->avg_frame_rate = m_frameRate;
            target.videoStream = stream->index;
        }
        if (m_audioEncoder) {
            AVStream* stream = avformat_new_stream(target.format.get(), nullptr);
            if (!stream)
                return Av::error("avformat_new_stream", AVERROR(ENOMEM));
            if (const int rc =
                    avcodec_parameters_from_context(stream->codecpar, m_audioEncoder.get());
                rc < 0)
                return Av::error("avcodec_parameters_from_context", rc);
            stream->time_base = m_audioEncoder->time_base;
            target.audioStream = stream->index;
        }
        AVDictionary* dictionary = t < options.size() ? options[t] : nullptr;
        AVDictionary* copy = nullptr;
        av_dict_copy(&copy, dictionary, 0);
        const int rc = avformat_write_header(target.format.get(), &copy);
        Av::Dictionary left(copy);
        if (rc < 0)
            return Av::error("avformat_write_header", rc);
        target.headerWritten = true;
    }
    return {};
}

Core::Status Pipeline::writeVideo(int targetIndex, AVPacket* packet, AVRational timeBase)
{
    MuxTarget& target = m_targets[size_t(targetIndex)];
    AVStream* stream = target.format->streams[target.videoStream];
    packet->stream_index = target.videoStream;
    av_packet_rescale_ts(packet, timeBase, stream->time_base);
    // After an encoder switch the replacement may start its decode clock a little earlier;
    // keep dts strictly increasing without ever passing pts.
    if (packet->dts != AV_NOPTS_VALUE && target.lastVideoDts != INT64_MIN &&
        packet->dts <= target.lastVideoDts) {
        packet->dts = target.lastVideoDts + 1;
        if (packet->pts != AV_NOPTS_VALUE && packet->pts < packet->dts)
            packet->pts = packet->dts;
    }
    if (packet->dts != AV_NOPTS_VALUE)
        target.lastVideoDts = packet->dts;
    if (const int rc = av_interleaved_write_frame(target.format.get(), packet); rc < 0)
        return Av::error("av_interleaved_write_frame (video)", rc);
    return {};
}

Core::Status Pipeline::writeAudio(AVPacket* packet)
{
    for (MuxTarget& target : m_targets) {
        Av::Packet copy(av_packet_clone(packet));
        if (!copy)
            return Av::error("av_packet_clone", AVERROR(ENOMEM));
        copy->stream_index = target.audioStream;
        av_packet_rescale_ts(copy.get(), m_audioEncoder->time_base,
                             target.format->streams[target.audioStream]->time_base);
        if (const int rc = av_interleaved_write_frame(target.format.get(), copy.get()); rc < 0)
            return Av::error("av_interleaved_write_frame (audio)", rc);
    }
    return {};
}

bool Pipeline::beforeRange(const AVFrame* frame, AVRational timeBase) const
{
    if (m_options.startSeconds <= 0 || frame->best_effort_timestamp == AV_NOPTS_VALUE)
        return false;
    const double start =
        m_input->start_time != AV_NOPTS_VALUE ? double(m_input->start_time) / AV_TIME_BASE : 0.0;
    return frame->best_effort_timestamp * av_q2d(timeBase) - start < m_options.startSeconds - 1e-6;
}

bool Pipeline::afterRange(const AVFrame* frame, AVRational timeBase) const
{
    if (m_options.endSeconds <= 0 || frame->best_effort_timestamp == AV_NOPTS_VALUE)
        return false;
    const double start =
        m_input->start_time != AV_NOPTS_VALUE ? double(m_input->start_time) / AV_TIME_BASE : 0.0;
    return frame->best_effort_timestamp * av_q2d(timeBase) - start >= m_options.endSeconds - 1e-6;
}

Core::Status Pipeline::pullVideo()
{
    for (size_t i = 0; i < m_outputs.size(); ++i) {
        for (;;) {
            const int rc = av_buffersink_get_frame(m_videoGraph.sinks[i], m_filtered.get());
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                break;
            if (rc < 0)
                return Av::error("av_buffersink_get_frame (video)", rc);
            m_filtered->pts = m_outputFrames[i]++;
            m_filtered->pict_type = AV_PICTURE_TYPE_NONE;
            const Core::Status status = m_outputs[i]->encode(m_filtered.get());
            av_frame_unref(m_filtered.get());
            if (!status)
                return status;
            if (cancelled())
                return cancelledError();
        }
    }
    if (m_silence) {
        if (auto silence = encodeSilence(false); !silence)
            return silence;
    }
    reportProgress(false);
    return {};
}

Core::Status Pipeline::decodeVideo(const AVPacket* packet)
{
    if (m_videoEnded)
        return {};
    if (const int rc = avcodec_send_packet(m_videoDecoder.get(), packet);
        rc < 0 && rc != AVERROR_EOF) {
        // A damaged packet is skipped; decoding goes on from the next one.
        if (rc != AVERROR_INVALIDDATA)
            return Av::error("avcodec_send_packet (video)", rc);
    }
    for (;;) {
        const int rc = avcodec_receive_frame(m_videoDecoder.get(), m_frame.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            break;
        if (rc < 0)
            return Av::error("avcodec_receive_frame (video)", rc);
        const Core::Status filtered = filterVideo(m_frame.get());
        av_frame_unref(m_frame.get());
        if (!filtered)
            return filtered;
        if (m_videoEnded)
            break;
    }
    return {};
}

Core::Status Pipeline::filterVideo(AVFrame* frame)
{
    const AVRational timeBase = m_input->streams[m_videoIndex]->time_base;
    if (beforeRange(frame, timeBase))
        return {};
    if (afterRange(frame, timeBase)) {
        m_videoEnded = true;
        return {};
    }
    frame->pts = frame->best_effort_timestamp;
    if (frame->pts != AV_NOPTS_VALUE)
        m_videoEndPts = frame->pts + std::max<int64_t>(frame->pkt_duration, 1);
    const int added =
        av_buffersrc_add_frame_flags(m_videoGraph.source, frame, AV_BUFFERSRC_FLAG_KEEP_REF);
    if (added < 0)
        return Av::error("av_buffersrc_add_frame (video)", added);
    return pullVideo();
}

Core::Status Pipeline::encodeAudio(const AVFrame* frame)
{
    if (const int rc = avcodec_send_frame(m_audioEncoder.get(), frame); rc < 0 && rc != AVERROR_EOF)
        return Av::error("avcodec_send_frame (aac)", rc);
    for (;;) {
        const int rc = avcodec_receive_packet(m_audioEncoder.get(), m_packet.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return {};
        if (rc < 0)
            return Av::error("avcodec_receive_packet (aac)", rc);
        const Core::Status written = writeAudio(m_packet.get());
        av_packet_unref(m_packet.get());
        if (!written)
            return written;
    }
}

Core::Status Pipeline::encodeSilence(bool last)
{
    if (m_outputFrames.empty())
        return {};
    // The end of the video written so far, in samples.
    const int64_t end = av_rescale(m_outputFrames.front(),
                                   int64_t(kAudioSampleRate) * m_frameRate.den, m_frameRate.num);
    const int frameSize = m_audioEncoder->frame_size > 0 ? m_audioEncoder->frame_size : 1024;
    while (m_silenceSamples < end) {
        const int64_t left = end - m_silenceSamples;
        // Only the very last frame may be short (the encoder accepts one short frame, last).
        if (left < frameSize && !last)
            return {};
        const int samples = int(std::min<int64_t>(left, frameSize));
        auto silence = makeSilence(samples, m_silenceSamples);
        if (!silence)
            return silence.error();
        if (auto encoded = encodeAudio(silence->get()); !encoded)
            return encoded;
        m_silenceSamples += samples;
    }
    return {};
}

Core::Status Pipeline::pullAudio()
{
    for (;;) {
        const int rc = av_buffersink_get_frame(m_audioGraph.sink, m_filtered.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return {};
        if (rc < 0)
            return Av::error("av_buffersink_get_frame (audio)", rc);
        const Core::Status status = encodeAudio(m_filtered.get());
        av_frame_unref(m_filtered.get());
        if (!status)
            return status;
    }
}

Core::Status Pipeline::decodeAudio(const AVPacket* packet)
{
    if (m_audioEnded)
        return {};
    if (const int rc = avcodec_send_packet(m_audioDecoder.get(), packet);
        rc < 0 && rc != AVERROR_EOF && rc != AVERROR_INVALIDDATA)
        return Av::error("avcodec_send_packet (audio)", rc);
    const AVRational timeBase = m_input->streams[m_audioIndex]->time_base;
    for (;;) {
        const int rc = avcodec_receive_frame(m_audioDecoder.get(), m_frame.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            break;
        if (rc < 0)
            return Av::error("avcodec_receive_frame (audio)", rc);
        if (beforeRange(m_frame.get(), timeBase)) {
            av_frame_unref(m_frame.get());
            continue;
        }
        if (afterRange(m_frame.get(), timeBase)) {
            av_frame_unref(m_frame.get());
            m_audioEnded = true;
            break;
        }
        m_frame->pts = m_frame->best_effort_timestamp;
        const int added = av_buffersrc_add_frame_flags(m_audioGraph.source, m_frame.get(),
                                                       AV_BUFFERSRC_FLAG_KEEP_REF);
        av_frame_unref(m_frame.get());
        if (added < 0)
            return Av::error("av_buffersrc_add_frame (audio)", added);
        if (auto pulled = pullAudio(); !pulled)
            return pulled;
    }
    return {};
}

Core::Status Pipeline::run()
{
    m_started = std::chrono::steady_clock::now();
    Av::Packet packet = Av::makePacket();
    if (!packet)
        return Av::error("av_packet_alloc", AVERROR(ENOMEM));
    // What priming the hardware decoder read: its frames, then the audio read meanwhile.
    while (!m_primedFrames.empty()) {
        Av::Frame frame = std::move(m_primedFrames.front());
        m_primedFrames.pop_front();
        if (m_videoEnded)
            continue;
        if (auto filtered = filterVideo(frame.get()); !filtered)
            return filtered;
    }
    while (!m_primedPackets.empty()) {
        Av::Packet primed = std::move(m_primedPackets.front());
        m_primedPackets.pop_front();
        if (primed && m_audioDecoder) {
            if (auto decoded = decodeAudio(primed.get()); !decoded)
                return decoded;
        }
    }
    while (!m_inputEnded && !(m_videoEnded && (m_audioEnded || !m_audioDecoder))) {
        if (cancelled())
            return cancelledError();
        const int rc = av_read_frame(m_input.get(), packet.get());
        if (rc == AVERROR_EOF)
            break;
        if (rc < 0) {
            if (cancelled())
                return cancelledError();
            return Av::error("av_read_frame", rc);
        }
        Core::Status status;
        if (packet->stream_index == m_videoIndex)
            status = decodeVideo(packet.get());
        else if (packet->stream_index == m_audioIndex && m_audioDecoder)
            status = decodeAudio(packet.get());
        av_packet_unref(packet.get());
        if (!status)
            return status;
    }
    return {};
}

Core::Status Pipeline::finish()
{
    if (auto drained = decodeVideo(nullptr); !drained)
        return drained;
    // Close at the end of the last frame (not its start) so that the fps filter keeps it.
    if (const int rc = av_buffersrc_close(m_videoGraph.source, m_videoEndPts, 0); rc < 0)
        return Av::error("av_buffersrc_add_frame (video eof)", rc);
    if (auto pulled = pullVideo(); !pulled)
        return pulled;
    for (auto& output : m_outputs) {
        if (auto finished = output->finish(); !finished)
            return finished;
    }
    if (m_audioDecoder) {
        if (auto drained = decodeAudio(nullptr); !drained)
            return drained;
        if (const int rc = av_buffersrc_add_frame_flags(m_audioGraph.source, nullptr, 0); rc < 0)
            return Av::error("av_buffersrc_add_frame (audio eof)", rc);
        if (auto pulled = pullAudio(); !pulled)
            return pulled;
        if (auto flushed = encodeAudio(nullptr); !flushed)
            return flushed;
    } else if (m_silence) {
        if (auto silence = encodeSilence(true); !silence)
            return silence;
        if (auto flushed = encodeAudio(nullptr); !flushed)
            return flushed;
    }
    for (MuxTarget& target : m_targets) {
        if (const int rc = av_write_trailer(target.format.get()); rc < 0)
            return Av::error("av_write_trailer", rc);
    }
    reportProgress(true);
    return {};
}

void Pipeline::reportProgress(bool force)
{
    const auto now = std::chrono::steady_clock::now();
    if (!m_options.onProgress || (!force && now - m_lastProgress < kProgressInterval))
        return;
    m_lastProgress = now;
    EncodeProgress progress;
    progress.frames = m_outputFrames.empty() ? 0 : m_outputFrames.front();
    progress.mediaSeconds = double(progress.frames) / av_q2d(m_frameRate);
    const double wall = std::chrono::duration<double>(now - m_started).count();
    double total = double(m_source.duration.count()) / 1000.0;
    if (m_options.endSeconds > 0)
        total = std::min(total, m_options.endSeconds);
    total -= m_options.startSeconds;
    progress.percent = total > 0 ? std::min(100.0, 100.0 * progress.mediaSeconds / total) : 0;
    if (force)
        progress.percent = 100;
    progress.fps = wall > 0 ? double(progress.frames) / wall : 0;
    progress.speed = wall > 0 ? progress.mediaSeconds / wall : 0;
    if (progress.speed > 0 && total > progress.mediaSeconds)
        progress.remaining =
            std::chrono::seconds(std::lround((total - progress.mediaSeconds) / progress.speed));
    m_options.onProgress(progress);
}

EncodeRecord Pipeline::record() const
{
    EncodeRecord record;
    record.preset = presetName(m_options.preset);
    record.input = m_options.input;
    record.output = m_options.output;
    record.encoderRequested = m_encoderRequested;
    QStringList used;
    for (const auto& output : m_outputs) {
        if (!used.contains(output->encoderUsed()))
            used.append(output->encoderUsed());
        record.fellBack = record.fellBack || output->fellBack();
        for (const QString& notice : output->notices()) {
            if (!record.notices.contains(notice))
                record.notices.append(notice);
        }
    }
    record.notices += m_notices;
    record.encoderUsed = used.join(QLatin1Char(','));
    record.frames = m_outputFrames.empty() ? 0 : m_outputFrames.front();
    record.mediaSeconds = double(record.frames) / av_q2d(m_frameRate);
    record.wallSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    record.speed = record.wallSeconds > 0 ? record.mediaSeconds / record.wallSeconds : 0;
    record.fps = record.wallSeconds > 0 ? double(record.frames) / record.wallSeconds : 0;
    QJsonArray renditions;
    for (const auto& output : m_outputs) {
        const EncoderSettings& s = output->settings();
        renditions.append(QJsonObject{{QStringLiteral("width"), s.width},
                                      {QStringLiteral("height"), s.height},
                                      {QStringLiteral("bitrateKbps"), s.bitrateKbps},
                                      {QStringLiteral("crf"), s.bitrateKbps > 0 ? 0 : s.crf},
                                      {QStringLiteral("encoder"), output->encoderUsed()}});
    }
    const EncoderSettings first =
        m_outputs.empty() ? EncoderSettings{} : m_outputs.front()->settings();
    record.settings = QJsonObject{
        {QStringLiteral("frameRate"),
         QStringLiteral("%1/%2").arg(m_frameRate.num).arg(m_frameRate.den)},
        {QStringLiteral("gopFrames"), first.gopFrames},
        {QStringLiteral("bFrames"), first.bFrames},
        {QStringLiteral("closedGop"), true},
        {QStringLiteral("profile"), QStringLiteral("high")},
        {QStringLiteral("pixelFormat"), QStringLiteral("yuv420p")},
        {QStringLiteral("speedPreset"), first.speedPreset},
        {QStringLiteral("audio"),
         !m_audioEncoder ? QStringLiteral("none")
         : m_silence ? QStringLiteral("aac-lc 48000 Hz stereo 160 kb/s (silence: the source has "
                                      "no audio)")
                     : QStringLiteral("aac-lc 48000 Hz stereo 160 kb/s")},
        {QStringLiteral("renditions"), renditions},
        {QStringLiteral("framePath"), m_framePath.describe()},
        {QStringLiteral("framePathReason"), m_framePath.reason}};
    for (const MuxTarget& target : m_targets)
        record.outputs.append(target.path);
    return record;
}

} // namespace Media
