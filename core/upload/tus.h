#pragma once

// tus 1.0.0 vocabulary shared by the client engine and the server: header names, the
// Upload-Metadata encoding and the capabilities a server advertises with OPTIONS.

#include "core/upload/checksum.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Upload {

inline constexpr char kTusVersion[] = "1.0.0";
inline constexpr char kOffsetContentType[] = "application/offset+octet-stream";
// Our server's whole-object SHA-256 (hex) on a finished upload; not part of tus.
inline constexpr char kSha256Header[] = "OneStream-Upload-Sha256";
// tus 460 Checksum Mismatch.
inline constexpr int kChecksumMismatch = 460;

// "key base64(value),key2 base64(value2)"; keys must be ASCII without spaces or commas.
[[nodiscard]] QByteArray encodeMetadata(const QMap<QString, QString>& metadata);
// Parses Upload-Metadata; nullopt when malformed.
[[nodiscard]] std::optional<QMap<QString, QString>> decodeMetadata(const QByteArray& header);

// "Upload-Checksum: <algorithm> <base64 digest>".
struct ChecksumHeader
{
    ChecksumAlgorithm algorithm = ChecksumAlgorithm::None;
    QByteArray digest; // raw
};
[[nodiscard]] std::optional<ChecksumHeader> parseChecksumHeader(const QByteArray& header);
[[nodiscard]] QByteArray formatChecksumHeader(ChecksumAlgorithm algorithm,
                                              const QByteArray& digest);

// What a server's OPTIONS answer advertised.
struct ServerCapabilities
{
    bool probed = false;
    QStringList extensions;             // Tus-Extension
    QList<ChecksumAlgorithm> checksums; // Tus-Checksum-Algorithm, known ones only
    qint64 maxSizeBytes = -1;           // Tus-Max-Size, -1 when absent
    [[nodiscard]] bool has(const QString& extension) const
    {
        return extensions.contains(extension);
    }
    // The algorithm to use for per-chunk checksums given a preference order; None when the
    // server offers no checksum extension.
    [[nodiscard]] ChecksumAlgorithm pickChecksum(const QList<ChecksumAlgorithm>& preferred) const;
};

// The next chunk's size after a chunk of chunkBytes went through whole in elapsedMs: a chunk
// faster than growBelowMs grows towards what the link moves in growBelowMs (at least doubling,
// at most eightfold per step, never past ceilingBytes), so that a fast link soon pays the
// per-request cost (the server's fsync, a round trip) rarely, while a slow link keeps chunks
// (and what a cut connection may cost) at about growBelowMs of transfer.
[[nodiscard]] qint64 nextChunkBytes(qint64 chunkBytes, qint64 elapsedMs, qint64 growBelowMs,
                                    qint64 ceilingBytes);

[[nodiscard]] ServerCapabilities parseCapabilities(const QByteArray& extensionHeader,
                                                   const QByteArray& checksumHeader,
                                                   const QByteArray& maxSizeHeader);

} // namespace Upload
