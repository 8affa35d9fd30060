#include "server/replicatedstorage.h"

#include "core/upload/checksum.h"

#include <QString>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace Server {
namespace {

Core::Error ioError(const QString& what, int err)
{
    return Core::makeError(
        Core::ErrorCode::Io,
        QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(err))), err);
}

QString text(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

Core::Result<std::string> sha256OfFile(const std::filesystem::path& file)
{
    Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return ioError(QStringLiteral("cannot open %1").arg(text(file)), errno);
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
    Upload::Hasher hasher(Upload::ChecksumAlgorithm::Sha256);
    std::vector<char> buffer(1024 * 1024);
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ioError(QStringLiteral("cannot read %1").arg(text(file)), errno);
        if (n == 0)
            break;
        hasher.add(buffer.data(), static_cast<std::size_t>(n));
    }
    return hasher.finish().toHex().toStdString();
}

ReplicatedStorage::ReplicatedStorage(std::vector<std::filesystem::path> roots)
    : m_roots(std::move(roots))
{}

Core::Status ReplicatedStorage::prepare() const
{
    for (const auto& root : m_roots) {
        std::error_code ec;
        std::filesystem::create_directories(root / "tmp", ec);
        if (ec)
            return ioError(QStringLiteral("cannot create storage root %1").arg(text(root)),
                           ec.value());
    }
    return {};
}

Core::Status ReplicatedStorage::copyInto(const std::filesystem::path& source,
                                         const std::filesystem::path& root,
                                         const std::string& name) const
{
    thread_local std::mt19937_64 random{std::random_device{}()};
    const std::filesystem::path target = root / name;
    const std::filesystem::path temporary =
        root / "tmp" / ("replica." + std::to_string(random()) + ".part");
    {
        Fd in(::open(source.c_str(), O_RDONLY | O_CLOEXEC));
        if (in.get() < 0)
            return ioError(QStringLiteral("cannot open %1").arg(text(source)), errno);
        Fd out(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
        if (out.get() < 0)
            return ioError(QStringLiteral("cannot create %1").arg(text(temporary)), errno);
        struct stat info
        {};
        if (::fstat(in.get(), &info) != 0)
            return ioError(QStringLiteral("cannot stat %1").arg(text(source)), errno);
        off_t left = info.st_size;
        while (left > 0) {
            const ssize_t n = ::copy_file_range(in.get(), nullptr, out.get(), nullptr,
                                                static_cast<std::size_t>(left), 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                const int err = n < 0 ? errno : EIO;
                std::filesystem::remove(temporary);
                return ioError(QStringLiteral("cannot copy into %1").arg(text(temporary)), err);
            }
            left -= n;
        }
        if (::fsync(out.get()) != 0) {
            const int err = errno;
            std::filesystem::remove(temporary);
            return ioError(QStringLiteral("cannot sync %1").arg(text(temporary)), err);
        }
    }
    std::error_code ec;
    std::filesystem::create_directories(target.parent_path(), ec);
    std::filesystem::rename(temporary, target, ec);
    if (ec) {
        std::filesystem::remove(temporary);
        return ioError(QStringLiteral("cannot move %1 into place").arg(text(target)), ec.value());
    }
    Fd dir(::open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() >= 0)
        ::fsync(dir.get());
    return {};
}

Core::Status ReplicatedStorage::store(const std::filesystem::path& source, const std::string& name,
                                      const std::string& sha256Hex, std::size_t copies) const
{
    const std::size_t roots = std::min(copies, m_roots.size());
    // The first root takes the source file itself when it is on the same file system: its
    // bytes are already fsynced and were hashed as they arrived. Every other root gets a copy
    // that is read back and checked against the SHA-256.
    std::size_t first = 0;
    if (!m_roots.empty()) {
        const std::filesystem::path target = m_roots[0] / name;
        std::error_code ec;
        std::filesystem::create_directories(target.parent_path(), ec);
        std::filesystem::rename(source, target, ec);
        if (!ec) {
            Fd dir(::open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
            if (dir.get() >= 0)
                ::fsync(dir.get());
            first = 1;
        }
    }
    const std::filesystem::path from = first == 1 ? m_roots[0] / name : source;
    for (std::size_t i = first; i < roots; ++i) {
        const auto& root = m_roots[i];
        if (auto copied = copyInto(from, root, name); !copied)
            return copied;
        auto sha = sha256OfFile(root / name);
        if (!sha)
            return sha.error();
        if (sha.value() != sha256Hex) {
            return Core::makeError(Core::ErrorCode::Io,
                                   QStringLiteral("copy of %1 in %2 does not verify")
                                       .arg(QString::fromStdString(name), text(root)));
        }
    }
    return {};
}

Core::Result<ReplicatedStorage::Verified> ReplicatedStorage::verify(const std::string& name,
                                                                    const std::string& sha256Hex,
                                                                    std::size_t copies) const
{
    std::lock_guard lock(m_healMutex);
    const std::size_t roots = std::min(copies, m_roots.size());
    std::vector<bool> good(roots, false);
    std::optional<std::size_t> firstGood;
    for (std::size_t i = 0; i < roots; ++i) {
        auto sha = sha256OfFile(m_roots[i] / name);
        good[i] = sha && sha.value() == sha256Hex;
        if (good[i] && !firstGood)
            firstGood = i;
    }
    if (!firstGood) {
        return Core::makeError(Core::ErrorCode::Io,
                               QStringLiteral("no storage root holds an intact copy of %1")
                                   .arg(QString::fromStdString(name)));
    }
    Verified result{m_roots[*firstGood] / name, 0};
    for (std::size_t i = 0; i < roots; ++i) {
        if (good[i])
            continue;
        if (auto healed = copyInto(result.file, m_roots[i], name); !healed)
            return healed.error();
        ++result.healed;
    }
    return result;
}

void ReplicatedStorage::remove(const std::string& name) const
{
    for (const auto& root : m_roots) {
        std::error_code ec;
        std::filesystem::remove(root / name, ec);
    }
}

} // namespace Server
