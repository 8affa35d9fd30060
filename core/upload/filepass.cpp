#include "core/upload/filepass.h"

#include "core/upload/hashpipeline.h"

#include <QFile>

namespace Upload {
namespace {

constexpr qint64 kReadBytes = 1024 * 1024; // a multiple of the CRC block
static_assert(kReadBytes % FilePassProgress::kCrcBlockBytes == 0);

} // namespace

FilePassProgress::FilePassProgress(qint64 sizeBytes, bool blockCrcs) : m_sizeBytes(sizeBytes)
{
    if (blockCrcs && sizeBytes > 0)
        m_blockCrcs.resize(
            static_cast<std::size_t>((sizeBytes + kCrcBlockBytes - 1) / kCrcBlockBytes));
}

std::optional<std::uint32_t> FilePassProgress::chunkCrc(qint64 start, qint64 length) const
{
    const qint64 end = start + length;
    if (!hasBlockCrcs() || start < 0 || length < 0 || end > m_sizeBytes ||
        start % kCrcBlockBytes != 0 || (end % kCrcBlockBytes != 0 && end != m_sizeBytes) ||
        end > doneBytes()) {
        return std::nullopt;
    }
    std::uint32_t crc = 0;
    for (qint64 block = start; block < end; block += kCrcBlockBytes) {
        const qint64 bytes = std::min(kCrcBlockBytes, end - block);
        crc = crc32cCombine(crc, m_blockCrcs[static_cast<std::size_t>(block / kCrcBlockBytes)],
                            static_cast<std::uint64_t>(bytes));
    }
    return crc;
}

bool FilePassProgress::advance(qint64 doneBytes)
{
    m_doneBytes.store(doneBytes, std::memory_order_release);
    qint64 at = m_notifyAt.load();
    return at >= 0 && doneBytes >= at && m_notifyAt.compare_exchange_strong(at, -1);
}

FilePass::FilePass(QString path, std::shared_ptr<FilePassProgress> progress,
                   std::optional<Hasher> sha256, std::function<void()> onProgress,
                   std::function<void()> onFinished)
    : m_path(std::move(path)), m_progress(std::move(progress)), m_onProgress(std::move(onProgress)),
      m_onFinished(std::move(onFinished))
{
    m_outcome.sha256 = std::move(sha256);
    m_outcome.sha256Bytes = m_progress->doneBytes();
}

FilePass::~FilePass()
{
    stop();
    join();
}

void FilePass::start()
{
    m_thread = std::thread([this] { run(); });
}

void FilePass::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void FilePass::run()
{
    FilePassProgress& progress = *m_progress;
    qint64 position = progress.doneBytes();
    const qint64 size = progress.sizeBytes();
    std::optional<HashPipeline> sha;
    if (m_outcome.sha256) {
        Hasher* hasher = &*m_outcome.sha256;
        sha.emplace([hasher](const char* data, std::size_t bytes) { hasher->add(data, bytes); });
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(position)) {
        m_outcome.error =
            Core::makeError(Core::ErrorCode::Io,
                            QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()));
    }
    std::vector<char> buffer;
    while (!m_outcome.error && position < size && !m_stop.load()) {
        const qint64 want = std::min(kReadBytes, size - position);
        buffer.resize(static_cast<std::size_t>(want));
        qint64 got = 0;
        qint64 n = 0;
        while (got < want) {
            n = file.read(buffer.data() + got, want - got);
            if (n <= 0)
                break;
            got += n;
        }
        if (got < want) {
            // read() gives 0 at the end of the file, -1 on an error.
            const QString why = n == 0 ? QStringLiteral("the file got shorter while it uploads")
                                       : file.errorString();
            m_outcome.error =
                Core::makeError(Core::ErrorCode::Io, QStringLiteral("cannot read %1 at %2: %3")
                                                         .arg(m_path)
                                                         .arg(position + got)
                                                         .arg(why));
            break;
        }
        if (progress.wantsBlockCrcs()) {
            for (qint64 block = 0; block < got; block += FilePassProgress::kCrcBlockBytes) {
                const qint64 bytes = std::min(FilePassProgress::kCrcBlockBytes, got - block);
                progress.setBlockCrc(position + block, crc32c(0, buffer.data() + block,
                                                              static_cast<std::size_t>(bytes)));
            }
        }
        if (sha) {
            buffer = sha->push(std::move(buffer)); // a spare block back to read into
            m_outcome.sha256Bytes = position + got;
        }
        position += got;
        if (progress.advance(position) && m_onProgress)
            m_onProgress();
    }
    sha.reset(); // hashes what it was given, then stops
    if (m_onFinished)
        m_onFinished();
}

} // namespace Upload
