#pragma once

// TOTP (RFC 6238 over RFC 4226 HOTP): HMAC-SHA1 through OpenSSL, 6 digits, 30-second steps,
// accepting the previous and next step for clock drift, and never the same step twice.

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>

namespace Server {

inline constexpr std::int64_t kTotpStepS = 30;

// The 6-digit code for the step that contains unixTime.
[[nodiscard]] std::string totpCode(const QByteArray& secret, std::int64_t unixTime);
// The matching step when code is valid at now (±1 step) and newer than lastUsedStep.
[[nodiscard]] std::optional<std::int64_t> verifyTotp(const QByteArray& secret,
                                                     const std::string& code, std::int64_t now,
                                                     std::int64_t lastUsedStep);
// RFC 4648 base32 without padding, as authenticator apps take secrets.
[[nodiscard]] std::string base32Encode(const QByteArray& data);

} // namespace Server
