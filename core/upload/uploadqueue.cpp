#include "core/upload/uploadqueue.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace Upload {
namespace {

struct StatementFinalizer
{
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS upload_queue (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    upload_url TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL DEFAULT '',
    offset_bytes INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    last_error TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
);
)sql";

Core::Error dbError(sqlite3* db, const QString& what)
{
    return Core::makeError(
        Core::ErrorCode::Database,
        QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))),
        sqlite3_errcode(db));
}

void bindText(sqlite3_stmt* statement, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
}

QString columnText(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text) : QString();
}

QByteArray metadataJson(const QMap<QString, QString>& metadata)
{
    QJsonObject object;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QMap<QString, QString> metadataFromJson(const QString& json)
{
    QMap<QString, QString> metadata;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        metadata.insert(it.key(), it.value().toString());
    return metadata;
}

QueueEntry readEntry(sqlite3_stmt* statement)
{
    QueueEntry entry;
    entry.id = sqlite3_column_int64(statement, 0);
    entry.path = columnText(statement, 1);
    entry.endpoint = QUrl(columnText(statement, 2));
    entry.uploadUrl = QUrl(columnText(statement, 3));
    entry.fingerprint = Fingerprint::fromJson(columnText(statement, 4).toUtf8());
    entry.offsetBytes = sqlite3_column_int64(statement, 5);
    entry.state = entryStateFromName(columnText(statement, 6));
    entry.metadata = metadataFromJson(columnText(statement, 7));
    entry.lastError = columnText(statement, 8);
    entry.updatedAt = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, 9));
    return entry;
}

constexpr const char* kColumns =
    "id, path, endpoint, upload_url, fingerprint, offset_bytes, state, metadata, last_error, "
    "updated_at";

} // namespace

QString entryStateName(EntryState state)
{
    switch (state) {
    case EntryState::Queued:
        return QStringLiteral("queued");
    case EntryState::Running:
        return QStringLiteral("running");
    case EntryState::Paused:
        return QStringLiteral("paused");
    case EntryState::Done:
        return QStringLiteral("done");
    case EntryState::Failed:
        return QStringLiteral("failed");
    case EntryState::Cancelled:
        return QStringLiteral("cancelled");
    case EntryState::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

EntryState entryStateFromName(const QString& name)
{
    for (auto state : {EntryState::Queued, EntryState::Running, EntryState::Paused,
                       EntryState::Done, EntryState::Failed, EntryState::Cancelled}) {
        if (entryStateName(state) == name)
            return state;
    }
    return EntryState::Invalid;
}

bool isFinal(EntryState state)
{
    return state == EntryState::Done || state == EntryState::Failed ||
           state == EntryState::Cancelled;
}

void UploadQueue::Closer::operator()(sqlite3* db) const
{
    sqlite3_close_v2(db);
}

UploadQueue::~UploadQueue() = default;

Core::Result<std::unique_ptr<UploadQueue>> UploadQueue::open(const QString& file)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(file.toUtf8().constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, Closer> db(raw);
    if (rc != SQLITE_OK)
        return dbError(db.get(), QStringLiteral("cannot open upload queue %1").arg(file));
    sqlite3_busy_timeout(db.get(), 5000);
    for (const char* sql : {"PRAGMA journal_mode=WAL;", "PRAGMA synchronous=NORMAL;", kSchema}) {
        if (sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return dbError(db.get(), QStringLiteral("cannot prepare upload queue %1").arg(file));
    }
    return std::unique_ptr<UploadQueue>(new UploadQueue(std::move(db)));
}

Core::Result<qint64> UploadQueue::add(const QueueEntry& entry)
{
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(m_db.get(),
                       "INSERT INTO upload_queue(path, endpoint, upload_url, fingerprint, "
                       "offset_bytes, state, metadata, last_error, updated_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                       -1, &raw, nullptr);
    StatementPtr statement(raw);
    if (!statement)
        return dbError(m_db.get(), QStringLiteral("cannot add to the upload queue"));
    bindText(raw, 1, entry.path);
    bindText(raw, 2, entry.endpoint.toString());
    bindText(raw, 3, entry.uploadUrl.toString());
    bindText(raw, 4, QString::fromUtf8(entry.fingerprint.toJson()));
    sqlite3_bind_int64(raw, 5, entry.offsetBytes);
    bindText(raw, 6, entryStateName(entry.state));
    bindText(raw, 7, QString::fromUtf8(metadataJson(entry.metadata)));
    bindText(raw, 8, entry.lastError);
    sqlite3_bind_int64(raw, 9, QDateTime::currentMSecsSinceEpoch());
    if (sqlite3_step(raw) != SQLITE_DONE)
        return dbError(m_db.get(), QStringLiteral("cannot add to the upload queue"));
    return static_cast<qint64>(sqlite3_last_insert_rowid(m_db.get()));
}

Core::Status UploadQueue::update(const QueueEntry& entry)
{
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(m_db.get(),
                       "UPDATE upload_queue SET path = ?2, endpoint = ?3, upload_url = ?4, "
                       "fingerprint = ?5, offset_bytes = ?6, state = ?7, metadata = ?8, "
                       "last_error = ?9, updated_at = ?10 WHERE id = ?1",
                       -1, &raw, nullptr);
    StatementPtr statement(raw);
    if (!statement)
        return dbError(m_db.get(), QStringLiteral("cannot update the upload queue"));
    sqlite3_bind_int64(raw, 1, entry.id);
    bindText(raw, 2, entry.path);
    bindText(raw, 3, entry.endpoint.toString());
    bindText(raw, 4, entry.uploadUrl.toString());
    bindText(raw, 5, QString::fromUtf8(entry.fingerprint.toJson()));
    sqlite3_bind_int64(raw, 6, entry.offsetBytes);
    bindText(raw, 7, entryStateName(entry.state));
    bindText(raw, 8, QString::fromUtf8(metadataJson(entry.metadata)));
    bindText(raw, 9, entry.lastError);
    sqlite3_bind_int64(raw, 10, QDateTime::currentMSecsSinceEpoch());
    if (sqlite3_step(raw) != SQLITE_DONE)
        return dbError(m_db.get(), QStringLiteral("cannot update the upload queue"));
    return {};
}

Core::Status UploadQueue::remove(qint64 id)
{
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(m_db.get(), "DELETE FROM upload_queue WHERE id = ?1", -1, &raw, nullptr);
    StatementPtr statement(raw);
    if (!statement)
        return dbError(m_db.get(), QStringLiteral("cannot remove from the upload queue"));
    sqlite3_bind_int64(raw, 1, id);
    if (sqlite3_step(raw) != SQLITE_DONE)
        return dbError(m_db.get(), QStringLiteral("cannot remove from the upload queue"));
    return {};
}

Core::Result<std::optional<QueueEntry>> UploadQueue::find(qint64 id)
{
    sqlite3_stmt* raw = nullptr;
    const std::string sql = std::string("SELECT ") + kColumns + " FROM upload_queue WHERE id = ?1";
    sqlite3_prepare_v2(m_db.get(), sql.c_str(), -1, &raw, nullptr);
    StatementPtr statement(raw);
    if (!statement)
        return dbError(m_db.get(), QStringLiteral("cannot read the upload queue"));
    sqlite3_bind_int64(raw, 1, id);
    const int rc = sqlite3_step(raw);
    if (rc == SQLITE_ROW)
        return std::optional<QueueEntry>(readEntry(raw));
    if (rc == SQLITE_DONE)
        return std::optional<QueueEntry>();
    return dbError(m_db.get(), QStringLiteral("cannot read the upload queue"));
}

Core::Result<std::vector<QueueEntry>> UploadQueue::entries()
{
    sqlite3_stmt* raw = nullptr;
    const std::string sql = std::string("SELECT ") + kColumns + " FROM upload_queue ORDER BY id";
    sqlite3_prepare_v2(m_db.get(), sql.c_str(), -1, &raw, nullptr);
    StatementPtr statement(raw);
    if (!statement)
        return dbError(m_db.get(), QStringLiteral("cannot read the upload queue"));
    std::vector<QueueEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        out.push_back(readEntry(raw));
    if (rc != SQLITE_DONE)
        return dbError(m_db.get(), QStringLiteral("cannot read the upload queue"));
    return out;
}

} // namespace Upload
