#include "server/database.h"

#include <QString>

#include <set>

namespace Server {
namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

Statement& Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_handle.get(), index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, long long value)
{
    sqlite3_bind_int64(m_handle.get(), index, value);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_handle.get(), index);
    return *this;
}

Core::Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_handle.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3* db = sqlite3_db_handle(m_handle.get());
    return Core::makeError(
        Core::ErrorCode::Database,
        QStringLiteral("step failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))), rc);
}

long long Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_handle.get(), column);
}

std::string Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_handle.get(), column));
    const int bytes = sqlite3_column_bytes(m_handle.get(), column);
    return text ? std::string(text, static_cast<std::size_t>(bytes)) : std::string{};
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_handle.get(), column) == SQLITE_NULL;
}

Core::Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& file,
                                                       const std::vector<Migration>& schema)
{
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(
        file.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
        nullptr);
    SqliteHandle handle(raw);
    if (rc != SQLITE_OK) {
        return Core::makeError(
            Core::ErrorCode::Database,
            QStringLiteral("cannot open database %1: %2")
                .arg(QString::fromStdString(file.string()),
                     QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))),
            rc);
    }
    sqlite3_busy_timeout(handle.get(), 5000);
    std::unique_ptr<Database> db(new Database(std::move(handle)));
    for (std::string_view pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        auto statement = db->prepare(pragma);
        if (!statement)
            return statement.error();
        auto stepped = statement->step();
        if (!stepped)
            return stepped.error();
    }
    if (db->journalMode() != "wal") {
        return Core::makeError(Core::ErrorCode::Database,
                               QStringLiteral("database %1 refused WAL mode")
                                   .arg(QString::fromStdString(file.string())));
    }
    if (auto migrated = db->migrate(schema); !migrated)
        return migrated.error();
    return db;
}

Core::Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* raw = nullptr;
    const int rc =
        sqlite3_prepare_v2(m_db.get(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    if (rc != SQLITE_OK)
        return lastError(sql);
    return Statement(StatementHandle(raw));
}

Core::Status Database::exec(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return Core::makeError(Core::ErrorCode::Database, detail, rc);
    }
    return {};
}

Core::Status Database::inTransaction(const std::function<Core::Status()>& body)
{
    if (auto begun = exec("BEGIN IMMEDIATE"); !begun)
        return begun;
    if (auto done = body(); !done) {
        (void)exec("ROLLBACK");
        return done;
    }
    return exec("COMMIT");
}

int Database::schemaVersion()
{
    std::lock_guard lock(m_mutex);
    auto statement = prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    if (!statement)
        return 0;
    auto row = statement->step();
    return row && *row ? static_cast<int>(statement->columnInt(0)) : 0;
}

Core::Status Database::ping()
{
    std::lock_guard lock(m_mutex);
    auto statement = prepare("SELECT COUNT(*) FROM schema_migrations");
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return {};
}

std::string Database::journalMode()
{
    std::lock_guard lock(m_mutex);
    auto statement = prepare("PRAGMA journal_mode");
    if (!statement)
        return {};
    auto row = statement->step();
    return row && *row ? statement->columnText(0) : std::string{};
}

Core::Status Database::migrate(const std::vector<Migration>& schema)
{
    std::lock_guard lock(m_mutex);
    if (auto made =
            exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                 " version INTEGER PRIMARY KEY,"
                 " name TEXT NOT NULL,"
                 " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))");
        !made) {
        return made;
    }
    // Applied by presence, not by "greater than the newest": steps from branches developed side
    // by side (numbered in separate ranges) all apply, whatever order they arrived in.
    std::set<int> applied;
    {
        auto statement = prepare("SELECT version FROM schema_migrations");
        if (!statement)
            return statement.error();
        for (auto row = statement->step(); row && *row; row = statement->step())
            applied.insert(static_cast<int>(statement->columnInt(0)));
    }
    int previous = 0;
    for (const Migration& migration : schema) {
        if (migration.version <= previous) {
            return Core::makeError(
                Core::ErrorCode::Internal,
                QStringLiteral("migrations out of order at %1").arg(migration.version));
        }
        previous = migration.version;
        if (applied.contains(migration.version))
            continue;
        // Each migration and its bookkeeping row commit together or not at all.
        if (auto began = exec("BEGIN IMMEDIATE"); !began)
            return began;
        auto done = exec(migration.sql);
        if (done) {
            auto record = prepare("INSERT INTO schema_migrations(version, name) VALUES(?, ?)");
            if (!record) {
                done = record.error();
            } else {
                record->bind(1, static_cast<long long>(migration.version)).bind(2, migration.name);
                auto stepped = record->step();
                if (!stepped)
                    done = stepped.error();
            }
        }
        if (!done) {
            (void)exec("ROLLBACK");
            return Core::makeError(Core::ErrorCode::Database,
                                   QStringLiteral("migration %1 (%2) failed: %3")
                                       .arg(migration.version)
                                       .arg(fromStd(migration.name), done.error().detail),
                                   done.error().native);
        }
        if (auto committed = exec("COMMIT"); !committed)
            return committed;
    }
    return {};
}

Core::Error Database::lastError(std::string_view what) const
{
    return Core::makeError(
        Core::ErrorCode::Database,
        QStringLiteral("%1: %2").arg(QString::fromUtf8(sqlite3_errmsg(m_db.get())),
                                     fromStd(what.substr(0, 120))),
        sqlite3_errcode(m_db.get()));
}

} // namespace Server
