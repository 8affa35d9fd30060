#include "core/upload/bandwidthlimiter.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace Upload {

void BandwidthLimiter::setBytesPerSecond(qint64 bytesPerSecond)
{
    m_bytesPerSecond = std::max<qint64>(0, bytesPerSecond);
    m_nextFree = {};
}

std::chrono::milliseconds BandwidthLimiter::reserve(qint64 bytes)
{
    if (m_bytesPerSecond <= 0)
        return std::chrono::milliseconds(0);
    using namespace std::chrono;
    const auto now = steady_clock::now();
    const auto start = std::max(now, m_nextFree);
    m_nextFree = start + microseconds(bytes * 1'000'000 / m_bytesPerSecond);
    return duration_cast<milliseconds>(start - now);
}

qint64 BandwidthLimiter::suggestedChunkBytes() const
{
    if (m_bytesPerSecond <= 0)
        return 0;
    return std::max<qint64>(16 * 1024, m_bytesPerSecond / 4);
}

qint64 parseRate(const QString& text, bool* ok)
{
    QString value = text.trimmed();
    double factor = 1;
    if (!value.isEmpty()) {
        const QChar unit = value.back().toUpper();
        if (unit == QLatin1Char('K'))
            factor = 1024.0;
        else if (unit == QLatin1Char('M'))
            factor = 1024.0 * 1024;
        else if (unit == QLatin1Char('G'))
            factor = 1024.0 * 1024 * 1024;
        if (factor > 1)
            value.chop(1);
    }
    bool numberOk = false;
    const double number = value.toDouble(&numberOk);
    const bool valid = numberOk && number > 0 && std::isfinite(number);
    if (ok)
        *ok = valid;
    return valid ? static_cast<qint64>(number * factor) : 0;
}

} // namespace Upload
