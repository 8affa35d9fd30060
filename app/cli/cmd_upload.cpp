// onestream upload PATH... | --resume: resumable tus uploads into the video library, several at
// once, with a bandwidth cap and an optional daily window. Every file first becomes a video
// (POST /v1/videos); its upload is queued persistently, so `--resume` continues after a crash,
// a reboot or kill -9 from the bytes the server already has.
#include "app/cli/apiclient.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/upload/uploadmanager.h"
#include "core/upload/uploadqueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>

#include <map>

namespace Cli {
namespace {

QString humanBytes(double bytes)
{
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (bytes >= 1024 && unit < 4) {
        bytes /= 1024;
        ++unit;
    }
    return QString::number(bytes, 'f', unit == 0 ? 0 : 1) + QLatin1Char(' ') +
           QString::fromLatin1(units[unit]);
}

QString humanDuration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Per-file progress: bytes, speed (over the last few seconds) and time left, at most once a
// second per file.
class ProgressPrinter
{
public:
    void update(qint64 id, const QString& name, qint64 offset, qint64 size, bool force = false)
    {
        Track& track = m_tracks[id];
        if (!track.clock.isValid()) {
            track.clock.start();
            track.windowStart = offset;
        }
        const qint64 elapsedMs = track.clock.elapsed();
        if (!force && elapsedMs - track.lastPrintMs < 1000)
            return;
        const double seconds = std::max<qint64>(1, elapsedMs - track.windowMs) / 1000.0;
        const double speed = std::max<qint64>(0, offset - track.windowStart) / seconds;
        const qint64 left = speed > 0 ? static_cast<qint64>((size - offset) / speed) : -1;
        out() << QFileInfo(name).fileName() << ": " << humanBytes(static_cast<double>(offset))
              << " / " << humanBytes(static_cast<double>(size)) << "  " << humanBytes(speed)
              << "/s  " << humanDuration(left) << " left\n";
        out().flush();
        track.lastPrintMs = elapsedMs;
        if (elapsedMs - track.windowMs > 5000) { // a sliding window of about five seconds
            track.windowMs = elapsedMs;
            track.windowStart = offset;
        }
    }

private:
    struct Track
    {
        QElapsedTimer clock;
        qint64 lastPrintMs = -1000;
        qint64 windowMs = 0;
        qint64 windowStart = 0;
    };
    std::map<qint64, Track> m_tracks;
};

QString defaultQueueFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/upload-queue.db");
}

} // namespace

int runUpload(const QStringList& arguments)
{
    const QString command = QStringLiteral("upload");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Upload files into the video library with the resumable tus protocol.\n"
                       "Each file becomes a video; interrupted uploads continue with --resume."));
    parser.addHelpOption();
    ApiClient::addOptions(parser);
    const QCommandLineOption titleOption(QStringLiteral("title"),
                                         QStringLiteral("Video title (default: the file name)."),
                                         QStringLiteral("T"));
    const QCommandLineOption visibilityOption(
        QStringLiteral("visibility"),
        QStringLiteral("public, private, link-only, scheduled or groups (default private)."),
        QStringLiteral("V"), QStringLiteral("private"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            QStringLiteral("Uploads at once (default 2)."),
                                            QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption rateOption(
        QStringLiteral("limit-rate"),
        QStringLiteral("Bandwidth cap for all uploads together, e.g. 5M or 500k (bytes/s)."),
        QStringLiteral("RATE"));
    const QCommandLineOption scheduleOption(
        QStringLiteral("schedule"),
        QStringLiteral("Upload only inside this daily window, e.g. 20:00-08:00."),
        QStringLiteral("FROM-TO"));
    const QCommandLineOption encodeOption(QStringLiteral("encode"),
                                          QStringLiteral("Encode first: onestream or ladder."),
                                          QStringLiteral("PRESET"));
    const QCommandLineOption resumeOption(QStringLiteral("resume"),
                                          QStringLiteral("Continue every unfinished upload."));
    const QCommandLineOption queueOption(
        QStringLiteral("queue"), QStringLiteral("Queue database (default: per-user app data)."),
        QStringLiteral("FILE"));
    const QCommandLineOption chunkOption(QStringLiteral("chunk-size"),
                                         QStringLiteral("First PATCH size (default 8M)."),
                                         QStringLiteral("SIZE"));
    const QCommandLineOption noChecksumOption(
        QStringLiteral("no-checksum"),
        QStringLiteral("Skip per-chunk checksums and the whole-file SHA-256 comparison."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("No progress lines."));
    parser.addOptions({titleOption, visibilityOption, parallelOption, rateOption, scheduleOption,
                       encodeOption, resumeOption, queueOption, chunkOption, noChecksumOption,
                       quietOption});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files to upload."),
                                 QStringLiteral("PATH..."));
    parser.process(arguments);

    const QStringList paths = parser.positionalArguments();
    const bool resume = parser.isSet(resumeOption);
    if (paths.isEmpty() && !resume)
        return fail(command, QStringLiteral("give files to upload, or --resume"), 2);
    if (parser.isSet(encodeOption)) {
        return fail(command,
                    QStringLiteral("--encode needs the media engine, which this build lacks; "
                                   "upload an encoded file instead"),
                    2);
    }
    bool parallelOk = false;
    const int parallel = parser.value(parallelOption).toInt(&parallelOk);
    if (!parallelOk || parallel < 1 || parallel > 16)
        return fail(command, QStringLiteral("--parallel takes 1 to 16"), 2);
    qint64 rate = 0;
    if (parser.isSet(rateOption)) {
        bool ok = false;
        rate = Upload::parseRate(parser.value(rateOption), &ok);
        if (!ok)
            return fail(command, QStringLiteral("--limit-rate takes a rate such as 5M"), 2);
    }
    std::optional<Upload::ScheduleWindow> schedule;
    if (parser.isSet(scheduleOption)) {
        schedule = Upload::ScheduleWindow::parse(parser.value(scheduleOption));
        if (!schedule)
            return fail(command, QStringLiteral("--schedule takes a window such as 20:00-08:00"),
                        2);
    }
    Upload::UploadOptions options;
    if (parser.isSet(chunkOption)) {
        bool ok = false;
        const qint64 chunk = Upload::parseRate(parser.value(chunkOption), &ok);
        if (!ok || chunk < 64 * 1024)
            return fail(command, QStringLiteral("--chunk-size takes a size of at least 64k"), 2);
        options.initialChunkBytes = chunk;
        options.maxChunkBytes = std::max(options.maxChunkBytes, chunk);
    }
    if (parser.isSet(noChecksumOption)) {
        options.perChunkChecksum = false;
        options.verifyWholeFile = false;
    }
    ApiClient api;
    QString problem;
    if (!api.configure(parser, &problem))
        return fail(command, problem, 2);

    const QString queueFile =
        parser.isSet(queueOption) ? parser.value(queueOption) : defaultQueueFile();
    auto queue = Upload::UploadQueue::open(queueFile);
    if (!queue)
        return fail(command, queue.error().detail);

    Upload::UploadManager manager(api.network(), *queue.value());
    manager.setOptions(options);
    manager.setParallel(parallel);
    manager.setBandwidthLimit(rate);
    manager.setSchedule(schedule);
    const QByteArray authorization = api.authorization();
    manager.setAuth(Upload::UploadAuth{
        [authorization] {
            return QList<QPair<QByteArray, QByteArray>>{{"Authorization", authorization}};
        },
        {}});

    ProgressPrinter progress;
    const bool quiet = parser.isSet(quietOption);
    int failed = 0;
    QObject::connect(&manager, &Upload::UploadManager::progress,
                     [&](qint64 id, qint64 offset, qint64 size) {
                         if (!quiet)
                             progress.update(id, manager.task(id)->path(), offset, size);
                     });
    QObject::connect(&manager, &Upload::UploadManager::entryFinished, [&](qint64 id) {
        const Upload::UploadTask* task = manager.task(id);
        const QString name = QFileInfo(task->path()).fileName();
        if (task->state() == Upload::UploadTask::State::Done) {
            if (!quiet)
                progress.update(id, task->path(), task->offset(), task->size(), true);
            out() << name << ": done"
                  << (task->sha256Hex().isEmpty()
                          ? QString()
                          : QStringLiteral(" sha256 ") + QString::fromLatin1(task->sha256Hex()))
                  << "\n";
            out().flush();
        } else {
            ++failed;
            fail(command, QStringLiteral("%1: %2").arg(name, task->error().detail));
        }
    });

    const QUrl endpoint = api.url(QStringLiteral("/v1/uploads/"));
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isFile())
            return fail(command, QStringLiteral("no such file: %1").arg(path));
        const QString title =
            parser.isSet(titleOption) ? parser.value(titleOption) : info.completeBaseName();
        const ApiReply created =
            api.call("POST", QStringLiteral("/v1/videos"),
                     {{QStringLiteral("title"), title},
                      {QStringLiteral("visibility"), parser.value(visibilityOption)}});
        if (created.status != 201) {
            return fail(
                command,
                QStringLiteral("cannot create a video for %1: %2").arg(path, created.reason()));
        }
        const QString videoId = created.json().value(QStringLiteral("id")).toString();
        auto id = manager.enqueue(path, endpoint,
                                  {{QStringLiteral("filename"), info.fileName()},
                                   {QStringLiteral("title"), title},
                                   {QStringLiteral("video_id"), videoId}});
        if (!id)
            return fail(command, id.error().detail);
        out() << info.fileName() << ": video " << videoId << "\n";
    }
    if (resume) {
        if (auto resumed = manager.resumeQueue(); !resumed)
            return fail(command, resumed.error().detail);
    }
    out().flush();
    if (manager.idle()) {
        if (paths.isEmpty())
            out() << "nothing to upload\n";
        out().flush();
        return failed == 0 ? 0 : 1;
    }
    QObject::connect(&manager, &Upload::UploadManager::allFinished,
                     [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    return failed == 0 ? 0 : 1;
}

} // namespace Cli
