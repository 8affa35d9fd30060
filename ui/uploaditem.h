#pragma once

// One row of the Uploads page: a source file on its way through probe → encode → upload →
// verify, and the video metadata it is published with. Plain values, persisted as JSON so the
// queue survives quitting and crashing (the upload bytes themselves resume through the
// persistent core/upload queue).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gui {

// What the server's video form takes (docs/uploads.md, POST /v1/videos).
struct VideoMetadata
{
    QString title;
    QString description;
    QString category;
    QStringList tags;
    QString visibility = QStringLiteral("private"); // public private scheduled link-only groups
    QDateTime visibleFrom;                          // scheduled
    QDateTime visibleUntil;                         // scheduled
    QStringList groups;                             // groups
    QDateTime playbackFrom;                         // optional playback window
    QDateTime playbackUntil;
    QDateTime premiereAt; // optional scheduled premiere
    // A local image uploaded as the video's thumbnail (thumbnail_upload_id); for the ladder the
    // encoder's best poster frame when none is chosen. Not part of the API JSON.
    QString thumbnailFile;

    // The JSON body for POST/PATCH /v1/videos (only the fields that are set).
    [[nodiscard]] QJsonObject toApiJson() const;
    [[nodiscard]] static VideoMetadata fromApiJson(const QJsonObject& video);
};

enum class UploadPreset
{
    Invalid = 0,
    OneStream, // the conformance MP4
    Ladder,    // the adaptive HLS/CMAF ladder
    AsIs,      // upload the file unchanged
};

[[nodiscard]] QString uploadPresetName(UploadPreset preset);
[[nodiscard]] UploadPreset uploadPresetFromName(const QString& name);

enum class UploadStage
{
    Invalid = 0,
    Probing,
    Refused, // not media: never goes further
    Ready,   // probed, waiting for Start
    Encoding,
    Uploading,
    Verifying,
    Done,
    Failed,
    Cancelled,
};

[[nodiscard]] QString uploadStageName(UploadStage stage);
[[nodiscard]] UploadStage uploadStageFromName(const QString& name);
// Encoding, uploading or verifying (paused or not).
[[nodiscard]] bool isActive(UploadStage stage);

struct UploadItem
{
    qint64 id = 0;
    QString source;
    // Probe results
    qint64 durationMs = 0;
    int width = 0;
    int height = 0;
    QString videoCodec;
    QString audioCodec;
    bool conforms = false;
    QString refusal; // why the file was refused (translated)
    // Choices
    UploadPreset preset = UploadPreset::OneStream;
    QString encoder = QStringLiteral("auto");
    VideoMetadata metadata;
    // Progress
    UploadStage stage = UploadStage::Probing;
    bool paused = false;
    double percent = 0; // of the current stage
    double bytesPerSecond = 0;
    qint64 secondsLeft = -1;
    QString encoderUsed;
    QStringList notices;
    QString error;
    // Pipeline state
    bool encoded = false;
    QString output; // the encoded MP4 or ladder folder
    QString videoId;
    QList<qint64> uploadIds;      // core/upload queue entries
    qint64 thumbnailUploadId = 0; // one of uploadIds when a thumbnail goes along
    qint64 uploadedBytes = 0;
    qint64 totalBytes = 0;

    // 0..100 through the whole pipeline (for the window title).
    [[nodiscard]] double overallPercent() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static UploadItem fromJson(const QJsonObject& json);
};

} // namespace Gui
