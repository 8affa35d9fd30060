#pragma once

// CSV as the user import reads it (client preview and server): one line into cells, RFC 4180
// quotes ("" inside quotes is one "), cells trimmed.

#include <QString>
#include <QStringList>

namespace Core {

[[nodiscard]] QStringList csvCells(const QString& line);

} // namespace Core
