#include "server/statusutil.h"

#include <QStringList>

#include <random>

namespace Server::StatusUtil {

QString isoMs(long long ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue isoOrNull(std::optional<long long> ms)
{
    return ms ? QJsonValue(isoMs(*ms)) : QJsonValue(QJsonValue::Null);
}

std::optional<long long> parseIso(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    // A time without an offset is ambiguous: refuse it rather than guess a zone.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

long long nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::string newId()
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    thread_local std::mt19937_64 random{std::random_device{}()};
    std::string id(12, 'a');
    for (char& c : id)
        c = kAlphabet[random() % (sizeof(kAlphabet) - 1)];
    return id;
}

namespace {
const QStringList kComponentStatuses{
    QStringLiteral("operational"), QStringLiteral("degraded_performance"),
    QStringLiteral("partial_outage"), QStringLiteral("major_outage"),
    QStringLiteral("under_maintenance")};
const QStringList kImpacts{QStringLiteral("none"), QStringLiteral("minor"), QStringLiteral("major"),
                           QStringLiteral("critical")};
} // namespace

bool isComponentStatus(const QString& value)
{
    return kComponentStatuses.contains(value);
}

bool isIncidentStatus(const QString& value)
{
    return value == QLatin1String("investigating") || value == QLatin1String("identified") ||
           value == QLatin1String("monitoring") || value == QLatin1String("resolved");
}

bool isMaintenanceStatus(const QString& value)
{
    return value == QLatin1String("scheduled") || value == QLatin1String("in_progress") ||
           value == QLatin1String("verifying") || value == QLatin1String("completed");
}

bool isImpact(const QString& value)
{
    return kImpacts.contains(value);
}

int impactRank(const QString& impact)
{
    return static_cast<int>(kImpacts.indexOf(impact));
}

int componentStatusRank(const QString& status)
{
    // under_maintenance ranks below degraded: it is planned, not broken.
    if (status == QLatin1String("under_maintenance"))
        return 1;
    if (status == QLatin1String("degraded_performance"))
        return 2;
    if (status == QLatin1String("partial_outage"))
        return 3;
    if (status == QLatin1String("major_outage"))
        return 4;
    return 0;
}

} // namespace Server::StatusUtil
