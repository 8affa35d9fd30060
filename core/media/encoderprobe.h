#pragma once

// Decides which encoders really work here: a test encode of a few frames at the preset's size,
// pixel format and rate control, each on its own worker thread with a time limit. Results are
// cached per driver and app version. Blocking: call it off the GUI thread (the GUI runs it in
// its encode pool; the CLI simply waits).

#include "core/media/encoders.h"

#include <QString>

#include <chrono>
#include <future>
#include <span>

namespace Media {

struct EncoderProbeOptions
{
    EncoderSettings settings; // the preset's size/rate control; frame rate and GOP included
    int frames = 8;           // frames to push through each encoder
    std::chrono::milliseconds timeLimit{15000};
    QString cachePath;    // empty: no cache
    bool refresh = false; // ignore the cache and re-test
    QString appVersion;
};

// What the cache key is built from: app version, libavcodec build, GPU driver versions,
// render nodes, and the probe settings.
[[nodiscard]] QString driverFingerprint(const EncoderProbeOptions& options);

// Runs one test encode now (no cache, on the calling thread).
[[nodiscard]] EncoderAvailability testEncode(const EncoderDescriptor& descriptor,
                                             const EncoderSettings& settings, int frames,
                                             std::chrono::steady_clock::time_point deadline);

// All candidates, in parallel, bounded by options.timeLimit; cached when a cache path is set.
[[nodiscard]] QList<EncoderAvailability>
probeEncoders(std::span<const EncoderDescriptor> descriptors, const EncoderProbeOptions& options);

// The same on a worker thread: what the GUI calls, so that its thread never blocks. The
// descriptors are copied (values, not shared objects, cross threads).
[[nodiscard]] std::future<QList<EncoderAvailability>>
probeEncodersAsync(QList<EncoderDescriptor> descriptors, EncoderProbeOptions options);

} // namespace Media
