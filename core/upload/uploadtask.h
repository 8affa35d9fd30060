#pragma once

// One file's tus 1.0.0 upload (DESIGN.md §2): creation (with the first chunk when the server
// offers creation-with-upload), PATCH chunks streamed from the file, per-chunk checksums when
// the server offers them, resume from the server's offset (HEAD) after any failure, retries
// with backoff and jitter, termination on cancel. Asynchronous on the thread that owns it.

#include "core/result.h"
#include "core/upload/bandwidthlimiter.h"
#include "core/upload/checksum.h"
#include "core/upload/filepass.h"
#include "core/upload/fingerprint.h"
#include "core/upload/tus.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <future>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Upload {

// Credentials for the server: extra headers per request (Authorization) and a refresh that
// is tried once when the server answers 401.
struct UploadAuth
{
    std::function<QList<QPair<QByteArray, QByteArray>>()> headers;
    // Calls done(true) when new credentials are in place.
    std::function<void(std::function<void(bool)> done)> refresh;
};

struct UploadOptions
{
    qint64 initialChunkBytes = 8LL * 1024 * 1024;
    qint64 minChunkBytes = 64LL * 1024;
    // Chunk size does not cost memory (bodies stream from the file); it bounds what a cut
    // connection can cost when per-chunk checksums discard a partial chunk.
    qint64 maxChunkBytes = 1024LL * 1024 * 1024;
    // Chunks that finish faster than this grow towards what the link moves in this time
    // (nextChunkBytes in tus.h) up to maxChunkBytes.
    std::chrono::milliseconds growBelow{1500};
    // Per-chunk checksum algorithms in order of preference (used when the server offers them).
    QList<ChecksumAlgorithm> checksumPreference{ChecksumAlgorithm::Crc32c,
                                                ChecksumAlgorithm::Sha256};
    bool perChunkChecksum = true;
    // Hash the whole file with SHA-256 and compare it with the server's at the end.
    bool verifyWholeFile = true;
    // No byte moving for this long aborts a request (and shrinks the chunk).
    std::chrono::milliseconds transferTimeout{30000};
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffMax{30000};
    // Failures in a row without a byte of progress before giving up.
    int maxConsecutiveFailures = 12;
    // Send chunk bodies over a socket of the task's own thread (DirectReply) instead of
    // QNetworkAccessManager's HTTP thread, which pulls a body 16 KiB per cross-thread round trip.
    bool directTransfer = true;
};

class UploadTask : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Invalid = 0,
        Idle,
        Running, // creating, probing, hashing or sending
        Waiting, // backing off before a retry
        Paused,
        Done,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    UploadTask(QNetworkAccessManager& network, QString path, QUrl endpoint,
               QMap<QString, QString> metadata, UploadOptions options, QObject* parent = nullptr);
    ~UploadTask() override;

    // Continue an upload the queue remembers; its fingerprint must still match the file or the
    // upload starts over.
    void setResumeState(const QUrl& uploadUrl, const Fingerprint& fingerprint);
    void setAuth(UploadAuth auth) { m_auth = std::move(auth); }
    // Shared global cap (may be null); owned by the caller and outliving the task.
    void setBandwidthLimiter(BandwidthLimiter* limiter) { m_limiter = limiter; }
    // Reuse capabilities another task already probed.
    void setServerCapabilities(const ServerCapabilities& capabilities)
    {
        m_capabilities = capabilities;
    }

    void start();
    void pause();
    // Stops and terminates the upload on the server (DELETE); finished() follows.
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] QUrl uploadUrl() const { return m_uploadUrl; }
    [[nodiscard]] const Fingerprint& fingerprint() const { return m_fingerprint; }
    [[nodiscard]] qint64 offset() const { return m_offset; }
    [[nodiscard]] qint64 size() const { return m_fingerprint.sizeBytes; }
    [[nodiscard]] const Core::Error& error() const { return m_error; }
    [[nodiscard]] qint64 chunkBytes() const { return m_chunk; }
    [[nodiscard]] ChecksumAlgorithm checksum() const { return m_checksum; }
    [[nodiscard]] const ServerCapabilities& capabilities() const { return m_capabilities; }
    [[nodiscard]] QByteArray sha256Hex() const { return m_wholeDigestHex; }
    // Statistics: bytes put on the wire in PATCH/POST bodies, and how many of them the server
    // had already had (sent again after a failure).
    [[nodiscard]] qint64 bytesSent() const { return m_bytesSent; }
    [[nodiscard]] qint64 bytesResent() const { return m_bytesSent - m_offset; }
    [[nodiscard]] int retries() const { return m_retries; }
    [[nodiscard]] int restarts() const { return m_restarts; }
    // Times the chunk size was halved (timeout or 413).
    [[nodiscard]] int shrinks() const { return m_shrinks; }

signals:
    void progress(qint64 offsetBytes, qint64 sizeBytes);
    // The server confirmed bytes up to offsetBytes (persist it).
    void offsetConfirmed(qint64 offsetBytes);
    // The server created the upload (persist the URL before more data moves); an empty URL
    // means the old upload was dropped and a new one begins.
    void uploadCreated(const QUrl& uploadUrl);
    void stateChanged(UploadTask::State state);
    // Done, Failed or Cancelled.
    void finished();

private:
    struct HashJob;
    enum class Failure
    {
        Retry = 1, // network, timeout, 409, 423, 460, 5xx
        Shrink,    // 413 on a chunk: smaller chunks
        Expired,   // 404/410: start over
        Unauthorized,
        Fatal,
    };

    void setState(State state);
    void fail(Core::Error error);
    void probeServer();
    void createUpload();
    void headUpload();
    void prepareChunk();
    void transmit(qint64 start, qint64 length, QByteArray checksumHeader);
    void send(qint64 start, qint64 length, const QByteArray& checksumHeader);
    void runHashJob(const std::shared_ptr<HashJob>& job, std::function<void(const HashJob&)> then);
    // Starts the read pass for the chunk after the one on the wire, so that its checksum is
    // ready when the server confirms this one (hashing overlaps the transfer).
    void prefetchDigest(qint64 nextStart);
    void startFilePass();
    void onFilePassFinished(quint64 generation, quint64 serial);
    void collectFilePass();
    void resetFilePass();
    // True when a chunk starting at start gets its CRC32C from the file pass.
    [[nodiscard]] bool chunkCrcFromPass(qint64 start) const;
    [[nodiscard]] qint64 chunkLimit() const;
    void onChunkReply(QNetworkReply* reply, qint64 start, qint64 length, bool creation);
    void handleFailure(Failure kind, Core::Error error);
    void restartFresh(const QString& why);
    void terminate(int attempt);
    void complete();
    void scheduleRetry();
    void abortReply();
    [[nodiscard]] QNetworkRequest makeRequest(const QUrl& url) const;
    [[nodiscard]] Failure classify(QNetworkReply* reply, int status) const;
    [[nodiscard]] static Core::Error replyError(QNetworkReply* reply, int status,
                                                const QString& what);
    void waitForHashJob();
    // Asks the running read passes to stop (pause, cancel); their results are collected later.
    void stopHashing();

    QNetworkAccessManager& m_network;
    QString m_path;
    QUrl m_endpoint;
    QMap<QString, QString> m_metadata;
    UploadOptions m_options;
    UploadAuth m_auth;
    BandwidthLimiter* m_limiter = nullptr;
    ServerCapabilities m_capabilities;

    State m_state = State::Idle;
    Fingerprint m_fingerprint;
    Fingerprint m_resumeFingerprint;
    QUrl m_uploadUrl;
    qint64 m_offset = 0;
    qint64 m_chunk = 0;
    qint64 m_chunkCeiling = 0;
    ChecksumAlgorithm m_checksum = ChecksumAlgorithm::None;
    Core::Error m_error;

    Hasher m_whole{ChecksumAlgorithm::Sha256};
    qint64 m_wholeHashed = 0;
    QByteArray m_wholeDigestHex;
    QByteArray m_serverSha256Hex;
    std::shared_ptr<HashJob> m_hashJob; // a chunk's checksum
    std::future<void> m_hashDone;
    // The file pass beside the transfer: whole-file SHA-256 and block CRCs (filepass.h).
    std::shared_ptr<FilePassProgress> m_passProgress;
    std::unique_ptr<FilePass> m_pass;
    std::optional<Core::Error> m_passError;
    quint64 m_passSerial = 0;
    bool m_waitingForWhole = false; // complete() waits for the pass's SHA-256
    bool m_waitingForPass = false;  // prepareChunk() waits for the pass's CRCs
    // A chunk checksum computed ahead by prefetchDigest().
    struct ReadyDigest
    {
        qint64 start = -1;
        qint64 length = 0;
        ChecksumAlgorithm algorithm = ChecksumAlgorithm::None;
        QByteArray digest;
    };
    ReadyDigest m_ready;
    bool m_waitingForHash = false; // prepareChunk() waits for the running read pass

    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_paceTimer;
    QElapsedTimer m_chunkClock;
    int m_consecutiveFailures = 0;
    qint64 m_offsetAtLastFailure = -1;
    int m_retries = 0;
    int m_restarts = 0;
    int m_shrinks = 0;
    bool m_refreshedAuth = false;
    bool m_plainCreation = false; // creation-with-upload got 413: create without data
    qint64 m_bytesSent = 0;
    quint64 m_generation = 0; // bumps on pause/cancel: stale callbacks are ignored
};

} // namespace Upload
