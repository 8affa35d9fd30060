// onestream upload PATH... | --resume: resumable tus uploads into the video library, several at
// once, with a bandwidth cap and an optional daily window. Every file first becomes a video
// (POST /v1/videos); its upload is queued persistently, so `--resume` continues after a crash,
// a reboot or kill -9 from the bytes the server already has. With --encode each file is first
// encoded with the media engine (the OneStream MP4, or the HLS ladder whose files together make
// one video that becomes visible once every file arrived and verified), its poster frames are
// uploaded as images and the best one (or --thumbnail poster:N) becomes the thumbnail.
#include "app/cli/apiclient.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/media/encodejob.h"
#include "core/media/poster.h"
#include "core/upload/uploadmanager.h"
#include "core/upload/uploadqueue.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>

#include <atomic>
#include <csignal>
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

// Ctrl-C while encoding: the one piece of process-wide state (a signal handler reaches nothing
// else). Uploads need no handler: the queue keeps their state for --resume.
std::atomic<bool> g_cancelEncode{false};

extern "C" void onEncodeInterrupt(int)
{
    g_cancelEncode.store(true);
}

struct UploadFile
{
    QString path;
    QString name; // as the video knows it: "720p/stream.m3u8", "poster.jpg"
    QString role; // '' a video file, "poster" a poster frame
};

// One video to create: a file as it is, or what an encode of it wrote.
struct UploadItem
{
    QString source;
    QString title;
    QString kind = QStringLiteral("mp4");
    QList<UploadFile> files;
    QString encodeDir; // removed after a complete upload
};

struct EncodeChoice
{
    Media::Preset preset = Media::Preset::OneStream;
    QString encoder;
    QString speed;
    QString root;
    bool quiet = false;
};

// Encodes source into its own folder under choice.root; every file of the result (the MP4 or
// the HLS package, plus poster frames) becomes part of one video.
Core::Result<UploadItem> encodeForUpload(const QString& source, const EncodeChoice& choice)
{
    const QFileInfo info(source);
    const QByteArray identity = info.absoluteFilePath().toUtf8() + '|' +
                                QByteArray::number(info.size()) + '|' +
                                QByteArray::number(info.lastModified().toMSecsSinceEpoch());
    const QString dir =
        QDir(choice.root)
            .absoluteFilePath(
                info.completeBaseName() + QLatin1Char('-') +
                QString::fromLatin1(
                    QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(10)));
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir)) {
        return Core::makeError(Core::ErrorCode::Io,
                               QStringLiteral("cannot create %1 for the encode").arg(dir));
    }
    Media::EncodeOptions options;
    options.input = source;
    options.preset = choice.preset;
    options.output =
        choice.preset == Media::Preset::OneStream
            ? QDir(dir).absoluteFilePath(info.completeBaseName() + QStringLiteral(".mp4"))
            : dir;
    options.encoder = choice.encoder;
    options.speedPreset = choice.speed;
    options.poster = true;
    options.appVersion = QString::fromLatin1(Core::kVersion);
    options.encoderCachePath = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                               QStringLiteral("/encoders.json");
    options.cancel = &g_cancelEncode;
    const QString name = info.fileName();
    QElapsedTimer printed;
    options.onProgress = [&](const Media::EncodeProgress& p) {
        if (choice.quiet || (printed.isValid() && printed.elapsed() < 1000))
            return;
        printed.start();
        out() << name << ": encoding " << QString::number(p.percent, 'f', 1) << "%  "
              << QString::number(p.fps, 'f', 1) << " fps  " << QString::number(p.speed, 'f', 2)
              << "x  " << humanDuration(p.remaining.count()) << " left\n";
        out().flush();
    };
    const auto encoded = Media::encode(options);
    if (!encoded) {
        QDir(dir).removeRecursively();
        return encoded.error();
    }
    for (const QString& notice : encoded->notices)
        out() << name << ": notice: " << notice << "\n";
    if (choice.preset == Media::Preset::OneStream) {
        // The ladder writes poster frames itself; for the MP4 they come from the source.
        if (auto posters = Media::writePosters(source, dir, &g_cancelEncode); !posters)
            out() << name << ": no poster frames: " << posters.error().detail << "\n";
    }
    UploadItem item;
    item.source = source;
    item.kind =
        choice.preset == Media::Preset::Ladder ? QStringLiteral("hls") : QStringLiteral("mp4");
    item.encodeDir = dir;
    QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = QDir(dir).relativeFilePath(path);
        const bool poster = !relative.contains(QLatin1Char('/')) &&
                            relative.startsWith(QLatin1String("poster")) &&
                            relative.endsWith(QLatin1String(".jpg"));
        item.files.append({path, relative, poster ? QStringLiteral("poster") : QString()});
    }
    // Video files first (in name order), poster frames after them.
    std::sort(item.files.begin(), item.files.end(), [](const UploadFile& a, const UploadFile& b) {
        return std::make_pair(!a.role.isEmpty(), a.name) <
               std::make_pair(!b.role.isEmpty(), b.name);
    });
    out() << name << ": encoded with " << encoded->encoderUsed << " ("
          << QString::number(encoded->speed, 'f', 2) << "x realtime), " << item.files.size()
          << " file(s) to upload\n";
    out().flush();
    return item;
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
    const QCommandLineOption encodeOption(
        QStringLiteral("encode"),
        QStringLiteral("Encode each file with the media engine first, then upload the result."));
    const QCommandLineOption presetOption(
        QStringLiteral("preset"),
        QStringLiteral("With --encode: onestream (one MP4, default) or ladder (an HLS package)."),
        QStringLiteral("NAME"), QStringLiteral("onestream"));
    const QCommandLineOption encoderOption(
        QStringLiteral("encoder"),
        QStringLiteral("With --encode: auto (default) or an encoder id."), QStringLiteral("NAME"),
        QStringLiteral("auto"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        QStringLiteral("With --encode: x264 speed preset (default veryfast)."),
        QStringLiteral("PRESET"), QStringLiteral("veryfast"));
    const QCommandLineOption thumbnailOption(
        QStringLiteral("thumbnail"),
        QStringLiteral("With --encode: the poster frame that becomes the thumbnail: poster (the "
                       "best, default), poster:N, or none."),
        QStringLiteral("CHOICE"), QStringLiteral("poster"));
    const QCommandLineOption keepEncodedOption(
        QStringLiteral("keep-encoded"),
        QStringLiteral("With --encode: keep the encoded files after a complete upload."));
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
                       encodeOption, presetOption, encoderOption, speedOption, thumbnailOption,
                       keepEncodedOption, resumeOption, queueOption, chunkOption, noChecksumOption,
                       quietOption});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files to upload."),
                                 QStringLiteral("PATH..."));
    parser.process(arguments);

    const QStringList paths = parser.positionalArguments();
    const bool resume = parser.isSet(resumeOption);
    if (paths.isEmpty() && !resume)
        return fail(command, QStringLiteral("give files to upload, or --resume"), 2);
    const bool encode = parser.isSet(encodeOption);
    EncodeChoice encodeChoice;
    encodeChoice.preset = Media::presetFromName(parser.value(presetOption));
    encodeChoice.encoder = parser.value(encoderOption);
    encodeChoice.speed = parser.value(speedOption);
    encodeChoice.quiet = parser.isSet(quietOption);
    encodeChoice.root = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                        QStringLiteral("/encoded");
    if (encode && encodeChoice.preset == Media::Preset::Invalid)
        return fail(command, QStringLiteral("--preset takes onestream or ladder"), 2);
    const QString thumbnailChoice = parser.value(thumbnailOption);
    if (thumbnailChoice != QLatin1String("none") &&
        !thumbnailChoice.startsWith(QLatin1String("poster"))) {
        return fail(command, QStringLiteral("--thumbnail takes poster, poster:N or none"), 2);
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
    ApiClient api(command);
    QString problem;
    if (!api.configure(parser, &problem))
        return problem.isEmpty() ? 1 : fail(command, problem, 2);

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
    // The current access token on every request; a 401 refreshes the keychain login once.
    manager.setAuth(Upload::UploadAuth{
        [&api] {
            return QList<QPair<QByteArray, QByteArray>>{{"Authorization", api.authorization()}};
        },
        [&api](std::function<void(bool)> done) { api.refresh(std::move(done)); }});

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

    // Phase 1 (with --encode): encode every file, with progress.
    QList<UploadItem> items;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isFile())
            return fail(command, QStringLiteral("no such file: %1").arg(path));
        UploadItem item;
        if (encode) {
            struct sigaction action = {};
            action.sa_handler = &onEncodeInterrupt;
            sigemptyset(&action.sa_mask);
            sigaction(SIGINT, &action, nullptr);
            auto encoded = encodeForUpload(path, encodeChoice);
            signal(SIGINT, SIG_DFL);
            if (!encoded) {
                if (encoded.error().code == Core::ErrorCode::Cancelled)
                    return fail(command, QStringLiteral("encode cancelled"), 130);
                return fail(
                    command,
                    QStringLiteral("cannot encode %1: %2").arg(path, encoded.error().detail));
            }
            item = std::move(encoded).value();
        } else {
            item.source = path;
            item.files.append({path, info.fileName(), {}});
        }
        item.title =
            parser.isSet(titleOption) ? parser.value(titleOption) : info.completeBaseName();
        items.append(std::move(item));
    }

    // Phase 2: one video per item, every file of it queued (progress per file).
    const QUrl endpoint = api.url(QStringLiteral("/v1/uploads/"));
    QStringList videoIds;
    for (const UploadItem& item : items) {
        QJsonObject video{{QStringLiteral("title"), item.title},
                          {QStringLiteral("visibility"), parser.value(visibilityOption)},
                          {QStringLiteral("kind"), item.kind}};
        if (item.kind == QLatin1String("hls")) {
            QJsonArray expected;
            for (const UploadFile& file : item.files) {
                if (file.role.isEmpty())
                    expected.append(file.name);
            }
            video.insert(QStringLiteral("files"), expected);
        }
        const ApiReply created = api.call("POST", QStringLiteral("/v1/videos"), video);
        if (created.status != 201) {
            return fail(command, QStringLiteral("cannot create a video for %1: %2")
                                     .arg(item.source, created.reason()));
        }
        const QString videoId = created.json().value(QStringLiteral("id")).toString();
        videoIds.append(videoId);
        for (const UploadFile& file : item.files) {
            QMap<QString, QString> metadata{{QStringLiteral("filename"), file.name},
                                            {QStringLiteral("title"), item.title},
                                            {QStringLiteral("video_id"), videoId}};
            if (!file.role.isEmpty())
                metadata.insert(QStringLiteral("role"), file.role);
            auto id = manager.enqueue(file.path, endpoint, metadata);
            if (!id)
                return fail(command, id.error().detail);
        }
        out() << QFileInfo(item.source).fileName() << ": video " << videoId;
        if (item.files.size() > 1)
            out() << " (" << item.files.size() << " files)";
        out() << "\n";
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
    if (failed != 0)
        return 1;
    // Thumbnails from the poster frames, once those arrived.
    for (qsizetype i = 0; encode && i < items.size(); ++i) {
        const bool hasPosters =
            std::any_of(items[i].files.begin(), items[i].files.end(),
                        [](const UploadFile& file) { return !file.role.isEmpty(); });
        if (thumbnailChoice == QLatin1String("none") || !hasPosters)
            continue;
        const QString path = QStringLiteral("/v1/videos/") + videoIds[i];
        const ApiReply current = api.call("GET", path);
        auto chosen = current.status == 200 ? posterUpload(current.json(), thumbnailChoice)
                                            : Core::Result<QString>(Core::makeError(
                                                  Core::ErrorCode::Protocol, current.reason()));
        const ApiReply patched =
            chosen ? api.call("PATCH", path, {{QStringLiteral("thumbnail_upload_id"), *chosen}})
                   : ApiReply{};
        if (!chosen || patched.status != 200) {
            return fail(command, QStringLiteral("%1: cannot set the thumbnail: %2")
                                     .arg(QFileInfo(items[i].source).fileName(),
                                          chosen ? patched.reason() : chosen.error().detail));
        }
        out() << QFileInfo(items[i].source).fileName() << ": thumbnail " << thumbnailChoice << "\n";
    }
    for (const UploadItem& item : items) {
        if (!item.encodeDir.isEmpty() && !parser.isSet(keepEncodedOption))
            QDir(item.encodeDir).removeRecursively();
    }
    out().flush();
    return 0;
}

} // namespace Cli
