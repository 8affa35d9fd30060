#pragma once

// Small helpers shared by the status service's files: times as Statuspage writes them, ids,
// and the vocabularies the API accepts.

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <string>

namespace Server::StatusUtil {

// "2026-11-20T00:10:00.000Z"
[[nodiscard]] QString isoMs(long long ms);
[[nodiscard]] QJsonValue isoOrNull(std::optional<long long> ms);
// Any ISO 8601 time with an offset or Z; empty when absent or invalid.
[[nodiscard]] std::optional<long long> parseIso(const QJsonValue& value);
[[nodiscard]] long long nowMs();
// 12 lower-case letters and digits, like Statuspage ids.
[[nodiscard]] std::string newId();

[[nodiscard]] bool isComponentStatus(const QString& value);
[[nodiscard]] bool isIncidentStatus(const QString& value);    // investigating..resolved
[[nodiscard]] bool isMaintenanceStatus(const QString& value); // scheduled..completed
[[nodiscard]] bool isImpact(const QString& value);            // none, minor, major, critical
[[nodiscard]] int impactRank(const QString& impact);
[[nodiscard]] int componentStatusRank(const QString& status);

[[nodiscard]] inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}
[[nodiscard]] inline std::string ss(const QString& text)
{
    return text.toStdString();
}

} // namespace Server::StatusUtil
