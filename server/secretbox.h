#pragma once

// Small secrets at rest (TOTP seeds): AES-256-GCM through OpenSSL EVP with a 256-bit server key.
// The key lives in a file of its own (0600, created with a random key on first start, default
// <data>/secret.key) so that a copy of the database alone reveals nothing. Every sealed value
// carries a fresh 96-bit nonce and is bound to its context (for example the user id), so a
// sealed value moved to another row does not open.
//
// Sealed text: "v1:" + base64(nonce[12] || ciphertext || tag[16]).

#include "core/result.h"

#include <QByteArray>

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

namespace Server {

class SecretBox
{
public:
    static constexpr std::size_t kKeyBytes = 32;
    static constexpr std::string_view kPrefix = "v1:";

    // Reads the key file, or creates it (mode 0600, random key) when it does not exist. Refuses
    // a file of the wrong size or one that others may read.
    [[nodiscard]] static Core::Result<SecretBox> fromKeyFile(const std::filesystem::path& file);
    explicit SecretBox(const std::array<unsigned char, kKeyBytes>& key) : m_key(key) {}
    ~SecretBox();
    SecretBox(const SecretBox&) = default;
    SecretBox& operator=(const SecretBox&) = default;

    [[nodiscard]] Core::Result<std::string> seal(const QByteArray& plaintext,
                                                 std::string_view context) const;
    [[nodiscard]] Core::Result<QByteArray> open(std::string_view sealed,
                                                std::string_view context) const;
    [[nodiscard]] static bool isSealed(std::string_view text)
    {
        return text.substr(0, kPrefix.size()) == kPrefix;
    }

private:
    std::array<unsigned char, kKeyBytes> m_key{};
};

} // namespace Server
