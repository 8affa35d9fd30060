#pragma once

// The persistent upload queue (SQLite): one row per file with its tus upload URL, fingerprint,
// confirmed offset and state, so that an upload continues after a restart or a kill -9.

#include "core/result.h"
#include "core/upload/fingerprint.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace Upload {

enum class EntryState
{
    Invalid = 0,
    Queued,
    Running,
    Paused,
    Done,
    Failed,
    Cancelled,
};

[[nodiscard]] QString entryStateName(EntryState state);
[[nodiscard]] EntryState entryStateFromName(const QString& name);
// Done, Failed and Cancelled: nothing more will happen without the user.
[[nodiscard]] bool isFinal(EntryState state);

struct QueueEntry
{
    qint64 id = 0;
    QString path;
    QUrl endpoint;  // the tus creation URL
    QUrl uploadUrl; // empty until the server created the upload
    Fingerprint fingerprint;
    qint64 offsetBytes = 0; // last offset the server confirmed
    EntryState state = EntryState::Queued;
    QMap<QString, QString> metadata; // Upload-Metadata pairs
    QString lastError;
    QDateTime updatedAt;
};

class UploadQueue
{
public:
    // Opens (creating) the queue database at file.
    [[nodiscard]] static Core::Result<std::unique_ptr<UploadQueue>> open(const QString& file);
    ~UploadQueue();
    UploadQueue(const UploadQueue&) = delete;
    UploadQueue& operator=(const UploadQueue&) = delete;

    // Inserts entry and returns its id.
    [[nodiscard]] Core::Result<qint64> add(const QueueEntry& entry);
    [[nodiscard]] Core::Status update(const QueueEntry& entry);
    [[nodiscard]] Core::Status remove(qint64 id);
    [[nodiscard]] Core::Result<std::optional<QueueEntry>> find(qint64 id);
    [[nodiscard]] Core::Result<std::vector<QueueEntry>> entries();

private:
    struct Closer
    {
        void operator()(sqlite3* db) const;
    };
    explicit UploadQueue(std::unique_ptr<sqlite3, Closer> db) : m_db(std::move(db)) {}
    std::unique_ptr<sqlite3, Closer> m_db;
};

} // namespace Upload
