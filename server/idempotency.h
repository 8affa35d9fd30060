#pragma once

// Idempotency-Key for creating requests (DESIGN.md §2): a POST that carries the header and
// repeats a key its actor already used gets the first answer again (same status and body)
// instead of creating a second resource. The same key with a different method, path or body is
// refused with 422. Keys are kept 24 hours. Any route group can wrap its creating handlers:
//
//     router.add(http::verb::post, "/v1/things", idempotent(db, handler));

#include "server/database.h"
#include "server/router.h"

namespace Server {

inline constexpr std::int64_t kIdempotencyKeyLifetimeS = 24 * 3600;

[[nodiscard]] Handler idempotent(Database& db, Handler handler);

} // namespace Server
