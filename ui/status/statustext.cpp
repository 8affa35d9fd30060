#include "ui/status/statustext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Gui::StatusText {

QString indicatorText(Status::Indicator indicator)
{
    using Status::Indicator;
    switch (indicator) {
    case Indicator::None:
        return QCoreApplication::translate("Gui::StatusText", "All systems operational");
    case Indicator::Minor:
        return QCoreApplication::translate("Gui::StatusText", "Minor service disruption");
    case Indicator::Major:
        return QCoreApplication::translate("Gui::StatusText", "Major service disruption");
    case Indicator::Critical:
        return QCoreApplication::translate("Gui::StatusText", "Critical service outage");
    case Indicator::Maintenance:
        return QCoreApplication::translate("Gui::StatusText", "Service under maintenance");
    case Indicator::Unknown:
        break;
    }
    return QCoreApplication::translate("Gui::StatusText", "Status unknown");
}

QString componentStatusText(const Status::Tagged<Status::ComponentStatus>& status)
{
    using Status::ComponentStatus;
    switch (status.value) {
    case ComponentStatus::Operational:
        return QCoreApplication::translate("Gui::StatusText", "Operational");
    case ComponentStatus::DegradedPerformance:
        return QCoreApplication::translate("Gui::StatusText", "Degraded performance");
    case ComponentStatus::PartialOutage:
        return QCoreApplication::translate("Gui::StatusText", "Partial outage");
    case ComponentStatus::MajorOutage:
        return QCoreApplication::translate("Gui::StatusText", "Major outage");
    case ComponentStatus::UnderMaintenance:
        return QCoreApplication::translate("Gui::StatusText", "Under maintenance");
    case ComponentStatus::Unknown:
        break;
    }
    return status.raw.isEmpty() ? QCoreApplication::translate("Gui::StatusText", "Unknown")
                                : status.raw;
}

QString incidentStatusText(const Status::Tagged<Status::IncidentStatus>& status)
{
    using Status::IncidentStatus;
    switch (status.value) {
    case IncidentStatus::Investigating:
        return QCoreApplication::translate("Gui::StatusText", "Investigating");
    case IncidentStatus::Identified:
        return QCoreApplication::translate("Gui::StatusText", "Identified");
    case IncidentStatus::Monitoring:
        return QCoreApplication::translate("Gui::StatusText", "Monitoring");
    case IncidentStatus::Resolved:
        return QCoreApplication::translate("Gui::StatusText", "Resolved");
    case IncidentStatus::Postmortem:
        return QCoreApplication::translate("Gui::StatusText", "Postmortem");
    case IncidentStatus::Scheduled:
        return QCoreApplication::translate("Gui::StatusText", "Scheduled");
    case IncidentStatus::InProgress:
        return QCoreApplication::translate("Gui::StatusText", "In progress");
    case IncidentStatus::Verifying:
        return QCoreApplication::translate("Gui::StatusText", "Verifying");
    case IncidentStatus::Completed:
        return QCoreApplication::translate("Gui::StatusText", "Completed");
    case IncidentStatus::Unknown:
        break;
    }
    return status.raw.isEmpty() ? QCoreApplication::translate("Gui::StatusText", "Unknown")
                                : status.raw;
}

QString impactText(const Status::Tagged<Status::Impact>& impact)
{
    using Status::Impact;
    switch (impact.value) {
    case Impact::None:
        return QCoreApplication::translate("Gui::StatusText", "No impact");
    case Impact::Minor:
        return QCoreApplication::translate("Gui::StatusText", "Minor impact");
    case Impact::Major:
        return QCoreApplication::translate("Gui::StatusText", "Major impact");
    case Impact::Critical:
        return QCoreApplication::translate("Gui::StatusText", "Critical impact");
    case Impact::Maintenance:
        return QCoreApplication::translate("Gui::StatusText", "Maintenance");
    case Impact::Unknown:
        break;
    }
    return impact.raw.isEmpty() ? QCoreApplication::translate("Gui::StatusText", "Unknown")
                                : impact.raw;
}

QString noticeKindText(const QString& kind)
{
    if (kind == QLatin1String("general"))
        return QCoreApplication::translate("Gui::StatusText", "Notice");
    if (kind == QLatin1String("sla_change"))
        return QCoreApplication::translate("Gui::StatusText", "Service level change");
    if (kind == QLatin1String("service_end"))
        return QCoreApplication::translate("Gui::StatusText", "End of service");
    if (kind == QLatin1String("incident"))
        return QCoreApplication::translate("Gui::StatusText", "Incident");
    return kind;
}

QString holdText(const Status::GateDecision& decision)
{
    switch (decision.cause) {
    case Status::HoldCause::Maintenance:
        if (decision.until.isValid()) {
            return QCoreApplication::translate(
                       "Gui::StatusText",
                       "Uploads are on hold: %1 is under maintenance until %2. They continue "
                       "by themselves when it ends.")
                .arg(decision.componentName, dateTime(decision.until));
        }
        return QCoreApplication::translate("Gui::StatusText",
                                           "Uploads are on hold: %1 is under maintenance. They "
                                           "continue by themselves when it ends.")
            .arg(decision.componentName);
    case Status::HoldCause::MajorOutage:
        return QCoreApplication::translate("Gui::StatusText",
                                           "Uploads are on hold: %1 has a major outage. They "
                                           "continue by themselves when it is back.")
            .arg(decision.componentName);
    case Status::HoldCause::None:
        break;
    }
    return {};
}

QColor indicatorColor(Status::Indicator indicator)
{
    using Status::Indicator;
    switch (indicator) {
    case Indicator::None:
        return QColor(0x1e, 0x8e, 0x3e); // green
    case Indicator::Minor:
        return QColor(0xc2, 0x8b, 0x00); // amber
    case Indicator::Major:
        return QColor(0xd9, 0x5c, 0x00); // orange
    case Indicator::Critical:
        return QColor(0xc5, 0x22, 0x1f); // red
    case Indicator::Maintenance:
        return QColor(0x1a, 0x73, 0xe8); // blue
    case Indicator::Unknown:
        break;
    }
    return QColor(0x70, 0x75, 0x7a); // grey
}

QColor componentColor(Status::ComponentStatus status)
{
    using Status::ComponentStatus;
    switch (status) {
    case ComponentStatus::Operational:
        return indicatorColor(Status::Indicator::None);
    case ComponentStatus::DegradedPerformance:
        return indicatorColor(Status::Indicator::Minor);
    case ComponentStatus::PartialOutage:
        return indicatorColor(Status::Indicator::Major);
    case ComponentStatus::MajorOutage:
        return indicatorColor(Status::Indicator::Critical);
    case ComponentStatus::UnderMaintenance:
        return indicatorColor(Status::Indicator::Maintenance);
    case ComponentStatus::Unknown:
        break;
    }
    return indicatorColor(Status::Indicator::Unknown);
}

QColor availabilityColor(double ratio)
{
    if (ratio < 0)
        return {};
    if (ratio >= 0.999)
        return indicatorColor(Status::Indicator::None);
    if (ratio >= 0.99)
        return indicatorColor(Status::Indicator::Minor);
    if (ratio >= 0.95)
        return indicatorColor(Status::Indicator::Major);
    return indicatorColor(Status::Indicator::Critical);
}

QString trayIconPath(Status::Indicator indicator)
{
    using Status::Indicator;
    const char* name = "unknown";
    switch (indicator) {
    case Indicator::None:
        name = "none";
        break;
    case Indicator::Minor:
        name = "minor";
        break;
    case Indicator::Major:
        name = "major";
        break;
    case Indicator::Critical:
        name = "critical";
        break;
    case Indicator::Maintenance:
        name = "maintenance";
        break;
    case Indicator::Unknown:
        break;
    }
    return QStringLiteral(":/icons/tray-%1.svg").arg(QLatin1String(name));
}

QString duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Gui::StatusText", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        return QCoreApplication::translate("Gui::StatusText", "%1 h %2 min")
            .arg(hours)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return QCoreApplication::translate("Gui::StatusText", "%1 d %2 h")
        .arg(hours / 24)
        .arg(hours % 24);
}

QString dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace Gui::StatusText
