#pragma once

// "Export a support bundle": the app's settings and recent logs in one JSON file a person can
// attach to a support request, with every secret removed first (tokens, passwords, keys,
// Authorization headers, stream keys). Blocking file I/O: call it off the GUI thread.

#include "core/result.h"

#include <QString>
#include <QVariantMap>

namespace Support {

inline constexpr qint64 kBundleMaxLogBytes = 1024 * 1024; // the tail of each log file

// Replaces secret values in one line of log text with "[removed]".
[[nodiscard]] QString redactSecrets(QString text);

// True for a settings key whose value must never leave the machine.
[[nodiscard]] bool isSecretKey(const QString& key);

struct SupportBundleInput
{
    QString appVersion;
    QVariantMap settings;
    QString logDir; // every *.log file in it (not recursive); may be empty
};

// Writes the bundle to filePath (a temporary name, then renamed). Returns the number of log
// files included.
[[nodiscard]] Core::Result<int> writeSupportBundle(const SupportBundleInput& input,
                                                   const QString& filePath);

} // namespace Support
