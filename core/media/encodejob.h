#pragma once

// Encode jobs: the OneStream conformance MP4 and the adaptive HLS/CMAF ladder. A job runs on
// the calling thread (the GUI's encode pool or the CLI's main thread), checks the cancel flag
// every frame (the same flag is wired into libav's interrupt callback), reports progress at
// most ~10 times a second, and on failure or cancel removes its partial outputs.

#include "core/media/encoders.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>

namespace Media {

enum class Preset
{
    Invalid = 0,
    OneStream, // DESIGN.md §3 conformance MP4
    Ladder,    // HLS with fMP4/CMAF segments, four renditions
};

[[nodiscard]] QString presetName(Preset preset);
[[nodiscard]] Preset presetFromName(const QString& name);

struct EncodeProgress
{
    double percent = 0;
    double fps = 0;
    double speed = 0; // media seconds per wall second
    std::chrono::seconds remaining{0};
    long long frames = 0;
    double mediaSeconds = 0;
};

struct EncodeOptions
{
    QString input;
    QString output; // MP4 path (onestream) or output directory (ladder)
    Preset preset = Preset::OneStream;
    QString encoder = QStringLiteral("auto");
    // Empty: builtinEncoders(). Tests inject fakes here.
    QList<EncoderDescriptor> descriptors;
    // Empty: decided by a test encode now (cached at encoderCachePath when set).
    QList<EncoderAvailability> availability;
    QString encoderCachePath;
    QString appVersion;
    QString speedPreset = QStringLiteral("veryfast");
    int crf = 21;
    int threads = 0;
    bool poster = true; // ladder: poster.jpg and candidates
    // Encode only [startSeconds, endSeconds) of the source (segments of a resumable job).
    // endSeconds <= 0: to the end.
    double startSeconds = 0;
    double endSeconds = 0;
    bool verify = true;       // onestream: probe the output against the rules before success
    bool includeAudio = true; // false: video only (segments of a resumable job)
    // With a CUDA/VAAPI encoder, keep frames on the GPU where the machine allows
    // (chooseFramePath); false: system-memory frames, uploaded by the encoder.
    bool gpuFramePath = true;
    std::function<void(const EncodeProgress&)> onProgress;
    const std::atomic<bool>* cancel = nullptr;
};

// What a finished job records.
struct EncodeRecord
{
    QString preset;
    QString input;
    QString output;
    QString encoderRequested;
    QString encoderUsed;
    bool fellBack = false;
    QStringList notices; // visible: fallbacks and why
    double wallSeconds = 0;
    double mediaSeconds = 0;
    double speed = 0;
    double fps = 0;
    long long frames = 0;
    QJsonObject settings;
    QJsonObject conformance;
    QStringList outputs; // every file written

    [[nodiscard]] QJsonObject toJson() const;
};

[[nodiscard]] Core::Result<EncodeRecord> encode(const EncodeOptions& options);

// Ladder rung: a rendition no taller than the source (never upscaled).
struct Rendition
{
    int width = 0;
    int height = 0;
    int bitrateKbps = 0;
};
// Pure: the renditions for a source size (1080p 5000, 720p 3000, 480p 1500, 360p 800 kb/s),
// widths rounded to even and aspect kept; rungs above the source height are dropped (the
// smallest rung is kept, downscaled if the source is smaller still... never upscaled).
[[nodiscard]] QList<Rendition> ladderFor(int sourceWidth, int sourceHeight);

// One entry of a master playlist.
struct LadderVariant
{
    Rendition rendition;
    int level = 0;    // H.264 level_idc (e.g. 31), for CODECS
    QString playlist; // relative URI, "720p/stream.m3u8"
};
// Writes an HLS master playlist with BANDWIDTH, AVERAGE-BANDWIDTH, RESOLUTION, FRAME-RATE and
// CODECS for every variant.
[[nodiscard]] Core::Status writeMasterPlaylist(const QString& path,
                                               const QList<LadderVariant>& variants,
                                               double frameRate, bool audio);
// The HLS segment length of the ladder: 4 GOPs of half the frame rate (2 s at 30 fps).
[[nodiscard]] double ladderSegmentSeconds(double frameRate);

} // namespace Media
