#include "core/media/filters.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/pixdesc.h>
}

namespace Media {

namespace {

struct InOuts
{
    void operator()(AVFilterInOut* inout) const { avfilter_inout_free(&inout); }
};
using InOut = std::unique_ptr<AVFilterInOut, InOuts>;

} // namespace

Core::Result<VideoGraph> makeVideoGraph(const AVCodecContext* decoder, AVRational timeBase,
                                        AVRational frameRate, bool deinterlace, int rotationDegrees,
                                        const QList<VideoBranch>& branches)
{
    VideoGraph result;
    result.graph.reset(avfilter_graph_alloc());
    if (!result.graph)
        return Av::error("avfilter_graph_alloc", AVERROR(ENOMEM));
    const AVRational sar =
        decoder->sample_aspect_ratio.num > 0 ? decoder->sample_aspect_ratio : AVRational{1, 1};
    const QString sourceArgs = QStringLiteral("video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:"
                                              "pixel_aspect=%6/%7")
                                   .arg(decoder->width)
                                   .arg(decoder->height)
                                   .arg(int(decoder->pix_fmt))
                                   .arg(timeBase.num)
                                   .arg(timeBase.den)
                                   .arg(sar.num)
                                   .arg(sar.den);
    if (const int rc = avfilter_graph_create_filter(&result.source, avfilter_get_by_name("buffer"),
                                                    "in", sourceArgs.toLatin1().constData(),
                                                    nullptr, result.graph.get());
        rc < 0)
        return Av::error("buffer source", rc);

    QString description = QStringLiteral("[in]");
    QStringList chain;
    chain.append(QStringLiteral("setpts=PTS-STARTPTS"));
    if (deinterlace)
        chain.append(QStringLiteral("bwdif=mode=send_frame:parity=auto:deint=interlaced"));
    if (rotationDegrees == 90)
        chain.append(QStringLiteral("transpose=clock"));
    else if (rotationDegrees == 270)
        chain.append(QStringLiteral("transpose=cclock"));
    else if (rotationDegrees == 180)
        chain.append(QStringLiteral("hflip,vflip"));
    chain.append(QStringLiteral("fps=%1/%2").arg(frameRate.num).arg(frameRate.den));
    description += chain.join(QLatin1Char(','));
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
        description +=
            QStringLiteral("[s%1]scale=%2:%3:flags=bicubic,setsar=1,format=yuv420p[out%1]")
                .arg(i)
                .arg(b.width)
                .arg(b.height);
        if (i + 1 < n)
            description += QLatin1Char(';');
    }

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
    encoder->sample_rate = 48000;
    encoder->sample_fmt = AV_SAMPLE_FMT_FLTP;
    av_channel_layout_default(&encoder->ch_layout, 2);
    encoder->bit_rate = 160000;
    encoder->profile = FF_PROFILE_AAC_LOW;
    encoder->time_base = AVRational{1, 48000};
    encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (const int rc = avcodec_open2(encoder.get(), aac, nullptr); rc < 0)
        return Av::error("avcodec_open2 (aac)", rc);
    return encoder;
}

} // namespace Media
