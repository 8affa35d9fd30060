// onestream-server: the OneStream cloud API reference server.
#include "core/version.h"
#include "server/bootstrap.h"
#include "server/serverapp.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <pthread.h>
#include <string>
#include <string_view>

namespace {

struct ListenAddress
{
    std::string host;
    std::uint16_t port = 0;
};

std::optional<ListenAddress> parseListen(const QString& text)
{
    // "127.0.0.1:8080", "[::1]:0"
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return ListenAddress{host.toStdString(), static_cast<std::uint16_t>(port)};
}

// onestream-server init --data DIR --email E --password-stdin
int runInit(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates the first platform operator of a data folder. The password is read from the\n"
        "first line of standard input, so that it never appears in the process list."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("init"), QStringLiteral("The init command."));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Data folder (database and objects)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption emailOption(QStringLiteral("email"),
                                         QStringLiteral("The operator's email address."),
                                         QStringLiteral("EMAIL"));
    const QCommandLineOption passwordStdinOption(
        QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input."));
    parser.addOptions({dataOption, emailOption, passwordStdinOption});
    parser.process(app);
    if (!parser.isSet(dataOption) || !parser.isSet(emailOption) ||
        !parser.isSet(passwordStdinOption)) {
        std::cerr << "onestream-server init: --data DIR, --email E and --password-stdin are "
                     "required\n";
        return 2;
    }
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    const auto created =
        Server::initPlatformOperator(parser.value(dataOption).toStdString(),
                                     parser.value(emailOption), QString::fromStdString(password));
    std::fill(password.begin(), password.end(), '\0');
    if (!created) {
        std::cerr << "onestream-server init: " << created.error().detail.toStdString() << "\n";
        return 1;
    }
    std::cout << "created platform operator " << parser.value(emailOption).toStdString()
              << std::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onestream-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Core::kVersion));

    if (argc > 1 && std::string_view(argv[1]) == "init")
        return runInit(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "OneStream cloud API reference server.\n"
        "`onestream-server init --data DIR --email E --password-stdin` creates the first\n"
        "platform operator.\n"
        "Serves the /v1 control API, resumable uploads and the public status page from one\n"
        "data folder (SQLite database and object storage)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Data folder (database and objects)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on; port 0 picks a free one."),
        QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Worker threads (default 2)."),
                                           QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption maxBodyOption(
        QStringLiteral("max-body-bytes"),
        QStringLiteral("Largest request body accepted by the control API (default 1 MiB)."),
        QStringLiteral("BYTES"), QStringLiteral("1048576"));
    const QCommandLineOption heartbeatOption(
        QStringLiteral("sse-heartbeat-ms"),
        QStringLiteral("Heartbeat interval of /v1/events streams (default 15000)."),
        QStringLiteral("MS"), QStringLiteral("15000"));
    const QCommandLineOption monitorOption(
        QStringLiteral("monitor-interval-ms"),
        QStringLiteral("Interval of the built-in status monitors; 0 turns them off "
                       "(default 30000)."),
        QStringLiteral("MS"), QStringLiteral("30000"));
    const QCommandLineOption smtpOption(
        QStringLiteral("smtp-relay"),
        QStringLiteral("SMTP relay for notice e-mail (HOST:PORT); without it notices go to "
                       "inboxes only."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption smtpFromOption(
        QStringLiteral("smtp-from"), QStringLiteral("Sender address of notice e-mail."),
        QStringLiteral("ADDR"), QStringLiteral("status@onestream.example.jp"));
    const QCommandLineOption smtpRetryOption(
        QStringLiteral("smtp-retry-ms"),
        QStringLiteral("First retry delay after a failed delivery, doubled each time "
                       "(default 30000)."),
        QStringLiteral("MS"), QStringLiteral("30000"));
    const QCommandLineOption storageOption(
        QStringLiteral("storage"),
        QStringLiteral("A storage root for video objects; give it twice to keep two verified "
                       "copies (default: DIR/objects)."),
        QStringLiteral("DIR"));
    const QCommandLineOption maxUploadOption(
        QStringLiteral("max-upload-bytes"),
        QStringLiteral("Largest single upload accepted (default 64 GiB)."), QStringLiteral("BYTES"),
        QString::number(Server::UploadLimits{}.maxFileBytes));
    const QCommandLineOption quotaOption(
        QStringLiteral("tenant-quota-bytes"),
        QStringLiteral("Storage quota of every tenant's uploads; 0 for none (default 0)."),
        QStringLiteral("BYTES"), QStringLiteral("0"));
    const QCommandLineOption uploadExpiryOption(
        QStringLiteral("upload-expiry-s"),
        QStringLiteral("Seconds an unfinished, idle upload is kept (default 86400)."),
        QStringLiteral("SECONDS"), QStringLiteral("86400"));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this certificate chain (PEM, server certificate first); "
                       "without it plain HTTP is served, on a loopback address only."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("The private key of --tls-cert (PEM)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption secretKeyOption(
        QStringLiteral("secret-key-file"),
        QStringLiteral("File with the 32-byte key that encrypts TOTP secrets at rest (mode 0600; "
                       "created on first start; default DIR/secret.key)."),
        QStringLiteral("FILE"));
    parser.addOptions({tlsCertOption, tlsKeyOption, secretKeyOption});
    parser.addOptions({dataOption, listenOption, threadsOption, maxBodyOption, heartbeatOption,
                       monitorOption, smtpOption, smtpFromOption, smtpRetryOption, storageOption,
                       maxUploadOption, quotaOption, uploadExpiryOption});
    parser.process(app);

    if (!parser.isSet(dataOption)) {
        std::cerr << "onestream-server: --data DIR is required (the folder for the database "
                     "and stored objects)\n";
        return 2;
    }
    const auto listen = parseListen(parser.value(listenOption));
    if (!listen) {
        std::cerr << "onestream-server: --listen expects ADDR:PORT, for example "
                     "127.0.0.1:0\n";
        return 2;
    }
    bool threadsOk = false;
    bool bodyOk = false;
    Server::ServerConfig config;
    config.dataDir = parser.value(dataOption).toStdString();
    config.listenAddress = listen->host;
    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption)) {
        std::cerr << "onestream-server: --tls-cert and --tls-key go together\n";
        return 2;
    }
    config.tlsCertificateFile = parser.value(tlsCertOption).toStdString();
    config.tlsKeyFile = parser.value(tlsKeyOption).toStdString();
    config.secretKeyFile = parser.value(secretKeyOption).toStdString();
    config.port = listen->port;
    config.threads = parser.value(threadsOption).toUInt(&threadsOk);
    config.limits.maxBodyBytes = parser.value(maxBodyOption).toULongLong(&bodyOk);
    bool heartbeatOk = false;
    bool monitorOk = false;
    config.sseHeartbeat =
        std::chrono::milliseconds(parser.value(heartbeatOption).toUInt(&heartbeatOk));
    config.statusMonitorInterval =
        std::chrono::milliseconds(parser.value(monitorOption).toUInt(&monitorOk));
    if (parser.isSet(smtpOption)) {
        const auto relay = parseListen(parser.value(smtpOption));
        if (!relay) {
            std::cerr << "onestream-server: --smtp-relay expects HOST:PORT\n";
            return 2;
        }
        config.smtp.host = relay->host;
        config.smtp.port = relay->port;
    }
    config.smtp.from = parser.value(smtpFromOption).toStdString();
    bool retryOk = false;
    config.smtp.retryBase =
        std::chrono::milliseconds(parser.value(smtpRetryOption).toUInt(&retryOk));
    if (!heartbeatOk || !monitorOk || !retryOk || config.sseHeartbeat.count() == 0 ||
        config.smtp.retryBase.count() == 0) {
        std::cerr << "onestream-server: --sse-heartbeat-ms and --monitor-interval-ms take "
                     "numbers of milliseconds\n";
        return 2;
    }
    for (const QString& root : parser.values(storageOption))
        config.storageRoots.emplace_back(root.toStdString());
    bool uploadOk = false;
    bool quotaOk = false;
    bool expiryOk = false;
    config.uploadLimits.maxFileBytes = parser.value(maxUploadOption).toULongLong(&uploadOk);
    config.uploadLimits.tenantQuotaBytes = parser.value(quotaOption).toULongLong(&quotaOk);
    config.uploadLimits.expiry =
        std::chrono::seconds(parser.value(uploadExpiryOption).toLongLong(&expiryOk));
    if (!uploadOk || !quotaOk || !expiryOk) {
        std::cerr << "onestream-server: --max-upload-bytes, --tenant-quota-bytes and "
                     "--upload-expiry-s take numbers\n";
        return 2;
    }
    if (!threadsOk || config.threads == 0 || config.threads > 256 || !bodyOk) {
        std::cerr << "onestream-server: --threads and --max-body-bytes take positive numbers\n";
        return 2;
    }

    // Block the stop signals in every thread (the server threads inherit the mask), then wait
    // for them here: a clean shutdown without async-signal-unsafe handlers.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    auto server = Server::ServerApp::create(std::move(config));
    if (!server) {
        std::cerr << "onestream-server: " << server.error().detail.toStdString() << "\n";
        return 1;
    }
    server.value()->start();
    std::cout << "listening on " << server.value()->baseUrl() << std::endl;

    int received = 0;
    sigwait(&stopSignals, &received);
    std::cerr << "onestream-server: " << (received == SIGINT ? "SIGINT" : "SIGTERM")
              << " received, shutting down\n";
    server.value()->stop();
    server.value().reset();
    std::cerr << "onestream-server: stopped\n";
    return 0;
}
