#pragma once

// Poster frames: samples the source at several points, scores each frame by luma contrast
// (rejecting black, white and flat frames), and writes the best one as a 1280x720 JPEG
// (aspect kept, letterboxed) plus a few candidates.

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace Media {

struct FrameScore
{
    double meanLuma = 0;   // 0..255
    double stddevLuma = 0; // contrast
    [[nodiscard]] bool usable() const;
    [[nodiscard]] double score() const;
};

// Pure: the score of a luma plane (subsampled).
[[nodiscard]] FrameScore scoreLuma(const unsigned char* luma, int width, int height, int stride);

// Writes poster.jpg and poster_candidate_N.jpg into directory; returns their paths (best first).
[[nodiscard]] Core::Result<QStringList> writePosters(const QString& input, const QString& directory,
                                                     const std::atomic<bool>* cancel = nullptr,
                                                     int candidates = 3);

} // namespace Media
