#pragma once

// A file's identity for resuming: absolute path, size, modification time and a SHA-256 of its
// first and last MiB. A file whose fingerprint changed is never appended to an old upload.

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Upload {

struct Fingerprint
{
    QString path; // absolute
    qint64 sizeBytes = -1;
    qint64 modifiedMs = 0;     // since the epoch
    QByteArray edgesSha256Hex; // SHA-256 of the first MiB followed by the last MiB

    [[nodiscard]] bool isValid() const { return sizeBytes >= 0 && !edgesSha256Hex.isEmpty(); }
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Fingerprint fromJson(const QByteArray& json);
    bool operator==(const Fingerprint&) const = default;
};

// Reads at most 2 MiB of the file (in 256 KiB buffers).
[[nodiscard]] Core::Result<Fingerprint> fingerprintFile(const QString& path);

} // namespace Upload
