#include "core/media/encodequeue.h"

#include "core/media/assemble.h"
#include "core/media/logging.h"
#include "core/media/probe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include <signal.h>
#include <unistd.h>

namespace Media {

namespace {

struct StatementDeleter
{
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;
using Connection = std::unique_ptr<sqlite3, SqliteDeleter>;

Core::Error dbError(sqlite3* db, const char* step)
{
    return Core::makeError(
        Core::ErrorCode::Database,
        QStringLiteral("%1: %2").arg(QLatin1String(step), QString::fromUtf8(sqlite3_errmsg(db))),
        sqlite3_errcode(db));
}

Core::Result<Connection> connect(const QString& path)
{
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(
        path.toUtf8().constData(), &raw,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return Core::makeError(Core::ErrorCode::Database,
                               QStringLiteral("cannot open %1").arg(path), rc);
    sqlite3_busy_timeout(db.get(), 10000);
    sqlite3_exec(db.get(), "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr,
                 nullptr);
    return db;
}

Core::Result<Statement> prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return dbError(db, "prepare");
    return Statement(raw);
}

void bindText(sqlite3_stmt* statement, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

QString columnText(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text) : QString();
}

// Runs one statement with the given binder; no rows expected.
Core::Status execute(sqlite3* db, const char* sql,
                     const std::function<void(sqlite3_stmt*)>& bind = {})
{
    auto statement = prepare(db, sql);
    if (!statement)
        return statement.error();
    if (bind)
        bind(statement->get());
    const int rc = sqlite3_step(statement->get());
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return dbError(db, "step");
    return {};
}

constexpr const char* kSchema = R"(
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    input TEXT NOT NULL,
    output TEXT NOT NULL,
    preset TEXT NOT NULL,
    encoder TEXT NOT NULL DEFAULT 'auto',
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    runner_pid INTEGER,
    segment_seconds REAL,
    segments_total INTEGER NOT NULL DEFAULT 0,
    record TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE TABLE IF NOT EXISTS segments (
    job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    path TEXT NOT NULL,
    encoder TEXT,
    notices TEXT,
    wall_seconds REAL,
    PRIMARY KEY (job_id, idx)
);
)";

QString workDirFor(const QString& dbPath, long long id)
{
    return QFileInfo(dbPath).absoluteDir().absoluteFilePath(
        QStringLiteral("encode-work/job-%1").arg(id));
}

struct JobContext
{
    QueuedJob job;
    std::atomic<bool> cancel{false};
    bool done = false;
};

JobState stateOf(sqlite3* db, long long id)
{
    auto statement = prepare(db, "SELECT state FROM jobs WHERE id = ?");
    if (!statement)
        return JobState::Invalid;
    sqlite3_bind_int64(statement->get(), 1, id);
    if (sqlite3_step(statement->get()) != SQLITE_ROW)
        return JobState::Invalid;
    return jobStateFromName(columnText(statement->get(), 0));
}

// Joins the MP4 segments, checks the result against the rules, renames it into place.
Core::Result<QJsonObject> finishOneStream(const QueuedJob& job, const QStringList& paths,
                                          const std::atomic<bool>* cancel)
{
    const QString partial = job.output + QStringLiteral(".partial.mp4");
    QDir().mkpath(QFileInfo(job.output).absolutePath());
    if (auto joined = assembleSegments(paths, job.input, partial, cancel); !joined) {
        QFile::remove(partial);
        return joined.error();
    }
    ProbeOptions probeOptions;
    probeOptions.scanGop = true;
    auto checked = probeFile(partial, probeOptions);
    if (!checked) {
        QFile::remove(partial);
        return checked.error();
    }
    const ConformanceReport report = checkConformance(checked->info, &checked->gop);
    if (!report.conforms()) {
        QFile::remove(partial);
        return Core::makeError(Core::ErrorCode::Media,
                               QStringLiteral("the output breaks the upload format: %1")
                                   .arg(report.failedRuleIds().join(QStringLiteral(", "))));
    }
    QFile::remove(job.output);
    if (!QFile::rename(partial, job.output))
        return Core::makeError(Core::ErrorCode::Io,
                               QStringLiteral("cannot rename %1").arg(partial));
    return report.toJson();
}

// Encodes a job segment by segment, recording each completed segment.
Core::Result<EncodeRecord> runSegmented(sqlite3* db, JobContext& context,
                                        const QueueRunOptions& options, const QString& dbPath)
{
    const QueuedJob& job = context.job;
    auto probed = probe(job.input);
    if (!probed)
        return probed.error();
    const StreamInfo* video = probed->firstVideo();
    const double fps = video && video->frameRate > 0 ? video->frameRate : 30.0;
    // Segments hold whole GOPs (conformance MP4) or whole HLS segments (ladder), so that
    // joining them keeps the GOP grid.
    const bool ladder = job.preset == Preset::Ladder;
    const double unitSeconds =
        ladder ? ladderSegmentSeconds(fps) : std::max(1L, std::lround(fps / 2.0)) / fps;
    const double segmentSeconds =
        std::max(1.0, std::round(options.segmentSeconds / unitSeconds)) * unitSeconds;
    auto complete = [ladder](const QString& path) {
        return QFileInfo::exists(ladder ? path + QStringLiteral("/master.m3u8") : path);
    };
    const double duration = double(probed->duration.count()) / 1000.0;
    const int total = std::max(1, int(std::ceil(duration / segmentSeconds - 1e-6)));
    if (auto saved =
            execute(db, "UPDATE jobs SET segments_total = ?, segment_seconds = ? WHERE id = ?",
                    [&](sqlite3_stmt* s) {
                        sqlite3_bind_int(s, 1, total);
                        sqlite3_bind_double(s, 2, segmentSeconds);
                        sqlite3_bind_int64(s, 3, job.id);
                    });
        !saved)
        return saved.error();

    const QDir work(workDirFor(dbPath, job.id));
    QDir().mkpath(work.absolutePath());
    // Segments already completed by an earlier (interrupted) run.
    QList<int> completed;
    QStringList paths;
    {
        auto statement =
            prepare(db, "SELECT idx, path FROM segments WHERE job_id = ? ORDER BY idx");
        if (!statement)
            return statement.error();
        sqlite3_bind_int64(statement->get(), 1, job.id);
        while (sqlite3_step(statement->get()) == SQLITE_ROW) {
            const QString path = columnText(statement->get(), 1);
            if (complete(path))
                completed.append(sqlite3_column_int(statement->get(), 0));
        }
    }
    int resumeAt = 0;
    while (completed.contains(resumeAt))
        ++resumeAt;

    QStringList encoders;
    QStringList notices;
    if (resumeAt > 0)
        notices.append(QStringLiteral("resumed from segment %1 of %2 (segments 0-%3 were kept)")
                           .arg(resumeAt)
                           .arg(total)
                           .arg(resumeAt - 1));
    const auto started = std::chrono::steady_clock::now();
    long long frames = 0;
    QJsonObject settings;
    for (int k = 0; k < total; ++k) {
        const QString path = work.absoluteFilePath(
            (ladder ? QStringLiteral("chunk_%1") : QStringLiteral("segment_%1.mp4"))
                .arg(k, 5, 10, QLatin1Char('0')));
        paths.append(path);
        if (k < resumeAt)
            continue;
        EncodeOptions segment;
        segment.input = job.input;
        segment.output = path;
        segment.preset = job.preset;
        segment.poster = false;
        segment.encoder = job.encoder;
        segment.encoderCachePath = options.encoderCachePath;
        segment.appVersion = options.appVersion;
        segment.speedPreset = options.speedPreset;
        segment.threads = options.threads;
        segment.startSeconds = k * segmentSeconds;
        segment.endSeconds = k + 1 == total ? 0 : (k + 1) * segmentSeconds;
        segment.includeAudio = false;
        segment.verify = false;
        segment.cancel = &context.cancel;
        if (options.onProgress) {
            segment.onProgress = [&, k](const EncodeProgress& p) {
                EncodeProgress overall = p;
                overall.percent = (k + p.percent / 100.0) * 100.0 / total;
                options.onProgress(job.id, overall);
            };
        }
        auto record = encode(segment);
        if (!record)
            return record.error();
        frames += record->frames;
        settings = record->settings;
        if (!encoders.contains(record->encoderUsed))
            encoders.append(record->encoderUsed);
        for (const QString& notice : record->notices)
            notices.append(QStringLiteral("segment %1: %2").arg(k).arg(notice));
        if (auto saved = execute(db,
                                 "INSERT OR REPLACE INTO segments (job_id, idx, path, encoder, "
                                 "notices, wall_seconds) VALUES (?, ?, ?, ?, ?, ?)",
                                 [&](sqlite3_stmt* s) {
                                     sqlite3_bind_int64(s, 1, job.id);
                                     sqlite3_bind_int(s, 2, k);
                                     bindText(s, 3, path);
                                     bindText(s, 4, record->encoderUsed);
                                     bindText(s, 5, record->notices.join(QLatin1Char('\n')));
                                     sqlite3_bind_double(s, 6, record->wallSeconds);
                                 });
            !saved)
            return saved.error();
    }

    QStringList outputs{job.output};
    QJsonObject conformance;
    if (ladder) {
        auto written = finishLadderChunks(paths, job.input, job.output, &context.cancel);
        if (!written)
            return written.error();
        outputs = *written;
    } else {
        auto finished = finishOneStream(job, paths, &context.cancel);
        if (!finished)
            return finished.error();
        conformance = *finished;
    }
    QDir(work.absolutePath()).removeRecursively();

    EncodeRecord record;
    record.preset = presetName(job.preset);
    record.input = job.input;
    record.output = job.output;
    record.outputs = outputs;
    record.encoderRequested = job.encoder;
    record.encoderUsed = encoders.join(QLatin1Char(','));
    record.fellBack = std::any_of(notices.begin(), notices.end(), [](const QString& n) {
        return n.contains(QLatin1String("continued with")) ||
               n.contains(QLatin1String("instead of"));
    });
    record.notices = notices;
    record.frames = frames;
    record.mediaSeconds = double(frames) / fps;
    record.wallSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    record.speed = record.wallSeconds > 0 ? record.mediaSeconds / record.wallSeconds : 0;
    record.fps = record.wallSeconds > 0 ? double(frames) / record.wallSeconds : 0;
    record.settings = settings;
    record.settings.insert(QStringLiteral("segmentSeconds"), segmentSeconds);
    record.settings.insert(QStringLiteral("segmentsTotal"), total);
    record.settings.insert(QStringLiteral("resumedFromSegment"), resumeAt);
    record.settings.insert(QStringLiteral("segmentsEncodedThisRun"), total - resumeAt);
    // The segments are video only; the audio was added when they were joined.
    const bool sourceAudio = probed->firstAudio() != nullptr;
    record.settings.insert(QStringLiteral("audio"),
                           sourceAudio ? QStringLiteral("aac-lc 48000 Hz stereo 160 kb/s")
                           : ladder    ? QStringLiteral("none")
                                       : QStringLiteral("aac-lc 48000 Hz stereo 160 kb/s "
                                                           "(silence: the source has no audio)"));
    record.conformance = conformance;
    return record;
}

void runJob(const QString& dbPath, JobContext& context, const QueueRunOptions& options)
{
    auto connected = connect(dbPath);
    if (!connected) {
        qCWarning(lcMedia) << "queue:" << connected.error().toString();
        return;
    }
    sqlite3* db = connected->get();
    const QueuedJob& job = context.job;
    const Core::Result<EncodeRecord> result = runSegmented(db, context, options, dbPath);
    if (result) {
        const QByteArray json = QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact);
        (void)execute(
            db,
            "UPDATE jobs SET state = 'done', error = NULL, record = ?, runner_pid = NULL, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?",
            [&](sqlite3_stmt* s) {
                bindText(s, 1, QString::fromUtf8(json));
                sqlite3_bind_int64(s, 2, job.id);
            });
        return;
    }
    const JobState now = stateOf(db, job.id);
    if (result.error().code == Core::ErrorCode::Cancelled) {
        if (now == JobState::Cancelled) {
            QDir(workDirFor(dbPath, job.id)).removeRecursively();
            (void)execute(db, "DELETE FROM segments WHERE job_id = ?",
                          [&](sqlite3_stmt* s) { sqlite3_bind_int64(s, 1, job.id); });
        } else if (now == JobState::Running) {
            // Stopped from outside (the app quits): resumable next time.
            (void)execute(db, "UPDATE jobs SET state = 'queued', runner_pid = NULL WHERE id = ?",
                          [&](sqlite3_stmt* s) { sqlite3_bind_int64(s, 1, job.id); });
        }
        return; // paused jobs keep their segments and stay paused
    }
    (void)execute(db,
                  "UPDATE jobs SET state = 'failed', error = ?, runner_pid = NULL, "
                  "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?",
                  [&](sqlite3_stmt* s) {
                      bindText(s, 1, result.error().toString());
                      sqlite3_bind_int64(s, 2, job.id);
                  });
}

} // namespace

void SqliteDeleter::operator()(sqlite3* db) const
{
    sqlite3_close_v2(db);
}

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Paused:
        return QStringLiteral("paused");
    case JobState::Done:
        return QStringLiteral("done");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

JobState jobStateFromName(const QString& name)
{
    for (JobState state : {JobState::Queued, JobState::Running, JobState::Paused, JobState::Done,
                           JobState::Failed, JobState::Cancelled}) {
        if (jobStateName(state) == name)
            return state;
    }
    return JobState::Invalid;
}

QJsonObject QueuedJob::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("input"), input},
                       {QStringLiteral("output"), output},
                       {QStringLiteral("preset"), presetName(preset)},
                       {QStringLiteral("encoder"), encoder},
                       {QStringLiteral("state"), jobStateName(state)},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("segmentsDone"), segmentsDone},
                       {QStringLiteral("segmentsTotal"), segmentsTotal},
                       {QStringLiteral("record"), record}};
}

EncodeQueue::EncodeQueue(QString path) : m_path(std::move(path)) {}

Core::Result<std::unique_ptr<EncodeQueue>> EncodeQueue::open(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<EncodeQueue> queue(new EncodeQueue(QFileInfo(path).absoluteFilePath()));
    auto connected = connect(queue->m_path);
    if (!connected)
        return connected.error();
    queue->m_db = std::move(connected).value();
    char* message = nullptr;
    if (sqlite3_exec(queue->m_db.get(), kSchema, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "schema");
        sqlite3_free(message);
        return Core::makeError(Core::ErrorCode::Database, text);
    }
    return queue;
}

Core::Result<long long> EncodeQueue::add(const QString& input, const QString& output, Preset preset,
                                         const QString& encoder)
{
    if (preset == Preset::Invalid)
        return Core::makeError(Core::ErrorCode::BadInput, QStringLiteral("unknown preset"));
    if (auto done = execute(
            m_db.get(), "INSERT INTO jobs (input, output, preset, encoder) VALUES (?, ?, ?, ?)",
            [&](sqlite3_stmt* s) {
                bindText(s, 1, QFileInfo(input).absoluteFilePath());
                bindText(s, 2, QFileInfo(output).absoluteFilePath());
                bindText(s, 3, presetName(preset));
                bindText(s, 4, encoder.isEmpty() ? QStringLiteral("auto") : encoder);
            });
        !done)
        return done.error();
    return static_cast<long long>(sqlite3_last_insert_rowid(m_db.get()));
}

Core::Result<QList<QueuedJob>> EncodeQueue::list()
{
    auto statement =
        prepare(m_db.get(), "SELECT id, input, output, preset, encoder, state, attempts, error, "
                            "segments_total, record, (SELECT COUNT(*) FROM segments s WHERE "
                            "s.job_id = jobs.id) FROM jobs ORDER BY id");
    if (!statement)
        return statement.error();
    QList<QueuedJob> jobs;
    sqlite3_stmt* s = statement->get();
    while (sqlite3_step(s) == SQLITE_ROW) {
        QueuedJob job;
        job.id = sqlite3_column_int64(s, 0);
        job.input = columnText(s, 1);
        job.output = columnText(s, 2);
        job.preset = presetFromName(columnText(s, 3));
        job.encoder = columnText(s, 4);
        job.state = jobStateFromName(columnText(s, 5));
        job.attempts = sqlite3_column_int(s, 6);
        job.error = columnText(s, 7);
        job.segmentsTotal = sqlite3_column_int(s, 8);
        job.record = QJsonDocument::fromJson(columnText(s, 9).toUtf8()).object();
        job.segmentsDone =
            job.state == JobState::Done ? job.segmentsTotal : sqlite3_column_int(s, 10);
        jobs.append(job);
    }
    return jobs;
}

Core::Result<QueuedJob> EncodeQueue::job(long long id)
{
    auto jobs = list();
    if (!jobs)
        return jobs.error();
    for (const QueuedJob& job : *jobs) {
        if (job.id == id)
            return job;
    }
    return Core::makeError(Core::ErrorCode::NotFound, QStringLiteral("no job %1").arg(id));
}

Core::Status EncodeQueue::setState(long long id, JobState from1, JobState from2, JobState to)
{
    auto current = job(id);
    if (!current)
        return current.error();
    if (current->state != from1 && current->state != from2)
        return Core::makeError(
            Core::ErrorCode::BadInput,
            QStringLiteral("job %1 is %2").arg(id).arg(jobStateName(current->state)));
    return execute(m_db.get(),
                   "UPDATE jobs SET state = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                   "WHERE id = ?",
                   [&](sqlite3_stmt* s) {
                       bindText(s, 1, jobStateName(to));
                       sqlite3_bind_int64(s, 2, id);
                   });
}

Core::Status EncodeQueue::pause(long long id)
{
    return setState(id, JobState::Queued, JobState::Running, JobState::Paused);
}

Core::Status EncodeQueue::resume(long long id)
{
    return setState(id, JobState::Paused, JobState::Paused, JobState::Queued);
}

Core::Status EncodeQueue::cancel(long long id)
{
    auto current = job(id);
    if (!current)
        return current.error();
    if (auto set =
            setState(id, JobState::Queued,
                     current->state == JobState::Running ? JobState::Running : JobState::Paused,
                     JobState::Cancelled);
        !set)
        return set;
    if (current->state != JobState::Running) {
        QDir(workDirFor(m_path, id)).removeRecursively();
        return execute(m_db.get(), "DELETE FROM segments WHERE job_id = ?",
                       [&](sqlite3_stmt* s) { sqlite3_bind_int64(s, 1, id); });
    }
    return {};
}

Core::Status EncodeQueue::retry(long long id)
{
    return setState(id, JobState::Failed, JobState::Cancelled, JobState::Queued);
}

Core::Status EncodeQueue::run(const QueueRunOptions& options)
{
    // Take back jobs whose runner died (crash, kill -9): their segments stay.
    {
        auto statement =
            prepare(m_db.get(), "SELECT id, runner_pid FROM jobs WHERE state = 'running'");
        if (!statement)
            return statement.error();
        std::vector<long long> stale;
        while (sqlite3_step(statement->get()) == SQLITE_ROW) {
            const auto pid = pid_t(sqlite3_column_int64(statement->get(), 1));
            if (pid <= 0 || (pid != ::getpid() && ::kill(pid, 0) != 0))
                stale.push_back(sqlite3_column_int64(statement->get(), 0));
        }
        for (long long id : stale) {
            qCInfo(lcMedia) << "queue: job" << id << "was interrupted; resuming it";
            (void)execute(m_db.get(),
                          "UPDATE jobs SET state = 'queued', runner_pid = NULL WHERE id = ?",
                          [&](sqlite3_stmt* s) { sqlite3_bind_int64(s, 1, id); });
        }
    }

    std::mutex mutex;
    std::condition_variable finished;
    std::vector<std::unique_ptr<JobContext>> running;
    std::vector<std::thread> threads;
    const int concurrency = std::max(1, options.concurrency);
    auto stopRequested = [&] { return options.stop && options.stop->load(); };

    for (;;) {
        // Claim jobs up to the concurrency limit.
        while (!stopRequested()) {
            {
                const std::lock_guard lock(mutex);
                if (int(std::count_if(running.begin(), running.end(),
                                      [](const auto& c) { return !c->done; })) >= concurrency)
                    break;
            }
            auto claim = prepare(m_db.get(),
                                 "UPDATE jobs SET state = 'running', runner_pid = ?, attempts = "
                                 "attempts + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                                 "WHERE id = (SELECT id FROM jobs WHERE state = 'queued' ORDER BY "
                                 "id LIMIT 1) RETURNING id");
            if (!claim)
                return claim.error();
            sqlite3_bind_int64(claim->get(), 1, ::getpid());
            if (sqlite3_step(claim->get()) != SQLITE_ROW)
                break;
            const long long id = sqlite3_column_int64(claim->get(), 0);
            claim->reset();
            auto job = this->job(id);
            if (!job)
                return job.error();
            auto context = std::make_unique<JobContext>();
            context->job = *job;
            JobContext* raw = context.get();
            {
                const std::lock_guard lock(mutex);
                running.push_back(std::move(context));
            }
            threads.emplace_back([this, raw, &options, &mutex, &finished] {
                runJob(m_path, *raw, options);
                const std::lock_guard lock(mutex);
                raw->done = true;
                finished.notify_all();
            });
        }
        std::unique_lock lock(mutex);
        const bool anyRunning =
            std::any_of(running.begin(), running.end(), [](const auto& c) { return !c->done; });
        if (!anyRunning)
            break;
        // Wake on a finished job, or every 200 ms to notice pause/cancel/stop from outside.
        finished.wait_for(lock, std::chrono::milliseconds(200));
        for (auto& context : running) {
            if (context->done)
                continue;
            const JobState state = stateOf(m_db.get(), context->job.id);
            if (stopRequested() || state == JobState::Paused || state == JobState::Cancelled)
                context->cancel.store(true);
        }
    }
    for (std::thread& thread : threads)
        thread.join();
    return {};
}

} // namespace Media
