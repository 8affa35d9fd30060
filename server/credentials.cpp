#include "server/credentials.h"

#include <QByteArray>
#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <vector>

namespace Server {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
constexpr std::string_view kScheme = "pbkdf2-sha256";

bool derive(std::string_view password, const QByteArray& salt, int iterations,
            std::array<unsigned char, kKeyBytes>& key)
{
    return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                             reinterpret_cast<const unsigned char*>(salt.constData()),
                             static_cast<int>(salt.size()), iterations, EVP_sha256(), kKeyBytes,
                             key.data()) == 1;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

} // namespace

std::string hashPassword(std::string_view password, int iterations)
{
    const QByteArray salt = randomBytes(kSaltBytes);
    std::array<unsigned char, kKeyBytes> key{};
    if (salt.isEmpty() || !derive(password, salt, iterations, key))
        return {};
    const QByteArray keyBytes(reinterpret_cast<const char*>(key.data()), kKeyBytes);
    OPENSSL_cleanse(key.data(), key.size());
    return std::string(kScheme) + "$" + std::to_string(iterations) + "$" +
           salt.toBase64().toStdString() + "$" + keyBytes.toBase64().toStdString();
}

bool verifyPassword(std::string_view password, std::string_view stored)
{
    const QList<QByteArray> parts =
        QByteArray(stored.data(), static_cast<qsizetype>(stored.size())).split('$');
    if (parts.size() != 4 || parts[0] != QByteArray(kScheme.data(), kScheme.size()))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2]);
    const QByteArray expected = QByteArray::fromBase64(parts[3]);
    std::array<unsigned char, kKeyBytes> key{};
    if (salt.isEmpty() || expected.size() != kKeyBytes || !derive(password, salt, iterations, key))
        return false;
    const bool same = CRYPTO_memcmp(key.data(), expected.constData(), kKeyBytes) == 0;
    OPENSSL_cleanse(key.data(), key.size());
    return same;
}

void burnPasswordHashTime()
{
    static const QByteArray kSalt(kSaltBytes, 'x');
    std::array<unsigned char, kKeyBytes> key{};
    (void)derive("not-a-password", kSalt, kPasswordHashIterations, key);
}

std::string randomToken(int byteCount)
{
    return randomBytes(byteCount)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

std::string randomHex(int byteCount)
{
    return randomBytes(byteCount).toHex().toStdString();
}

std::string sha256Hex(std::string_view data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest.data()), static_cast<qsizetype>(length))
        .toHex()
        .toStdString();
}

} // namespace Server
