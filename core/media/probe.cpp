#include "core/media/probe.h"

#include "core/media/bitreader.h"
#include "core/media/libav.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <map>

#include <unistd.h>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
}

namespace Media {

namespace {

struct StdinReader
{
    long long bytes = 0;
    static int read(void* opaque, uint8_t* buffer, int size)
    {
        const ssize_t n = ::read(STDIN_FILENO, buffer, size_t(size));
        if (n <= 0)
            return AVERROR_EOF;
        static_cast<StdinReader*>(opaque)->bytes += n;
        return int(n);
    }
};

constexpr auto kProbeTimeLimit = std::chrono::seconds(30);

Core::Error probeError(ProbeFailure failure, Core::ErrorCode code, const QString& text,
                       long long native = 0)
{
    return Core::makeError(
        code, QStringLiteral("%1: %2").arg(QLatin1String(probeFailureName(failure)), text), native);
}

struct Mp4Layout
{
    bool isoBmff = false;
    bool moovBeforeMdat = false;
    bool hasEditList = false;
};

// Walks top-level ISO-BMFF boxes and the moov tree looking for elst. Cheap: reads headers only.
void scanBoxes(QFile& file, qint64 begin, qint64 end, int depth, Mp4Layout& layout, bool& sawMdat)
{
    static const QByteArray containers[] = {"moov", "trak", "edts", "mdia", "minf", "stbl"};
    qint64 pos = begin;
    while (pos + 8 <= end && depth < 8) {
        if (!file.seek(pos))
            return;
        const QByteArray header = file.read(16);
        if (header.size() < 8)
            return;
        auto be32 = [&](int at) {
            return (quint64(quint8(header[at])) << 24) | (quint64(quint8(header[at + 1])) << 16) |
                   (quint64(quint8(header[at + 2])) << 8) | quint64(quint8(header[at + 3]));
        };
        quint64 size = be32(0);
        const QByteArray type = header.mid(4, 4);
        qint64 headerSize = 8;
        if (size == 1 && header.size() >= 16) {
            size = (be32(8) << 32) | be32(12);
            headerSize = 16;
        } else if (size == 0) {
            size = quint64(end - pos);
        }
        if (size < quint64(headerSize))
            return;
        if (depth == 0) {
            if (type == "ftyp")
                layout.isoBmff = true;
            if (type == "mdat")
                sawMdat = true;
            if (type == "moov" && !sawMdat)
                layout.moovBeforeMdat = true;
        }
        if (type == "elst")
            layout.hasEditList = true;
        if (std::find(std::begin(containers), std::end(containers), type) != std::end(containers))
            scanBoxes(file, pos + headerSize, std::min<qint64>(end, pos + qint64(size)), depth + 1,
                      layout, sawMdat);
        pos += qint64(size);
    }
}

Mp4Layout scanMp4(const QString& path)
{
    Mp4Layout layout;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return layout;
    bool sawMdat = false;
    scanBoxes(file, 0, file.size(), 0, layout, sawMdat);
    return layout;
}

// Distinguishes "not media at all" from "a container we know, but cut short".
bool looksLikeKnownContainer(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray buffer = file.read(64 * 1024);
    const int size = buffer.size();
    buffer.append(QByteArray(AVPROBE_PADDING_SIZE, '\0'));
    AVProbeData data{};
    data.filename = "";
    data.buf = reinterpret_cast<unsigned char*>(buffer.data());
    data.buf_size = size;
    int score = 0;
    const AVInputFormat* format = av_probe_input_format2(&data, 1, &score);
    return format && score >= AVPROBE_SCORE_EXTENSION;
}

QString fieldOrderName(AVFieldOrder order)
{
    switch (order) {
    case AV_FIELD_PROGRESSIVE:
        return QStringLiteral("progressive");
    case AV_FIELD_TT:
        return QStringLiteral("tt");
    case AV_FIELD_BB:
        return QStringLiteral("bb");
    case AV_FIELD_TB:
        return QStringLiteral("tb");
    case AV_FIELD_BT:
        return QStringLiteral("bt");
    case AV_FIELD_UNKNOWN:
        break;
    }
    return QStringLiteral("unknown");
}

QString nameOr(const char* name)
{
    return name ? QString::fromUtf8(name) : QString();
}

StreamInfo describe(const AVStream* stream)
{
    const AVCodecParameters* par = stream->codecpar;
    StreamInfo info;
    info.index = stream->index;
    info.codec = nameOr(avcodec_get_name(par->codec_id));
    info.profile = nameOr(avcodec_profile_name(par->codec_id, par->profile));
    info.bitrateBps = par->bit_rate;
    info.level = par->level > 0 ? par->level : 0;
    switch (par->codec_type) {
    case AVMEDIA_TYPE_VIDEO: {
        info.kind = StreamKind::Video;
        info.width = par->width;
        info.height = par->height;
        info.pixelFormat = nameOr(av_get_pix_fmt_name(static_cast<AVPixelFormat>(par->format)));
        AVRational rate = stream->avg_frame_rate;
        if (rate.num <= 0 || rate.den <= 0)
            rate = stream->r_frame_rate;
        if (rate.num > 0 && rate.den > 0) {
            info.frameRateNum = rate.num;
            info.frameRateDen = rate.den;
            info.frameRate = av_q2d(rate);
        }
        if (const uint8_t* matrix =
                av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr)) {
            const double angle = av_display_rotation_get(reinterpret_cast<const int32_t*>(matrix));
            if (!std::isnan(angle)) {
                int degrees = static_cast<int>(std::lround(-angle)) % 360;
                info.rotationDegrees = degrees < 0 ? degrees + 360 : degrees;
            }
        }
        info.fieldOrder = fieldOrderName(par->field_order);
        info.interlaced = par->field_order == AV_FIELD_TT || par->field_order == AV_FIELD_BB ||
                          par->field_order == AV_FIELD_TB || par->field_order == AV_FIELD_BT;
        info.colorTransfer = nameOr(av_color_transfer_name(par->color_trc));
        info.colorPrimaries = nameOr(av_color_primaries_name(par->color_primaries));
        info.hdr =
            par->color_trc == AVCOL_TRC_SMPTE2084 || par->color_trc == AVCOL_TRC_ARIB_STD_B67;
        if (par->codec_id == AV_CODEC_ID_H264)
            info.cabac = H264::extradataCabac(par->extradata, par->extradata_size).value_or(false);
        info.maxConsecutiveBFrames = par->video_delay;
        break;
    }
    case AVMEDIA_TYPE_AUDIO: {
        info.kind = StreamKind::Audio;
        info.sampleRate = par->sample_rate;
        info.channels = par->ch_layout.nb_channels;
        char layout[128] = {};
        if (av_channel_layout_describe(&par->ch_layout, layout, sizeof layout) > 0)
            info.channelLayout = QString::fromUtf8(layout);
        info.sampleFormat =
            nameOr(av_get_sample_fmt_name(static_cast<AVSampleFormat>(par->format)));
        break;
    }
    case AVMEDIA_TYPE_SUBTITLE:
        info.kind = StreamKind::Subtitle;
        break;
    default:
        info.kind = StreamKind::Data;
        break;
    }
    return info;
}

// Reads every video packet (no decoding): keyframe spacing, closed GOPs, B-frame runs.
Core::Result<GopInfo> scanGop(AVFormatContext* input, int videoIndex)
{
    const AVStream* stream = input->streams[videoIndex];
    const bool h264 = stream->codecpar->codec_id == AV_CODEC_ID_H264;
    int lengthSize = 0;
    if (h264 && stream->codecpar->extradata_size > 4 && stream->codecpar->extradata[0] == 1)
        lengthSize = (stream->codecpar->extradata[4] & 3) + 1;

    struct Sample
    {
        int64_t pts;
        bool key;
        int sliceType; // -1 unknown
    };
    std::vector<Sample> samples;
    Av::Packet packet = Av::makePacket();
    if (!packet)
        return Av::error("av_packet_alloc", AVERROR(ENOMEM));
    for (;;) {
        const int rc = av_read_frame(input, packet.get());
        if (rc == AVERROR_EOF)
            break;
        if (rc < 0)
            return Av::error("av_read_frame", rc);
        if (packet->stream_index == videoIndex) {
            Sample sample{packet->pts, (packet->flags & AV_PKT_FLAG_KEY) != 0, -1};
            if (h264) {
                H264::forEachNal(packet->data, packet->size, lengthSize,
                                 [&](int type, const uint8_t* nal, int size) {
                                     if (type == 1 || type == 5) {
                                         sample.sliceType = H264::sliceType(nal, size).value_or(-1);
                                         return false;
                                     }
                                     return true;
                                 });
            }
            samples.push_back(sample);
        }
        av_packet_unref(packet.get());
    }

    GopInfo gop;
    std::vector<int> gopSizes;
    bool closed = true;
    int64_t lastKeyPts = AV_NOPTS_VALUE;
    int sinceKey = 0;
    for (const Sample& sample : samples) {
        if (sample.key) {
            if (gop.keyframes > 0)
                gopSizes.push_back(sinceKey);
            ++gop.keyframes;
            sinceKey = 0;
            lastKeyPts = sample.pts;
            if (sample.pts != AV_NOPTS_VALUE)
                gop.keyframeTimesSeconds.append(sample.pts * av_q2d(stream->time_base));
        } else if (lastKeyPts != AV_NOPTS_VALUE && sample.pts != AV_NOPTS_VALUE &&
                   sample.pts < lastKeyPts) {
            closed = false; // a leading picture shown before its keyframe: open GOP
        }
        ++sinceKey;
    }
    gop.closedGop = closed && gop.keyframes > 0;
    // The last GOP may be short; judge constancy on the complete ones.
    if (!gopSizes.empty()) {
        gop.constantGop = std::all_of(gopSizes.begin(), gopSizes.end(),
                                      [&](int size) { return size == gopSizes.front(); });
        gop.gopFrames = gop.constantGop ? gopSizes.front() : 0;
    } else if (gop.keyframes == 1) {
        gop.constantGop = true;
        gop.gopFrames = sinceKey;
    }
    std::sort(samples.begin(), samples.end(),
              [](const Sample& a, const Sample& b) { return a.pts < b.pts; });
    int run = 0;
    for (const Sample& sample : samples) {
        run = sample.sliceType == 1 ? run + 1 : 0;
        gop.maxConsecutiveBFrames = std::max(gop.maxConsecutiveBFrames, run);
    }
    return gop;
}

} // namespace

const char* probeFailureName(ProbeFailure failure)
{
    switch (failure) {
    case ProbeFailure::None:
        return "none";
    case ProbeFailure::NotFound:
        return "not-found";
    case ProbeFailure::IsDirectory:
        return "is-directory";
    case ProbeFailure::Unreadable:
        return "unreadable";
    case ProbeFailure::EmptyFile:
        return "empty-file";
    case ProbeFailure::NotMedia:
        return "not-media";
    case ProbeFailure::Truncated:
        return "truncated";
    case ProbeFailure::NoVideo:
        return "no-video";
    case ProbeFailure::NoStreams:
        return "no-streams";
    }
    return "unknown";
}

ProbeFailure probeFailureOf(const Core::Error& error)
{
    for (ProbeFailure failure :
         {ProbeFailure::NotFound, ProbeFailure::IsDirectory, ProbeFailure::Unreadable,
          ProbeFailure::EmptyFile, ProbeFailure::NotMedia, ProbeFailure::Truncated,
          ProbeFailure::NoVideo, ProbeFailure::NoStreams}) {
        if (error.detail.startsWith(QLatin1String(probeFailureName(failure)) + QLatin1Char(':')))
            return failure;
    }
    return ProbeFailure::None;
}

Core::Result<ProbeResult> probeFile(const QString& path, const ProbeOptions& options)
{
    const bool isStdin = path == QLatin1String("-");
    const QFileInfo file(path);
    if (!isStdin) {
        if (!file.exists())
            return probeError(ProbeFailure::NotFound, Core::ErrorCode::NotFound,
                              QStringLiteral("no such file: %1").arg(path));
        if (file.isDir())
            return probeError(ProbeFailure::IsDirectory, Core::ErrorCode::BadInput,
                              QStringLiteral("%1 is a directory, not a media file").arg(path));
        if (!file.isReadable())
            return probeError(ProbeFailure::Unreadable, Core::ErrorCode::PermissionDenied,
                              QStringLiteral("cannot read %1").arg(path));
        if (file.isFile() && file.size() == 0)
            return probeError(ProbeFailure::EmptyFile, Core::ErrorCode::BadInput,
                              QStringLiteral("%1 is empty (0 bytes)").arg(path));
    }

    Av::Interrupt interrupt;
    interrupt.deadline = std::chrono::steady_clock::now() + kProbeTimeLimit;
    // Standard input goes through our own reader so that an empty stream is told apart from
    // one that is not media.
    StdinReader reader;
    Av::IoContext io;
    if (isStdin) {
        constexpr int kBufferSize = 64 * 1024;
        auto* buffer = static_cast<unsigned char*>(av_malloc(kBufferSize));
        if (!buffer)
            return Av::error("av_malloc", AVERROR(ENOMEM));
        io.reset(avio_alloc_context(buffer, kBufferSize, 0, &reader, &StdinReader::read, nullptr,
                                    nullptr));
        if (!io) {
            av_free(buffer);
            return Av::error("avio_alloc_context", AVERROR(ENOMEM));
        }
    }
    auto opened = Av::openInput(isStdin ? QStringLiteral("-") : path, &interrupt, io.get());
    if (!opened) {
        const long long native = opened.error().native;
        if (native == AVERROR_EXIT)
            return Core::makeError(Core::ErrorCode::Timeout,
                                   QStringLiteral("probing %1 took too long").arg(path));
        if (native == AVERROR(ENOENT))
            return probeError(ProbeFailure::NotFound, Core::ErrorCode::NotFound,
                              QStringLiteral("no such file: %1").arg(path), native);
        if (native == AVERROR(EACCES))
            return probeError(ProbeFailure::Unreadable, Core::ErrorCode::PermissionDenied,
                              QStringLiteral("cannot read %1").arg(path), native);
        if (isStdin && reader.bytes == 0)
            return probeError(ProbeFailure::EmptyFile, Core::ErrorCode::BadInput,
                              QStringLiteral("the input stream ended before any byte (0 bytes)"),
                              native);
        if (!isStdin && file.isFile() && looksLikeKnownContainer(path))
            return probeError(ProbeFailure::Truncated, Core::ErrorCode::Media,
                              QStringLiteral("%1 is cut short or its index (moov) is missing: %2")
                                  .arg(path, opened.error().detail),
                              native);
        return probeError(ProbeFailure::NotMedia, Core::ErrorCode::Media,
                          QStringLiteral("%1 is not a media file we can read: %2")
                              .arg(path, opened.error().detail),
                          native);
    }
    Av::InputFormat input = std::move(opened).value();
    // The time limit guards opening (a stalled or hostile input); a GOP scan of a long file may
    // take longer and stays cancellable only.
    interrupt.deadline = {};

    ProbeResult result;
    MediaInfo& info = result.info;
    info.path = path;
    info.container = nameOr(input->iformat->name);
    if (const AVDictionaryEntry* brand = av_dict_get(input->metadata, "major_brand", nullptr, 0))
        info.majorBrand = QString::fromUtf8(brand->value).trimmed();
    if (input->duration != AV_NOPTS_VALUE && input->duration > 0)
        info.duration = std::chrono::milliseconds(input->duration / 1000);
    info.sizeBytes = isStdin ? 0 : file.size();
    info.bitrateBps = input->bit_rate;
    int videoIndex = -1;
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        const AVStream* stream = input->streams[i];
        if (stream->disposition & AV_DISPOSITION_ATTACHED_PIC)
            continue;
        info.streams.append(describe(stream));
        if (videoIndex < 0 && stream->codecpar->codec_type == AVMEDIA_TYPE_VIDEO)
            videoIndex = static_cast<int>(i);
    }
    if (info.streams.isEmpty())
        return probeError(ProbeFailure::NoStreams, Core::ErrorCode::Media,
                          QStringLiteral("%1 holds no audio or video stream").arg(path));
    if (options.requireVideo && videoIndex < 0)
        return probeError(ProbeFailure::NoVideo, Core::ErrorCode::Unsupported,
                          QStringLiteral("%1 has no video stream").arg(path));
    if (!isStdin && info.container.contains(QLatin1String("mp4"))) {
        const Mp4Layout layout = scanMp4(path);
        info.faststart = layout.moovBeforeMdat;
        info.hasEditList = layout.hasEditList;
    }
    if (options.scanGop && videoIndex >= 0) {
        auto gop = scanGop(input.get(), videoIndex);
        if (!gop)
            return gop.error();
        result.gop = std::move(gop).value();
        for (StreamInfo& stream : info.streams) {
            if (stream.index == videoIndex)
                stream.maxConsecutiveBFrames = result.gop.maxConsecutiveBFrames;
        }
    }
    return result;
}

Core::Result<MediaInfo> probe(const QString& path)
{
    auto result = probeFile(path);
    if (!result)
        return result.error();
    return std::move(result).value().info;
}

} // namespace Media
