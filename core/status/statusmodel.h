#pragma once

// The Atlassian Statuspage v2 public model (summary.json, status.json, components.json,
// incidents.json, scheduled-maintenances.json ...) as the client reads it from any page: ours
// or a third party's. Enumerations keep the raw string when a page sends a value this version
// does not know, so that nothing is lost and newer pages still display.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Status {

// Overall page indicator (status.indicator).
enum class Indicator
{
    Unknown = 0, // a value this version does not know: see the raw string
    None,
    Minor,
    Major,
    Critical,
    Maintenance, // some pages send it although the v2 documentation does not list it
};

enum class ComponentStatus
{
    Unknown = 0,
    Operational,
    DegradedPerformance,
    PartialOutage,
    MajorOutage,
    UnderMaintenance,
};

// Incidents and scheduled maintenances share one status field with two vocabularies.
enum class IncidentStatus
{
    Unknown = 0,
    Investigating,
    Identified,
    Monitoring,
    Resolved,
    Postmortem,
    Scheduled,
    InProgress,
    Verifying,
    Completed,
};

enum class Impact
{
    Unknown = 0,
    None,
    Minor,
    Major,
    Critical,
    Maintenance,
};

// An enum value with the string it came from: an unknown value keeps its raw text.
template <typename E> struct Tagged
{
    E value = E::Unknown;
    QString raw;
    bool operator==(const Tagged&) const = default;
};

[[nodiscard]] Tagged<Indicator> parseIndicator(const QString& raw);
[[nodiscard]] Tagged<ComponentStatus> parseComponentStatus(const QString& raw);
[[nodiscard]] Tagged<IncidentStatus> parseIncidentStatus(const QString& raw);
[[nodiscard]] Tagged<Impact> parseImpact(const QString& raw);

[[nodiscard]] const char* indicatorName(Indicator value);
[[nodiscard]] const char* componentStatusName(ComponentStatus value);
[[nodiscard]] const char* incidentStatusName(IncidentStatus value);
[[nodiscard]] const char* impactName(Impact value);

// True for resolved, postmortem and completed.
[[nodiscard]] bool isClosed(IncidentStatus status);

struct PageInfo
{
    QString id;
    QString name;
    QString url;
    QString timeZone;
    QDateTime updatedAt; // UTC; invalid when missing
};

struct Component
{
    QString id;
    QString name;
    QString description; // plain text
    Tagged<ComponentStatus> status;
    int position = 0;
    bool isGroup = false;
    QString groupId;            // as sent; may name a group that is not on the page
    bool danglingGroup = false; // groupId set but no such group in the document
    QStringList childIds;       // for groups: "components" member
    QDateTime updatedAt;
};

struct AffectedComponent
{
    QString code;
    QString name;
    Tagged<ComponentStatus> oldStatus;
    Tagged<ComponentStatus> newStatus;
};

struct IncidentUpdate
{
    QString id;
    Tagged<IncidentStatus> status;
    QString body; // safe plain text: markup removed, entities decoded, \r\n -> \n
    QDateTime createdAt;
    QDateTime displayAt;
    QList<AffectedComponent> affected;
};

// An incident or a scheduled maintenance (the v2 format uses one shape for both).
struct Incident
{
    QString id;
    QString name; // plain text
    Tagged<IncidentStatus> status;
    Tagged<Impact> impact;
    QString shortlink;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime startedAt;
    QDateTime monitoringAt;
    QDateTime resolvedAt;
    QDateTime scheduledFor;        // maintenances
    QDateTime scheduledUntil;      // maintenances
    QList<IncidentUpdate> updates; // newest first, as pages send them
    QStringList componentIds;
    [[nodiscard]] bool closed() const { return isClosed(status.value); }
};

// What one OneStream notice is (not part of Statuspage v2; our server adds "notices" to its
// summary and the SSE stream carries them).
struct Notice
{
    QString id;
    QString kind; // general, sla_change, service_end (raw when unknown)
    QString title;
    QString body;
    QDateTime publishedAt;
    QDateTime effectiveAt;
};

enum class DocumentKind
{
    Unknown = 0,
    Summary,               // page, status, components, incidents, scheduled_maintenances
    Status,                // page, status
    Components,            // page, components
    Incidents,             // page, incidents (incidents.json or incidents/unresolved.json)
    ScheduledMaintenances, // page, scheduled_maintenances (also upcoming / active)
};

[[nodiscard]] const char* documentKindName(DocumentKind kind);

// One parsed document. Members the document does not carry stay empty; has* tells which.
struct StatusDocument
{
    DocumentKind kind = DocumentKind::Unknown;
    PageInfo page;
    bool hasStatus = false;
    Tagged<Indicator> indicator;
    QString description; // status.description
    bool hasComponents = false;
    QList<Component> components;
    bool hasIncidents = false;
    QList<Incident> incidents;
    bool hasMaintenances = false;
    QList<Incident> maintenances;
    QList<Notice> notices; // OneStream extension; empty for other pages
    QStringList warnings;  // what the parser skipped or repaired, for logs
};

} // namespace Status
