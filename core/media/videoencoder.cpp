#include "core/media/videoencoder.h"

extern "C" {
#include <libavutil/hwcontext.h>
#include <libavutil/opt.h>
}

namespace Media {

LibavVideoEncoder::LibavVideoEncoder(QString codecName, HardwareKind hardware)
    : m_codecName(std::move(codecName)), m_hardware(hardware)
{}

void LibavVideoEncoder::useGpuFrames(AVBufferRef* framesContext)
{
    if (!framesContext)
        return;
    const auto* frames = reinterpret_cast<const AVHWFramesContext*>(framesContext->data);
    const bool mine = (m_hardware == HardwareKind::Nvenc && frames->format == AV_PIX_FMT_CUDA) ||
                      (m_hardware == HardwareKind::Vaapi && frames->format == AV_PIX_FMT_VAAPI);
    if (mine)
        m_gpuFrames.reset(av_buffer_ref(framesContext));
}

bool LibavVideoEncoder::takesAsIs(const AVFrame* frame) const
{
    if (frame->hw_frames_ctx)
        return m_context->hw_frames_ctx && frame->format == m_context->pix_fmt;
    return frame->format == m_context->pix_fmt;
}

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
    // With GPU frames the device comes with their frames context.
    if (!m_gpuFrames) {
        if (auto device = openDevice(); !device)
            return device;
    }
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
        if (m_gpuFrames) {
            // CUDA surfaces straight from the GPU filters: no upload.
            c->pix_fmt = AV_PIX_FMT_CUDA;
            c->sw_pix_fmt = AV_PIX_FMT_NV12;
            c->hw_frames_ctx = av_buffer_ref(m_gpuFrames.get());
        }
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
        if (h264)
            c->profile = FF_PROFILE_H264_HIGH;
        if (m_gpuFrames) {
            // VAAPI surfaces from scale_vaapi: encoded where they are (vaapi_encode.c).
            c->hw_frames_ctx = av_buffer_ref(m_gpuFrames.get());
            break;
        }
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

Core::Result<Av::Frame> LibavVideoEncoder::convert(const AVFrame* frame)
{
    const AVFrame* source = frame;
    Av::Frame downloaded;
    if (frame->hw_frames_ctx) {
        // GPU surfaces this encoder cannot take (a software fallback): download them.
        downloaded = Av::makeFrame();
        if (!downloaded)
            return Av::error("av_frame_alloc", AVERROR(ENOMEM));
        if (const int rc = av_hwframe_transfer_data(downloaded.get(), frame, 0); rc < 0)
            return Av::error("av_hwframe_transfer_data (download)", rc);
        av_frame_copy_props(downloaded.get(), frame);
        source = downloaded.get();
    }
    // System memory in the encoder's format (NV12 under a VAAPI surface).
    const AVPixelFormat target =
        m_context->pix_fmt == AV_PIX_FMT_VAAPI ? AV_PIX_FMT_NV12 : m_context->pix_fmt;
    Av::Frame converted;
    if (source->format != target) {
        converted = Av::makeFrame();
        if (!converted)
            return Av::error("av_frame_alloc", AVERROR(ENOMEM));
        converted->format = target;
        converted->width = source->width;
        converted->height = source->height;
        if (const int rc = av_frame_get_buffer(converted.get(), 0); rc < 0)
            return Av::error("av_frame_get_buffer", rc);
        m_sws.reset(sws_getCachedContext(m_sws.release(), source->width, source->height,
                                         static_cast<AVPixelFormat>(source->format), source->width,
                                         source->height, target, SWS_BILINEAR, nullptr, nullptr,
                                         nullptr));
        if (!m_sws)
            return Av::error("sws_getCachedContext", AVERROR(EINVAL));
        sws_scale(m_sws.get(), source->data, source->linesize, 0, source->height, converted->data,
                  converted->linesize);
        av_frame_copy_props(converted.get(), frame);
    } else if (downloaded) {
        converted = std::move(downloaded);
    } else {
        converted.reset(av_frame_clone(source));
        if (!converted)
            return Av::error("av_frame_clone", AVERROR(ENOMEM));
    }
    if (m_context->pix_fmt != AV_PIX_FMT_VAAPI)
        return converted;
    Av::Frame surface = Av::makeFrame();
    if (!surface)
        return Av::error("av_frame_alloc", AVERROR(ENOMEM));
    if (const int rc = av_hwframe_get_buffer(m_context->hw_frames_ctx, surface.get(), 0); rc < 0)
        return Av::error("av_hwframe_get_buffer", rc);
    if (const int rc = av_hwframe_transfer_data(surface.get(), converted.get(), 0); rc < 0)
        return Av::error("av_hwframe_transfer_data (upload)", rc);
    av_frame_copy_props(surface.get(), frame);
    return surface;
}

Core::Status LibavVideoEncoder::send(const AVFrame* frame)
{
    if (!m_context)
        return Core::makeError(Core::ErrorCode::Internal, QStringLiteral("encoder not open"));
    if (frame && !takesAsIs(frame)) {
        auto converted = convert(frame);
        if (!converted)
            return converted.error();
        if (const int rc = avcodec_send_frame(m_context.get(), converted->get()); rc < 0)
            return Av::error("avcodec_send_frame", rc);
        return {};
    }
    if (const int rc = avcodec_send_frame(m_context.get(), frame); rc < 0 && rc != AVERROR_EOF)
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
