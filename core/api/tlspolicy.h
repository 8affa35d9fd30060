#pragma once

// The client's TLS policy (DESIGN.md §4, docs/tls.md), the same as the server's: TLS 1.2 or 1.3
// only; TLS 1.2 suites with ECDHE key exchange and AES-GCM only, TLS 1.3 AES-GCM suites only
// (no CBC, no SHA-1, no ChaCha20-Poly1305); the peer's certificate and host name are always
// verified. A self-hosted server's own CA can be trusted in addition to the system's CAs.
//
// The composition root (app/) installs the policy once as the process's default
// QSslConfiguration, so that every QNetworkRequest (API, uploads, status) carries it.

#include "core/result.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace Api {

// The environment variable that names an extra CA file (PEM) when no --ca-file is given.
inline constexpr const char* kCaFileEnvironment = "ONESTREAM_CA_FILE";

// The policy applied to base (normally QSslConfiguration::defaultConfiguration()); caFile, when
// not empty, adds the PEM certificates it holds to the trusted CAs. Fails when the file cannot
// be read or holds no certificate.
[[nodiscard]] Core::Result<QSslConfiguration> tlsPolicyConfiguration(const QSslConfiguration& base,
                                                                     const QString& caFile = {});

// Makes the policy the process default. caFile empty: $ONESTREAM_CA_FILE, if set.
[[nodiscard]] Core::Status installTlsPolicy(const QString& caFile = {});

// Plain http:// is allowed only to a loopback host (127.0.0.0/8, ::1, localhost): a bearer
// token must never cross a network in clear text. https:// is always allowed.
[[nodiscard]] Core::Status checkServerUrl(const QUrl& url);

// A network failure in words, with a hint when TLS was the cause ("the certificate is not
// trusted: give the server's CA with --ca-file"). sslErrors: what QNetworkReply::sslErrors
// reported for the reply.
[[nodiscard]] QString describeNetworkFailure(const QNetworkReply& reply,
                                             const QList<QSslError>& sslErrors);

} // namespace Api
