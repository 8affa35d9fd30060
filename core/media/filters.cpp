#include "core/media/filters.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/pixdesc.h>
#include <libavutil/samplefmt.h>
}

namespace Media {

namespace {

struct InOuts
{
    void operator()(AVFilterInOut* inout) const { avfilter_inout_free(&inout); }
};
using InOut = std::unique_ptr<AVFilterInOut, InOuts>;

} // namespace

QString videoGraphDescription(AVRational frameRate, bool deinterlace, int rotationDegrees,
                              const QList<VideoBranch>& branches, const FramePath* gpuPath)
{
    const bool gpu = gpuPath && gpuPath->onGpu();
    QStringList chain;
    chain.append(QStringLiteral("setpts=PTS-STARTPTS"));
    if (gpu && gpuPath->residence == FrameResidence::UploadOnce) {
        chain.append(QStringLiteral("format=nv12"));
        chain.append(gpuPath->uploadFilter);
    }
    if (deinterlace) {
        if (!gpu)
            chain.append(QStringLiteral("bwdif=mode=send_frame:parity=auto:deint=interlaced"));
        else if (gpuPath->deinterlaceFilter == QLatin1String("yadif_cuda"))
            chain.append(QStringLiteral("yadif_cuda=mode=send_frame:parity=auto:deint=interlaced"));
        else
            chain.append(gpuPath->deinterlaceFilter + QStringLiteral("=rate=frame:auto=1"));
    }
    if (rotationDegrees == 90 || rotationDegrees == 270 || rotationDegrees == 180) {
        if (gpu) {
            const QString dir = rotationDegrees == 90    ? QStringLiteral("clock")
                                : rotationDegrees == 270 ? QStringLiteral("cclock")
                                                         : QStringLiteral("reversal");
            chain.append(gpuPath->transposeFilter + QStringLiteral("=dir=") + dir);
        } else if (rotationDegrees == 90) {
            chain.append(QStringLiteral("transpose=clock"));
        } else if (rotationDegrees == 270) {
            chain.append(QStringLiteral("transpose=cclock"));
        } else {
            chain.append(QStringLiteral("hflip,vflip"));
        }
    }
    // fps only moves references, so it works on GPU surfaces too.
    chain.append(QStringLiteral("fps=%1/%2").arg(frameRate.num).arg(frameRate.den));
    QString description = QStringLiteral("[in]") + chain.join(QLatin1Char(','));
    const int n = int(branches.size());
    if (n > 1) {
        description += QStringLiteral(",split=%1").arg(n);
        for (int i = 0; i < n; ++i)
            description += QStringLiteral("[s%1]").arg(i);
        description += QLatin1Char(';');
    } else {
        description += QStringLiteral("[s0];");
    }
    for (int i = 0; i < n; ++i) {
        const VideoBranch& b = branches[i];
        if (gpu)
            description += QStringLiteral("[s%1]%2=w=%3:h=%4:format=nv12,setsar=1[out%1]")
                               .arg(i)
                               .arg(gpuPath->scaleFilter)
                               .arg(b.width)
                               .arg(b.height);
        else
            description +=
                QStringLiteral("[s%1]scale=%2:%3:flags=bicubic,setsar=1,format=yuv420p[out%1]")
                    .arg(i)
                    .arg(b.width)
                    .arg(b.height);
        if (i + 1 < n)
            description += QLatin1Char(';');
    }
    return description;
}

Core::Result<VideoGraph> makeVideoGraph(const AVCodecContext* decoder, AVRational timeBase,
                                        AVRational frameRate, bool deinterlace, int rotationDegrees,
                                        const QList<VideoBranch>& branches, const GpuGraph* gpu)
{
    VideoGraph result;
    result.graph.reset(avfilter_graph_alloc());
    if (!result.graph)
        return Av::error("avfilter_graph_alloc", AVERROR(ENOMEM));
    const bool gpuSource = gpu && gpu->path.residence == FrameResidence::Gpu;
    const AVRational sar =
        decoder->sample_aspect_ratio.num > 0 ? decoder->sample_aspect_ratio : AVRational{1, 1};
    const QString sourceArgs = QStringLiteral("video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:"
                                              "pixel_aspect=%6/%7")
                                   .arg(decoder->width)
                                   .arg(decoder->height)
                                   .arg(int(gpuSource ? gpu->sourceFormat : decoder->pix_fmt))
                                   .arg(timeBase.num)
                                   .arg(timeBase.den)
                                   .arg(sar.num)
                                   .arg(sar.den);
    result.source =
        avfilter_graph_alloc_filter(result.graph.get(), avfilter_get_by_name("buffer"), "in");
    if (!result.source)
        return Av::error("buffer source", AVERROR(ENOMEM));
    if (gpuSource) {
        // Hardware frames: the source must know their frames context before it is initialised.
        std::unique_ptr<AVBufferSrcParameters, decltype(&av_free)> parameters(
            av_buffersrc_parameters_alloc(), &av_free);
        if (!parameters)
            return Av::error("av_buffersrc_parameters_alloc", AVERROR(ENOMEM));
        parameters->format = gpu->sourceFormat;
        parameters->hw_frames_ctx = gpu->sourceFrames; // referenced by the call, not taken
        if (const int rc = av_buffersrc_parameters_set(result.source, parameters.get()); rc < 0)
            return Av::error("av_buffersrc_parameters_set", rc);
    }
    if (const int rc = avfilter_init_str(result.source, sourceArgs.toLatin1().constData()); rc < 0)
        return Av::error("buffer source", rc);

    const QString description = videoGraphDescription(frameRate, deinterlace, rotationDegrees,
                                                      branches, gpu ? &gpu->path : nullptr);
    const int n = int(branches.size());

    InOut outputs(avfilter_inout_alloc());
    if (!outputs)
        return Av::error("avfilter_inout_alloc", AVERROR(ENOMEM));
    outputs->name = av_strdup("in");
    outputs->filter_ctx = result.source;
    outputs->pad_idx = 0;
    outputs->next = nullptr;

    InOut inputs;
    for (int i = n - 1; i >= 0; --i) {
        AVFilterContext* sink = nullptr;
        const QByteArray name = QStringLiteral("out%1").arg(i).toLatin1();
        if (const int rc = avfilter_graph_create_filter(&sink, avfilter_get_by_name("buffersink"),
                                                        name.constData(), nullptr, nullptr,
                                                        result.graph.get());
            rc < 0)
            return Av::error("buffersink", rc);
        InOut entry(avfilter_inout_alloc());
        if (!entry)
            return Av::error("avfilter_inout_alloc", AVERROR(ENOMEM));
        entry->name = av_strdup(name.constData());
        entry->filter_ctx = sink;
        entry->pad_idx = 0;
        entry->next = inputs.release();
        inputs = std::move(entry);
        result.sinks.insert(result.sinks.begin(), sink);
    }
    AVFilterInOut* rawInputs = inputs.release();
    AVFilterInOut* rawOutputs = outputs.release();
    const int rc = avfilter_graph_parse_ptr(result.graph.get(), description.toLatin1().constData(),
                                            &rawInputs, &rawOutputs, nullptr);
    InOut leftIn(rawInputs);
    InOut leftOut(rawOutputs);
    if (rc < 0)
        return Av::error("avfilter_graph_parse_ptr (video)", rc);
    if (gpu) {
        // As the ffmpeg CLI does: every filter gets the device (hwupload needs it; the GPU
        // filters take theirs from their input frames) and room in its surface pool for the
        // frames the outputs hold (a GOP for the fallback, the encoder's lookahead).
        for (unsigned i = 0; i < result.graph->nb_filters; ++i) {
            AVFilterContext* filter = result.graph->filters[i];
            if (gpu->device && !filter->hw_device_ctx) {
                filter->hw_device_ctx = av_buffer_ref(gpu->device);
                if (!filter->hw_device_ctx)
                    return Av::error("av_buffer_ref", AVERROR(ENOMEM));
            }
            filter->extra_hw_frames = gpu->extraFrames;
        }
    }
    if (const int configured = avfilter_graph_config(result.graph.get(), nullptr); configured < 0)
        return Av::error("avfilter_graph_config (video)", configured);
    return result;
}

Core::Result<AudioGraph> makeAudioGraph(const AVCodecContext* decoder, AVRational timeBase,
                                        int frameSize)
{
    AudioGraph result;
    result.graph.reset(avfilter_graph_alloc());
    if (!result.graph)
        return Av::error("avfilter_graph_alloc", AVERROR(ENOMEM));
    char layout[128] = {};
    AVChannelLayout sourceLayout{};
    if (decoder->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&sourceLayout, decoder->ch_layout.nb_channels);
    else
        av_channel_layout_copy(&sourceLayout, &decoder->ch_layout);
    av_channel_layout_describe(&sourceLayout, layout, sizeof layout);
    av_channel_layout_uninit(&sourceLayout);
    const QString args = QStringLiteral("time_base=%1/%2:sample_rate=%3:sample_fmt=%4:"
                                        "channel_layout=%5")
                             .arg(timeBase.num)
                             .arg(timeBase.den)
                             .arg(decoder->sample_rate)
                             .arg(QLatin1String(av_get_sample_fmt_name(decoder->sample_fmt)))
                             .arg(QLatin1String(layout));
    if (const int rc =
            avfilter_graph_create_filter(&result.source, avfilter_get_by_name("abuffer"), "ain",
                                         args.toLatin1().constData(), nullptr, result.graph.get());
        rc < 0)
        return Av::error("abuffer source", rc);
    if (const int rc =
            avfilter_graph_create_filter(&result.sink, avfilter_get_by_name("abuffersink"), "aout",
                                         nullptr, nullptr, result.graph.get());
        rc < 0)
        return Av::error("abuffersink", rc);

    InOut outputs(avfilter_inout_alloc());
    InOut inputs(avfilter_inout_alloc());
    if (!outputs || !inputs)
        return Av::error("avfilter_inout_alloc", AVERROR(ENOMEM));
    outputs->name = av_strdup("ain");
    outputs->filter_ctx = result.source;
    inputs->name = av_strdup("aout");
    inputs->filter_ctx = result.sink;
    AVFilterInOut* rawInputs = inputs.release();
    AVFilterInOut* rawOutputs = outputs.release();
    const int rc = avfilter_graph_parse_ptr(
        result.graph.get(),
        "[ain]asetpts=PTS-STARTPTS,aresample=48000,"
        "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[aout]",
        &rawInputs, &rawOutputs, nullptr);
    InOut leftIn(rawInputs);
    InOut leftOut(rawOutputs);
    if (rc < 0)
        return Av::error("avfilter_graph_parse_ptr (audio)", rc);
    if (const int configured = avfilter_graph_config(result.graph.get(), nullptr); configured < 0)
        return Av::error("avfilter_graph_config (audio)", configured);
    av_buffersink_set_frame_size(result.sink, unsigned(frameSize));
    return result;
}

Core::Result<Av::CodecContext> openAacEncoder()
{
    const AVCodec* aac = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (!aac)
        return Core::makeError(Core::ErrorCode::Unsupported, QStringLiteral("no AAC encoder"));
    Av::CodecContext encoder(avcodec_alloc_context3(aac));
    if (!encoder)
        return Av::error("avcodec_alloc_context3", AVERROR(ENOMEM));
    encoder->sample_rate = kAudioSampleRate;
    encoder->sample_fmt = AV_SAMPLE_FMT_FLTP;
    av_channel_layout_default(&encoder->ch_layout, 2);
    encoder->bit_rate = 160000;
    encoder->profile = FF_PROFILE_AAC_LOW;
    encoder->time_base = AVRational{1, kAudioSampleRate};
    encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (const int rc = avcodec_open2(encoder.get(), aac, nullptr); rc < 0)
        return Av::error("avcodec_open2 (aac)", rc);
    return encoder;
}

Core::Result<Av::Frame> makeSilence(int samples, int64_t ptsSamples)
{
    Av::Frame frame = Av::makeFrame();
    if (!frame)
        return Av::error("av_frame_alloc", AVERROR(ENOMEM));
    frame->format = AV_SAMPLE_FMT_FLTP;
    frame->sample_rate = kAudioSampleRate;
    av_channel_layout_default(&frame->ch_layout, 2);
    frame->nb_samples = samples;
    frame->pts = ptsSamples;
    frame->time_base = AVRational{1, kAudioSampleRate};
    if (const int rc = av_frame_get_buffer(frame.get(), 0); rc < 0)
        return Av::error("av_frame_get_buffer (silence)", rc);
    if (const int rc =
            av_samples_set_silence(frame->extended_data, 0, samples, 2, AV_SAMPLE_FMT_FLTP);
        rc < 0)
        return Av::error("av_samples_set_silence", rc);
    return frame;
}

} // namespace Media
