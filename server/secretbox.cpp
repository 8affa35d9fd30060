#include "server/secretbox.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QString>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace Server {

namespace {

constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

struct CipherContextFree
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree>;

// Closes a POSIX file descriptor.
struct FileDescriptor
{
    int fd = -1;
    explicit FileDescriptor(int value) : fd(value) {}
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
};

Core::Error cryptoError(const QString& what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    return Core::makeError(Core::ErrorCode::Internal, what, static_cast<long long>(code));
}

Core::Error fileError(const std::filesystem::path& file, const QString& what, int error)
{
    return Core::makeError(Core::ErrorCode::Io,
                           QStringLiteral("secret key file %1: %2: %3")
                               .arg(QString::fromStdString(file.string()), what,
                                    QString::fromLocal8Bit(std::strerror(error))),
                           error);
}

} // namespace

SecretBox::~SecretBox()
{
    OPENSSL_cleanse(m_key.data(), m_key.size());
}

Core::Result<SecretBox> SecretBox::fromKeyFile(const std::filesystem::path& file)
{
    std::array<unsigned char, kKeyBytes> key{};
    // O_EXCL: two servers starting at once on one data folder never write two keys.
    FileDescriptor created(::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (created.fd >= 0) {
        if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1)
            return cryptoError(QStringLiteral("no random bytes for the secret key"));
        const ssize_t written = ::write(created.fd, key.data(), key.size());
        if (written != static_cast<ssize_t>(key.size()) || ::fsync(created.fd) != 0) {
            const int error = errno;
            ::unlink(file.c_str());
            return fileError(file, QStringLiteral("cannot write"), error);
        }
        SecretBox box(key);
        OPENSSL_cleanse(key.data(), key.size());
        return box;
    }
    if (errno != EEXIST)
        return fileError(file, QStringLiteral("cannot create"), errno);
    FileDescriptor existing(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (existing.fd < 0)
        return fileError(file, QStringLiteral("cannot open"), errno);
    struct stat status = {};
    if (::fstat(existing.fd, &status) != 0)
        return fileError(file, QStringLiteral("cannot inspect"), errno);
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return Core::makeError(Core::ErrorCode::PermissionDenied,
                               QStringLiteral("secret key file %1 may be read by others; make it "
                                              "mode 0600 (chmod 600)")
                                   .arg(QString::fromStdString(file.string())));
    }
    if (status.st_size != static_cast<off_t>(kKeyBytes)) {
        return Core::makeError(Core::ErrorCode::BadInput,
                               QStringLiteral("secret key file %1 must hold exactly %2 bytes")
                                   .arg(QString::fromStdString(file.string()))
                                   .arg(kKeyBytes));
    }
    if (::read(existing.fd, key.data(), key.size()) != static_cast<ssize_t>(key.size()))
        return fileError(file, QStringLiteral("cannot read"), errno);
    SecretBox box(key);
    OPENSSL_cleanse(key.data(), key.size());
    return box;
}

Core::Result<std::string> SecretBox::seal(const QByteArray& plaintext,
                                          std::string_view context) const
{
    CipherContext cipher(EVP_CIPHER_CTX_new());
    if (!cipher)
        return cryptoError(QStringLiteral("EVP_CIPHER_CTX_new failed"));
    QByteArray out(kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    if (RAND_bytes(bytes, kNonceBytes) != 1)
        return cryptoError(QStringLiteral("no random bytes for a nonce"));
    int length = 0;
    if (EVP_EncryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), bytes) != 1 ||
        EVP_EncryptUpdate(cipher.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char*>(context.data()),
                          static_cast<int>(context.size())) != 1 ||
        EVP_EncryptUpdate(cipher.get(), bytes + kNonceBytes, &length,
                          reinterpret_cast<const unsigned char*>(plaintext.constData()),
                          static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(cipher.get(), bytes + kNonceBytes + length, &length) != 1 ||
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes,
                            bytes + kNonceBytes + plaintext.size()) != 1) {
        return cryptoError(QStringLiteral("AES-256-GCM encryption failed"));
    }
    return std::string(kPrefix) + out.toBase64().toStdString();
}

Core::Result<QByteArray> SecretBox::open(std::string_view sealed, std::string_view context) const
{
    if (!isSealed(sealed))
        return Core::makeError(Core::ErrorCode::BadInput, QStringLiteral("not a sealed value"));
    const QByteArray raw = QByteArray::fromBase64(QByteArray(
        sealed.data() + kPrefix.size(), static_cast<qsizetype>(sealed.size() - kPrefix.size())));
    if (raw.size() < kNonceBytes + kTagBytes)
        return Core::makeError(Core::ErrorCode::BadInput, QStringLiteral("sealed value too short"));
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.constData());
    const int textBytes = static_cast<int>(raw.size()) - kNonceBytes - kTagBytes;
    CipherContext cipher(EVP_CIPHER_CTX_new());
    if (!cipher)
        return cryptoError(QStringLiteral("EVP_CIPHER_CTX_new failed"));
    QByteArray plaintext(textBytes, Qt::Uninitialized);
    int length = 0;
    std::array<unsigned char, kTagBytes> tag{};
    std::memcpy(tag.data(), bytes + kNonceBytes + textBytes, kTagBytes);
    if (EVP_DecryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), bytes) != 1 ||
        EVP_DecryptUpdate(cipher.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char*>(context.data()),
                          static_cast<int>(context.size())) != 1 ||
        EVP_DecryptUpdate(cipher.get(), reinterpret_cast<unsigned char*>(plaintext.data()), &length,
                          bytes + kNonceBytes, textBytes) != 1 ||
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1) {
        return cryptoError(QStringLiteral("AES-256-GCM decryption failed"));
    }
    if (EVP_DecryptFinal_ex(cipher.get(),
                            reinterpret_cast<unsigned char*>(plaintext.data()) + length,
                            &length) != 1) {
        ERR_clear_error();
        return Core::makeError(Core::ErrorCode::PermissionDenied,
                               QStringLiteral("a sealed secret failed authentication (wrong key "
                                              "or altered value)"));
    }
    return plaintext;
}

} // namespace Server
