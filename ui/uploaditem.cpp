#include "ui/uploaditem.h"

#include <QJsonArray>

namespace Gui {

namespace {

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromIso(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate) : QDateTime();
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& entry : value.toArray())
        list.append(entry.toString());
    return list;
}

const QStringList kPresetNames{QString(), QStringLiteral("onestream"), QStringLiteral("ladder"),
                               QStringLiteral("as-is")};
const QStringList kStageNames{QString(),
                              QStringLiteral("probing"),
                              QStringLiteral("refused"),
                              QStringLiteral("ready"),
                              QStringLiteral("encoding"),
                              QStringLiteral("uploading"),
                              QStringLiteral("verifying"),
                              QStringLiteral("done"),
                              QStringLiteral("failed"),
                              QStringLiteral("cancelled")};

} // namespace

QJsonObject VideoMetadata::toApiJson() const
{
    QJsonObject json{{QStringLiteral("title"), title},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                     {QStringLiteral("visibility"), visibility}};
    if (!category.isEmpty())
        json.insert(QStringLiteral("category"), category);
    if (visibility == QLatin1String("scheduled")) {
        json.insert(QStringLiteral("visible_from"), iso(visibleFrom));
        json.insert(QStringLiteral("visible_until"), iso(visibleUntil));
    }
    if (visibility == QLatin1String("groups"))
        json.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groups));
    if (playbackFrom.isValid() && playbackUntil.isValid()) {
        json.insert(QStringLiteral("playback_window"),
                    QJsonObject{{QStringLiteral("from"), iso(playbackFrom)},
                                {QStringLiteral("until"), iso(playbackUntil)}});
    }
    if (premiereAt.isValid())
        json.insert(QStringLiteral("premiere_at"), iso(premiereAt));
    return json;
}

VideoMetadata VideoMetadata::fromApiJson(const QJsonObject& video)
{
    VideoMetadata metadata;
    metadata.title = video.value(QStringLiteral("title")).toString();
    metadata.description = video.value(QStringLiteral("description")).toString();
    metadata.category = video.value(QStringLiteral("category")).toString();
    metadata.tags = strings(video.value(QStringLiteral("tags")));
    metadata.visibility = video.value(QStringLiteral("visibility")).toString(metadata.visibility);
    metadata.visibleFrom = fromIso(video.value(QStringLiteral("visible_from")));
    metadata.visibleUntil = fromIso(video.value(QStringLiteral("visible_until")));
    metadata.groups = strings(video.value(QStringLiteral("groups")));
    const QJsonObject window = video.value(QStringLiteral("playback_window")).toObject();
    metadata.playbackFrom = fromIso(window.value(QStringLiteral("from")));
    metadata.playbackUntil = fromIso(window.value(QStringLiteral("until")));
    metadata.premiereAt = fromIso(video.value(QStringLiteral("premiere_at")));
    return metadata;
}

QString uploadPresetName(UploadPreset preset)
{
    return kPresetNames.value(static_cast<int>(preset));
}

UploadPreset uploadPresetFromName(const QString& name)
{
    const qsizetype index = kPresetNames.indexOf(name);
    return index > 0 ? static_cast<UploadPreset>(index) : UploadPreset::Invalid;
}

QString uploadStageName(UploadStage stage)
{
    return kStageNames.value(static_cast<int>(stage));
}

UploadStage uploadStageFromName(const QString& name)
{
    const qsizetype index = kStageNames.indexOf(name);
    return index > 0 ? static_cast<UploadStage>(index) : UploadStage::Invalid;
}

bool isActive(UploadStage stage)
{
    return stage == UploadStage::Encoding || stage == UploadStage::Uploading ||
           stage == UploadStage::Verifying;
}

double UploadItem::overallPercent() const
{
    const bool encodes = preset != UploadPreset::AsIs;
    switch (stage) {
    case UploadStage::Encoding:
        return percent * 0.5;
    case UploadStage::Uploading:
        return encodes ? 50 + percent * 0.45 : percent * 0.95;
    case UploadStage::Verifying:
        return 95;
    case UploadStage::Done:
    case UploadStage::Failed:
    case UploadStage::Cancelled:
    case UploadStage::Refused:
        return 100;
    default:
        return 0;
    }
}

QJsonObject UploadItem::toJson() const
{
    QJsonArray uploads;
    for (qint64 upload : uploadIds)
        uploads.append(upload);
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("duration_ms"), durationMs},
                     {QStringLiteral("width"), width},
                     {QStringLiteral("height"), height},
                     {QStringLiteral("video_codec"), videoCodec},
                     {QStringLiteral("audio_codec"), audioCodec},
                     {QStringLiteral("conforms"), conforms},
                     {QStringLiteral("refusal"), refusal},
                     {QStringLiteral("preset"), uploadPresetName(preset)},
                     {QStringLiteral("encoder"), encoder},
                     {QStringLiteral("metadata"), metadata.toApiJson()},
                     {QStringLiteral("stage"), uploadStageName(stage)},
                     {QStringLiteral("paused"), paused},
                     {QStringLiteral("encoder_used"), encoderUsed},
                     {QStringLiteral("notices"), QJsonArray::fromStringList(notices)},
                     {QStringLiteral("error"), error},
                     {QStringLiteral("encoded"), encoded},
                     {QStringLiteral("output"), output},
                     {QStringLiteral("video_id"), videoId},
                     {QStringLiteral("upload_ids"), uploads},
                     {QStringLiteral("total_bytes"), totalBytes},
                     {QStringLiteral("thumbnail_file"), metadata.thumbnailFile},
                     {QStringLiteral("thumbnail_upload"), thumbnailUploadId}};
    return json;
}

UploadItem UploadItem::fromJson(const QJsonObject& json)
{
    UploadItem item;
    item.id = json.value(QStringLiteral("id")).toInteger();
    item.source = json.value(QStringLiteral("source")).toString();
    item.durationMs = json.value(QStringLiteral("duration_ms")).toInteger();
    item.width = json.value(QStringLiteral("width")).toInt();
    item.height = json.value(QStringLiteral("height")).toInt();
    item.videoCodec = json.value(QStringLiteral("video_codec")).toString();
    item.audioCodec = json.value(QStringLiteral("audio_codec")).toString();
    item.conforms = json.value(QStringLiteral("conforms")).toBool();
    item.refusal = json.value(QStringLiteral("refusal")).toString();
    item.preset = uploadPresetFromName(json.value(QStringLiteral("preset")).toString());
    if (item.preset == UploadPreset::Invalid)
        item.preset = UploadPreset::OneStream;
    item.encoder = json.value(QStringLiteral("encoder")).toString(QStringLiteral("auto"));
    item.metadata = VideoMetadata::fromApiJson(json.value(QStringLiteral("metadata")).toObject());
    item.stage = uploadStageFromName(json.value(QStringLiteral("stage")).toString());
    item.paused = json.value(QStringLiteral("paused")).toBool();
    item.encoderUsed = json.value(QStringLiteral("encoder_used")).toString();
    item.notices = strings(json.value(QStringLiteral("notices")));
    item.error = json.value(QStringLiteral("error")).toString();
    item.encoded = json.value(QStringLiteral("encoded")).toBool();
    item.output = json.value(QStringLiteral("output")).toString();
    item.videoId = json.value(QStringLiteral("video_id")).toString();
    for (const QJsonValue& upload : json.value(QStringLiteral("upload_ids")).toArray())
        item.uploadIds.append(upload.toInteger());
    item.totalBytes = json.value(QStringLiteral("total_bytes")).toInteger();
    item.metadata.thumbnailFile = json.value(QStringLiteral("thumbnail_file")).toString();
    item.thumbnailUploadId = json.value(QStringLiteral("thumbnail_upload")).toInteger();
    return item;
}

} // namespace Gui
