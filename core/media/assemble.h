#pragma once

// Joins the video-only segments of a resumable encode into the final conformance MP4 (moov
// first, no edit lists), with the audio encoded once from the source in the same pass, packets
// interleaved by time. The result has the same format as an uninterrupted encode.

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace Media {

[[nodiscard]] Core::Status assembleSegments(const QStringList& segments, const QString& source,
                                            const QString& output,
                                            const std::atomic<bool>* cancel = nullptr);

} // namespace Media
