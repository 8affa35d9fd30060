#include "core/status/statusmodel.h"

#include <array>
#include <utility>

namespace Status {

namespace {

template <typename E, std::size_t N>
Tagged<E> lookup(const QString& raw, const std::array<std::pair<const char*, E>, N>& table)
{
    const QString key = raw.trimmed().toLower();
    for (const auto& [name, value] : table) {
        if (key == QLatin1String(name))
            return Tagged<E>{value, raw};
    }
    return Tagged<E>{E::Unknown, raw};
}

template <typename E, std::size_t N>
const char* nameOf(E value, const std::array<std::pair<const char*, E>, N>& table)
{
    for (const auto& [name, entry] : table) {
        if (entry == value)
            return name;
    }
    return "unknown";
}

constexpr std::array<std::pair<const char*, Indicator>, 5> kIndicators{{
    {"none", Indicator::None},
    {"minor", Indicator::Minor},
    {"major", Indicator::Major},
    {"critical", Indicator::Critical},
    {"maintenance", Indicator::Maintenance},
}};
constexpr std::array<std::pair<const char*, ComponentStatus>, 5> kComponentStatuses{{
    {"operational", ComponentStatus::Operational},
    {"degraded_performance", ComponentStatus::DegradedPerformance},
    {"partial_outage", ComponentStatus::PartialOutage},
    {"major_outage", ComponentStatus::MajorOutage},
    {"under_maintenance", ComponentStatus::UnderMaintenance},
}};
constexpr std::array<std::pair<const char*, IncidentStatus>, 9> kIncidentStatuses{{
    {"investigating", IncidentStatus::Investigating},
    {"identified", IncidentStatus::Identified},
    {"monitoring", IncidentStatus::Monitoring},
    {"resolved", IncidentStatus::Resolved},
    {"postmortem", IncidentStatus::Postmortem},
    {"scheduled", IncidentStatus::Scheduled},
    {"in_progress", IncidentStatus::InProgress},
    {"verifying", IncidentStatus::Verifying},
    {"completed", IncidentStatus::Completed},
}};
constexpr std::array<std::pair<const char*, Impact>, 5> kImpacts{{
    {"none", Impact::None},
    {"minor", Impact::Minor},
    {"major", Impact::Major},
    {"critical", Impact::Critical},
    {"maintenance", Impact::Maintenance},
}};

} // namespace

Tagged<Indicator> parseIndicator(const QString& raw)
{
    return lookup(raw, kIndicators);
}
Tagged<ComponentStatus> parseComponentStatus(const QString& raw)
{
    return lookup(raw, kComponentStatuses);
}
Tagged<IncidentStatus> parseIncidentStatus(const QString& raw)
{
    return lookup(raw, kIncidentStatuses);
}
Tagged<Impact> parseImpact(const QString& raw)
{
    return lookup(raw, kImpacts);
}

const char* indicatorName(Indicator value)
{
    return nameOf(value, kIndicators);
}
const char* componentStatusName(ComponentStatus value)
{
    return nameOf(value, kComponentStatuses);
}
const char* incidentStatusName(IncidentStatus value)
{
    return nameOf(value, kIncidentStatuses);
}
const char* impactName(Impact value)
{
    return nameOf(value, kImpacts);
}

bool isClosed(IncidentStatus status)
{
    return status == IncidentStatus::Resolved || status == IncidentStatus::Postmortem ||
           status == IncidentStatus::Completed;
}

const char* documentKindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Summary:
        return "summary";
    case DocumentKind::Status:
        return "status";
    case DocumentKind::Components:
        return "components";
    case DocumentKind::Incidents:
        return "incidents";
    case DocumentKind::ScheduledMaintenances:
        return "scheduled-maintenances";
    case DocumentKind::Unknown:
        break;
    }
    return "unknown";
}

} // namespace Status
