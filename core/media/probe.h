#pragma once

// Media::probe: what a file is, through libavformat. Every failure is a specific, stable
// ProbeFailure (for translation and for scripts), never a crash or a hang.

#include "core/media/mediainfo.h"
#include "core/result.h"

#include <QString>

namespace Media {

enum class ProbeFailure
{
    None = 0,
    NotFound,    // no such path
    IsDirectory, // a directory, not a file
    Unreadable,  // permission denied or I/O error
    EmptyFile,   // 0 bytes
    NotMedia,    // no demuxer recognises it (e.g. text renamed .mp4)
    Truncated,   // recognised container, but its index/header is missing or cut
    NoVideo,     // media, but without a video stream
    NoStreams,   // a container with no decodable stream
};

// Stable kebab-case name ("empty-file"), used as the prefix of Core::Error::detail.
[[nodiscard]] const char* probeFailureName(ProbeFailure failure);
// Recovers the ProbeFailure from an error returned by probe(); None when it is not one.
[[nodiscard]] ProbeFailure probeFailureOf(const Core::Error& error);

struct ProbeOptions
{
    bool requireVideo = true;
    bool scanGop = false; // read the video packets to fill GopInfo (slower)
};

struct ProbeResult
{
    MediaInfo info;
    GopInfo gop; // filled when ProbeOptions::scanGop
};

[[nodiscard]] Core::Result<ProbeResult> probeFile(const QString& path,
                                                  const ProbeOptions& options = {});
[[nodiscard]] Core::Result<MediaInfo> probe(const QString& path);

} // namespace Media
