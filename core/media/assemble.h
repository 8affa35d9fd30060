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

// The same into one HLS/CMAF media playlist (a ladder rendition): segments are that
// rendition's playlists from each chunk; hlsSegmentSeconds as in the ladder preset.
[[nodiscard]] Core::Status assembleHlsRendition(const QStringList& segments, const QString& source,
                                                const QString& playlist, double hlsSegmentSeconds,
                                                const std::atomic<bool>* cancel = nullptr);

// Finishes a ladder encoded in chunks (each chunk a video-only ladder directory): joins every
// rendition across the chunks with the audio encoded once, writes the master playlist and the
// posters into outputDir. Returns the files written (master first).
[[nodiscard]] Core::Result<QStringList> finishLadderChunks(const QStringList& chunkDirs,
                                                           const QString& source,
                                                           const QString& outputDir,
                                                           const std::atomic<bool>* cancel);

} // namespace Media
