#include "core/api/tlspolicy.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslCipher>
#include <QStringList>

namespace Api {

namespace {

// Kept in step with server/tlscontext.h.
constexpr const char* kTls12CipherList =
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";
constexpr const char* kTls13Ciphersuites = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256";

} // namespace

Core::Result<QSslConfiguration> tlsPolicyConfiguration(const QSslConfiguration& base,
                                                       const QString& caFile)
{
    QSslConfiguration configuration = base;
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const QStringList allowed = QString::fromLatin1(kTls12CipherList).split(QLatin1Char(':')) +
                                QString::fromLatin1(kTls13Ciphersuites).split(QLatin1Char(':'));
    QList<QSslCipher> ciphers;
    for (const QSslCipher& cipher : QSslConfiguration::supportedCiphers()) {
        if (allowed.contains(cipher.name()))
            ciphers.append(cipher);
    }
    if (ciphers.isEmpty()) {
        return Core::makeError(Core::ErrorCode::Tls,
                               QStringLiteral("the TLS library offers none of the allowed cipher "
                                              "suites (ECDHE with AES-GCM)"));
    }
    configuration.setCiphers(ciphers);
    // The same limits straight to OpenSSL (SSL_CONF_cmd), which also governs the TLS 1.3
    // suites and the minimum version whatever Qt makes of the list above.
    configuration.setBackendConfigurationOption(QByteArrayLiteral("MinProtocol"),
                                                QByteArrayLiteral("TLSv1.2"));
    configuration.setBackendConfigurationOption(QByteArrayLiteral("CipherString"),
                                                QByteArray(kTls12CipherList));
    configuration.setBackendConfigurationOption(QByteArrayLiteral("Ciphersuites"),
                                                QByteArray(kTls13Ciphersuites));
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(
            caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (authorities.isEmpty()) {
            return Core::makeError(
                Core::ErrorCode::Tls,
                QStringLiteral("no PEM certificate could be read from the CA file %1").arg(caFile));
        }
        // addCaCertificates() alone would stop Qt loading the system CAs on demand.
        configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + authorities);
    }
    return configuration;
}

Core::Status installTlsPolicy(const QString& caFile)
{
    QString file = caFile;
    if (file.isEmpty())
        file =
            QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(kCaFileEnvironment));
    auto configuration = tlsPolicyConfiguration(QSslConfiguration::defaultConfiguration(), file);
    if (!configuration)
        return configuration.error();
    QSslConfiguration::setDefaultConfiguration(configuration.value());
    return {};
}

Core::Status checkServerUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http")) {
        return Core::makeError(Core::ErrorCode::BadInput,
                               QStringLiteral("the server URL must start with https:// (or "
                                              "http:// for a server on this computer): %1")
                                   .arg(url.toDisplayString()));
    }
    const QString host = url.host();
    const QHostAddress address(host);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        (!address.isNull() && address.isLoopback())) {
        return {};
    }
    return Core::makeError(Core::ErrorCode::Tls,
                           QStringLiteral("refusing plain http:// to %1: only a server on this "
                                          "computer (loopback) may be reached without TLS; use "
                                          "https://")
                               .arg(host));
}

QString describeNetworkFailure(const QNetworkReply& reply, const QList<QSslError>& sslErrors)
{
    QString text = reply.errorString();
    if (!sslErrors.isEmpty()) {
        QStringList reasons;
        for (const QSslError& error : sslErrors)
            reasons.append(error.errorString());
        reasons.removeDuplicates();
        text =
            QStringLiteral("TLS certificate rejected: %1").arg(reasons.join(QStringLiteral("; ")));
        text += QStringLiteral(" (a server with its own CA: give the CA certificate with "
                               "--ca-file FILE or %1)")
                    .arg(QString::fromLatin1(kCaFileEnvironment));
    } else if (reply.error() == QNetworkReply::SslHandshakeFailedError) {
        text = QStringLiteral("TLS handshake failed (the server offers no TLS 1.2+ AES-GCM "
                              "suite this client accepts?): %1")
                   .arg(reply.errorString());
    }
    return text;
}

} // namespace Api
