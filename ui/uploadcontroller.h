#pragma once

// The Uploads page's engine room (no widgets): probes dropped files on the thread pool, encodes
// them in a dedicated pool (one job at a time by default, cancellable every frame), creates the
// video on the server (POST /v1/videos), uploads the files through the persistent
// Upload::UploadManager (tus, resumable), then verifies that the server calls the video ready.
// Items persist as JSON in the work folder after every stage change, and the core upload queue
// persists every confirmed offset, so the queue survives quitting and crashing: load() finds
// what was unfinished and continueUnfinished() picks it up. The GUI thread never waits:
// workers post values back with queued calls.

#include "core/media/encodejob.h"
#include "core/media/encoders.h"
#include "core/media/mediainfo.h"
#include "core/upload/uploadmanager.h"
#include "core/upload/uploadqueue.h"
#include "ui/uploaditem.h"
#include "ui/uploadqueuemodel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Api {
class ApiClient;
}

namespace Gui {

class UploadController : public QObject
{
    Q_OBJECT
public:
    // workDir holds items.json, the upload queue database and the encoded outputs.
    UploadController(QNetworkAccessManager& network, QString workDir, QObject* parent = nullptr);
    ~UploadController() override;

    // Opens the queue database and reads the items of the last run; returns how many were
    // unfinished (the page offers to continue them).
    [[nodiscard]] Core::Result<int> load();
    void continueUnfinished();
    // The transfer engine (null before load()): the status gate holds and releases it.
    [[nodiscard]] Upload::UploadManager* uploadManager() const { return m_manager.get(); }
    void discardUnfinished();

    // The signed-in client (null: nothing is sent; started items wait for it).
    void setClient(Api::ApiClient* client);
    void setEncoderAvailability(const QList<Media::EncoderAvailability>& availability);
    // Test-encodes every H.264 candidate on a worker (cached in the work folder);
    // encodersProbed follows.
    void probeEncoders();
    [[nodiscard]] const QList<Media::EncoderAvailability>& encoderAvailability() const
    {
        return m_availability;
    }
    void setEncodeConcurrency(int jobs);
    void setBandwidthLimit(qint64 bytesPerSecond);
    // How many files upload at once (Settings); applies at once, also before load().
    void setParallelUploads(int uploads);
    [[nodiscard]] int parallelUploads() const { return m_parallelUploads; }
    void setSchedule(std::optional<Upload::ScheduleWindow> window);

    // Files, or folders (every file inside, recursively). Each is probed at once.
    QList<qint64> addPaths(const QStringList& paths);
    // The defaults new items get, and changes to existing ones (not after they started).
    void setPreset(const QList<qint64>& ids, UploadPreset preset);
    void setEncoder(const QList<qint64>& ids, const QString& encoder);
    void setMetadata(const QList<qint64>& ids, const VideoMetadata& metadata);

    void start(const QList<qint64>& ids);
    void pause(const QList<qint64>& ids);
    void resume(const QList<qint64>& ids);
    void cancel(const QList<qint64>& ids);
    void retry(const QList<qint64>& ids);
    void remove(const QList<qint64>& ids);

    [[nodiscard]] UploadQueueModel* model() { return &m_model; }
    [[nodiscard]] QString defaultEncoder() const { return m_defaultEncoder; }
    [[nodiscard]] UploadPreset defaultPreset() const { return m_defaultPreset; }
    [[nodiscard]] QList<qint64> allIds() const;
    // -1 when nothing runs, else 0..100 over the running batch.
    [[nodiscard]] int overallPercent() const;
    [[nodiscard]] QString workDir() const { return m_workDir; }

signals:
    void overallProgressChanged(int percent);
    void encodersProbed(const QList<Media::EncoderAvailability>& availability);
    // Every started item reached Done, Failed or Cancelled.
    void batchFinished(int done, int failed);
    // Something the user should read (translated).
    void message(const QString& text);

private:
    struct Running
    {
        std::shared_ptr<std::atomic<bool>> cancel;
        QElapsedTimer clock;
        qint64 lastBytes = 0;
        qint64 lastMs = 0;
    };

    void probe(qint64 id);
    void probed(qint64 id, const Core::Result<Media::MediaInfo>& info);
    void encodeProgress(qint64 id, double percent, double speed, qint64 secondsLeft);
    void encoded(qint64 id, const std::shared_ptr<std::atomic<bool>>& cancel,
                 const Core::Result<Media::EncodeRecord>& record);
    void encode(qint64 id);
    void createVideo(qint64 id);
    void enqueueUploads(qint64 id, const QStringList& files, const QStringList& names);
    void attachThumbnail(qint64 id);
    void verify(qint64 id, int attempt);
    void finish(qint64 id, UploadStage stage, const QString& error = {});
    void onUploadProgress(qint64 uploadId);
    void onUploadFinished(qint64 uploadId);
    void change(const UploadItem& item, bool persist = true);
    void save();
    void updateOverall();
    void applyAuth();
    [[nodiscard]] UploadItem copy(qint64 id) const;
    [[nodiscard]] QStringList uploadFilesOf(const UploadItem& item, QStringList* names) const;
    [[nodiscard]] QUrl endpoint() const;
    [[nodiscard]] std::optional<Upload::QueueEntry> queueEntry(qint64 upload) const;
    [[nodiscard]] bool allUploadsDone(const UploadItem& item) const;

    QNetworkAccessManager& m_network;
    QString m_workDir;
    QPointer<Api::ApiClient> m_client;
    UploadQueueModel m_model;
    std::unique_ptr<Upload::UploadQueue> m_queue;
    std::unique_ptr<Upload::UploadManager> m_manager;
    QThreadPool m_encodePool;
    QThreadPool m_probePool;
    QList<Media::EncoderAvailability> m_availability;
    std::map<qint64, Running> m_running;  // item id → encode/upload clock and cancel flag
    QHash<qint64, qint64> m_uploadToItem; // upload queue id → item id
    QList<qint64> m_waitingForClient;     // started before sign-in
    QList<qint64> m_batch;                // items started since the last batch finished
    bool m_continueWhenSignedIn = false;
    bool m_queueResumed = false;
    UploadPreset m_defaultPreset = UploadPreset::OneStream;
    QString m_defaultEncoder = QStringLiteral("auto");
    qint64 m_nextId = 1;
    int m_parallelUploads = 2;
    bool m_batchRunning = false;
    int m_lastOverall = -2;
};

} // namespace Gui
