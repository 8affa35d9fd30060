#include "core/media/encoderprobe.h"

#include "core/media/videoencoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Media {

namespace {

bool builtForThisOs(HardwareKind kind)
{
    switch (kind) {
    case HardwareKind::Amf:
    case HardwareKind::MediaFoundation:
#ifdef Q_OS_WIN
        return true;
#else
        return false;
#endif
    case HardwareKind::VideoToolbox:
#ifdef Q_OS_MACOS
        return true;
#else
        return false;
#endif
    default:
        return true;
    }
}

// Turns the failure of a test encode into words a creator can act on.
QString reasonFor(const EncoderDescriptor& descriptor, const Core::Error& error)
{
    const QString detail = error.detail;
    if (detail.startsWith(QLatin1String("no device")) ||
        detail.startsWith(QLatin1String("not built")))
        return detail;
    switch (error.native) {
    case AVERROR(ENOSYS):
        return QStringLiteral("driver too old or feature unsupported: ") + detail;
    case AVERROR(ENOMEM):
        return descriptor.isHardware()
                   ? QStringLiteral("session limit reached or out of GPU memory: ") + detail
                   : QStringLiteral("out of memory: ") + detail;
    case AVERROR(EINVAL):
        return QStringLiteral("feature unsupported (the preset's settings were rejected): ") +
               detail;
    case AVERROR_EXTERNAL:
    case AVERROR(EIO):
        return QStringLiteral("no device or the driver failed: ") + detail;
    default:
        break;
    }
    return QStringLiteral("test encode failed: ") + detail;
}

Av::Frame testFrame(const EncoderSettings& settings, int index)
{
    Av::Frame frame = Av::makeFrame();
    if (!frame)
        return frame;
    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = settings.width;
    frame->height = settings.height;
    if (av_frame_get_buffer(frame.get(), 0) < 0)
        return {};
    for (int plane = 0; plane < 3; ++plane) {
        const int w = plane ? (settings.width + 1) / 2 : settings.width;
        const int h = plane ? (settings.height + 1) / 2 : settings.height;
        for (int y = 0; y < h; ++y) {
            uint8_t* row = frame->data[plane] + ptrdiff_t(y) * frame->linesize[plane];
            for (int x = 0; x < w; ++x)
                row[x] = plane ? 128 : uint8_t((x + y + index * 4) & 0xff);
        }
    }
    frame->pts = index;
    return frame;
}

QString environmentOf(const QString& fingerprint)
{
    // The fingerprint ends with the probe settings; what comes before names app and drivers.
    return fingerprint.section(QLatin1Char('|'), 0, -2);
}

QString cacheKey(const EncoderProbeOptions& options)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(driverFingerprint(options).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

QJsonObject toJson(const EncoderAvailability& entry)
{
    return QJsonObject{{QStringLiteral("available"), entry.available},
                       {QStringLiteral("reason"), entry.reason},
                       {QStringLiteral("probeMs"), entry.probeMs}};
}

QJsonObject readCacheFile(const QString& path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Cached answers for exactly these encoders under the current key, or nothing.
QList<EncoderAvailability> readCache(std::span<const EncoderDescriptor> descriptors,
                                     const EncoderProbeOptions& options)
{
    if (options.refresh)
        return {};
    const QJsonObject encoders = readCacheFile(options.cachePath)
                                     .value(QStringLiteral("keys"))
                                     .toObject()
                                     .value(cacheKey(options))
                                     .toObject()
                                     .value(QStringLiteral("encoders"))
                                     .toObject();
    QList<EncoderAvailability> entries;
    for (const EncoderDescriptor& descriptor : descriptors) {
        if (!encoders.contains(descriptor.id))
            return {};
        const QJsonObject object = encoders.value(descriptor.id).toObject();
        entries.append({descriptor.id, object.value(QStringLiteral("available")).toBool(),
                        object.value(QStringLiteral("reason")).toString(),
                        object.value(QStringLiteral("probeMs")).toInt(), true});
    }
    return entries;
}

// Merges new answers in; entries from another app or driver version are dropped.
void writeCache(const EncoderProbeOptions& options, const QList<EncoderAvailability>& results)
{
    if (options.cachePath.isEmpty())
        return;
    QDir().mkpath(QFileInfo(options.cachePath).absolutePath());
    const QString fingerprint = driverFingerprint(options);
    const QJsonObject old =
        readCacheFile(options.cachePath).value(QStringLiteral("keys")).toObject();
    QJsonObject keys;
    for (auto it = old.begin(); it != old.end(); ++it) {
        const QString oldFingerprint =
            it.value().toObject().value(QStringLiteral("fingerprint")).toString();
        if (environmentOf(oldFingerprint) == environmentOf(fingerprint))
            keys.insert(it.key(), it.value());
    }
    const QString key = cacheKey(options);
    QJsonObject encoders = keys.value(key).toObject().value(QStringLiteral("encoders")).toObject();
    for (const EncoderAvailability& entry : results)
        encoders.insert(entry.id, toJson(entry));
    keys.insert(key, QJsonObject{{QStringLiteral("fingerprint"), fingerprint},
                                 {QStringLiteral("encoders"), encoders}});
    QSaveFile file(options.cachePath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}}).toJson());
    (void)file.commit(); // a cache that cannot be written is only slower next time
}

} // namespace

QString driverFingerprint(const EncoderProbeOptions& options)
{
    QStringList parts{options.appVersion, QString::fromLatin1(LIBAVCODEC_IDENT)};
    QFile nvidia(QStringLiteral("/proc/driver/nvidia/version"));
    if (nvidia.open(QIODevice::ReadOnly))
        parts.append(QString::fromUtf8(nvidia.readLine()).trimmed());
    const QStringList nodes =
        QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*")}, QDir::System);
    parts.append(nodes.join(QLatin1Char(',')));
    for (const char* module : {"i915", "amdgpu", "xe"}) {
        QFile version(QStringLiteral("/sys/module/%1/srcversion").arg(QLatin1String(module)));
        if (version.open(QIODevice::ReadOnly))
            parts.append(QLatin1String(module) + QLatin1Char('=') +
                         QString::fromUtf8(version.readAll()).trimmed());
    }
    const EncoderSettings& s = options.settings;
    parts.append(QStringLiteral("%1x%2@%3/%4 g%5 b%6 crf%7 kbps%8")
                     .arg(s.width)
                     .arg(s.height)
                     .arg(s.frameRateNum)
                     .arg(s.frameRateDen)
                     .arg(s.gopFrames)
                     .arg(s.bFrames)
                     .arg(s.crf)
                     .arg(s.bitrateKbps));
    return parts.join(QLatin1Char('|'));
}

EncoderAvailability testEncode(const EncoderDescriptor& descriptor, const EncoderSettings& settings,
                               int frames, std::chrono::steady_clock::time_point deadline)
{
    const auto started = std::chrono::steady_clock::now();
    EncoderAvailability result;
    result.id = descriptor.id;
    auto finish = [&](bool available, QString reason) {
        result.available = available;
        result.reason = std::move(reason);
        result.probeMs = int(std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now() - started)
                                 .count());
        return result;
    };
    if (!builtForThisOs(descriptor.hardware))
        return finish(false, QStringLiteral("not supported on this operating system"));
    std::unique_ptr<IVideoEncoder> encoder = descriptor.factory ? descriptor.factory() : nullptr;
    if (!encoder)
        return finish(false, QStringLiteral("no implementation in this build"));
    if (auto opened = encoder->open(settings); !opened)
        return finish(false, reasonFor(descriptor, opened.error()));
    Av::Packet packet = Av::makePacket();
    int packets = 0;
    auto drain = [&]() -> Core::Status {
        for (;;) {
            auto state = encoder->receive(packet.get());
            if (!state)
                return state.error();
            if (*state != ReceiveState::Packet)
                return {};
            ++packets;
            av_packet_unref(packet.get());
        }
    };
    for (int i = 0; i < frames; ++i) {
        if (std::chrono::steady_clock::now() > deadline)
            return finish(false, QStringLiteral("test encode timed out"));
        Av::Frame frame = testFrame(settings, i);
        if (!frame)
            return finish(false, QStringLiteral("out of memory"));
        if (auto sent = encoder->send(frame.get()); !sent)
            return finish(false, reasonFor(descriptor, sent.error()));
        if (auto drained = drain(); !drained)
            return finish(false, reasonFor(descriptor, drained.error()));
    }
    if (auto sent = encoder->send(nullptr); !sent)
        return finish(false, reasonFor(descriptor, sent.error()));
    if (auto drained = drain(); !drained)
        return finish(false, reasonFor(descriptor, drained.error()));
    if (packets == 0)
        return finish(false, QStringLiteral("test encode produced no output"));
    return finish(true, QString());
}

QList<EncoderAvailability> probeEncoders(std::span<const EncoderDescriptor> descriptors,
                                         const EncoderProbeOptions& options)
{
    QList<EncoderAvailability> cached = readCache(descriptors, options);
    if (!cached.isEmpty())
        return cached;

    // Each test runs on its own thread; a driver that hangs inside a call we cannot interrupt
    // is abandoned at the deadline (its thread keeps only shared state alive) and reported.
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable done;
        QList<EncoderAvailability> results;
        int finished = 0;
        int softwareFinished = 0;
    };
    auto shared = std::make_shared<Shared>();
    const auto deadline = std::chrono::steady_clock::now() + options.timeLimit;
    for (const EncoderDescriptor& descriptor : descriptors) {
        EncoderAvailability pending;
        pending.id = descriptor.id;
        pending.reason = QStringLiteral("test encode timed out");
        shared->results.append(pending);
    }
    // The time limit is for hardware, whose drivers can hang. Software encoders cannot, and on a
    // loaded machine they may just be slow: they are always waited for, so that a busy CPU
    // never makes libx264 look unavailable.
    const int software = int(std::count_if(descriptors.begin(), descriptors.end(),
                                           [](const auto& d) { return !d.isHardware(); }));
    for (qsizetype i = 0; i < qsizetype(descriptors.size()); ++i) {
        const bool isSoftware = !descriptors[size_t(i)].isHardware();
        const auto limit = isSoftware ? std::chrono::steady_clock::time_point::max() : deadline;
        std::thread([shared, descriptor = descriptors[size_t(i)], i, settings = options.settings,
                     frames = options.frames, limit, isSoftware] {
            EncoderAvailability result = testEncode(descriptor, settings, frames, limit);
            const std::lock_guard lock(shared->mutex);
            shared->results[i] = std::move(result);
            ++shared->finished;
            if (isSoftware)
                ++shared->softwareFinished;
            shared->done.notify_all();
        }).detach();
    }
    std::unique_lock lock(shared->mutex);
    const bool complete =
        shared->done.wait_until(lock, deadline + std::chrono::milliseconds(500),
                                [&] { return shared->finished == qsizetype(descriptors.size()); });
    shared->done.wait(lock, [&] { return shared->softwareFinished == software; });
    QList<EncoderAvailability> results = shared->results;
    lock.unlock();
    if (complete)
        writeCache(options, results);
    return results;
}

std::future<QList<EncoderAvailability>> probeEncodersAsync(QList<EncoderDescriptor> descriptors,
                                                           EncoderProbeOptions options)
{
    return std::async(std::launch::async,
                      [descriptors = std::move(descriptors), options = std::move(options)] {
                          return probeEncoders(descriptors, options);
                      });
}

} // namespace Media
