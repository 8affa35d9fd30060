#include "core/media/libav.h"

extern "C" {
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/hwcontext.h>
}

namespace Media::Av {

void InputFormatDeleter::operator()(AVFormatContext* context) const
{
    avformat_close_input(&context);
}

void OutputFormatDeleter::operator()(AVFormatContext* context) const
{
    if (!context)
        return;
    if (context->oformat && !(context->oformat->flags & AVFMT_NOFILE))
        avio_closep(&context->pb);
    avformat_free_context(context);
}

void CodecContextDeleter::operator()(AVCodecContext* context) const
{
    avcodec_free_context(&context);
}

void PacketDeleter::operator()(AVPacket* packet) const
{
    av_packet_free(&packet);
}

void FrameDeleter::operator()(AVFrame* frame) const
{
    av_frame_free(&frame);
}

void FilterGraphDeleter::operator()(AVFilterGraph* graph) const
{
    avfilter_graph_free(&graph);
}

void BufferDeleter::operator()(AVBufferRef* buffer) const
{
    av_buffer_unref(&buffer);
}

void SwsDeleter::operator()(SwsContext* context) const
{
    sws_freeContext(context);
}

void IoContextDeleter::operator()(AVIOContext* context) const
{
    if (context)
        av_freep(&context->buffer);
    avio_context_free(&context);
}

void DictionaryDeleter::operator()(AVDictionary* dictionary) const
{
    av_dict_free(&dictionary);
}

Packet makePacket()
{
    return Packet(av_packet_alloc());
}

Frame makeFrame()
{
    return Frame(av_frame_alloc());
}

QString errorText(int averror)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, text, sizeof text);
    return QString::fromUtf8(text);
}

Core::Error error(const char* step, int averror)
{
    const Core::ErrorCode code =
        averror == AVERROR_EXIT ? Core::ErrorCode::Cancelled : Core::ErrorCode::Media;
    return Core::makeError(
        code, QStringLiteral("%1: %2").arg(QLatin1String(step), errorText(averror)), averror);
}

int Interrupt::callback(void* opaque)
{
    const auto* self = static_cast<const Interrupt*>(opaque);
    if (!self)
        return 0;
    if (self->cancel && self->cancel->load(std::memory_order_relaxed))
        return 1;
    if (self->deadline != std::chrono::steady_clock::time_point{} &&
        std::chrono::steady_clock::now() > self->deadline)
        return 1;
    return 0;
}

AVIOInterruptCB Interrupt::asCallback() const
{
    return AVIOInterruptCB{&Interrupt::callback, const_cast<Interrupt*>(this)};
}

Core::Result<InputFormat> openInput(const QString& path, const Interrupt* interrupt,
                                    AVIOContext* io)
{
    AVFormatContext* raw = avformat_alloc_context();
    if (!raw)
        return error("avformat_alloc_context", AVERROR(ENOMEM));
    if (interrupt)
        raw->interrupt_callback = interrupt->asCallback();
    if (io) {
        raw->pb = io;
        raw->flags |= AVFMT_FLAG_CUSTOM_IO;
    }
    const QByteArray utf8 = path.toUtf8();
    // On failure avformat_open_input frees the context itself.
    if (const int rc = avformat_open_input(&raw, utf8.constData(), nullptr, nullptr); rc < 0)
        return error("avformat_open_input", rc);
    InputFormat input(raw);
    if (const int rc = avformat_find_stream_info(input.get(), nullptr); rc < 0)
        return error("avformat_find_stream_info", rc);
    return input;
}

Core::Result<OutputFormat> openOutput(const QString& path, const char* formatName,
                                      const Interrupt* interrupt)
{
    const QByteArray utf8 = path.toUtf8();
    AVFormatContext* raw = nullptr;
    if (const int rc = avformat_alloc_output_context2(&raw, nullptr, formatName, utf8.constData());
        rc < 0 || !raw)
        return error("avformat_alloc_output_context2", rc < 0 ? rc : AVERROR(ENOMEM));
    OutputFormat output(raw);
    if (interrupt)
        output->interrupt_callback = interrupt->asCallback();
    if (!(output->oformat->flags & AVFMT_NOFILE)) {
        const AVIOInterruptCB callback =
            interrupt ? interrupt->asCallback() : AVIOInterruptCB{nullptr, nullptr};
        if (const int rc =
                avio_open2(&output->pb, utf8.constData(), AVIO_FLAG_WRITE, &callback, nullptr);
            rc < 0)
            return error("avio_open2", rc);
    }
    return output;
}

namespace {

// get_format for hardware decoding: the pixel format of the device the context was given;
// without it on offer (a profile the device cannot decode), the software format, so the
// stream still decodes on the CPU.
AVPixelFormat pickHardwareFormat(AVCodecContext* context, const AVPixelFormat* offered)
{
    if (context->hw_device_ctx) {
        const auto* device =
            reinterpret_cast<const AVHWDeviceContext*>(context->hw_device_ctx->data);
        for (int i = 0;; ++i) {
            const AVCodecHWConfig* config = avcodec_get_hw_config(context->codec, i);
            if (!config)
                break;
            if (!(config->methods & AV_CODEC_HW_CONFIG_METHOD_HW_DEVICE_CTX) ||
                config->device_type != device->type)
                continue;
            for (const AVPixelFormat* format = offered; *format != AV_PIX_FMT_NONE; ++format) {
                if (*format == config->pix_fmt)
                    return *format;
            }
        }
    }
    return avcodec_default_get_format(context, offered);
}

} // namespace

Core::Result<CodecContext> openDecoder(const AVStream* stream, int threads, AVBufferRef* hwDevice,
                                       int extraHwFrames)
{
    const AVCodec* codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
        return Core::makeError(
            Core::ErrorCode::Unsupported,
            QStringLiteral("no decoder for codec %1")
                .arg(QLatin1String(avcodec_get_name(stream->codecpar->codec_id))));
    CodecContext context(avcodec_alloc_context3(codec));
    if (!context)
        return error("avcodec_alloc_context3", AVERROR(ENOMEM));
    if (const int rc = avcodec_parameters_to_context(context.get(), stream->codecpar); rc < 0)
        return error("avcodec_parameters_to_context", rc);
    context->pkt_timebase = stream->time_base;
    context->thread_count = threads;
    if (hwDevice) {
        context->hw_device_ctx = av_buffer_ref(hwDevice);
        if (!context->hw_device_ctx)
            return error("av_buffer_ref", AVERROR(ENOMEM));
        context->get_format = &pickHardwareFormat;
        context->extra_hw_frames = extraHwFrames;
        context->thread_count = 1; // the device decodes; no frame threads around it
    }
    if (const int rc = avcodec_open2(context.get(), codec, nullptr); rc < 0)
        return error("avcodec_open2 (decoder)", rc);
    return context;
}

} // namespace Media::Av
