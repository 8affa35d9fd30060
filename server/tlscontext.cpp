#include "server/tlscontext.h"

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ssl/context.hpp>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <QString>

namespace Server {

namespace {

// The reason OpenSSL queued for the last failure, and the queue emptied.
Core::Error tlsError(const QString& what)
{
    const unsigned long code = ERR_get_error();
    char reason[256] = {};
    if (code != 0)
        ERR_error_string_n(code, reason, sizeof reason);
    ERR_clear_error();
    return Core::makeError(Core::ErrorCode::Tls,
                           code != 0 ? what + QStringLiteral(": ") + QString::fromUtf8(reason)
                                     : what,
                           static_cast<long long>(code));
}

} // namespace

Core::Result<std::shared_ptr<boost::asio::ssl::context>>
makeServerTlsContext(const std::filesystem::path& certificateChainFile,
                     const std::filesystem::path& privateKeyFile)
{
    namespace ssl = boost::asio::ssl;
    auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
    SSL_CTX* native = context->native_handle();
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                         ssl::context::no_sslv3 | ssl::context::no_tlsv1 |
                         ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    // Renegotiation and compression are off; the server's suite order wins.
    SSL_CTX_set_options(native, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION |
                                    SSL_OP_CIPHER_SERVER_PREFERENCE);
    if (SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION) != 1)
        return tlsError(QStringLiteral("cannot set the minimum TLS version"));
    if (SSL_CTX_set_cipher_list(native, kTls12CipherList) != 1)
        return tlsError(QStringLiteral("cannot set the TLS 1.2 cipher suites"));
    if (SSL_CTX_set_ciphersuites(native, kTls13Ciphersuites) != 1)
        return tlsError(QStringLiteral("cannot set the TLS 1.3 cipher suites"));
    if (SSL_CTX_set1_groups_list(native, kTlsGroups) != 1)
        return tlsError(QStringLiteral("cannot set the key exchange groups"));

    const std::string chain = certificateChainFile.string();
    const std::string key = privateKeyFile.string();
    if (SSL_CTX_use_certificate_chain_file(native, chain.c_str()) != 1) {
        return tlsError(QStringLiteral("cannot load the TLS certificate %1")
                            .arg(QString::fromStdString(chain)));
    }
    if (SSL_CTX_use_PrivateKey_file(native, key.c_str(), SSL_FILETYPE_PEM) != 1) {
        return tlsError(
            QStringLiteral("cannot load the TLS private key %1").arg(QString::fromStdString(key)));
    }
    if (SSL_CTX_check_private_key(native) != 1)
        return tlsError(QStringLiteral("the TLS private key does not match the certificate"));
    return context;
}

bool isLoopbackAddress(const std::string& address)
{
    boost::system::error_code ec;
    const auto ip = boost::asio::ip::make_address(address, ec);
    return !ec && ip.is_loopback();
}

} // namespace Server
