// UploadController, part two: one item's way through the pipeline, encode (on the encode
// pool) → create the video → upload its files (and thumbnail) → attach the thumbnail → verify,
// and how an item finishes. Part one (uploadcontroller.cpp) holds the queue, the user's
// actions and persistence.
#include "core/api/apiclient.h"
#include "core/version.h"
#include "ui/uploadcontroller.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcGuiUploads)

namespace Gui {

namespace {

Media::Preset mediaPreset(UploadPreset preset)
{
    return preset == UploadPreset::Ladder ? Media::Preset::Ladder : Media::Preset::OneStream;
}

} // namespace

void UploadController::encode(qint64 id)
{
    UploadItem item = copy(id);
    if (item.id == 0)
        return;
    item.stage = UploadStage::Encoding;
    item.paused = false;
    item.percent = 0;
    item.error.clear();
    const QDir encodedDir(m_workDir + QStringLiteral("/encoded"));
    QDir().mkpath(encodedDir.path());
    item.output = item.preset == UploadPreset::Ladder
                      ? encodedDir.filePath(QString::number(id))
                      : encodedDir.filePath(QString::number(id) + QStringLiteral(".mp4"));
    if (item.preset == UploadPreset::Ladder)
        QDir(item.output).removeRecursively();
    change(item);

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    Running& running = m_running[id];
    if (running.cancel)
        running.cancel->store(true);
    running = Running{cancel, {}, 0, 0};
    running.clock.start();

    Media::EncodeOptions options;
    options.input = item.source;
    options.output = item.output;
    options.preset = mediaPreset(item.preset);
    options.encoder = item.encoder;
    options.availability = m_availability;
    options.encoderCachePath = m_workDir + QStringLiteral("/encoders.json");
    options.appVersion = QString::fromLatin1(Core::kVersion);
    options.cancel = cancel.get();
    options.onProgress = [this, id](const Media::EncodeProgress& progress) {
        const double percent = progress.percent;
        const double speed = progress.speed;
        const qint64 left = progress.remaining.count();
        QMetaObject::invokeMethod(
            this, [this, id, percent, speed, left] { encodeProgress(id, percent, speed, left); },
            Qt::QueuedConnection);
    };
    m_encodePool.start([this, id, options, cancel] {
        auto record = std::make_shared<Core::Result<Media::EncodeRecord>>(
            cancel->load() ? Core::Result<Media::EncodeRecord>(Core::makeError(
                                 Core::ErrorCode::Cancelled, QStringLiteral("cancelled")))
                           : Media::encode(options));
        QMetaObject::invokeMethod(
            this, [this, id, cancel, record] { encoded(id, cancel, *record); },
            Qt::QueuedConnection);
    });
}

void UploadController::encodeProgress(qint64 id, double percent, double speed, qint64 secondsLeft)
{
    UploadItem item = copy(id);
    if (item.id == 0 || item.stage != UploadStage::Encoding || item.paused)
        return;
    item.percent = std::clamp(percent, 0.0, 100.0);
    item.bytesPerSecond = speed; // media seconds per second while encoding
    item.secondsLeft = secondsLeft;
    change(item, false);
    updateOverall();
}

void UploadController::encoded(qint64 id, const std::shared_ptr<std::atomic<bool>>& cancel,
                               const Core::Result<Media::EncodeRecord>& record)
{
    const auto running = m_running.find(id);
    if (running != m_running.end() && running->second.cancel == cancel)
        m_running.erase(running);
    UploadItem item = copy(id);
    if (item.id == 0 || item.stage != UploadStage::Encoding || cancel->load())
        return; // paused, cancelled or removed meanwhile
    if (!record) {
        finish(id, UploadStage::Failed, tr("encoding failed: %1").arg(record.error().detail));
        return;
    }
    item.encoded = true;
    item.encoderUsed = record->encoderUsed;
    item.notices = record->notices;
    change(item);
    createVideo(id);
}

QStringList UploadController::uploadFilesOf(const UploadItem& item, QStringList* names) const
{
    if (item.preset == UploadPreset::AsIs) {
        *names = {QFileInfo(item.source).fileName()};
        return {item.source};
    }
    if (item.preset == UploadPreset::OneStream) {
        *names = {QFileInfo(item.source).completeBaseName() + QStringLiteral(".mp4")};
        return {item.output};
    }
    // The ladder: every playlist and segment (posters are thumbnails, not package files).
    QStringList files;
    const QDir root(item.output);
    QDirIterator it(item.output, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.endsWith(QLatin1String(".jpg")))
            continue;
        files.append(file);
    }
    files.sort();
    names->clear();
    for (const QString& file : files)
        names->append(root.relativeFilePath(file));
    return files;
}

QUrl UploadController::endpoint() const
{
    QUrl url = m_client->baseUrl();
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v1/uploads/"));
    return url;
}

void UploadController::createVideo(qint64 id)
{
    UploadItem item = copy(id);
    if (item.id == 0)
        return;
    item.stage = UploadStage::Uploading;
    item.paused = false;
    item.percent = 0;
    item.error.clear();
    change(item);
    if (!m_client) {
        if (!m_waitingForClient.contains(id))
            m_waitingForClient.append(id);
        emit message(tr("Sign in to upload: the encoded files wait until then."));
        return;
    }
    QStringList names;
    const QStringList files = uploadFilesOf(item, &names);
    if (!item.videoId.isEmpty()) {
        enqueueUploads(id, files, names);
        return;
    }
    QJsonObject body = item.metadata.toApiJson();
    if (item.preset == UploadPreset::Ladder) {
        body.insert(QStringLiteral("kind"), QStringLiteral("hls"));
        body.insert(QStringLiteral("files"), QJsonArray::fromStringList(names));
    } else {
        body.insert(QStringLiteral("kind"), QStringLiteral("mp4"));
    }
    m_client->send(
        "POST", QStringLiteral("/v1/videos"), QJsonDocument(body).toJson(QJsonDocument::Compact),
        this,
        [this, id, files, names](Core::Result<Api::ApiResponse> reply) {
            UploadItem current = copy(id);
            if (current.id == 0 || current.stage != UploadStage::Uploading)
                return;
            if (!reply) {
                finish(id, UploadStage::Failed,
                       tr("cannot reach the server: %1").arg(reply.error().detail));
                return;
            }
            if (!reply->ok()) {
                finish(id, UploadStage::Failed,
                       reply->status == 401
                           ? tr("signed out; sign in again and retry")
                           : tr("the server refused the video: %1").arg(reply->problemSummary()));
                return;
            }
            current.videoId = reply->json().value(QStringLiteral("id")).toString();
            change(current);
            enqueueUploads(id, files, names);
        },
        Api::Creates::Yes);
}

void UploadController::enqueueUploads(qint64 id, const QStringList& files, const QStringList& names)
{
    UploadItem item = copy(id);
    if (item.id == 0)
        return;
    // A retry keeps the files the server already has.
    QList<qint64> kept;
    QStringList done;
    for (qint64 upload : item.uploadIds) {
        if (const auto entry = queueEntry(upload);
            entry && entry->state == Upload::EntryState::Done) {
            kept.append(upload);
            done.append(QFileInfo(entry->path).absoluteFilePath());
        }
    }
    item.uploadIds = kept;
    item.totalBytes = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QString absolute = QFileInfo(files.at(i)).absoluteFilePath();
        item.totalBytes += QFileInfo(absolute).size();
        if (done.contains(absolute))
            continue;
        QMap<QString, QString> metadata{{QStringLiteral("filename"), names.value(i)},
                                        {QStringLiteral("title"), item.metadata.title},
                                        {QStringLiteral("video_id"), item.videoId}};
        auto upload = m_manager->enqueue(absolute, endpoint(), metadata);
        if (!upload) {
            change(item);
            finish(id, UploadStage::Failed,
                   tr("cannot read %1: %2").arg(names.value(i), upload.error().detail));
            return;
        }
        item.uploadIds.append(upload.value());
        m_uploadToItem.insert(upload.value(), id);
    }
    // The thumbnail: the chosen image, else (ladder) the encoder's best poster frame.
    QString thumbnail = item.metadata.thumbnailFile;
    if (thumbnail.isEmpty() && item.preset == UploadPreset::Ladder &&
        QFileInfo::exists(item.output + QStringLiteral("/poster.jpg")))
        thumbnail = item.output + QStringLiteral("/poster.jpg");
    if (!thumbnail.isEmpty() && !kept.contains(item.thumbnailUploadId)) {
        item.thumbnailUploadId = 0;
        auto upload = m_manager->enqueue(
            QFileInfo(thumbnail).absoluteFilePath(), endpoint(),
            {{QStringLiteral("filename"),
              QStringLiteral("thumbnail.") + QFileInfo(thumbnail).suffix().toLower()},
             {QStringLiteral("title"), item.metadata.title}});
        if (!upload) {
            change(item);
            finish(id, UploadStage::Failed,
                   tr("cannot read the thumbnail: %1").arg(upload.error().detail));
            return;
        }
        item.totalBytes += QFileInfo(thumbnail).size();
        item.uploadIds.append(upload.value());
        item.thumbnailUploadId = upload.value();
        m_uploadToItem.insert(upload.value(), id);
    }
    m_running[id] = Running{};
    m_running[id].clock.start();
    change(item);
    if (item.uploadIds.size() == kept.size() && !kept.isEmpty())
        attachThumbnail(id);
}

void UploadController::onUploadProgress(qint64 uploadId)
{
    const qint64 id = m_uploadToItem.value(uploadId);
    UploadItem item = copy(id);
    if (item.id == 0 || item.stage != UploadStage::Uploading)
        return;
    qint64 sent = 0;
    for (qint64 upload : item.uploadIds) {
        if (const Upload::UploadTask* task = m_manager->task(upload))
            sent += task->offset();
    }
    item.uploadedBytes = sent;
    item.percent = item.totalBytes > 0 ? 100.0 * double(sent) / double(item.totalBytes) : 0;
    Running& running = m_running[id];
    if (!running.clock.isValid())
        running.clock.start();
    const qint64 now = running.clock.elapsed();
    const qint64 elapsed = now - running.lastMs;
    if (elapsed >= 200) {
        const double rate = double(sent - running.lastBytes) * 1000.0 / double(elapsed);
        item.bytesPerSecond =
            item.bytesPerSecond > 0 ? 0.7 * item.bytesPerSecond + 0.3 * rate : rate;
        running.lastBytes = sent;
        running.lastMs = now;
        item.secondsLeft = item.bytesPerSecond > 0
                               ? qint64(double(item.totalBytes - sent) / item.bytesPerSecond)
                               : -1;
    }
    change(item, false);
    updateOverall();
}

void UploadController::onUploadFinished(qint64 uploadId)
{
    const qint64 id = m_uploadToItem.value(uploadId);
    const UploadItem* item = m_model.item(id);
    if (!item || item->stage != UploadStage::Uploading)
        return;
    bool allDone = true;
    for (qint64 upload : item->uploadIds) {
        const Upload::UploadTask* task = m_manager->task(upload);
        const auto state = task ? task->state() : Upload::UploadTask::State::Invalid;
        if (state == Upload::UploadTask::State::Failed) {
            const QString error = task->error().detail;
            for (qint64 other : item->uploadIds)
                m_manager->cancel(other);
            finish(id, UploadStage::Failed, tr("upload failed: %1").arg(error));
            return;
        }
        allDone = allDone && state == Upload::UploadTask::State::Done;
    }
    if (allDone)
        attachThumbnail(id);
}

void UploadController::attachThumbnail(qint64 id)
{
    const UploadItem item = copy(id);
    const auto entry = item.thumbnailUploadId ? queueEntry(item.thumbnailUploadId) : std::nullopt;
    if (!entry || !m_client) {
        verify(id, 0);
        return;
    }
    // The server's upload id is the last segment of the tus upload URL.
    const QJsonObject body{{QStringLiteral("thumbnail_upload_id"), entry->uploadUrl.fileName()}};
    m_client->send("PATCH", QStringLiteral("/v1/videos/") + item.videoId,
                   QJsonDocument(body).toJson(QJsonDocument::Compact), this,
                   [this, id](Core::Result<Api::ApiResponse> reply) {
                       if (!reply || !reply->ok()) {
                           finish(id, UploadStage::Failed,
                                  tr("the server refused the thumbnail: %1")
                                      .arg(reply ? reply->problemSummary() : reply.error().detail));
                           return;
                       }
                       verify(id, 0);
                   });
}

void UploadController::verify(qint64 id, int attempt)
{
    UploadItem item = copy(id);
    if (item.id == 0 ||
        (item.stage != UploadStage::Uploading && item.stage != UploadStage::Verifying))
        return;
    if (item.stage != UploadStage::Verifying) {
        item.stage = UploadStage::Verifying;
        item.percent = 100;
        change(item);
    }
    if (!m_client) {
        m_waitingForClient.append(id);
        return;
    }
    m_client->send("GET", QStringLiteral("/v1/videos/") + item.videoId, {}, this,
                   [this, id, attempt](Core::Result<Api::ApiResponse> reply) {
                       const UploadItem* current = m_model.item(id);
                       if (!current || current->stage != UploadStage::Verifying)
                           return;
                       const QString status =
                           reply && reply->ok()
                               ? reply->json().value(QStringLiteral("status")).toString()
                               : QString();
                       if (status == QLatin1String("ready")) {
                           finish(id, UploadStage::Done);
                           return;
                       }
                       if (attempt < 5) {
                           QTimer::singleShot(250 * (attempt + 1), this,
                                              [this, id, attempt] { verify(id, attempt + 1); });
                           return;
                       }
                       finish(id, UploadStage::Failed,
                              tr("the server did not confirm the video (%1)")
                                  .arg(reply ? (reply->ok() ? status : reply->problemSummary())
                                             : reply.error().detail));
                   });
}

void UploadController::finish(qint64 id, UploadStage stage, const QString& error)
{
    UploadItem item = copy(id);
    if (item.id == 0)
        return;
    item.stage = stage;
    item.error = error;
    item.paused = false;
    item.bytesPerSecond = 0;
    item.secondsLeft = -1;
    if (stage == UploadStage::Done)
        item.percent = 100;
    const auto running = m_running.find(id);
    if (running != m_running.end()) {
        if (running->second.cancel)
            running->second.cancel->store(true);
        m_running.erase(running);
    }
    if (!error.isEmpty())
        qCWarning(lcGuiUploads).noquote() << item.source << error;
    change(item);
    updateOverall();
}

} // namespace Gui
