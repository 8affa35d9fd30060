#pragma once

// A global upload bandwidth cap shared by every running upload. Each chunk reserves its bytes
// before it is sent and waits the returned delay, so the average rate of all uploads together
// stays under the cap (a chunk itself goes at line speed; the engine keeps chunks small,
// about a quarter second's worth, while a cap is set).

#include <QtGlobal>

#include <chrono>

namespace Upload {

class BandwidthLimiter
{
public:
    // 0: unlimited.
    void setBytesPerSecond(qint64 bytesPerSecond);
    [[nodiscard]] qint64 bytesPerSecond() const { return m_bytesPerSecond; }
    [[nodiscard]] bool limited() const { return m_bytesPerSecond > 0; }

    // Reserves bytes now; returns how long to wait before sending them.
    [[nodiscard]] std::chrono::milliseconds reserve(qint64 bytes);
    // The largest chunk that keeps pacing smooth under the cap (0 when unlimited).
    [[nodiscard]] qint64 suggestedChunkBytes() const;

private:
    qint64 m_bytesPerSecond = 0;
    std::chrono::steady_clock::time_point m_nextFree{};
};

// Parses "5M", "500k", "1.5G", "123456" (bytes per second; k/M/G are powers of 1024).
[[nodiscard]] qint64 parseRate(const QString& text, bool* ok);

} // namespace Upload
