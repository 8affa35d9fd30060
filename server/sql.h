#pragma once

// Small conveniences over Database/Statement: bind a list of values in one call. Callers hold
// the database lock (Database::withLock) as for prepare().

#include "server/database.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <variant>

namespace Server {

using SqlValue = std::variant<std::nullptr_t, long long, std::string>;

// A statement with values bound to ?1, ?2, ... in order.
[[nodiscard]] Core::Result<Statement> sqlQuery(Database& db, std::string_view sql,
                                               std::initializer_list<SqlValue> values = {});
// Runs a statement to completion.
[[nodiscard]] Core::Status sqlExec(Database& db, std::string_view sql,
                                   std::initializer_list<SqlValue> values = {});
// The first column of the first row as an integer, or fallback when there is no row.
[[nodiscard]] Core::Result<long long> sqlScalar(Database& db, std::string_view sql,
                                                std::initializer_list<SqlValue> values = {},
                                                long long fallback = 0);

// Seconds since the Unix epoch, as the identity tables store times.
[[nodiscard]] std::int64_t epochNow();
// "2026-11-25T23:59:00Z" for epoch seconds.
[[nodiscard]] std::string isoTime(std::int64_t epochSeconds);

} // namespace Server
