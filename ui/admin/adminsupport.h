#pragma once

// Small pieces shared by the Admin tabs: translated text for failed API calls, translated
// role and status names, and writing an export to a file off the GUI thread.

#include "core/api/apiclient.h"

#include <QString>

#include <functional>

class QObject;

namespace Gui::AdminText {

// "Your role does not allow this." (403), "Cannot reach the server." ... plus the server's
// detail for the log-minded, for a failed call (network error or non-2xx answer).
[[nodiscard]] QString failure(const Core::Result<Api::ApiResponse>& reply);
[[nodiscard]] QString failure(int httpStatus, const QString& detail);
[[nodiscard]] QString role(const QString& role);
// A comma-separated list of roles ("owner, editor").
[[nodiscard]] QString roles(const QString& roles);
[[nodiscard]] QString status(const QString& status);
// An ISO 8601 time as local short date and time; other text unchanged.
[[nodiscard]] QString time(const QString& iso);

} // namespace Gui::AdminText

namespace Gui {

// Writes bytes to path on a worker thread; done(errorText or empty) runs on guard's thread.
void writeFileAsync(const QString& path, const QByteArray& bytes, QObject* guard,
                    std::function<void(QString error)> done);

} // namespace Gui
