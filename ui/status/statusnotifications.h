#pragma once

// Turns the watcher's status events into desktop notifications, in the user's language: a new
// incident, an incident update (also its resolution), maintenance starting within 24 hours
// and a new notice. Each is shown exactly once: the watcher hands out every event once
// (its SeenStore file remembers delivered keys across restarts and reconnections), and this
// class also keeps the keys it has shown in QSettings, so that a second watcher over the same
// page (a new sign-in, a lost seen file) never repeats one.

#include "core/status/statusevents.h"
#include "platform/notifier.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace Status {
class StatusWatcher;
}

namespace Gui {

class StatusNotifications : public QObject
{
    Q_OBJECT
public:
    // settingsGroup: where shown keys are kept (QSettings of the application); empty keeps
    // them only for this run.
    StatusNotifications(Platform::INotifier& notifier, QString settingsGroup = {},
                        QObject* parent = nullptr);

    void follow(Status::StatusWatcher& watcher);
    // Shows the event unless it was shown before; returns whether it was shown.
    bool handle(const Status::StatusEvent& event);
    [[nodiscard]] static Platform::Notification notificationFor(const Status::StatusEvent& event);

private:
    void load();
    void remember(const QString& key);

    Platform::INotifier& m_notifier;
    QString m_settingsGroup;
    QStringList m_order;
    QSet<QString> m_shown;
};

} // namespace Gui
