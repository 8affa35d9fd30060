#include "core/media/videoencoder.h"

extern "C" {
#include <libavutil/hwcontext.h>
#include <libavutil/opt.h>
}

namespace Media {

LibavVideoEncoder::LibavVideoEncoder(QString codecName, HardwareKind hardware)
    : m_codecName(std::move(codecName)), m_hardware(hardware)
{}

Core::Status LibavVideoEncoder::openDevice()
{
    AVHWDeviceType type = AV_HWDEVICE_TYPE_NONE;
    switch (m_hardware) {
    case HardwareKind::Vaapi:
        type = AV_HWDEVICE_TYPE_VAAPI;
        break;
    case HardwareKind::Nvenc:
        type = AV_HWDEVICE_TYPE_CUDA;
        break;
    case HardwareKind::QuickSync:
        type = AV_HWDEVICE_TYPE_QSV;
        break;
    default:
        return {};
    }
    AVBufferRef* device = nullptr;
    if (const int rc = av_hwdevice_ctx_create(&device, type, nullptr, nullptr, 0); rc < 0) {
        return Core::makeError(
            Core::ErrorCode::Unsupported,
            QStringLiteral("no device: %1 (%2)")
                .arg(QLatin1String(av_hwdevice_get_type_name(type)), Av::errorText(rc)),
            rc);
    }
    m_device.reset(device);
    return {};
}

Core::Status LibavVideoEncoder::open(const EncoderSettings& settings)
{
    const QByteArray name = m_codecName.toLatin1();
    const AVCodec* codec = avcodec_find_encoder_by_name(name.constData());
    if (!codec) {
        return Core::makeError(Core::ErrorCode::Unsupported,
                               QStringLiteral("not built into this FFmpeg (%1)").arg(m_codecName));
    }
    if (auto device = openDevice(); !device)
        return device;
    m_context.reset(avcodec_alloc_context3(codec));
    if (!m_context)
        return Av::error("avcodec_alloc_context3", AVERROR(ENOMEM));
    AVCodecContext* c = m_context.get();
    c->width = settings.width;
    c->height = settings.height;
    c->framerate = AVRational{settings.frameRateNum, settings.frameRateDen};
    c->time_base = av_inv_q(c->framerate);
    c->sample_aspect_ratio = AVRational{1, 1};
    c->gop_size = settings.gopFrames;
    c->keyint_min = settings.gopFrames;
    c->max_b_frames = settings.bFrames;
    c->flags |= AV_CODEC_FLAG_CLOSED_GOP;
    if (settings.globalHeader)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    c->thread_count = settings.threads;
    c->color_range = AVCOL_RANGE_MPEG;
    c->pix_fmt = AV_PIX_FMT_YUV420P;
    if (settings.bitrateKbps > 0) {
        c->bit_rate = int64_t(settings.bitrateKbps) * 1000;
        c->rc_max_rate = c->bit_rate * 11 / 10;
        c->rc_buffer_size = int(c->bit_rate * 2);
    }
    const bool h264 = codec->id == AV_CODEC_ID_H264;
    auto set = [&](const char* key, const QString& value) {
        av_opt_set(c->priv_data, key, value.toUtf8().constData(), 0);
    };
    switch (m_hardware) {
    case HardwareKind::Software:
        if (m_codecName == QLatin1String("libx264")) {
            set("preset", settings.speedPreset);
            set("profile", QStringLiteral("high"));
            // CABAC and 8x8 transform (High) whatever the speed preset; exactly bFrames
            // consecutive B-frames; GOP boundaries fixed, no scene cuts.
            set("x264-params", QStringLiteral("cabac=1:8x8dct=1:b-adapt=0:scenecut=0:open-gop=0:"
                                              "repeat-headers=%1")
                                   .arg(settings.globalHeader ? 0 : 1));
            set("forced-idr", QStringLiteral("1"));
            if (settings.bitrateKbps <= 0)
                set("crf", QString::number(settings.crf));
        } else if (m_codecName == QLatin1String("libx265")) {
            set("preset", settings.speedPreset);
            set("x265-params", QStringLiteral("scenecut=0:open-gop=0:log-level=error"));
            if (settings.bitrateKbps <= 0)
                set("crf", QString::number(settings.crf));
        } else if (m_codecName == QLatin1String("libsvtav1")) {
            c->max_b_frames = 0;
            set("preset", QStringLiteral("10"));
            if (settings.bitrateKbps <= 0)
                set("crf", QString::number(settings.crf + 10));
        }
        break;
    case HardwareKind::Nvenc:
        set("preset", QStringLiteral("p4"));
        set("forced-idr", QStringLiteral("1"));
        set("strict_gop", QStringLiteral("1"));
        if (h264)
            set("profile", QStringLiteral("high"));
        if (settings.bitrateKbps <= 0)
            set("cq", QString::number(settings.crf));
        break;
    case HardwareKind::QuickSync:
        c->pix_fmt = AV_PIX_FMT_NV12;
        set("forced_idr", QStringLiteral("1"));
        if (h264)
            set("profile", QStringLiteral("high"));
        break;
    case HardwareKind::Vaapi: {
        c->pix_fmt = AV_PIX_FMT_VAAPI;
        Av::Buffer frames(av_hwframe_ctx_alloc(m_device.get()));
        if (!frames)
            return Av::error("av_hwframe_ctx_alloc", AVERROR(ENOMEM));
        auto* framesContext = reinterpret_cast<AVHWFramesContext*>(frames->data);
        framesContext->format = AV_PIX_FMT_VAAPI;
        framesContext->sw_format = AV_PIX_FMT_NV12;
        framesContext->width = settings.width;
        framesContext->height = settings.height;
        framesContext->initial_pool_size = 20;
        if (const int rc = av_hwframe_ctx_init(frames.get()); rc < 0)
            return Av::error("av_hwframe_ctx_init", rc);
        c->hw_frames_ctx = av_buffer_ref(frames.get());
        if (h264)
            c->profile = FF_PROFILE_H264_HIGH;
        break;
    }
    default:
        c->max_b_frames = settings.bFrames;
        if (h264)
            set("profile", QStringLiteral("high"));
        break;
    }
    if (const int rc = avcodec_open2(c, codec, nullptr); rc < 0) {
        Core::Error failure = Av::error("avcodec_open2", rc);
        failure.code = Core::ErrorCode::Unsupported;
        return failure;
    }
    return {};
}

Core::Status LibavVideoEncoder::send(const AVFrame* frame)
{
    if (!m_context)
        return Core::makeError(Core::ErrorCode::Internal, QStringLiteral("encoder not open"));
    const AVFrame* toSend = frame;
    Av::Frame converted;
    if (frame && m_context->pix_fmt != frame->format) {
        // Hardware encoders want NV12 (system memory for Quick Sync, a VAAPI surface for
        // VAAPI). Convert, then upload where needed.
        converted = Av::makeFrame();
        if (!converted)
            return Av::error("av_frame_alloc", AVERROR(ENOMEM));
        converted->format = AV_PIX_FMT_NV12;
        converted->width = frame->width;
        converted->height = frame->height;
        if (const int rc = av_frame_get_buffer(converted.get(), 0); rc < 0)
            return Av::error("av_frame_get_buffer", rc);
        Av::Sws sws(sws_getContext(
            frame->width, frame->height, static_cast<AVPixelFormat>(frame->format), frame->width,
            frame->height, AV_PIX_FMT_NV12, SWS_BILINEAR, nullptr, nullptr, nullptr));
        if (!sws)
            return Av::error("sws_getContext", AVERROR(EINVAL));
        sws_scale(sws.get(), frame->data, frame->linesize, 0, frame->height, converted->data,
                  converted->linesize);
        av_frame_copy_props(converted.get(), frame);
        if (m_context->pix_fmt == AV_PIX_FMT_VAAPI) {
            Av::Frame surface = Av::makeFrame();
            if (!surface)
                return Av::error("av_frame_alloc", AVERROR(ENOMEM));
            if (const int rc = av_hwframe_get_buffer(m_context->hw_frames_ctx, surface.get(), 0);
                rc < 0)
                return Av::error("av_hwframe_get_buffer", rc);
            if (const int rc = av_hwframe_transfer_data(surface.get(), converted.get(), 0); rc < 0)
                return Av::error("av_hwframe_transfer_data", rc);
            av_frame_copy_props(surface.get(), frame);
            converted = std::move(surface);
        }
        toSend = converted.get();
    }
    if (const int rc = avcodec_send_frame(m_context.get(), toSend); rc < 0 && rc != AVERROR_EOF)
        return Av::error("avcodec_send_frame", rc);
    return {};
}

Core::Result<ReceiveState> LibavVideoEncoder::receive(AVPacket* packet)
{
    const int rc = avcodec_receive_packet(m_context.get(), packet);
    if (rc == AVERROR(EAGAIN))
        return ReceiveState::NeedInput;
    if (rc == AVERROR_EOF)
        return ReceiveState::End;
    if (rc < 0)
        return Av::error("avcodec_receive_packet", rc);
    return ReceiveState::Packet;
}

} // namespace Media
