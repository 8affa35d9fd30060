#include "core/status/uploadgate.h"

#include "core/status/statuswatcher.h"
#include "core/upload/uploadmanager.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUploadGate, "onestream.status.uploadgate")

namespace Status {

QString GateDecision::reason() const
{
    switch (cause) {
    case HoldCause::Maintenance: {
        QString text = QStringLiteral("%1 is under maintenance").arg(componentName);
        if (!title.isEmpty())
            text += QStringLiteral(" (%1)").arg(title);
        if (until.isValid())
            text += QStringLiteral(" until %1").arg(until.toUTC().toString(Qt::ISODate));
        return text + QStringLiteral("; uploads continue when it ends.");
    }
    case HoldCause::MajorOutage: {
        QString text = QStringLiteral("%1 has a major outage").arg(componentName);
        if (!title.isEmpty())
            text += QStringLiteral(" (%1)").arg(title);
        return text + QStringLiteral("; uploads continue when it is back.");
    }
    case HoldCause::None:
        break;
    }
    return {};
}

const Component* findComponent(const StatusDocument& document, const UploadComponent& which)
{
    for (const Component& component : document.components) {
        if (!which.id.isEmpty() ? component.id == which.id
                                : component.name.compare(which.name, Qt::CaseInsensitive) == 0)
            return &component;
    }
    return nullptr;
}

GateDecision decideUploadGate(const StatusDocument& document, const UploadComponent& which)
{
    GateDecision decision;
    const Component* component = findComponent(document, which);
    if (!component)
        return decision;
    // Only the component's own state counts: a group is as bad as its worst child, so a
    // sibling's outage says nothing about uploads. (When the configured component is itself a
    // group, its worst child does count.)
    const ComponentStatus status = component->status.value;
    if (status != ComponentStatus::UnderMaintenance && status != ComponentStatus::MajorOutage)
        return decision;
    decision.componentName = component->name;
    if (status == ComponentStatus::UnderMaintenance) {
        decision.cause = HoldCause::Maintenance;
        for (const Incident& maintenance : document.maintenances) {
            const bool running = maintenance.status.value == IncidentStatus::InProgress ||
                                 maintenance.status.value == IncidentStatus::Verifying;
            const bool names = maintenance.componentIds.isEmpty() ||
                               maintenance.componentIds.contains(component->id);
            if (running && names) {
                decision.title = maintenance.name;
                decision.until = maintenance.scheduledUntil;
                break;
            }
        }
    } else {
        decision.cause = HoldCause::MajorOutage;
        for (const Incident& incident : document.incidents) {
            if (!incident.closed() && incident.componentIds.contains(component->id)) {
                decision.title = incident.name;
                break;
            }
        }
    }
    return decision;
}

UploadGate::UploadGate(StatusWatcher& watcher, Upload::UploadManager& uploads,
                       UploadComponent which, QObject* parent)
    : QObject(parent), m_watcher(watcher), m_uploads(&uploads), m_which(std::move(which))
{
    connect(&m_watcher, &StatusWatcher::documentChanged, this, &UploadGate::apply);
    apply();
}

void UploadGate::apply()
{
    const auto& document = m_watcher.lastGood();
    if (!document || !document->hasComponents)
        return;
    const GateDecision decision = decideUploadGate(*document, m_which);
    if (decision == m_decision)
        return;
    m_decision = decision;
    if (m_uploads) {
        if (decision.hold()) {
            qCInfo(lcUploadGate) << "holding uploads:" << decision.reason();
            m_uploads->hold(decision.reason());
        } else {
            qCInfo(lcUploadGate) << "releasing uploads";
            m_uploads->release();
        }
    }
    emit decisionChanged(m_decision);
}

} // namespace Status
