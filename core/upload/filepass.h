#pragma once

// One sequential read of the file being uploaded, beside the transfer, on a thread of its own
// (and SHA-256 on a second one): the whole-file SHA-256 that is compared with the server's at
// the end, and a CRC32C of every block, from which any block-aligned chunk's checksum follows
// (crc32cCombine) without reading the chunk again. Chunk passes that read every chunk twice
// (once for the Upload-Checksum header, once to send it) were a third of the client's CPU.
//
// The pass moves values in (the SHA-256 state so far) and out (the state at the end); what it
// computed so far is published through FilePassProgress, which the upload task reads while the
// pass runs.

#include "core/result.h"
#include "core/upload/checksum.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace Upload {

class FilePassProgress
{
public:
    static constexpr qint64 kCrcBlockBytes = 256 * 1024;

    FilePassProgress(qint64 sizeBytes, bool blockCrcs);
    [[nodiscard]] qint64 sizeBytes() const { return m_sizeBytes; }
    [[nodiscard]] bool hasBlockCrcs() const { return !m_blockCrcs.empty() || m_sizeBytes == 0; }
    // Bytes from the start of the file the pass has been through (a block boundary or the end).
    [[nodiscard]] qint64 doneBytes() const { return m_doneBytes.load(std::memory_order_acquire); }
    // CRC32C of [start, start + length) when start is a block boundary, the range ends on one
    // (or at the end of the file) and the pass got that far; nullopt otherwise.
    [[nodiscard]] std::optional<std::uint32_t> chunkCrc(qint64 start, qint64 length) const;
    // Makes the pass call its progress callback once doneBytes() reaches bytes (-1: none).
    void notifyAt(qint64 bytes) { m_notifyAt.store(bytes); }
    // Takes a pending notifyAt() back; false when the pass fired it already.
    bool cancelNotify() { return m_notifyAt.exchange(-1) >= 0; }

    // For the pass: a block's CRC (before advance() passes it), then how far the pass got;
    // advance() is true once when that reaches a pending notifyAt().
    [[nodiscard]] bool wantsBlockCrcs() const { return !m_blockCrcs.empty(); }
    void setBlockCrc(qint64 blockStart, std::uint32_t crc)
    {
        m_blockCrcs[static_cast<std::size_t>(blockStart / kCrcBlockBytes)] = crc;
    }
    [[nodiscard]] bool advance(qint64 doneBytes);

private:
    const qint64 m_sizeBytes;
    // Sized once, before any pass: entry i is written by the pass before doneBytes passes it
    // and never again, so the task reads it without a lock.
    std::vector<std::uint32_t> m_blockCrcs;
    std::atomic<qint64> m_doneBytes{0};
    std::atomic<qint64> m_notifyAt{-1};
};

class FilePass
{
public:
    struct Outcome
    {
        std::optional<Hasher> sha256; // the state carried on, when the pass hashed
        qint64 sha256Bytes = 0;
        std::optional<Core::Error> error;
    };
    // Reads path from progress->doneBytes() to its end; sha256, when given, must cover exactly
    // the bytes before that. onProgress runs on the pass's thread when a notifyAt() is reached;
    // onFinished runs there once at the end (also after stop()).
    FilePass(QString path, std::shared_ptr<FilePassProgress> progress, std::optional<Hasher> sha256,
             std::function<void()> onProgress, std::function<void()> onFinished);
    // Stops and joins the thread.
    ~FilePass();
    FilePass(const FilePass&) = delete;
    FilePass& operator=(const FilePass&) = delete;

    void start();
    // Asks the pass to stop after the block it is reading; what it got through is kept.
    void stop() { m_stop.store(true); }
    // Waits for the thread; then the outcome may be taken.
    void join();
    [[nodiscard]] Outcome takeOutcome() { return std::move(m_outcome); }

private:
    void run();

    QString m_path;
    std::shared_ptr<FilePassProgress> m_progress;
    std::function<void()> m_onProgress;
    std::function<void()> m_onFinished;
    Outcome m_outcome;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace Upload
