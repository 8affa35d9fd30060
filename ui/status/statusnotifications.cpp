#include "ui/status/statusnotifications.h"

#include "core/status/statuswatcher.h"
#include "ui/status/statustext.h"

#include <QCoreApplication>
#include <QSettings>

namespace Gui {

namespace {
constexpr qsizetype kMaxShown = 2000;
}

StatusNotifications::StatusNotifications(Platform::INotifier& notifier, QString settingsGroup,
                                         QObject* parent)
    : QObject(parent), m_notifier(notifier), m_settingsGroup(std::move(settingsGroup))
{
    load();
}

void StatusNotifications::follow(Status::StatusWatcher& watcher)
{
    connect(&watcher, &Status::StatusWatcher::eventArrived, this,
            [this](const Status::StatusEvent& event) { handle(event); });
}

void StatusNotifications::load()
{
    if (m_settingsGroup.isEmpty())
        return;
    QSettings settings;
    m_order = settings.value(m_settingsGroup + QStringLiteral("/shown")).toStringList();
    m_shown = QSet<QString>(m_order.begin(), m_order.end());
}

void StatusNotifications::remember(const QString& key)
{
    m_shown.insert(key);
    m_order.append(key);
    while (m_order.size() > kMaxShown)
        m_shown.remove(m_order.takeFirst());
    if (!m_settingsGroup.isEmpty()) {
        QSettings settings;
        settings.setValue(m_settingsGroup + QStringLiteral("/shown"), m_order);
    }
}

bool StatusNotifications::handle(const Status::StatusEvent& event)
{
    if (event.kind == Status::EventKind::Invalid || event.key.isEmpty() ||
        m_shown.contains(event.key))
        return false;
    remember(event.key);
    m_notifier.notify(notificationFor(event));
    return true;
}

Platform::Notification StatusNotifications::notificationFor(const Status::StatusEvent& event)
{
    Platform::Notification notification;
    notification.key = event.key;
    notification.body = event.body;
    using Status::EventKind;
    switch (event.kind) {
    case EventKind::NewIncident:
        notification.title =
            QCoreApplication::translate("Gui::StatusNotifications", "New incident: %1")
                .arg(event.title);
        notification.kind = Platform::NotificationKind::Warning;
        break;
    case EventKind::IncidentUpdated:
        notification.title =
            QCoreApplication::translate("Gui::StatusNotifications", "Incident update: %1")
                .arg(event.title);
        notification.kind = Platform::NotificationKind::Warning;
        break;
    case EventKind::IncidentResolved:
        notification.title = QCoreApplication::translate("Gui::StatusNotifications", "Resolved: %1")
                                 .arg(event.title);
        break;
    case EventKind::MaintenanceSoon:
        notification.title =
            QCoreApplication::translate("Gui::StatusNotifications", "Maintenance at %1: %2")
                .arg(StatusText::dateTime(event.at), event.title);
        break;
    case EventKind::NewNotice:
        notification.title = QCoreApplication::translate("Gui::StatusNotifications", "%1: %2")
                                 .arg(StatusText::noticeKindText(event.status), event.title);
        break;
    case EventKind::Invalid:
        break;
    }
    return notification;
}

} // namespace Gui
