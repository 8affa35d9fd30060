#pragma once

// The persistent encode queue: jobs in SQLite (its own file, client side), run a configurable
// number at a time, with pause, resume, cancel and retry. A OneStream job is encoded in
// segments of whole GOPs, each recorded in the database when complete; a job killed mid-way
// (crash, power loss, kill -9) resumes from its last completed segment, and the segments are
// joined (audio encoded once from the source) into the same conformance MP4 an uninterrupted
// run makes. Ladder jobs are chunked the same way (chunks of whole HLS segments).

#include "core/media/encodejob.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;

namespace Media {

enum class JobState
{
    Invalid = 0,
    Queued,
    Running,
    Paused,
    Done,
    Failed,
    Cancelled,
};

[[nodiscard]] QString jobStateName(JobState state);
[[nodiscard]] JobState jobStateFromName(const QString& name);

struct QueuedJob
{
    long long id = 0;
    QString input;
    QString output;
    Preset preset = Preset::OneStream;
    QString encoder;
    JobState state = JobState::Invalid;
    int attempts = 0;
    QString error;
    int segmentsDone = 0;
    int segmentsTotal = 0;
    QJsonObject record; // the EncodeRecord of a finished job

    [[nodiscard]] QJsonObject toJson() const;
};

struct QueueRunOptions
{
    int concurrency = 1;
    double segmentSeconds = 10; // rounded to whole GOPs
    QString speedPreset = QStringLiteral("veryfast");
    QString encoderCachePath;
    QString appVersion;
    int threads = 0;
    const std::atomic<bool>* stop = nullptr; // interrupts running jobs; they stay resumable
    std::function<void(long long jobId, const EncodeProgress&)> onProgress;
};

struct SqliteDeleter
{
    void operator()(sqlite3* db) const;
};

class EncodeQueue
{
public:
    // Opens (and creates) the queue database.
    [[nodiscard]] static Core::Result<std::unique_ptr<EncodeQueue>> open(const QString& path);

    [[nodiscard]] Core::Result<long long> add(const QString& input, const QString& output,
                                              Preset preset, const QString& encoder);
    [[nodiscard]] Core::Result<QList<QueuedJob>> list();
    [[nodiscard]] Core::Result<QueuedJob> job(long long id);
    [[nodiscard]] Core::Status pause(long long id);
    [[nodiscard]] Core::Status resume(long long id);
    [[nodiscard]] Core::Status cancel(long long id);
    [[nodiscard]] Core::Status retry(long long id);

    // Runs queued jobs until none is left or options.stop is set. Jobs left "running" by a
    // process that no longer exists are taken back first. Blocking: run it off the GUI thread.
    [[nodiscard]] Core::Status run(const QueueRunOptions& options);

    [[nodiscard]] const QString& path() const { return m_path; }

private:
    explicit EncodeQueue(QString path);
    [[nodiscard]] Core::Status setState(long long id, JobState from1, JobState from2, JobState to);

    QString m_path;
    std::unique_ptr<sqlite3, SqliteDeleter> m_db;
};

} // namespace Media
