#include "server/uploadstore.h"

#include <QLoggingCategory>
#include <QString>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcUploads, "onestream.server.uploads")

namespace Server {
namespace {

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string randomId()
{
    thread_local std::mt19937_64 random{std::random_device{}()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id(32, '0');
    for (char& c : id)
        c = kHex[random() & 0xFU];
    return id;
}

constexpr const char* kColumns = "id, tenant_id, user_id, length, offset, metadata, filename, "
                                 "title, video_id, sha256, created_at, expires_at, role";

UploadRecord readRecord(const Statement& statement)
{
    UploadRecord record;
    record.id = statement.columnText(0);
    record.tenantId = statement.columnText(1);
    record.userId = statement.columnText(2);
    record.length = statement.columnInt(3);
    record.offset = statement.columnInt(4);
    record.metadata = statement.columnText(5);
    record.filename = statement.columnText(6);
    record.title = statement.columnText(7);
    record.videoId = statement.columnText(8);
    record.sha256 = statement.columnText(9);
    record.createdAt = statement.columnInt(10);
    record.expiresAt = statement.columnInt(11);
    record.role = statement.columnText(12);
    return record;
}

} // namespace

// In-memory state of an upload that is being written: the exclusive-writer flag and the
// running SHA-256 of the bytes so far (valid while every byte arrived in order).
struct UploadStore::Live
{
    std::mutex mutex;
    bool busy = false;
    Upload::Hasher sha{Upload::ChecksumAlgorithm::Sha256};
    std::int64_t hashedTo = 0;
    bool hashValid = true;
    std::chrono::steady_clock::time_point lastActivity;
    std::function<void()> interrupt;
};

UploadStore::UploadStore(Database& db, std::filesystem::path partDir, ReplicatedStorage& objects,
                         UploadLimits limits)
    : m_db(db), m_partDir(std::move(partDir)), m_objects(objects), m_limits(limits)
{}

Core::Status UploadStore::prepare() const
{
    std::error_code ec;
    std::filesystem::create_directories(m_partDir, ec);
    if (ec) {
        return Core::makeError(
            Core::ErrorCode::Io,
            QStringLiteral("cannot create %1").arg(QString::fromStdString(m_partDir.string())),
            ec.value());
    }
    return m_objects.prepare();
}

std::filesystem::path UploadStore::partFile(const std::string& id) const
{
    return m_partDir / (id + ".part");
}

std::int64_t UploadStore::tenantUsage(const std::string& tenantId)
{
    return m_db.withLock([&](Database& db) -> std::int64_t {
        auto statement =
            db.prepare("SELECT COALESCE(SUM(MAX(length, 0)), 0) FROM uploads WHERE tenant_id = ?1");
        if (!statement)
            return 0;
        statement->bind(1, tenantId);
        auto row = statement->step();
        return row && row.value() ? statement->columnInt(0) : 0;
    });
}

Core::Result<UploadStore::Created>
UploadStore::create(const std::string& tenantId, const std::string& userId, std::int64_t length,
                    const std::string& metadata, const std::string& filename,
                    const std::string& title, const std::string& videoId, const std::string& role)
{
    // length -1: deferred (creation-defer-length); checked when a PATCH declares it.
    if (length < -1 || (length >= 0 && static_cast<std::uint64_t>(length) > m_limits.maxFileBytes))
        return Created{std::nullopt, CreateRefusal::TooLarge};
    UploadRecord record;
    record.id = randomId();
    record.tenantId = tenantId;
    record.userId = userId;
    record.length = length;
    record.metadata = metadata;
    record.filename = filename;
    record.title = title;
    record.videoId = videoId;
    record.role = role;
    record.createdAt = nowSeconds();
    record.expiresAt = record.createdAt + m_limits.expiry.count();
    // Quota check and insert under one lock: two creations cannot both squeeze in.
    auto inserted = m_db.withLock([&](Database& db) -> Core::Result<bool> {
        if (m_limits.tenantQuotaBytes > 0) {
            auto usage = db.prepare(
                "SELECT COALESCE(SUM(MAX(length, 0)), 0) FROM uploads WHERE tenant_id = ?1");
            if (!usage)
                return usage.error();
            usage->bind(1, tenantId);
            auto row = usage->step();
            if (!row)
                return row.error();
            if (static_cast<std::uint64_t>(usage->columnInt(0) + length) >
                m_limits.tenantQuotaBytes)
                return false;
        }
        auto statement = db.prepare(
            "INSERT INTO uploads(id, tenant_id, user_id, length, offset, metadata, filename, "
            "title, video_id, sha256, created_at, expires_at, role) "
            "VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?8, '', ?9, ?10, ?11)");
        if (!statement)
            return statement.error();
        statement->bind(1, record.id)
            .bind(2, tenantId)
            .bind(3, userId)
            .bind(4, static_cast<long long>(length))
            .bind(5, metadata)
            .bind(6, filename)
            .bind(7, title)
            .bind(8, videoId)
            .bind(9, static_cast<long long>(record.createdAt))
            .bind(10, static_cast<long long>(record.expiresAt))
            .bind(11, role);
        auto done = statement->step();
        if (!done)
            return done.error();
        return true;
    });
    if (!inserted)
        return inserted.error();
    if (!inserted.value())
        return Created{std::nullopt, CreateRefusal::QuotaExceeded};
    const int fd = ::open(partFile(record.id).c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int err = errno;
        (void)remove(record);
        return Core::makeError(Core::ErrorCode::Io,
                               QStringLiteral("cannot create the upload file: %1")
                                   .arg(QString::fromLocal8Bit(std::strerror(err))),
                               err);
    }
    ::close(fd);
    return Created{record, CreateRefusal::None};
}

Core::Result<UploadStore::CreateRefusal> UploadStore::declareLength(UploadRecord& record,
                                                                    std::int64_t length)
{
    if (length < record.offset || static_cast<std::uint64_t>(length) > m_limits.maxFileBytes)
        return CreateRefusal::TooLarge;
    auto declared = m_db.withLock([&](Database& db) -> Core::Result<CreateRefusal> {
        if (m_limits.tenantQuotaBytes > 0) {
            auto usage = db.prepare(
                "SELECT COALESCE(SUM(MAX(length, 0)), 0) FROM uploads WHERE tenant_id = ?1");
            if (!usage)
                return usage.error();
            usage->bind(1, record.tenantId);
            auto row = usage->step();
            if (!row)
                return row.error();
            if (static_cast<std::uint64_t>(usage->columnInt(0) + length) >
                m_limits.tenantQuotaBytes)
                return CreateRefusal::QuotaExceeded;
        }
        auto statement = db.prepare("UPDATE uploads SET length = ?2 WHERE id = ?1 AND length < 0");
        if (!statement)
            return statement.error();
        statement->bind(1, record.id).bind(2, static_cast<long long>(length));
        auto done = statement->step();
        if (!done)
            return done.error();
        return CreateRefusal::None;
    });
    if (declared && declared.value() == CreateRefusal::None)
        record.length = length;
    return declared;
}

Core::Result<std::optional<UploadRecord>> UploadStore::find(const std::string& tenantId,
                                                            const std::string& id)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<UploadRecord>> {
        auto statement = db.prepare(std::string("SELECT ") + kColumns +
                                    " FROM uploads WHERE id = ?1 AND tenant_id = ?2");
        if (!statement)
            return statement.error();
        statement->bind(1, id).bind(2, tenantId);
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!row.value())
            return std::optional<UploadRecord>();
        return std::optional<UploadRecord>(readRecord(statement.value()));
    });
}

Core::Status UploadStore::remove(const UploadRecord& record)
{
    auto removed = m_db.withLock([&](Database& db) -> Core::Status {
        auto statement = db.prepare("DELETE FROM uploads WHERE id = ?1");
        if (!statement)
            return statement.error();
        statement->bind(1, record.id);
        auto done = statement->step();
        if (!done)
            return done.error();
        return {};
    });
    std::error_code ec;
    std::filesystem::remove(partFile(record.id), ec);
    if (!record.sha256.empty())
        m_objects.remove(record.objectName());
    forget(record.id);
    return removed;
}

void UploadStore::sweepExpired()
{
    std::vector<UploadRecord> expired;
    m_db.withLock([&](Database& db) {
        auto statement = db.prepare(std::string("SELECT ") + kColumns +
                                    " FROM uploads WHERE sha256 = '' AND expires_at < ?1");
        if (!statement)
            return;
        statement->bind(1, static_cast<long long>(nowSeconds()));
        while (true) {
            auto row = statement->step();
            if (!row || !row.value())
                break;
            expired.push_back(readRecord(statement.value()));
        }
    });
    for (const UploadRecord& record : expired) {
        auto live = this->live(record.id);
        std::lock_guard lock(live->mutex);
        if (live->busy)
            continue;
        qCInfo(lcUploads) << "upload expired:" << QString::fromStdString(record.id);
        (void)remove(record);
    }
}

std::shared_ptr<UploadStore::Live> UploadStore::live(const std::string& id)
{
    std::lock_guard lock(m_liveMutex);
    auto& slot = m_live[id];
    if (!slot)
        slot = std::make_shared<Live>();
    return slot;
}

void UploadStore::forget(const std::string& id)
{
    std::lock_guard lock(m_liveMutex);
    m_live.erase(id);
}

std::unique_ptr<UploadStore::Writer> UploadStore::tryBeginWrite(const UploadRecord& record,
                                                                Upload::ChecksumAlgorithm checksum,
                                                                QByteArray expectedDigest)
{
    auto state = live(record.id);
    {
        std::unique_lock lock(state->mutex);
        if (state->busy) {
            const bool stale =
                std::chrono::steady_clock::now() - state->lastActivity > std::chrono::seconds(1);
            std::function<void()> interrupt = stale ? state->interrupt : nullptr;
            lock.unlock();
            if (interrupt)
                interrupt();
            return nullptr;
        }
        state->busy = true;
        state->lastActivity = std::chrono::steady_clock::now();
        state->interrupt = nullptr;
        if (state->hashedTo != record.offset) {
            // A restart or a discarded chunk: the running hash no longer covers exactly the
            // committed bytes. The finished object is then hashed from disk.
            state->hashValid = state->hashValid && state->hashedTo == record.offset;
        }
    }
    // A finished upload has no partial file any more: its writer only holds the lock.
    const int fd =
        record.complete() ? -1 : ::open(partFile(record.id).c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0 && !record.complete()) {
        std::lock_guard lock(state->mutex);
        state->busy = false;
        return nullptr;
    }
    return std::make_unique<Writer>(*this, std::move(state), record, fd, checksum,
                                    std::move(expectedDigest));
}

void UploadStore::release(const std::string& id)
{
    auto state = live(id);
    std::lock_guard lock(state->mutex);
    state->busy = false;
    state->interrupt = nullptr;
}

void UploadStore::Writer::setInterrupter(std::function<void()> interrupt)
{
    std::lock_guard lock(m_live->mutex);
    m_live->interrupt = std::move(interrupt);
}

Core::Status UploadStore::commitOffset(const std::string& id, std::int64_t offset)
{
    return m_db.withLock([&](Database& db) -> Core::Status {
        auto statement =
            db.prepare("UPDATE uploads SET offset = ?2, expires_at = ?3 WHERE id = ?1");
        if (!statement)
            return statement.error();
        statement->bind(1, id)
            .bind(2, static_cast<long long>(offset))
            .bind(3, static_cast<long long>(nowSeconds() + m_limits.expiry.count()));
        auto done = statement->step();
        if (!done)
            return done.error();
        return {};
    });
}

Core::Status UploadStore::finalize(UploadRecord& record, Live& state)
{
    const std::filesystem::path part = partFile(record.id);
    std::error_code ec;
    std::filesystem::resize_file(part, static_cast<std::uintmax_t>(record.length), ec);
    std::string sha;
    if (state.hashValid && state.hashedTo == record.length) {
        sha = state.sha.finish().toHex().toStdString();
    } else {
        auto hashed = sha256OfFile(part);
        if (!hashed)
            return hashed.error();
        sha = hashed.value();
    }
    if (auto stored = m_objects.store(part, record.objectName(), sha, record.copies()); !stored)
        return stored;
    auto saved = m_db.withLock([&](Database& db) -> Core::Status {
        auto statement = db.prepare("UPDATE uploads SET sha256 = ?2 WHERE id = ?1");
        if (!statement)
            return statement.error();
        statement->bind(1, record.id).bind(2, sha);
        auto done = statement->step();
        if (!done)
            return done.error();
        return {};
    });
    if (!saved)
        return saved;
    record.sha256 = sha;
    std::filesystem::remove(part, ec);
    if (m_onComplete)
        m_onComplete(record);
    return {};
}

UploadStore::Writer::Writer(UploadStore& store, std::shared_ptr<Live> live, UploadRecord record,
                            int fd, Upload::ChecksumAlgorithm checksum, QByteArray expectedDigest)
    : m_store(store), m_live(std::move(live)), m_record(std::move(record)), m_fd(fd),
      m_start(m_record.offset), m_position(m_record.offset), m_writebackFrom(m_record.offset),
      m_chunkHash(checksum), m_expected(std::move(expectedDigest))
{}

UploadStore::Writer::~Writer()
{
    if (!m_finished)
        (void)finish(false);
    m_hashing.reset(); // before the hashes it feeds go
    if (m_fd >= 0)
        ::close(m_fd);
}

Core::Status UploadStore::Writer::write(const char* data, std::size_t size)
{
    const std::int64_t limit = m_record.lengthDeferred()
                                   ? static_cast<std::int64_t>(m_store.limits().maxFileBytes)
                                   : m_record.length;
    if (m_position + static_cast<std::int64_t>(size) > limit) {
        return Core::makeError(Core::ErrorCode::BadInput,
                               QStringLiteral("the body goes past Upload-Length"), 400);
    }
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n =
            ::pwrite(m_fd, data + done, size - done,
                     static_cast<off_t>(m_position + static_cast<std::int64_t>(done)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            m_error = Core::makeError(Core::ErrorCode::Io,
                                      QStringLiteral("cannot write the upload: %1")
                                          .arg(QString::fromLocal8Bit(std::strerror(err))),
                                      err);
            return m_error;
        }
        done += static_cast<std::size_t>(n);
    }
    bool feedLive = false;
    {
        std::lock_guard lock(m_live->mutex);
        m_live->lastActivity = std::chrono::steady_clock::now();
        if (m_live->hashValid && m_live->hashedTo == m_position) {
            feedLive = true;
            m_live->hashedTo += static_cast<std::int64_t>(size);
        } else {
            m_live->hashValid = false;
        }
    }
    const bool feedChunk = m_chunkHash.algorithm() != Upload::ChecksumAlgorithm::None;
    const bool inBlock = !m_block.empty() && data == m_block.data() + m_blockUsed &&
                         m_blockUsed + size <= m_block.size();
    if (feedChunk || feedLive) {
        // The running hash stays valid only while every byte of this writer feeds it, so
        // whether it does is settled by the first write.
        if (!m_hashing) {
            m_hashing = std::make_unique<Upload::HashPipeline>(
                [this, feedChunk, feedLive](const char* bytes, std::size_t count) {
                    if (feedChunk)
                        m_chunkHash.add(bytes, count);
                    if (feedLive)
                        m_live->sha.add(bytes, count);
                });
        }
        if (inBlock) {
            m_blockUsed += size; // read straight into the block: no copy
            if (m_blockUsed == m_block.size())
                flushBlock();
        } else {
            m_hashing->add(data, size);
        }
    } else if (inBlock) {
        m_blockUsed = 0; // nothing to hash: the block is only a read buffer
    }
    m_position += static_cast<std::int64_t>(size);
    m_store.countWritten(size);
    // Start writeback every 8 MiB without waiting for it, so that the fsync at the end of the
    // request finds little left to do and the disk works while the network does.
    constexpr std::int64_t kWriteback = 8LL * 1024 * 1024;
    if (m_position - m_writebackFrom >= kWriteback) {
        ::sync_file_range(m_fd, static_cast<off_t>(m_writebackFrom),
                          static_cast<off_t>(m_position - m_writebackFrom), SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = m_position;
    }
    return {};
}

bool UploadStore::Writer::hashingWanted()
{
    if (m_chunkHash.algorithm() != Upload::ChecksumAlgorithm::None)
        return true;
    std::lock_guard lock(m_live->mutex);
    return m_live->hashValid && m_live->hashedTo == m_position;
}

std::span<char> UploadStore::Writer::bodyBuffer()
{
    if (m_fd < 0 || !hashingWanted())
        return {};
    if (m_block.empty()) {
        m_block.resize(Upload::HashPipeline::kBlockBytes);
        m_blockUsed = 0;
    }
    return std::span<char>(m_block).subspan(m_blockUsed);
}

void UploadStore::Writer::flushBlock()
{
    if (!m_hashing || m_blockUsed == 0)
        return;
    m_block.resize(m_blockUsed);
    m_block = m_hashing->push(std::move(m_block));
    m_block.resize(Upload::HashPipeline::kBlockBytes);
    m_blockUsed = 0;
}

WriteOutcome UploadStore::Writer::finish(bool complete)
{
    if (m_finished)
        return WriteOutcome::Failed;
    m_finished = true;
    struct Release
    {
        UploadStore& store;
        const std::string& id;
        ~Release() { store.release(id); }
    } release{m_store, m_record.id};

    if (m_hashing) {
        flushBlock();
        m_hashing->drain();
    }
    const bool checksummed = m_chunkHash.algorithm() != Upload::ChecksumAlgorithm::None;
    const bool mismatch = checksummed && complete && m_chunkHash.finish() != m_expected;
    if (m_position > m_start &&
        (mismatch || (checksummed && !complete) || !m_error.detail.isEmpty())) {
        // Discard the chunk: the committed offset stays where it was.
        if (::ftruncate(m_fd, static_cast<off_t>(m_start)) != 0)
            qCWarning(lcUploads) << "cannot discard a chunk:" << std::strerror(errno);
        std::lock_guard lock(m_live->mutex);
        m_live->hashValid = false;
        m_position = m_start;
        return mismatch ? WriteOutcome::ChecksumMismatch : WriteOutcome::Failed;
    }
    if (mismatch)
        return WriteOutcome::ChecksumMismatch;
    if (m_position > m_start) {
        if (::fdatasync(m_fd) != 0) {
            const int err = errno;
            m_error = Core::makeError(Core::ErrorCode::Io,
                                      QStringLiteral("cannot sync the upload: %1")
                                          .arg(QString::fromLocal8Bit(std::strerror(err))),
                                      err);
            return WriteOutcome::Failed;
        }
        if (auto committed = m_store.commitOffset(m_record.id, m_position); !committed) {
            m_error = committed.error();
            return WriteOutcome::Failed;
        }
        m_record.offset = m_position;
    }
    if (m_record.offset == m_record.length && m_record.sha256.empty()) {
        if (auto finalized = m_store.finalize(m_record, *m_live); !finalized) {
            m_error = finalized.error();
            return WriteOutcome::Failed;
        }
    }
    return WriteOutcome::Stored;
}

} // namespace Server
