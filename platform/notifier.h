#pragma once

// Desktop notifications behind a small interface, so that the app can use the system tray
// (ui/status/statustray.h: QSystemTrayIcon) and tests can inject a recording notifier. The
// implementation that needs QtWidgets lives with the GUI: platform/ itself stays GUI-free (the
// layering test checks that the CLI, which links platform, never loads QtGui).

#include <QString>

namespace Platform {

enum class NotificationKind
{
    Information = 1,
    Warning,
    Critical,
};

struct Notification
{
    QString key; // stable and unique per thing announced ("update/<id>"); for deduplication
    QString title;
    QString body;
    NotificationKind kind = NotificationKind::Information;
};

class INotifier
{
public:
    virtual ~INotifier() = default;
    // Shows one notification; never blocks.
    virtual void notify(const Notification& notification) = 0;
};

} // namespace Platform
