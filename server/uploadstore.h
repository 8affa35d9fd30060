#pragma once

// The tus upload store behind /v1/uploads/: upload rows in SQLite, partial files under
// <data>/uploads, per-upload exclusive writers (a second concurrent PATCH gets 423), offsets
// committed only after the bytes are fsynced, and finished uploads moved into the replicated
// object storage with their SHA-256.

#include "core/result.h"
#include "core/upload/checksum.h"
#include "core/upload/hashpipeline.h"
#include "server/database.h"
#include "server/replicatedstorage.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>

namespace Server {

struct UploadLimits
{
    std::uint64_t maxFileBytes = 64ULL << 30;   // one upload (Tus-Max-Size)
    std::uint64_t tenantQuotaBytes = 0;         // all of a tenant's uploads; 0: unlimited
    std::uint64_t maxRequestBytes = 1ULL << 30; // one PATCH/POST body
    std::chrono::seconds expiry{24 * 3600};     // idle uploads expire (Upload-Expires)
};

struct UploadRecord
{
    std::string id;
    std::string tenantId;
    std::string userId;
    std::int64_t length = 0;
    std::int64_t offset = 0;
    std::string metadata; // the Upload-Metadata header as sent
    std::string filename;
    std::string title;
    std::string videoId;
    std::string role;           // '' a video file, 'poster' or 'thumbnail' an image
    std::string sha256;         // hex, once complete
    std::int64_t createdAt = 0; // unix seconds
    std::int64_t expiresAt = 0;
    [[nodiscard]] bool complete() const { return offset == length && !sha256.empty(); }
    // creation-defer-length: the size comes with a later PATCH (Upload-Length).
    [[nodiscard]] bool lengthDeferred() const { return length < 0; }
    // Images (poster frames, thumbnails) keep one stored copy; video files every root.
    [[nodiscard]] bool isImage() const { return role == "poster" || role == "thumbnail"; }
    [[nodiscard]] std::size_t copies() const
    {
        return isImage() ? 1 : ReplicatedStorage::kAllRoots;
    }
    [[nodiscard]] std::string objectName() const { return "uploads/" + tenantId + "/" + id; }
};

// What a PATCH (or a POST with data) found when it finished.
enum class WriteOutcome
{
    Invalid = 0,
    Stored,           // bytes fsynced and the offset committed
    ChecksumMismatch, // 460: the chunk was discarded
    Failed,           // storage error
};

class UploadStore
{
public:
    UploadStore(Database& db, std::filesystem::path partDir, ReplicatedStorage& objects,
                UploadLimits limits);
    [[nodiscard]] Core::Status prepare() const;
    [[nodiscard]] const UploadLimits& limits() const { return m_limits; }
    [[nodiscard]] ReplicatedStorage& objects() { return m_objects; }
    // Body bytes written since start (for benchmarks: bytes sent twice show up here).
    [[nodiscard]] std::uint64_t bytesWritten() const { return m_bytesWritten.load(); }
    void countWritten(std::uint64_t bytes) { m_bytesWritten += bytes; }

    enum class CreateRefusal
    {
        None = 0,
        TooLarge,
        QuotaExceeded,
    };
    struct Created
    {
        std::optional<UploadRecord> record;
        CreateRefusal refusal = CreateRefusal::None;
    };
    [[nodiscard]] Core::Result<Created>
    create(const std::string& tenantId, const std::string& userId, std::int64_t length,
           const std::string& metadata, const std::string& filename, const std::string& title,
           const std::string& videoId, const std::string& role = {});
    // Sets the length of an upload created with Upload-Defer-Length (checked against the file
    // size limit and the tenant quota like a creation). Fills record.length on success.
    [[nodiscard]] Core::Result<CreateRefusal> declareLength(UploadRecord& record,
                                                            std::int64_t length);
    // Within one tenant only: another tenant's upload is simply not found.
    [[nodiscard]] Core::Result<std::optional<UploadRecord>> find(const std::string& tenantId,
                                                                 const std::string& id);
    [[nodiscard]] Core::Status remove(const UploadRecord& record);
    // Deletes uploads whose expiry passed and that never completed.
    void sweepExpired();
    [[nodiscard]] std::int64_t tenantUsage(const std::string& tenantId);

    // Exclusive writer for one upload: null when another request is writing it (423). A writer
    // that received nothing for a second (its client vanished without closing) is broken off,
    // so the client's retry after the 423 finds the upload free.
    class Writer;
    [[nodiscard]] std::unique_ptr<Writer> tryBeginWrite(const UploadRecord& record,
                                                        Upload::ChecksumAlgorithm checksum,
                                                        QByteArray expectedDigest);
    // Called when a video's upload completes (set by the videos module).
    void setCompletionListener(std::function<void(const UploadRecord&)> listener)
    {
        m_onComplete = std::move(listener);
    }

    struct Live;

private:
    [[nodiscard]] std::shared_ptr<Live> live(const std::string& id);
    void forget(const std::string& id);
    [[nodiscard]] std::filesystem::path partFile(const std::string& id) const;

public: // for Writer
    [[nodiscard]] Core::Status commitOffset(const std::string& id, std::int64_t offset);
    [[nodiscard]] Core::Status finalize(UploadRecord& record, Live& live);
    void release(const std::string& id);

private:
    Database& m_db;
    std::filesystem::path m_partDir;
    ReplicatedStorage& m_objects;
    UploadLimits m_limits;
    std::mutex m_liveMutex;
    std::map<std::string, std::shared_ptr<Live>> m_live;
    std::function<void(const UploadRecord&)> m_onComplete;
    std::atomic<std::uint64_t> m_bytesWritten{0};
};

class UploadStore::Writer
{
public:
    ~Writer();
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;
    // Appends bytes at the current position; fails past the upload's length.
    [[nodiscard]] Core::Status write(const char* data, std::size_t size);
    // Where the next bytes may be read so that write() hands them to the hashing thread
    // without a copy (empty when there is nothing to hash: then any buffer will do).
    [[nodiscard]] std::span<char> bodyBuffer();
    // Ends the request: verifies the checksum, fsyncs and commits the offset (a broken-off
    // request without checksum keeps what arrived), finalizes a complete upload.
    [[nodiscard]] WriteOutcome finish(bool complete);
    [[nodiscard]] const UploadRecord& record() const { return m_record; }
    [[nodiscard]] const Core::Error& error() const { return m_error; }
    // How a later request can break this one off when it has gone quiet (see tryBeginWrite).
    void setInterrupter(std::function<void()> interrupt);

    // Use UploadStore::tryBeginWrite(); the writer takes ownership of fd.
    Writer(UploadStore& store, std::shared_ptr<Live> live, UploadRecord record, int fd,
           Upload::ChecksumAlgorithm checksum, QByteArray expectedDigest);

private:
    UploadStore& m_store;
    std::shared_ptr<Live> m_live;
    UploadRecord m_record;
    int m_fd;
    std::int64_t m_start;
    std::int64_t m_position;
    std::int64_t m_writebackFrom;
    Upload::Hasher m_chunkHash;
    QByteArray m_expected;
    Core::Error m_error;
    bool m_finished = false;
    // Hashes (chunk checksum, running SHA-256) on a thread of their own: created by the first
    // write that has something to hash, drained before finish() looks at a digest.
    std::unique_ptr<Upload::HashPipeline> m_hashing;
    std::vector<char> m_block; // filled through bodyBuffer(), then pushed to m_hashing
    std::size_t m_blockUsed = 0;
    [[nodiscard]] bool hashingWanted();
    void flushBlock();
};

} // namespace Server
