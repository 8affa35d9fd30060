#include "core/upload/uploadmanager.h"

#include <QLoggingCategory>
#include <QRegularExpression>

namespace Upload {

bool ScheduleWindow::contains(const QTime& time) const
{
    if (from == to)
        return true;
    if (from < to)
        return time >= from && time < to;
    return time >= from || time < to; // wraps past midnight
}

std::optional<ScheduleWindow> ScheduleWindow::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    ScheduleWindow window{QTime::fromString(match.captured(1), QStringLiteral("H:mm")),
                          QTime::fromString(match.captured(2), QStringLiteral("H:mm"))};
    if (!window.from.isValid() || !window.to.isValid())
        return std::nullopt;
    return window;
}

UploadManager::UploadManager(QNetworkAccessManager& network, UploadQueue& queue, QObject* parent)
    : QObject(parent), m_network(network), m_queue(queue),
      m_clock([] { return QTime::currentTime(); })
{
    m_scheduleTimer.setInterval(std::chrono::seconds(30));
    connect(&m_scheduleTimer, &QTimer::timeout, this, &UploadManager::pump);
}

UploadManager::~UploadManager()
{
    // Tasks stop (and wait for their hashing) before the queue and network go away.
    m_entries.clear();
}

void UploadManager::setParallel(int uploads)
{
    m_parallel = std::max(1, uploads);
    pump();
}

void UploadManager::setSchedule(std::optional<ScheduleWindow> window)
{
    m_schedule = window;
    if (m_schedule)
        m_scheduleTimer.start();
    else
        m_scheduleTimer.stop();
    pump();
}

bool UploadManager::windowOpen() const
{
    return !m_held && (!m_schedule || m_schedule->contains(m_clock()));
}

void UploadManager::hold(const QString& reason)
{
    if (m_held && reason == m_holdReason)
        return;
    m_held = true;
    m_holdReason = reason;
    pump(); // pauses running transfers; they stay queued
    emit heldChanged(true, reason);
}

void UploadManager::release()
{
    if (!m_held)
        return;
    m_held = false;
    m_holdReason.clear();
    emit heldChanged(false, QString());
    pump();
}

Core::Result<qint64> UploadManager::enqueue(const QString& path, const QUrl& endpoint,
                                            const QMap<QString, QString>& metadata)
{
    auto fingerprint = fingerprintFile(path);
    if (!fingerprint)
        return fingerprint.error();
    QueueEntry row;
    row.path = fingerprint->path;
    row.endpoint = endpoint;
    row.fingerprint = fingerprint.value();
    row.metadata = metadata;
    row.state = EntryState::Queued;
    auto id = m_queue.add(row);
    if (!id)
        return id.error();
    row.id = id.value();
    Entry& entry = m_entries[row.id];
    entry.row = row;
    m_order.push_back(row.id);
    attach(entry);
    pump();
    return row.id;
}

Core::Status UploadManager::resumeQueue()
{
    auto rows = m_queue.entries();
    if (!rows)
        return rows.error();
    for (QueueEntry& row : rows.value()) {
        if (isFinal(row.state) || m_entries.count(row.id) != 0)
            continue;
        Entry& entry = m_entries[row.id];
        entry.row = row;
        entry.userPaused = row.state == EntryState::Paused;
        if (!entry.userPaused)
            entry.row.state = EntryState::Queued;
        m_order.push_back(row.id);
        UploadTask* task = attach(entry);
        task->setResumeState(row.uploadUrl, row.fingerprint);
    }
    pump();
    return {};
}

UploadTask* UploadManager::attach(Entry& entry)
{
    entry.task = std::make_unique<UploadTask>(m_network, entry.row.path, entry.row.endpoint,
                                              entry.row.metadata, m_options);
    UploadTask* task = entry.task.get();
    const qint64 id = entry.row.id;
    task->setAuth(m_auth);
    task->setBandwidthLimiter(&m_limiter);
    connect(task, &UploadTask::uploadCreated, this, [this, id, task](const QUrl& url) {
        Entry& e = m_entries.at(id);
        e.row.uploadUrl = url;
        e.row.fingerprint = task->fingerprint();
        e.row.offsetBytes = 0;
        persist(e);
    });
    connect(task, &UploadTask::offsetConfirmed, this, [this, id](qint64 offset) {
        Entry& e = m_entries.at(id);
        e.row.offsetBytes = offset;
        persist(e);
    });
    connect(task, &UploadTask::progress, this,
            [this, id](qint64 offset, qint64 size) { emit progress(id, offset, size); });
    connect(task, &UploadTask::finished, this, [this, id, task] {
        Entry& e = m_entries.at(id);
        const UploadTask::State state = task->state();
        e.row.state = state == UploadTask::State::Done     ? EntryState::Done
                      : state == UploadTask::State::Failed ? EntryState::Failed
                                                           : EntryState::Cancelled;
        e.row.lastError = state == UploadTask::State::Failed ? task->error().detail : QString();
        if (task->capabilities().probed)
            m_capabilities[e.row.endpoint.toString()] = task->capabilities();
        persist(e);
        emit entryFinished(id);
        pump();
        if (idle())
            emit allFinished();
    });
    return task;
}

void UploadManager::persist(Entry& entry)
{
    if (auto updated = m_queue.update(entry.row); !updated)
        qWarning() << "upload queue:" << updated.error().detail;
}

void UploadManager::pump()
{
    const bool open = windowOpen();
    int active = 0;
    for (qint64 id : m_order) {
        Entry& entry = m_entries.at(id);
        const auto state = entry.task->state();
        const bool busy =
            state == UploadTask::State::Running || state == UploadTask::State::Waiting;
        if (busy && !open) {
            entry.task->pause(); // the window closed: wait for it to open again
            entry.row.state = EntryState::Queued;
            persist(entry);
            continue;
        }
        if (busy)
            ++active;
    }
    if (!open)
        return;
    for (qint64 id : m_order) {
        if (active >= m_parallel)
            break;
        Entry& entry = m_entries.at(id);
        const auto state = entry.task->state();
        if (entry.userPaused || isFinal(entry.row.state))
            continue;
        if (state != UploadTask::State::Idle && state != UploadTask::State::Paused)
            continue;
        const auto known = m_capabilities.find(entry.row.endpoint.toString());
        if (known != m_capabilities.end())
            entry.task->setServerCapabilities(known->second);
        entry.row.state = EntryState::Running;
        persist(entry);
        entry.task->start();
        ++active;
    }
}

void UploadManager::pause(qint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || isFinal(it->second.row.state))
        return;
    it->second.userPaused = true;
    it->second.task->pause();
    it->second.row.state = EntryState::Paused;
    persist(it->second);
    pump();
}

void UploadManager::resume(qint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || isFinal(it->second.row.state))
        return;
    it->second.userPaused = false;
    it->second.row.state = EntryState::Queued;
    persist(it->second);
    pump();
}

void UploadManager::cancel(qint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || isFinal(it->second.row.state))
        return;
    it->second.userPaused = false;
    it->second.task->cancel(); // finished() updates the row
}

UploadTask* UploadManager::task(qint64 id) const
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : it->second.task.get();
}

int UploadManager::running() const
{
    int count = 0;
    for (const auto& [id, entry] : m_entries) {
        const auto state = entry.task->state();
        count += state == UploadTask::State::Running || state == UploadTask::State::Waiting;
    }
    return count;
}

bool UploadManager::idle() const
{
    for (const auto& [id, entry] : m_entries) {
        if (!isFinal(entry.row.state) && !entry.userPaused)
            return false;
    }
    return true;
}

} // namespace Upload
