#include "core/upload/tus.h"

#include <algorithm>
#include <limits>

namespace Upload {

QByteArray encodeMetadata(const QMap<QString, QString>& metadata)
{
    QByteArray out;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        if (!out.isEmpty())
            out += ',';
        out += it.key().toLatin1();
        if (!it.value().isEmpty())
            out += ' ' + it.value().toUtf8().toBase64();
    }
    return out;
}

std::optional<QMap<QString, QString>> decodeMetadata(const QByteArray& header)
{
    QMap<QString, QString> metadata;
    if (header.trimmed().isEmpty())
        return metadata;
    for (const QByteArray& rawPair : header.split(',')) {
        const QByteArray pair = rawPair.trimmed();
        const qsizetype space = pair.indexOf(' ');
        const QByteArray key = space < 0 ? pair : pair.left(space);
        if (key.isEmpty() || metadata.contains(QString::fromLatin1(key)))
            return std::nullopt;
        QString value;
        if (space >= 0) {
            const auto decoded = QByteArray::fromBase64Encoding(
                pair.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return std::nullopt;
            value = QString::fromUtf8(*decoded);
        }
        metadata.insert(QString::fromLatin1(key), value);
    }
    return metadata;
}

std::optional<ChecksumHeader> parseChecksumHeader(const QByteArray& header)
{
    const QByteArray trimmed = header.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space <= 0)
        return std::nullopt;
    ChecksumHeader result;
    result.algorithm = checksumFromName(trimmed.left(space).toStdString());
    const auto decoded = QByteArray::fromBase64Encoding(trimmed.mid(space + 1).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    result.digest = *decoded;
    return result;
}

QByteArray formatChecksumHeader(ChecksumAlgorithm algorithm, const QByteArray& digest)
{
    const std::string_view name = checksumName(algorithm);
    return QByteArray(name.data(), static_cast<qsizetype>(name.size())) + ' ' + digest.toBase64();
}

ChecksumAlgorithm ServerCapabilities::pickChecksum(const QList<ChecksumAlgorithm>& preferred) const
{
    if (!has(QStringLiteral("checksum")))
        return ChecksumAlgorithm::None;
    for (ChecksumAlgorithm algorithm : preferred) {
        if (checksums.contains(algorithm))
            return algorithm;
    }
    return ChecksumAlgorithm::None;
}

ServerCapabilities parseCapabilities(const QByteArray& extensionHeader,
                                     const QByteArray& checksumHeader,
                                     const QByteArray& maxSizeHeader)
{
    ServerCapabilities capabilities;
    capabilities.probed = true;
    for (const QByteArray& extension : extensionHeader.split(',')) {
        if (!extension.trimmed().isEmpty())
            capabilities.extensions.append(QString::fromLatin1(extension.trimmed()));
    }
    for (const QByteArray& name : checksumHeader.split(',')) {
        const ChecksumAlgorithm algorithm = checksumFromName(name.trimmed().toStdString());
        if (algorithm != ChecksumAlgorithm::None)
            capabilities.checksums.append(algorithm);
    }
    bool ok = false;
    const qint64 maxSize = maxSizeHeader.trimmed().toLongLong(&ok);
    capabilities.maxSizeBytes = ok ? maxSize : -1;
    return capabilities;
}

qint64 nextChunkBytes(qint64 chunkBytes, qint64 elapsedMs, qint64 growBelowMs, qint64 ceilingBytes)
{
    if (elapsedMs >= growBelowMs || chunkBytes >= ceilingBytes)
        return std::min(chunkBytes, ceilingBytes);
    constexpr qint64 kMaxStep = 8;
    const qint64 most = chunkBytes > ceilingBytes / kMaxStep ? ceilingBytes : chunkBytes * kMaxStep;
    // chunkBytes * growBelowMs / elapsedMs, in floating point so that it cannot overflow.
    const double byRate = elapsedMs <= 0
                              ? static_cast<double>(most)
                              : static_cast<double>(chunkBytes) * static_cast<double>(growBelowMs) /
                                    static_cast<double>(elapsedMs);
    const qint64 wanted = byRate >= static_cast<double>(most) ? most : static_cast<qint64>(byRate);
    const qint64 doubled = chunkBytes > most / 2 ? most : chunkBytes * 2;
    return std::max(wanted, doubled);
}

} // namespace Upload
