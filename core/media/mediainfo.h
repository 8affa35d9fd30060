#pragma once

// What the probe learns about a media file, and the OneStream upload-format conformance rules
// (DESIGN.md §3). Plain values: no libav types, safe to pass across threads.

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <cstdint>

namespace Media {

enum class StreamKind
{
    Unknown = 0,
    Video,
    Audio,
    Subtitle,
    Data,
};

struct StreamInfo
{
    int index = -1;
    StreamKind kind = StreamKind::Unknown;
    QString codec;   // "h264", "aac"
    QString profile; // "High", "LC"
    int level = 0;   // codec level (H.264 level_idc, e.g. 31)
    std::int64_t bitrateBps = 0;
    // Video
    int width = 0;
    int height = 0;
    QString pixelFormat;  // "yuv420p"
    double frameRate = 0; // frames per second (average, else real base rate)
    int frameRateNum = 0; // exact rational, when known
    int frameRateDen = 0;
    int rotationDegrees = 0; // display matrix rotation, 0/90/180/270
    QString fieldOrder;      // "progressive", "tt", "bb", "tb", "bt", "unknown"
    bool interlaced = false;
    QString colorTransfer; // "bt709", "smpte2084", "arib-std-b67"
    QString colorPrimaries;
    bool hdr = false;               // PQ or HLG transfer
    bool cabac = false;             // H.264 entropy coding (from the first SPS/PPS when known)
    int maxConsecutiveBFrames = -1; // H.264 has_b_frames hint; -1 when unknown
    // Audio
    int sampleRate = 0;
    int channels = 0;
    QString channelLayout; // "stereo", "5.1"
    QString sampleFormat;
};

struct MediaInfo
{
    QString path;
    QString container;  // long-ish demuxer name, "mov,mp4,m4a,3gp,3g2,mj2"
    QString majorBrand; // MP4 major_brand when present
    std::chrono::milliseconds duration{0};
    std::int64_t sizeBytes = 0;
    std::int64_t bitrateBps = 0;
    bool faststart = false;   // MP4: moov before mdat
    bool hasEditList = false; // MP4: an elst box in any track
    QList<StreamInfo> streams;

    [[nodiscard]] const StreamInfo* firstVideo() const;
    [[nodiscard]] const StreamInfo* firstAudio() const;
    [[nodiscard]] QJsonObject toJson() const;
};

// One rule of the OneStream upload format and whether the file passes it.
struct ConformanceRule
{
    QString id;   // stable, e.g. "video.profile"
    QString text; // English, for logs and the CLI
    bool passed = false;
    QString actual; // what the file has
};

struct ConformanceReport
{
    QList<ConformanceRule> rules;
    [[nodiscard]] bool conforms() const;
    [[nodiscard]] QStringList failedRuleIds() const;
    [[nodiscard]] QJsonObject toJson() const;
};

// GOP structure from scanning the video packets of a file (used by the conformance check of
// our own outputs; the probe alone does not read packets).
struct GopInfo
{
    int keyframes = 0;
    int gopFrames = 0; // frames between keyframes when constant, else 0
    bool constantGop = false;
    bool closedGop = false; // no leading frames before a keyframe in presentation order
    int maxConsecutiveBFrames = 0;
    QList<double> keyframeTimesSeconds;
};

// Checks DESIGN.md §3 against a probe result (and, when given, a GOP scan).
[[nodiscard]] ConformanceReport checkConformance(const MediaInfo& info,
                                                 const GopInfo* gop = nullptr);

[[nodiscard]] QString streamKindName(StreamKind kind);

} // namespace Media
