#pragma once

// Secrets on the server side: slow salted password hashes (PBKDF2-HMAC-SHA256 through
// OpenSSL, compared in constant time) and opaque random tokens that are stored only as their
// SHA-256 digest, so that a copy of the database reveals no usable credential.

#include <cstdint>
#include <string>
#include <string_view>

namespace Server {

// Production cost. OWASP's 2023 guidance for PBKDF2-HMAC-SHA256 is 600,000; we use 210,000
// (the NIST SP 800-132 era figure the brief names) and record the cost in every hash, so that
// it can be raised later and old hashes still verify. Measured in docs/identity.md.
inline constexpr int kPasswordHashIterations = 210000;

// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"; empty on an OpenSSL failure.
[[nodiscard]] std::string hashPassword(std::string_view password,
                                       int iterations = kPasswordHashIterations);
// True when password matches stored (constant-time comparison of the derived keys).
[[nodiscard]] bool verifyPassword(std::string_view password, std::string_view stored);
// Spends the same time as a real verification: used for unknown accounts so that response
// time does not reveal whether an email is registered.
void burnPasswordHashTime();

// byteCount random bytes from OpenSSL's CSPRNG, base64url without padding (tokens).
[[nodiscard]] std::string randomToken(int byteCount = 32);
// byteCount random bytes as lower-case hex (identifiers).
[[nodiscard]] std::string randomHex(int byteCount = 16);
// Lower-case hex SHA-256 of data.
[[nodiscard]] std::string sha256Hex(std::string_view data);

} // namespace Server
