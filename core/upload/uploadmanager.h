#pragma once

// Runs the persistent upload queue: several uploads at once (configurable), one global
// bandwidth cap, pause/resume/cancel per entry and an optional daily schedule window (for
// example only between 20:00 and 08:00). Every state change is written to the queue first,
// so a restart or kill -9 resumes where the server left off.

#include "core/result.h"
#include "core/upload/bandwidthlimiter.h"
#include "core/upload/uploadqueue.h"
#include "core/upload/uploadtask.h"

#include <QObject>
#include <QTime>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace Upload {

// A daily window [from, to); it may wrap past midnight. from == to means all day.
struct ScheduleWindow
{
    QTime from;
    QTime to;
    [[nodiscard]] bool contains(const QTime& time) const;
    // "20:00-08:00"
    [[nodiscard]] static std::optional<ScheduleWindow> parse(const QString& text);
};

class UploadManager : public QObject
{
    Q_OBJECT
public:
    UploadManager(QNetworkAccessManager& network, UploadQueue& queue, QObject* parent = nullptr);
    ~UploadManager() override;

    void setParallel(int uploads);
    [[nodiscard]] int parallel() const { return m_parallel; }
    void setBandwidthLimit(qint64 bytesPerSecond) { m_limiter.setBytesPerSecond(bytesPerSecond); }
    void setSchedule(std::optional<ScheduleWindow> window);
    void setAuth(UploadAuth auth) { m_auth = std::move(auth); }
    void setOptions(UploadOptions options) { m_options = std::move(options); }
    // For tests: the wall clock the schedule is checked against.
    void setClock(std::function<QTime()> clock) { m_clock = std::move(clock); }

    // Adds a file to the queue (fingerprinted now) and starts it when a slot is free.
    [[nodiscard]] Core::Result<qint64> enqueue(const QString& path, const QUrl& endpoint,
                                               const QMap<QString, QString>& metadata);
    // Picks up every unfinished entry of the queue (after a restart).
    [[nodiscard]] Core::Status resumeQueue();

    void pause(qint64 id);
    void resume(qint64 id);
    void cancel(qint64 id);

    [[nodiscard]] UploadTask* task(qint64 id) const;
    [[nodiscard]] std::vector<qint64> ids() const { return m_order; }
    // True when no entry is waiting or running.
    [[nodiscard]] bool idle() const;
    [[nodiscard]] int running() const;

    // Holds the whole queue (for example while the service's upload component is under
    // maintenance or in a major outage): nothing starts, running transfers pause (the server
    // keeps their offset) and continue by themselves on release(). reason is shown to the user.
    void hold(const QString& reason);
    void release();
    [[nodiscard]] bool isHeld() const { return m_held; }
    [[nodiscard]] QString holdReason() const { return m_holdReason; }

signals:
    void heldChanged(bool held, const QString& reason);
    void progress(qint64 id, qint64 offsetBytes, qint64 sizeBytes);
    void entryFinished(qint64 id);
    void allFinished();

private:
    struct Entry
    {
        QueueEntry row;
        std::unique_ptr<UploadTask> task;
        bool userPaused = false;
    };
    UploadTask* attach(Entry& entry);
    void persist(Entry& entry);
    void pump();
    [[nodiscard]] bool windowOpen() const;

    QNetworkAccessManager& m_network;
    UploadQueue& m_queue;
    UploadOptions m_options;
    UploadAuth m_auth;
    BandwidthLimiter m_limiter;
    std::optional<ScheduleWindow> m_schedule;
    std::function<QTime()> m_clock;
    QTimer m_scheduleTimer;
    int m_parallel = 2;
    std::map<qint64, Entry> m_entries;
    std::vector<qint64> m_order;
    std::map<QString, ServerCapabilities> m_capabilities; // per endpoint
    bool m_held = false;
    QString m_holdReason;
};

} // namespace Upload
