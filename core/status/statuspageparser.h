#pragma once

// Parses any Statuspage v2 public document and says which one it is. Tolerant of what real
// pages send (unknown enum values, missing keys, nulls, dangling group ids, HTML bodies, mixed
// time-zone offsets, large payloads); strict about what is not a status document at all (an
// HTML error page, other JSON), which is a Protocol error with a clear English detail.

#include "core/result.h"
#include "core/status/statusmodel.h"

#include <QByteArray>
#include <QJsonObject>

namespace Status {

// Largest document accepted (real summaries are tens of KB; 150 KB pages exist).
inline constexpr qsizetype kMaxDocumentBytes = 8 * 1024 * 1024;

[[nodiscard]] Core::Result<StatusDocument> parseStatusDocument(const QByteArray& bytes);

// ISO 8601 with any offset (or Z) to UTC; invalid QDateTime for null, empty or garbage.
[[nodiscard]] QDateTime parseTimestamp(const QString& text);

// The CLI's --json shape (an exact interface): the keys that apply of indicator, components
// (id, name, status, group_id), incidents (id, name, status, impact) and maintenances (id,
// name, status, scheduled_for, scheduled_until). Unknown enum values print their raw text.
[[nodiscard]] QJsonObject toCompactJson(const StatusDocument& document);

} // namespace Status
