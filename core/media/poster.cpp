#include "core/media/poster.h"

#include "core/media/libav.h"

#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Media {

namespace {

constexpr int kPosterWidth = 1280;
constexpr int kPosterHeight = 720;
constexpr int kSamples = 8;

struct Candidate
{
    Av::Frame frame;
    FrameScore score;
    double seconds = 0;
};

// Fit the frame into 1280x720, keeping its aspect, on black.
Core::Result<Av::Frame> letterbox(const AVFrame* source)
{
    Av::Frame poster = Av::makeFrame();
    if (!poster)
        return Av::error("av_frame_alloc", AVERROR(ENOMEM));
    poster->format = AV_PIX_FMT_YUVJ420P;
    poster->width = kPosterWidth;
    poster->height = kPosterHeight;
    if (const int rc = av_frame_get_buffer(poster.get(), 0); rc < 0)
        return Av::error("av_frame_get_buffer", rc);
    for (int plane = 0; plane < 3; ++plane) {
        const int h = plane ? kPosterHeight / 2 : kPosterHeight;
        for (int y = 0; y < h; ++y)
            std::fill_n(poster->data[plane] + ptrdiff_t(y) * poster->linesize[plane],
                        poster->linesize[plane], plane ? 128 : 0);
    }
    const double scale =
        std::min(double(kPosterWidth) / source->width, double(kPosterHeight) / source->height);
    const int width = std::max(2, int(source->width * scale) / 2 * 2);
    const int height = std::max(2, int(source->height * scale) / 2 * 2);
    const int x = (kPosterWidth - width) / 2 / 2 * 2;
    const int y = (kPosterHeight - height) / 2 / 2 * 2;
    Av::Sws sws(sws_getContext(source->width, source->height,
                               static_cast<AVPixelFormat>(source->format), width, height,
                               AV_PIX_FMT_YUVJ420P, SWS_BICUBIC, nullptr, nullptr, nullptr));
    if (!sws)
        return Av::error("sws_getContext", AVERROR(EINVAL));
    uint8_t* planes[4] = {poster->data[0] + ptrdiff_t(y) * poster->linesize[0] + x,
                          poster->data[1] + ptrdiff_t(y / 2) * poster->linesize[1] + x / 2,
                          poster->data[2] + ptrdiff_t(y / 2) * poster->linesize[2] + x / 2,
                          nullptr};
    sws_scale(sws.get(), source->data, source->linesize, 0, source->height, planes,
              poster->linesize);
    return poster;
}

Core::Status writeJpeg(const AVFrame* frame, const QString& path)
{
    const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_MJPEG);
    if (!codec)
        return Core::makeError(Core::ErrorCode::Unsupported, QStringLiteral("no JPEG encoder"));
    Av::CodecContext context(avcodec_alloc_context3(codec));
    if (!context)
        return Av::error("avcodec_alloc_context3", AVERROR(ENOMEM));
    context->width = frame->width;
    context->height = frame->height;
    context->pix_fmt = AV_PIX_FMT_YUVJ420P;
    context->time_base = AVRational{1, 25};
    context->flags |= AV_CODEC_FLAG_QSCALE;
    context->global_quality = FF_QP2LAMBDA * 3;
    if (const int rc = avcodec_open2(context.get(), codec, nullptr); rc < 0)
        return Av::error("avcodec_open2 (mjpeg)", rc);
    Av::Frame copy(av_frame_clone(frame));
    if (!copy)
        return Av::error("av_frame_clone", AVERROR(ENOMEM));
    copy->pts = 0;
    copy->quality = context->global_quality;
    if (const int rc = avcodec_send_frame(context.get(), copy.get()); rc < 0)
        return Av::error("avcodec_send_frame (mjpeg)", rc);
    if (const int rc = avcodec_send_frame(context.get(), nullptr); rc < 0)
        return Av::error("avcodec_send_frame (mjpeg flush)", rc);
    Av::Packet packet = Av::makePacket();
    if (!packet)
        return Av::error("av_packet_alloc", AVERROR(ENOMEM));
    if (const int rc = avcodec_receive_packet(context.get(), packet.get()); rc < 0)
        return Av::error("avcodec_receive_packet (mjpeg)", rc);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char*>(packet->data), packet->size) != packet->size ||
        !file.commit())
        return Core::makeError(Core::ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    return {};
}

} // namespace

bool FrameScore::usable() const
{
    return meanLuma > 24 && meanLuma < 235 && stddevLuma > 12;
}

double FrameScore::score() const
{
    // Contrast first; frames near black or white are pushed to the back.
    const double exposure = 1.0 - std::abs(meanLuma - 128.0) / 128.0;
    return stddevLuma * (0.5 + 0.5 * exposure) + (usable() ? 1000.0 : 0.0);
}

FrameScore scoreLuma(const unsigned char* luma, int width, int height, int stride)
{
    FrameScore result;
    if (!luma || width <= 0 || height <= 0)
        return result;
    const int step = std::max(1, std::min(width, height) / 64);
    double sum = 0;
    double sumSquares = 0;
    long long count = 0;
    for (int y = 0; y < height; y += step) {
        const unsigned char* row = luma + ptrdiff_t(y) * stride;
        for (int x = 0; x < width; x += step) {
            sum += row[x];
            sumSquares += double(row[x]) * row[x];
            ++count;
        }
    }
    result.meanLuma = sum / double(count);
    result.stddevLuma =
        std::sqrt(std::max(0.0, sumSquares / double(count) - result.meanLuma * result.meanLuma));
    return result;
}

Core::Result<QStringList> writePosters(const QString& input, const QString& directory,
                                       const std::atomic<bool>* cancel, int candidates)
{
    Av::Interrupt interrupt;
    interrupt.cancel = cancel;
    auto opened = Av::openInput(input, &interrupt);
    if (!opened)
        return opened.error();
    Av::InputFormat format = std::move(opened).value();
    const int videoIndex =
        av_find_best_stream(format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (videoIndex < 0)
        return Core::makeError(Core::ErrorCode::Unsupported, QStringLiteral("no video stream"));
    const AVStream* stream = format->streams[videoIndex];
    auto decoder = Av::openDecoder(stream, 0);
    if (!decoder)
        return decoder.error();
    const double duration = format->duration > 0 ? double(format->duration) / AV_TIME_BASE : 0;
    const double start =
        format->start_time != AV_NOPTS_VALUE ? double(format->start_time) / AV_TIME_BASE : 0;

    Av::Packet packet = Av::makePacket();
    Av::Frame frame = Av::makeFrame();
    if (!packet || !frame)
        return Av::error("av_frame_alloc", AVERROR(ENOMEM));
    std::vector<Candidate> found;
    for (int i = 0; i < kSamples; ++i) {
        if (cancel && cancel->load())
            return Core::makeError(Core::ErrorCode::Cancelled, QStringLiteral("cancelled"));
        const double at = start + duration * (i + 1) / (kSamples + 1);
        const int64_t target = int64_t(at / av_q2d(stream->time_base));
        if (av_seek_frame(format.get(), videoIndex, target, AVSEEK_FLAG_BACKWARD) < 0)
            continue;
        avcodec_flush_buffers(decoder->get());
        bool got = false;
        while (!got && av_read_frame(format.get(), packet.get()) >= 0) {
            if (packet->stream_index == videoIndex &&
                avcodec_send_packet(decoder->get(), packet.get()) >= 0) {
                while (avcodec_receive_frame(decoder->get(), frame.get()) >= 0) {
                    if (frame->best_effort_timestamp != AV_NOPTS_VALUE &&
                        frame->best_effort_timestamp < target) {
                        av_frame_unref(frame.get());
                        continue;
                    }
                    Candidate candidate;
                    candidate.score =
                        scoreLuma(frame->data[0], frame->width, frame->height, frame->linesize[0]);
                    candidate.seconds = at - start;
                    candidate.frame.reset(av_frame_clone(frame.get()));
                    av_frame_unref(frame.get());
                    if (candidate.frame)
                        found.push_back(std::move(candidate));
                    got = true;
                    break;
                }
            }
            av_packet_unref(packet.get());
        }
    }
    if (found.empty())
        return Core::makeError(Core::ErrorCode::Media,
                               QStringLiteral("no frame could be decoded for a poster"));
    std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
        return a.score.score() > b.score.score();
    });
    QStringList written;
    const QDir dir(directory);
    for (int i = 0; i < int(found.size()) && i <= candidates; ++i) {
        auto boxed = letterbox(found[size_t(i)].frame.get());
        if (!boxed)
            return boxed.error();
        const QString path =
            dir.absoluteFilePath(i == 0 ? QStringLiteral("poster.jpg")
                                        : QStringLiteral("poster_candidate_%1.jpg").arg(i));
        if (auto jpeg = writeJpeg(boxed->get(), path); !jpeg)
            return jpeg.error();
        written.append(path);
    }
    return written;
}

} // namespace Media
