#include "core/api/healthreport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Api {

Core::Result<HealthReport> parseHealthReport(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Core::makeError(Core::ErrorCode::Protocol,
                               QStringLiteral("health response is not JSON: %1 at offset %2")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return Core::makeError(Core::ErrorCode::Protocol,
                               QStringLiteral("health response is not a JSON object"));
    }
    const QJsonObject obj = doc.object();
    const QJsonValue status = obj.value(QLatin1String("status"));
    if (!status.isString()) {
        return Core::makeError(Core::ErrorCode::Protocol,
                               QStringLiteral("health response has no \"status\" string"));
    }
    HealthReport report;
    report.status = status.toString();
    report.version = obj.value(QLatin1String("version")).toString();
    const QJsonObject checks = obj.value(QLatin1String("checks")).toObject();
    for (auto it = checks.begin(); it != checks.end(); ++it)
        report.checks.insert(it.key(), it.value().toString());
    return report;
}

} // namespace Api
