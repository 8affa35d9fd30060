// UploadTask's checksums: the file pass beside the transfer (whole-file SHA-256 and block
// CRC32Cs), the per-chunk read-ahead for chunks whose checksum does not follow from the
// pass, and how each chunk is prepared with its Upload-Checksum. The transfer itself and the
// answers are in uploadtask.cpp.
#include "core/upload/uploadtask.h"

#include "core/upload/filepass.h"

#include <QFile>
#include <QThreadPool>

#include <atomic>
#include <future>

namespace Upload {

// A chunk's read pass on the thread pool, values in, values out: its checksum, for chunks whose
// checksum does not follow from the file pass's block CRCs (sha1/sha256 per chunk, or a chunk
// that does not start on a block boundary). Computed ahead while the chunk before it is on
// the wire.
struct UploadTask::HashJob
{
    QString path;
    qint64 start = 0;
    qint64 length = 0;
    ChecksumAlgorithm algorithm = ChecksumAlgorithm::None;
    QByteArray digest;
    std::optional<Core::Error> error;
    std::atomic_bool cancelled{false};

    void run()
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(start)) {
            error =
                Core::makeError(Core::ErrorCode::Io,
                                QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        const qint64 end = start + length;
        qint64 position = start;
        Hasher chunk(algorithm);
        std::vector<char> buffer(1024 * 1024);
        while (position < end) {
            if (cancelled.load(std::memory_order_relaxed))
                return;
            const qint64 n =
                file.read(buffer.data(),
                          std::min<qint64>(end - position, static_cast<qint64>(buffer.size())));
            if (n <= 0) {
                error =
                    Core::makeError(Core::ErrorCode::Io, QStringLiteral("cannot read %1 at %2: %3")
                                                             .arg(path)
                                                             .arg(position)
                                                             .arg(file.errorString()));
                return;
            }
            chunk.add(buffer.data(), static_cast<std::size_t>(n));
            position += n;
        }
        digest = chunk.finish();
    }
};

UploadTask::UploadTask(QNetworkAccessManager& network, QString path, QUrl endpoint,
                       QMap<QString, QString> metadata, UploadOptions options, QObject* parent)
    : QObject(parent), m_network(network), m_path(std::move(path)), m_endpoint(std::move(endpoint)),
      m_metadata(std::move(metadata)), m_options(std::move(options))
{
    m_retryTimer.setSingleShot(true);
    m_paceTimer.setSingleShot(true);
}

UploadTask::~UploadTask()
{
    ++m_generation;
    abortReply();
    waitForHashJob();
}

void UploadTask::waitForHashJob()
{
    if (m_hashJob) {
        m_hashJob->cancelled = true;
        if (m_hashDone.valid())
            m_hashDone.wait();
        m_hashJob.reset();
    }
    if (m_pass) {
        m_pass->stop();
        collectFilePass();
    }
    m_waitingForWhole = false;
    m_waitingForPass = false;
}

void UploadTask::collectFilePass()
{
    m_pass->join();
    FilePass::Outcome outcome = m_pass->takeOutcome();
    m_pass.reset();
    if (outcome.sha256) {
        m_whole = std::move(*outcome.sha256);
        m_wholeHashed = outcome.sha256Bytes;
    }
    if (outcome.error)
        m_passError = std::move(outcome.error);
}

void UploadTask::resetFilePass()
{
    if (m_pass) {
        m_pass->stop();
        collectFilePass();
    }
    m_passProgress.reset();
    m_passError.reset();
    m_whole = Hasher(ChecksumAlgorithm::Sha256);
    m_wholeHashed = 0;
    m_wholeDigestHex.clear();
}

bool UploadTask::chunkCrcFromPass(qint64 start) const
{
    return m_checksum == ChecksumAlgorithm::Crc32c && m_passProgress &&
           m_passProgress->hasBlockCrcs() && start % FilePassProgress::kCrcBlockBytes == 0;
}

void UploadTask::startFilePass()
{
    if (m_pass)
        return;
    const bool wantCrcs = m_checksum == ChecksumAlgorithm::Crc32c;
    if (!m_passProgress || m_passProgress->sizeBytes() != size() ||
        (wantCrcs && !m_passProgress->hasBlockCrcs())) {
        // The SHA-256 and the CRCs always cover the same bytes: both start over together.
        m_passProgress = std::make_shared<FilePassProgress>(size(), wantCrcs);
        m_whole = Hasher(ChecksumAlgorithm::Sha256);
        m_wholeHashed = 0;
    }
    const bool needSha = m_options.verifyWholeFile && m_wholeHashed < size();
    const bool needCrcs = wantCrcs && m_passProgress->doneBytes() < size();
    if (!needSha && !needCrcs)
        return;
    std::optional<Hasher> sha;
    if (m_options.verifyWholeFile)
        sha = std::move(m_whole);
    m_passError.reset();
    const quint64 generation = m_generation;
    const quint64 serial = ++m_passSerial;
    m_pass = std::make_unique<FilePass>(
        m_fingerprint.path, m_passProgress, std::move(sha),
        [this, generation, serial] {
            QMetaObject::invokeMethod(
                this,
                [this, generation, serial] {
                    if (serial != m_passSerial || generation != m_generation || !m_waitingForPass)
                        return;
                    m_waitingForPass = false;
                    prepareChunk();
                },
                Qt::QueuedConnection);
        },
        [this, generation, serial] {
            QMetaObject::invokeMethod(
                this, [this, generation, serial] { onFilePassFinished(generation, serial); },
                Qt::QueuedConnection);
        });
    m_pass->start();
}

void UploadTask::onFilePassFinished(quint64 generation, quint64 serial)
{
    if (serial != m_passSerial || !m_pass)
        return; // collected by waitForHashJob() already
    collectFilePass();
    if (generation != m_generation)
        return;
    if (m_passError)
        return fail(*m_passError);
    if (m_waitingForPass) {
        m_waitingForPass = false;
        prepareChunk();
    } else if (m_waitingForWhole) {
        m_waitingForWhole = false;
        complete();
    }
}

void UploadTask::stopHashing()
{
    if (m_hashJob)
        m_hashJob->cancelled = true;
    if (m_pass)
        m_pass->stop();
}

qint64 UploadTask::chunkLimit() const
{
    qint64 chunk = m_chunk;
    if (m_limiter && m_limiter->limited())
        chunk =
            std::min(chunk, std::max(m_options.minChunkBytes, m_limiter->suggestedChunkBytes()));
    return chunk;
}

void UploadTask::prepareChunk()
{
    startFilePass();
    if (m_hashJob) {
        // The read pass for this chunk started while the previous one was on the wire.
        m_waitingForHash = true;
        return;
    }
    const bool creation = m_uploadUrl.isEmpty();
    const bool withData =
        !creation ||
        (m_capabilities.has(QStringLiteral("creation-with-upload")) && !m_plainCreation);
    qint64 length = withData ? std::min(chunkLimit(), size() - m_offset) : 0;
    const bool needChunkHash = m_checksum != ChecksumAlgorithm::None && length > 0;
    if (needChunkHash && chunkCrcFromPass(m_offset)) {
        // Whole blocks (or up to the end of the file): the checksum follows from the file
        // pass's block CRCs. Send what the pass has been through once that is half the chunk.
        constexpr qint64 kBlock = FilePassProgress::kCrcBlockBytes;
        const bool toEnd = m_offset + length == size();
        const qint64 wanted = toEnd ? length : length / kBlock * kBlock;
        if (wanted > 0) {
            const qint64 enoughEnd = std::min(
                m_offset + std::max(kBlock, wanted / 2 / kBlock * kBlock), m_offset + wanted);
            if (m_passProgress->doneBytes() < enoughEnd) {
                m_waitingForPass = true;
                m_passProgress->notifyAt(enoughEnd);
                // The pass may have got there between the check and the request.
                if (m_passProgress->doneBytes() < enoughEnd || !m_passProgress->cancelNotify())
                    return;
                m_waitingForPass = false;
            }
            qint64 ready = std::min(m_passProgress->doneBytes(), m_offset + wanted) - m_offset;
            if (m_offset + ready != size())
                ready = ready / kBlock * kBlock;
            const std::optional<std::uint32_t> crc = m_passProgress->chunkCrc(m_offset, ready);
            if (crc) {
                m_ready = {};
                return transmit(
                    m_offset, ready,
                    formatChecksumHeader(ChecksumAlgorithm::Crc32c, crc32cDigest(*crc)));
            }
        }
    }
    // A digest computed ahead fits when it starts here and is no longer than the chunk may be
    // now (chunks grow one step later; a shrink recomputes).
    const bool ready = needChunkHash && m_ready.start == m_offset &&
                       m_ready.algorithm == m_checksum && m_ready.length > 0 &&
                       m_ready.length <= length;
    if (ready)
        length = m_ready.length;
    if (!needChunkHash || ready) {
        const QByteArray header =
            ready ? formatChecksumHeader(m_ready.algorithm, m_ready.digest) : QByteArray();
        m_ready = {};
        return transmit(m_offset, length, header);
    }

    auto job = std::make_shared<HashJob>();
    job->start = m_offset;
    job->length = length;
    job->algorithm = needChunkHash ? m_checksum : ChecksumAlgorithm::None;
    runHashJob(job, [this](const HashJob& done) {
        transmit(done.start, done.length,
                 done.algorithm == ChecksumAlgorithm::None
                     ? QByteArray()
                     : formatChecksumHeader(done.algorithm, done.digest));
    });
}

void UploadTask::prefetchDigest(qint64 nextStart)
{
    if (m_hashJob || nextStart >= size())
        return;
    const qint64 length = std::min(chunkLimit(), size() - nextStart);
    if (m_checksum == ChecksumAlgorithm::None || chunkCrcFromPass(nextStart))
        return;
    auto job = std::make_shared<HashJob>();
    job->start = nextStart;
    job->length = length;
    job->algorithm = m_checksum;
    runHashJob(job, [this](const HashJob& done) {
        m_ready = ReadyDigest{done.start, done.length, done.algorithm, done.digest};
        if (m_waitingForHash) {
            m_waitingForHash = false;
            prepareChunk();
        }
    });
}

void UploadTask::runHashJob(const std::shared_ptr<HashJob>& job,
                            std::function<void(const HashJob&)> then)
{
    job->path = m_fingerprint.path;
    m_hashJob = job;
    auto promise = std::make_shared<std::promise<void>>();
    m_hashDone = promise->get_future();
    const quint64 generation = m_generation;
    QThreadPool::globalInstance()->start([this, job, promise, generation, then = std::move(then)] {
        job->run();
        QMetaObject::invokeMethod(
            this,
            [this, job, generation, then] {
                if (m_hashJob != job)
                    return; // collected by waitForHashJob() already
                m_hashJob.reset();
                if (generation != m_generation)
                    return;
                if (job->error)
                    return fail(*job->error);
                then(*job);
            },
            Qt::QueuedConnection);
        promise->set_value();
    });
}

} // namespace Upload
