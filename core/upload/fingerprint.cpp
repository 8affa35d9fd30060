#include "core/upload/fingerprint.h"

#include "core/upload/checksum.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace Upload {
namespace {

constexpr qint64 kEdgeBytes = 1024 * 1024;

bool hashRange(QFile& file, qint64 from, qint64 length, Hasher& hasher)
{
    if (!file.seek(from))
        return false;
    std::array<char, 256 * 1024> buffer{};
    while (length > 0) {
        const qint64 n =
            file.read(buffer.data(), std::min<qint64>(length, static_cast<qint64>(buffer.size())));
        if (n <= 0)
            return false;
        hasher.add(buffer.data(), static_cast<std::size_t>(n));
        length -= n;
    }
    return true;
}

} // namespace

QByteArray Fingerprint::toJson() const
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("path"), path},
                           {QStringLiteral("size"), QString::number(sizeBytes)},
                           {QStringLiteral("mtime_ms"), QString::number(modifiedMs)},
                           {QStringLiteral("edges_sha256"), QString::fromLatin1(edgesSha256Hex)}})
        .toJson(QJsonDocument::Compact);
}

Fingerprint Fingerprint::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    Fingerprint fingerprint;
    fingerprint.path = object.value(QStringLiteral("path")).toString();
    fingerprint.sizeBytes =
        object.value(QStringLiteral("size")).toString(QStringLiteral("-1")).toLongLong();
    fingerprint.modifiedMs = object.value(QStringLiteral("mtime_ms")).toString().toLongLong();
    fingerprint.edgesSha256Hex = object.value(QStringLiteral("edges_sha256")).toString().toLatin1();
    return fingerprint;
}

Core::Result<Fingerprint> fingerprintFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Core::makeError(Core::ErrorCode::NotFound,
                               QStringLiteral("no such file: %1").arg(path));
    }
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return Core::makeError(Core::ErrorCode::Io,
                               QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    Fingerprint fingerprint;
    fingerprint.path = info.absoluteFilePath();
    fingerprint.sizeBytes = file.size();
    fingerprint.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    Hasher hasher(ChecksumAlgorithm::Sha256);
    const qint64 head = std::min(kEdgeBytes, fingerprint.sizeBytes);
    const qint64 tailStart = std::max(head, fingerprint.sizeBytes - kEdgeBytes);
    if (!hashRange(file, 0, head, hasher) ||
        !hashRange(file, tailStart, fingerprint.sizeBytes - tailStart, hasher)) {
        return Core::makeError(Core::ErrorCode::Io,
                               QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    fingerprint.edgesSha256Hex = hasher.finish().toHex();
    return fingerprint;
}

} // namespace Upload
