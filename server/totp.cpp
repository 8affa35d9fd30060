#include "server/totp.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <cstdio>

namespace Server {

namespace {

std::string hotp(const QByteArray& secret, std::int64_t counter)
{
    std::array<unsigned char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[static_cast<std::size_t>(i)] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (HMAC(EVP_sha1(), secret.constData(), static_cast<int>(secret.size()), message.data(),
             message.size(), digest.data(), &length) == nullptr ||
        length < 20) {
        return {};
    }
    const int offset = digest[length - 1] & 0x0f;
    const std::uint32_t binary = (static_cast<std::uint32_t>(digest[offset] & 0x7f) << 24) |
                                 (static_cast<std::uint32_t>(digest[offset + 1]) << 16) |
                                 (static_cast<std::uint32_t>(digest[offset + 2]) << 8) |
                                 static_cast<std::uint32_t>(digest[offset + 3]);
    char code[8];
    std::snprintf(code, sizeof code, "%06u", binary % 1000000u);
    return code;
}

} // namespace

std::string totpCode(const QByteArray& secret, std::int64_t unixTime)
{
    return hotp(secret, unixTime / kTotpStepS);
}

std::optional<std::int64_t> verifyTotp(const QByteArray& secret, const std::string& code,
                                       std::int64_t now, std::int64_t lastUsedStep)
{
    if (code.size() != 6)
        return std::nullopt;
    const std::int64_t step = now / kTotpStepS;
    for (std::int64_t candidate = step - 1; candidate <= step + 1; ++candidate) {
        const std::string expected = hotp(secret, candidate);
        if (candidate > lastUsedStep && expected.size() == code.size() &&
            CRYPTO_memcmp(expected.data(), code.data(), code.size()) == 0) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::string base32Encode(const QByteArray& data)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::string out;
    int buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            out.push_back(kAlphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.push_back(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

} // namespace Server
