// Upload benchmark driver (not run by ctest; see bench/uploads/README.md).
//
//   bench_upload server --data DIR [--storage DIR]...   reference server with a benchmark
//       authenticator ("Bearer bench:<tenant>": never in the product binary), a raw streaming
//       PUT /bench/raw endpoint for the curl baseline (same HTTP engine, same disk, fsync at
//       the end), and GET /bench/stats (upload body bytes the server wrote).
//   bench_upload client --endpoint URL --file F [--queue Q] [--no-checksum] [--chunk BYTES]
//       one upload with the client engine; prints seconds, bytes, peak RSS above idle. With
//       --queue it resumes what the queue holds (the kill -9 fault run).
#include "core/upload/uploadmanager.h"
#include "core/upload/uploadqueue.h"
#include "server/serverapp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <iostream>
#include <sys/resource.h>
#include <unistd.h>

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

long currentRssKiB()
{
    long pages = 0;
    long resident = 0;
    if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// PUT /bench/raw: the body to a file, fsynced at the end.
class RawSink : public Server::BodySink
{
public:
    RawSink(const std::filesystem::path& file, unsigned version, bool keepAlive)
        : m_fd(::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)),
          m_version(version), m_keepAlive(keepAlive)
    {}
    ~RawSink() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RawSink(const RawSink&) = delete;
    RawSink& operator=(const RawSink&) = delete;
    Core::Status write(const char* data, std::size_t size) override
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size);
            if (n <= 0)
                return Core::makeError(Core::ErrorCode::Io, QStringLiteral("write failed"));
            data += n;
            size -= static_cast<std::size_t>(n);
        }
        return {};
    }
    Server::Response finish(bool) override
    {
        ::fdatasync(m_fd);
        Server::Response response{Server::http::status::no_content, m_version};
        response.keep_alive(m_keepAlive);
        response.content_length(0);
        return response;
    }

private:
    int m_fd;
    unsigned m_version;
    bool m_keepAlive;
};

int runServer(const QStringList& args)
{
    Server::ServerConfig config;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--data"))
            config.dataDir = args[i + 1].toStdString();
        if (args[i] == QLatin1String("--storage"))
            config.storageRoots.emplace_back(args[i + 1].toStdString());
    }
    config.uploadLimits.maxRequestBytes = 8ULL << 30;
    auto app = Server::ServerApp::create(config);
    if (!app) {
        std::cerr << app.error().detail.toStdString() << "\n";
        return 1;
    }
    Server::ServerApp& server = *app.value();
    const std::filesystem::path rawFile = config.dataDir / "raw.bin";
    server.mutableRouter().addStreaming(
        Server::http::verb::put, "/bench/raw",
        [rawFile](const Server::Request& request, const Server::RequestContext&) {
            Server::StreamStart start;
            start.sink =
                std::make_unique<RawSink>(rawFile, request.version(), request.keep_alive());
            start.maxBodyBytes = 64ULL << 30;
            return std::optional<Server::StreamStart>(std::move(start));
        });
    server.mutableRouter().add(
        Server::http::verb::get, "/bench/stats",
        [&server](const Server::Request& request, const Server::RequestContext&) {
            return Server::jsonResponse(
                request, Server::http::status::ok,
                QJsonObject{{QStringLiteral("bytes_written"),
                             static_cast<qint64>(server.uploads().bytesWritten())}});
        });
    server.http().setAuthenticator(
        [](const Server::Request& request, const std::string&) -> std::optional<Server::Principal> {
            const std::string_view header = request[Server::http::field::authorization];
            if (header.substr(0, 13) != "Bearer bench:")
                return std::nullopt;
            Server::Principal principal;
            principal.tenantId = std::string(header.substr(13));
            principal.userId = "bench";
            principal.roles = {"uploader"};
            return principal;
        });
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    server.start();
    std::cout << "listening on " << server.baseUrl() << std::endl;
    int received = 0;
    sigwait(&stopSignals, &received);
    server.stop();
    return 0;
}

int runClient(const QStringList& args)
{
    QString endpoint;
    QString file;
    QString queuePath;
    Upload::UploadOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (args[i] == QLatin1String("--endpoint"))
            endpoint = next;
        else if (args[i] == QLatin1String("--file"))
            file = next;
        else if (args[i] == QLatin1String("--queue"))
            queuePath = next;
        else if (args[i] == QLatin1String("--chunk"))
            options.initialChunkBytes = options.maxChunkBytes = next.toLongLong();
        else if (args[i] == QLatin1String("--no-checksum"))
            options.perChunkChecksum = options.verifyWholeFile = false;
    }
    options.backoffBase = std::chrono::milliseconds(50);
    options.backoffMax = std::chrono::milliseconds(500);
    const long idleKiB = currentRssKiB();
    QNetworkAccessManager network;
    const QByteArray token = "Bearer bench:bench-tenant";
    Upload::UploadAuth auth{
        [token] {
            return QList<QPair<QByteArray, QByteArray>>{{"Authorization", token}};
        },
        {}};
    QElapsedTimer clock;
    clock.start();
    int exitCode = 1;
    QString sha;
    qint64 sent = 0;
    std::unique_ptr<Upload::UploadQueue> queue;
    std::unique_ptr<Upload::UploadManager> manager;
    std::unique_ptr<Upload::UploadTask> task;
    if (!queuePath.isEmpty()) {
        auto opened = Upload::UploadQueue::open(queuePath);
        if (!opened) {
            std::cerr << opened.error().detail.toStdString() << "\n";
            return 1;
        }
        queue = std::move(opened).value();
        manager = std::make_unique<Upload::UploadManager>(network, *queue);
        manager->setOptions(options);
        manager->setAuth(auth);
        auto rows = queue->entries();
        const bool fresh = rows && rows->empty();
        if (fresh)
            (void)manager->enqueue(file, QUrl(endpoint), {});
        else
            (void)manager->resumeQueue();
        QObject::connect(manager.get(), &Upload::UploadManager::entryFinished, [&](qint64 id) {
            const auto* t = manager->task(id);
            exitCode = t->state() == Upload::UploadTask::State::Done ? 0 : 1;
            sha = QString::fromLatin1(t->sha256Hex());
            sent = t->bytesSent();
            QCoreApplication::exit(0);
        });
        if (manager->idle()) {
            std::cout << "already-done\n";
            return 0;
        }
    } else {
        task = std::make_unique<Upload::UploadTask>(network, file, QUrl(endpoint),
                                                    QMap<QString, QString>{}, options);
        task->setAuth(auth);
        QObject::connect(task.get(), &Upload::UploadTask::finished, [&] {
            exitCode = task->state() == Upload::UploadTask::State::Done ? 0 : 1;
            if (exitCode != 0)
                std::cerr << task->error().detail.toStdString() << "\n";
            sha = QString::fromLatin1(task->sha256Hex());
            sent = task->bytesSent();
            QCoreApplication::exit(0);
        });
        task->start();
    }
    QCoreApplication::exec();
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    const qint64 size = QFileInfo(file).size();
    std::printf("seconds %.3f bytes %lld sent %lld MiBps %.1f peak_rss_above_idle_MiB %.1f "
                "sha256 %s result %s\n",
                seconds, static_cast<long long>(size), static_cast<long long>(sent),
                static_cast<double>(size) / 1048576.0 / seconds,
                static_cast<double>(peakRssKiB() - idleKiB) / 1024.0, sha.toStdString().c_str(),
                exitCode == 0 ? "done" : "failed");
    return exitCode;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        std::cerr << "usage: bench_upload server|client ...\n";
        return 2;
    }
    const QString mode = args.takeFirst();
    if (mode == QLatin1String("server"))
        return runServer(args);
    if (mode == QLatin1String("client"))
        return runClient(args);
    std::cerr << "usage: bench_upload server|client ...\n";
    return 2;
}
