#pragma once

// The JSON bodies of the server's GET /healthz and GET /readyz (docs/api/openapi.yaml).

#include "core/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Api {

struct HealthReport
{
    QString status;                // "alive", "ready" or "not-ready"
    QString version;               // server version
    QMap<QString, QString> checks; // readyz only: "database" -> "ok" | reason
    [[nodiscard]] bool ready() const { return status == QLatin1String("ready"); }
};

[[nodiscard]] Core::Result<HealthReport> parseHealthReport(const QByteArray& json);

} // namespace Api
