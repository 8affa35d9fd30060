#pragma once

// The server's TLS context (DESIGN.md §4, docs/tls.md): TLS 1.2 or 1.3 only, and only suites
// built from CRYPTREC-listed algorithms: ECDHE key exchange on the NIST curves, AES-GCM,
// SHA-256/384. No CBC, no SHA-1, no ChaCha20-Poly1305, no static RSA.

#include "core/result.h"

#include <filesystem>
#include <memory>

namespace boost::asio::ssl {
class context;
}

namespace Server {

// OpenSSL names of the accepted TLS 1.2 suites and TLS 1.3 suites, strongest first.
inline constexpr const char* kTls12CipherList =
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";
inline constexpr const char* kTls13Ciphersuites = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256";
inline constexpr const char* kTlsGroups = "P-256:P-384:P-521";

// A server context with the certificate chain (PEM, leaf first) and its private key (PEM).
// Fails with ErrorCode::Tls and OpenSSL's reason when a file is missing, unreadable or the key
// does not belong to the certificate.
[[nodiscard]] Core::Result<std::shared_ptr<boost::asio::ssl::context>>
makeServerTlsContext(const std::filesystem::path& certificateChainFile,
                     const std::filesystem::path& privateKeyFile);

// True for 127.0.0.0/8 and ::1 (where plain HTTP is allowed).
[[nodiscard]] bool isLoopbackAddress(const std::string& address);

} // namespace Server
