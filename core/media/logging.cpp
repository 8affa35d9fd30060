#include "core/media/logging.h"

#include <cstdarg>
#include <cstdio>

extern "C" {
#include <libavutil/log.h>
}

namespace Media {

// Debug (libav warnings) is off unless QT_LOGGING_RULES="onestream.media.debug=true".
Q_LOGGING_CATEGORY(lcMedia, "onestream.media", QtInfoMsg)

namespace {

extern "C" void forwardLibavLog(void* avcl, int level, const char* format, va_list arguments)
{
    if (level > AV_LOG_WARNING)
        return;
    char line[1024] = {};
    int printPrefix = 1;
    av_log_format_line2(avcl, level, format, arguments, line, sizeof line, &printPrefix);
    const QString text = QString::fromUtf8(line).trimmed();
    if (text.isEmpty())
        return;
    if (level <= AV_LOG_ERROR)
        qCWarning(lcMedia).noquote() << text;
    else
        qCDebug(lcMedia).noquote() << text;
}

} // namespace

void routeLibavLogging()
{
    qputenv("SVT_LOG", "1"); // SVT-AV1 prints its banner unless told errors only
    av_log_set_callback(&forwardLibavLog);
}

} // namespace Media
