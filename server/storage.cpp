#include "server/storage.h"

#include <QString>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

namespace Server {
namespace {

Core::Error ioError(const QString& what, int err)
{
    return Core::makeError(
        Core::ErrorCode::Io,
        QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(err))), err);
}

QString pathText(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

// A file descriptor that closes itself.
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
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

Core::Status fsyncDirectory(const std::filesystem::path& dir)
{
    Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0)
        return ioError(QStringLiteral("cannot open folder %1").arg(pathText(dir)), errno);
    if (::fsync(fd.get()) != 0)
        return ioError(QStringLiteral("cannot sync folder %1").arg(pathText(dir)), errno);
    return {};
}

} // namespace

Core::Status ObjectStorage::prepare() const
{
    std::error_code ec;
    std::filesystem::create_directories(m_root / "tmp", ec);
    if (ec) {
        return ioError(QStringLiteral("cannot create storage folder %1").arg(pathText(m_root)),
                       ec.value());
    }
    return {};
}

Core::Status ObjectStorage::writeAtomically(std::string_view name, std::string_view bytes) const
{
    thread_local std::mt19937_64 random{std::random_device{}()};
    const std::filesystem::path target = m_root / std::string(name);
    std::string flat(name);
    std::replace(flat.begin(), flat.end(), '/', '_');
    const std::filesystem::path temporary =
        m_root / "tmp" / (flat + "." + std::to_string(random()) + ".part");
    {
        Fd fd(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
        if (fd.get() < 0)
            return ioError(QStringLiteral("cannot create %1").arg(pathText(temporary)), errno);
        std::size_t written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(fd.get(), bytes.data() + written, bytes.size() - written);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                const int err = errno;
                std::error_code ignored; // never throw from cleanup (the folder may be gone)
                std::filesystem::remove(temporary, ignored);
                return ioError(QStringLiteral("cannot write %1").arg(pathText(temporary)), err);
            }
            written += static_cast<std::size_t>(n);
        }
        if (::fsync(fd.get()) != 0) {
            const int err = errno;
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return ioError(QStringLiteral("cannot sync %1").arg(pathText(temporary)), err);
        }
    }
    std::error_code ec;
    std::filesystem::create_directories(target.parent_path(), ec);
    std::filesystem::rename(temporary, target, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return ioError(QStringLiteral("cannot move %1 into place").arg(pathText(target)),
                       ec.value());
    }
    return fsyncDirectory(target.parent_path());
}

Core::Status ObjectStorage::checkWritable() const
{
    thread_local std::mt19937_64 random{std::random_device{}()};
    const std::string probe = ".readyz-probe-" + std::to_string(random());
    if (auto written = writeAtomically(probe, "ok"); !written)
        return written;
    std::error_code ec;
    std::filesystem::remove(m_root / probe, ec);
    return {};
}

} // namespace Server
