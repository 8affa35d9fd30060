#include "ui/uploadcontroller.h"

#include "core/api/apiclient.h"
#include "core/media/encoderprobe.h"
#include "core/media/probe.h"
#include "core/version.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcGuiUploads, "onestream.gui.uploads")

namespace Gui {

namespace {

QString probeRefusal(const Core::Error& error)
{
    switch (Media::probeFailureOf(error)) {
    case Media::ProbeFailure::NotFound:
        return UploadController::tr("the file does not exist");
    case Media::ProbeFailure::IsDirectory:
        return UploadController::tr("a folder, not a file");
    case Media::ProbeFailure::Unreadable:
        return UploadController::tr("the file cannot be read");
    case Media::ProbeFailure::EmptyFile:
        return UploadController::tr("the file is empty");
    case Media::ProbeFailure::NotMedia:
        return UploadController::tr("not a video file");
    case Media::ProbeFailure::Truncated:
        return UploadController::tr("the file is damaged or incomplete");
    case Media::ProbeFailure::NoVideo:
        return UploadController::tr("the file has no video");
    case Media::ProbeFailure::NoStreams:
        return UploadController::tr("the file holds nothing that can be played");
    case Media::ProbeFailure::None:
        break;
    }
    return error.detail;
}

} // namespace

UploadController::UploadController(QNetworkAccessManager& network, QString workDir, QObject* parent)
    : QObject(parent), m_network(network), m_workDir(std::move(workDir))
{
    m_encodePool.setMaxThreadCount(1);
    m_probePool.setMaxThreadCount(2);
}

UploadController::~UploadController()
{
    for (auto& [id, running] : m_running) {
        if (running.cancel)
            running.cancel->store(true);
    }
    // Encodes stop within a frame; probes take milliseconds. Nothing they post arrives after
    // this object is gone (queued calls to a deleted receiver are dropped).
    m_encodePool.waitForDone();
    m_probePool.waitForDone();
}

Core::Result<int> UploadController::load()
{
    if (!QDir().mkpath(m_workDir))
        return Core::makeError(Core::ErrorCode::Io,
                               QStringLiteral("cannot create %1").arg(m_workDir));
    auto queue = Upload::UploadQueue::open(m_workDir + QStringLiteral("/uploads.sqlite"));
    if (!queue)
        return queue.error();
    m_queue = std::move(queue).value();
    m_manager = std::make_unique<Upload::UploadManager>(m_network, *m_queue);
    m_manager->setParallel(m_parallelUploads);
    applyAuth();
    connect(m_manager.get(), &Upload::UploadManager::progress, this,
            [this](qint64 upload, qint64, qint64) { onUploadProgress(upload); });
    connect(m_manager.get(), &Upload::UploadManager::entryFinished, this,
            [this](qint64 upload) { onUploadFinished(upload); });

    QFile file(m_workDir + QStringLiteral("/items.json"));
    int unfinished = 0;
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        m_nextId = std::max<qint64>(1, root.value(QStringLiteral("next_id")).toInteger());
        for (const QJsonValue& value : root.value(QStringLiteral("items")).toArray()) {
            UploadItem item = UploadItem::fromJson(value.toObject());
            if (item.id <= 0 || item.stage == UploadStage::Invalid)
                continue;
            m_nextId = std::max(m_nextId, item.id + 1);
            if (isActive(item.stage) || item.stage == UploadStage::Probing)
                ++unfinished;
            item.bytesPerSecond = 0;
            item.secondsLeft = -1;
            for (qint64 upload : item.uploadIds)
                m_uploadToItem.insert(upload, item.id);
            m_model.add(item);
        }
    }
    return unfinished;
}

void UploadController::continueUnfinished()
{
    if (!m_client) {
        m_continueWhenSignedIn = true;
        return;
    }
    m_continueWhenSignedIn = false;
    if (!m_queueResumed && m_manager) {
        m_queueResumed = true;
        if (auto resumed = m_manager->resumeQueue(); !resumed)
            emit message(tr("The upload queue could not be read: %1").arg(resumed.error().detail));
    }
    for (const UploadItem& item : QList<UploadItem>(m_model.items())) {
        if (item.stage == UploadStage::Probing) {
            probe(item.id);
            continue;
        }
        if (!isActive(item.stage))
            continue;
        if (!m_batch.contains(item.id))
            m_batch.append(item.id);
        if (item.stage == UploadStage::Encoding && !item.paused)
            encode(item.id);
        else if (item.stage == UploadStage::Uploading && item.uploadIds.isEmpty() && !item.paused)
            createVideo(item.id);
        else if (item.stage == UploadStage::Verifying)
            verify(item.id, 0);
        else if (item.stage == UploadStage::Uploading && allUploadsDone(item))
            attachThumbnail(item.id); // the app stopped between the last byte and the check
        else if (item.stage == UploadStage::Uploading)
            m_running[item.id].clock.start();
    }
    m_batchRunning = !m_batch.isEmpty();
    updateOverall();
}

void UploadController::discardUnfinished()
{
    for (const UploadItem& item : QList<UploadItem>(m_model.items())) {
        if (!isActive(item.stage) && item.stage != UploadStage::Probing)
            continue;
        for (qint64 upload : item.uploadIds) {
            auto entry = queueEntry(upload);
            if (entry && !Upload::isFinal(entry->state)) {
                entry->state = Upload::EntryState::Cancelled;
                (void)m_queue->update(*entry);
            }
        }
        UploadItem changed = item;
        changed.stage = UploadStage::Cancelled;
        changed.paused = false;
        change(changed);
    }
}

void UploadController::setClient(Api::ApiClient* client)
{
    m_client = client;
    if (!client)
        return;
    if (m_continueWhenSignedIn)
        continueUnfinished();
    const QList<qint64> waiting = std::exchange(m_waitingForClient, {});
    for (qint64 id : waiting) {
        const UploadItem* item = m_model.item(id);
        if (item && item->stage == UploadStage::Uploading && !item->paused)
            createVideo(id);
        else if (item && item->stage == UploadStage::Verifying)
            verify(id, 0);
    }
}

void UploadController::applyAuth()
{
    Upload::UploadAuth auth;
    auth.headers = [this]() -> QList<QPair<QByteArray, QByteArray>> {
        if (!m_client)
            return {};
        return {{QByteArrayLiteral("Authorization"),
                 "Bearer " + m_client->tokens().accessToken.toUtf8()}};
    };
    auth.refresh = [this](std::function<void(bool)> done) {
        if (!m_client) {
            done(false);
            return;
        }
        m_client->refresh(this, std::move(done));
    };
    m_manager->setAuth(std::move(auth));
}

void UploadController::setEncoderAvailability(const QList<Media::EncoderAvailability>& availability)
{
    m_availability = availability;
}

void UploadController::probeEncoders()
{
    Media::EncoderProbeOptions options;
    options.settings.width = 1280;
    options.settings.height = 720;
    options.cachePath = m_workDir + QStringLiteral("/encoders.json");
    options.appVersion = QString::fromLatin1(Core::kVersion);
    QList<Media::EncoderDescriptor> h264;
    for (const Media::EncoderDescriptor& descriptor : Media::builtinEncoders()) {
        if (descriptor.codec == Media::VideoCodec::H264)
            h264.append(descriptor);
    }
    m_probePool.start([this, h264, options] {
        const QList<Media::EncoderAvailability> result = Media::probeEncoders(h264, options);
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_availability = result;
                emit encodersProbed(result);
            },
            Qt::QueuedConnection);
    });
}

void UploadController::setEncodeConcurrency(int jobs)
{
    m_encodePool.setMaxThreadCount(std::max(1, jobs));
}

void UploadController::setParallelUploads(int uploads)
{
    m_parallelUploads = std::max(1, uploads);
    if (m_manager)
        m_manager->setParallel(m_parallelUploads);
}

void UploadController::setBandwidthLimit(qint64 bytesPerSecond)
{
    if (m_manager)
        m_manager->setBandwidthLimit(bytesPerSecond);
}

void UploadController::setSchedule(std::optional<Upload::ScheduleWindow> window)
{
    if (m_manager)
        m_manager->setSchedule(window);
}

QList<qint64> UploadController::addPaths(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories);
            QStringList inside;
            while (it.hasNext())
                inside.append(it.next());
            inside.sort();
            files += inside;
        } else {
            files.append(info.absoluteFilePath());
        }
    }
    QList<qint64> ids;
    for (const QString& file : files) {
        UploadItem item;
        item.id = m_nextId++;
        item.source = file;
        item.preset = m_defaultPreset;
        item.encoder = m_defaultEncoder;
        item.metadata.title = QFileInfo(file).completeBaseName();
        item.stage = UploadStage::Probing;
        m_model.add(item);
        ids.append(item.id);
        probe(item.id);
    }
    save();
    return ids;
}

void UploadController::probe(qint64 id)
{
    const UploadItem* item = m_model.item(id);
    if (!item)
        return;
    const QString path = item->source;
    m_probePool.start([this, id, path] {
        auto info = std::make_shared<Core::Result<Media::MediaInfo>>(Media::probe(path));
        QMetaObject::invokeMethod(
            this, [this, id, info] { probed(id, *info); }, Qt::QueuedConnection);
    });
}

void UploadController::probed(qint64 id, const Core::Result<Media::MediaInfo>& info)
{
    UploadItem item = copy(id);
    if (item.id == 0 || item.stage != UploadStage::Probing)
        return;
    if (!info) {
        item.stage = UploadStage::Refused;
        item.refusal = probeRefusal(info.error());
        change(item);
        return;
    }
    item.durationMs = info->duration.count();
    if (const Media::StreamInfo* video = info->firstVideo()) {
        item.width = video->width;
        item.height = video->height;
        item.videoCodec = video->codec;
    }
    if (const Media::StreamInfo* audio = info->firstAudio())
        item.audioCodec = audio->codec;
    item.conforms = Media::checkConformance(info.value()).conforms();
    item.stage = UploadStage::Ready;
    change(item);
}

void UploadController::setPreset(const QList<qint64>& ids, UploadPreset preset)
{
    if (ids.isEmpty())
        m_defaultPreset = preset;
    for (qint64 id : ids) {
        UploadItem item = copy(id);
        if (item.id == 0 || isActive(item.stage) || item.stage == UploadStage::Done)
            continue;
        if (item.preset != preset)
            item.encoded = false;
        item.preset = preset;
        change(item);
    }
}

void UploadController::setEncoder(const QList<qint64>& ids, const QString& encoder)
{
    if (ids.isEmpty())
        m_defaultEncoder = encoder;
    for (qint64 id : ids) {
        UploadItem item = copy(id);
        if (item.id == 0 || isActive(item.stage) || item.stage == UploadStage::Done)
            continue;
        item.encoder = encoder;
        change(item);
    }
}

void UploadController::setMetadata(const QList<qint64>& ids, const VideoMetadata& metadata)
{
    for (qint64 id : ids) {
        UploadItem item = copy(id);
        if (item.id == 0 || !item.videoId.isEmpty())
            continue;
        // Several items keep their own titles.
        const QString title = item.metadata.title;
        item.metadata = metadata;
        if (ids.size() > 1 || metadata.title.isEmpty())
            item.metadata.title = title;
        change(item);
    }
}

void UploadController::start(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        const UploadItem* item = m_model.item(id);
        if (!item || item->stage != UploadStage::Ready)
            continue;
        if (!m_batch.contains(id))
            m_batch.append(id);
        m_batchRunning = true;
        if (item->preset == UploadPreset::AsIs)
            createVideo(id);
        else
            encode(id);
    }
    updateOverall();
}

void UploadController::pause(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        UploadItem item = copy(id);
        if (item.id == 0 || item.paused || !isActive(item.stage) ||
            item.stage == UploadStage::Verifying)
            continue;
        if (item.stage == UploadStage::Encoding) {
            // The encode stops within a frame; resume starts it again.
            const auto running = m_running.find(id);
            if (running != m_running.end() && running->second.cancel)
                running->second.cancel->store(true);
        } else {
            for (qint64 upload : item.uploadIds)
                m_manager->pause(upload);
        }
        item.paused = true;
        item.bytesPerSecond = 0;
        change(item);
    }
    updateOverall();
}

void UploadController::resume(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        UploadItem item = copy(id);
        if (item.id == 0 || !item.paused)
            continue;
        if (item.stage == UploadStage::Encoding) {
            encode(id);
            continue;
        }
        if (item.stage == UploadStage::Uploading) {
            if (item.uploadIds.isEmpty()) {
                createVideo(id);
                continue;
            }
            for (qint64 upload : item.uploadIds)
                m_manager->resume(upload);
            m_running[id].clock.start();
        }
        item.paused = false;
        change(item);
    }
    updateOverall();
}

void UploadController::cancel(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        const UploadItem* item = m_model.item(id);
        if (!item || item->stage == UploadStage::Done || item->stage == UploadStage::Refused ||
            item->stage == UploadStage::Cancelled)
            continue;
        for (qint64 upload : item->uploadIds)
            m_manager->cancel(upload);
        m_waitingForClient.removeAll(id);
        finish(id, UploadStage::Cancelled);
    }
}

void UploadController::retry(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        UploadItem item = copy(id);
        if (item.id == 0 ||
            (item.stage != UploadStage::Failed && item.stage != UploadStage::Cancelled))
            continue;
        if (!m_batch.contains(id))
            m_batch.append(id);
        m_batchRunning = true;
        item.error.clear();
        change(item);
        if (item.preset != UploadPreset::AsIs && (!item.encoded || !QFileInfo::exists(item.output)))
            encode(id);
        else
            createVideo(id);
    }
    updateOverall();
}

void UploadController::remove(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        const UploadItem* item = m_model.item(id);
        if (!item)
            continue;
        if (isActive(item->stage))
            cancel({id});
        const QString output = copy(id).output;
        if (!output.isEmpty() && output.startsWith(m_workDir)) {
            QFile::remove(output);
            QDir(output).removeRecursively();
        }
        m_batch.removeAll(id);
        m_model.remove(id);
    }
    save();
    updateOverall();
}

std::optional<Upload::QueueEntry> UploadController::queueEntry(qint64 upload) const
{
    if (!m_queue)
        return std::nullopt;
    auto entry = m_queue->find(upload);
    return entry ? entry.value() : std::nullopt;
}

bool UploadController::allUploadsDone(const UploadItem& item) const
{
    if (item.uploadIds.isEmpty())
        return false;
    for (qint64 upload : item.uploadIds) {
        const auto entry = queueEntry(upload);
        if (!entry || entry->state != Upload::EntryState::Done)
            return false;
    }
    return true;
}

QList<qint64> UploadController::allIds() const
{
    QList<qint64> ids;
    for (const UploadItem& item : m_model.items())
        ids.append(item.id);
    return ids;
}

int UploadController::overallPercent() const
{
    if (m_batch.isEmpty())
        return -1;
    double sum = 0;
    for (qint64 id : m_batch) {
        if (const UploadItem* item = m_model.item(id))
            sum += item->overallPercent();
    }
    return int(sum / double(m_batch.size()));
}

void UploadController::updateOverall()
{
    if (m_batchRunning) {
        bool anyActive = false;
        int done = 0;
        int failed = 0;
        for (qint64 id : m_batch) {
            const UploadItem* item = m_model.item(id);
            if (!item)
                continue;
            anyActive = anyActive || isActive(item->stage);
            done += item->stage == UploadStage::Done;
            failed += item->stage == UploadStage::Failed;
        }
        if (!anyActive) {
            m_batchRunning = false;
            m_batch.clear();
            m_lastOverall = -1;
            emit overallProgressChanged(-1);
            emit batchFinished(done, failed);
            return;
        }
    }
    const int overall = overallPercent();
    if (overall != m_lastOverall) {
        m_lastOverall = overall;
        emit overallProgressChanged(overall);
    }
}

UploadItem UploadController::copy(qint64 id) const
{
    const UploadItem* item = m_model.item(id);
    return item ? *item : UploadItem{};
}

void UploadController::change(const UploadItem& item, bool persist)
{
    m_model.update(item);
    if (persist)
        save();
}

void UploadController::save()
{
    QJsonArray items;
    for (const UploadItem& item : m_model.items())
        items.append(item.toJson());
    QSaveFile file(m_workDir + QStringLiteral("/items.json"));
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcGuiUploads).noquote() << "cannot write" << file.fileName();
        return;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("next_id"), m_nextId},
                                         {QStringLiteral("items"), items}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcGuiUploads).noquote() << "cannot write" << file.fileName();
}

} // namespace Gui
