#include "core/media/mediainfo.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Media {

QString streamKindName(StreamKind kind)
{
    switch (kind) {
    case StreamKind::Video:
        return QStringLiteral("video");
    case StreamKind::Audio:
        return QStringLiteral("audio");
    case StreamKind::Subtitle:
        return QStringLiteral("subtitle");
    case StreamKind::Data:
        return QStringLiteral("data");
    case StreamKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

const StreamInfo* MediaInfo::firstVideo() const
{
    for (const StreamInfo& stream : streams) {
        if (stream.kind == StreamKind::Video)
            return &stream;
    }
    return nullptr;
}

const StreamInfo* MediaInfo::firstAudio() const
{
    for (const StreamInfo& stream : streams) {
        if (stream.kind == StreamKind::Audio)
            return &stream;
    }
    return nullptr;
}

QJsonObject MediaInfo::toJson() const
{
    QJsonArray streamArray;
    for (const StreamInfo& s : streams) {
        QJsonObject object{{QStringLiteral("index"), s.index},
                           {QStringLiteral("kind"), streamKindName(s.kind)},
                           {QStringLiteral("codec"), s.codec},
                           {QStringLiteral("profile"), s.profile},
                           {QStringLiteral("bitrateBps"), qint64(s.bitrateBps)}};
        if (s.kind == StreamKind::Video) {
            object.insert(QStringLiteral("width"), s.width);
            object.insert(QStringLiteral("height"), s.height);
            object.insert(QStringLiteral("pixelFormat"), s.pixelFormat);
            object.insert(QStringLiteral("frameRate"), s.frameRate);
            object.insert(QStringLiteral("rotationDegrees"), s.rotationDegrees);
            object.insert(QStringLiteral("fieldOrder"), s.fieldOrder);
            object.insert(QStringLiteral("interlaced"), s.interlaced);
            object.insert(QStringLiteral("colorTransfer"), s.colorTransfer);
            object.insert(QStringLiteral("colorPrimaries"), s.colorPrimaries);
            object.insert(QStringLiteral("hdr"), s.hdr);
            object.insert(QStringLiteral("cabac"), s.cabac);
        } else if (s.kind == StreamKind::Audio) {
            object.insert(QStringLiteral("sampleRate"), s.sampleRate);
            object.insert(QStringLiteral("channels"), s.channels);
            object.insert(QStringLiteral("channelLayout"), s.channelLayout);
            object.insert(QStringLiteral("sampleFormat"), s.sampleFormat);
        }
        streamArray.append(object);
    }
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("container"), container},
                       {QStringLiteral("majorBrand"), majorBrand},
                       {QStringLiteral("durationMs"), qint64(duration.count())},
                       {QStringLiteral("sizeBytes"), qint64(sizeBytes)},
                       {QStringLiteral("bitrateBps"), qint64(bitrateBps)},
                       {QStringLiteral("faststart"), faststart},
                       {QStringLiteral("editList"), hasEditList},
                       {QStringLiteral("streams"), streamArray}};
}

bool ConformanceReport::conforms() const
{
    return std::all_of(rules.begin(), rules.end(),
                       [](const ConformanceRule& rule) { return rule.passed; });
}

QStringList ConformanceReport::failedRuleIds() const
{
    QStringList ids;
    for (const ConformanceRule& rule : rules) {
        if (!rule.passed)
            ids.append(rule.id);
    }
    return ids;
}

QJsonObject ConformanceReport::toJson() const
{
    QJsonArray array;
    for (const ConformanceRule& rule : rules) {
        array.append(QJsonObject{{QStringLiteral("id"), rule.id},
                                 {QStringLiteral("rule"), rule.text},
                                 {QStringLiteral("passed"), rule.passed},
                                 {QStringLiteral("actual"), rule.actual}});
    }
    return QJsonObject{{QStringLiteral("conforms"), conforms()}, {QStringLiteral("rules"), array}};
}

ConformanceReport checkConformance(const MediaInfo& info, const GopInfo* gop)
{
    ConformanceReport report;
    auto rule = [&](const char* id, const char* text, bool passed, const QString& actual) {
        report.rules.append({QString::fromLatin1(id), QString::fromLatin1(text), passed, actual});
    };
    const bool mp4 =
        info.container.contains(QLatin1String("mp4")) && info.majorBrand != QLatin1String("qt");
    rule("container.mp4", "MP4 container", mp4,
         info.majorBrand.isEmpty() ? info.container : info.majorBrand);
    rule("container.faststart", "Index (moov) at the front of the file", mp4 && info.faststart,
         info.faststart ? QStringLiteral("moov first") : QStringLiteral("moov after media data"));
    rule("container.no-edit-list", "No edit lists", !info.hasEditList,
         info.hasEditList ? QStringLiteral("edit list present") : QStringLiteral("none"));

    const StreamInfo* video = info.firstVideo();
    if (!video) {
        rule("video.present", "A video stream", false, QStringLiteral("none"));
    } else {
        rule("video.codec", "H.264 video", video->codec == QLatin1String("h264"), video->codec);
        rule("video.profile", "H.264 High profile", video->profile == QLatin1String("High"),
             video->profile);
        rule("video.pixel-format", "4:2:0 8-bit (yuv420p)",
             video->pixelFormat == QLatin1String("yuv420p"), video->pixelFormat);
        rule("video.progressive", "Progressive (not interlaced)", !video->interlaced,
             video->fieldOrder);
        rule("video.cabac", "CABAC entropy coding", video->cabac,
             video->cabac ? QStringLiteral("CABAC") : QStringLiteral("CAVLC or unknown"));
        if (gop) {
            const int wanted = static_cast<int>(std::lround(video->frameRate / 2.0));
            rule("video.b-frames", "2 consecutive B-frames", gop->maxConsecutiveBFrames == 2,
                 QString::number(gop->maxConsecutiveBFrames));
            rule("video.gop-closed", "Closed GOP", gop->closedGop,
                 gop->closedGop ? QStringLiteral("closed") : QStringLiteral("open"));
            rule("video.gop-length", "GOP of half the frame rate",
                 gop->constantGop && gop->gopFrames == wanted && wanted > 0,
                 QStringLiteral("%1 frames (want %2)").arg(gop->gopFrames).arg(wanted));
        }
    }
    if (const StreamInfo* audio = info.firstAudio()) {
        rule("audio.codec", "AAC-LC audio",
             audio->codec == QLatin1String("aac") && audio->profile == QLatin1String("LC"),
             audio->codec + QLatin1Char(' ') + audio->profile);
        rule("audio.sample-rate", "48 kHz audio", audio->sampleRate == 48000,
             QString::number(audio->sampleRate));
        rule("audio.stereo", "Stereo audio", audio->channels == 2, audio->channelLayout);
    } else {
        // DESIGN.md §3: the upload format carries AAC-LC audio (the encode adds silence).
        rule("audio.present", "An audio stream (AAC-LC 48 kHz stereo)", false,
             QStringLiteral("none"));
    }
    return report;
}

} // namespace Media
