#pragma once

// Logging for the media module: one category, and libav's own log routed into it.

#include <QLoggingCategory>

namespace Media {

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

// Routes av_log into lcMedia (errors as warnings, warnings and info as debug). Call once from
// the composition root (app/); libav's log callback is process-wide.
void routeLibavLogging();

} // namespace Media
