#pragma once

// SQLite in WAL mode behind a small interface (DESIGN.md §5): one connection guarded by a
// mutex, prepared statements in RAII, numbered migrations applied at start.

#include "core/result.h"

#include <sqlite3.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Server {

struct SqliteCloser
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer
{
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;
using StatementHandle = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

struct Migration
{
    int version;
    std::string_view name;
    std::string_view sql;
};

// The server's schema history, oldest first (server/migrations.cpp).
[[nodiscard]] const std::vector<Migration>& migrations();

class Statement
{
public:
    explicit Statement(StatementHandle handle) : m_handle(std::move(handle)) {}
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, long long value);
    Statement& bindNull(int index);
    // Steps once: true while a row is available.
    [[nodiscard]] Core::Result<bool> step();
    [[nodiscard]] long long columnInt(int column) const;
    [[nodiscard]] std::string columnText(int column) const;
    [[nodiscard]] bool columnIsNull(int column) const;

private:
    StatementHandle m_handle;
};

class Database
{
public:
    // Opens (creating) the file, switches to WAL, applies pending migrations.
    [[nodiscard]] static Core::Result<std::unique_ptr<Database>>
    open(const std::filesystem::path& file, const std::vector<Migration>& schema = migrations());

    // Runs fn with the connection locked: statements of one unit of work never interleave.
    template <typename Fn> auto withLock(Fn&& fn)
    {
        std::lock_guard lock(m_mutex);
        return fn(*this);
    }

    // Callers hold the lock through withLock() for these.
    [[nodiscard]] Core::Result<Statement> prepare(std::string_view sql);
    [[nodiscard]] Core::Status exec(std::string_view sql);
    // BEGIN IMMEDIATE, body, then COMMIT; ROLLBACK (and body's error) when body fails. The
    // caller holds the lock through withLock().
    [[nodiscard]] Core::Status inTransaction(const std::function<Core::Status()>& body);

    [[nodiscard]] int schemaVersion();
    // Cheap liveness query for /readyz.
    [[nodiscard]] Core::Status ping();
    [[nodiscard]] std::string journalMode();

private:
    explicit Database(SqliteHandle handle) : m_db(std::move(handle)) {}
    [[nodiscard]] Core::Status migrate(const std::vector<Migration>& schema);
    [[nodiscard]] Core::Error lastError(std::string_view what) const;

    SqliteHandle m_db;
    std::recursive_mutex m_mutex;
};

} // namespace Server
