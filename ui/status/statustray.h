#pragma once

// The tray icon: its colour follows the page's overall state (SVG icons, sharp at any DPI) and
// it shows desktop notifications (Platform::INotifier). Where the desktop has no system tray
// (some Wayland sessions, offscreen tests) nothing is shown in a tray: the icon state is still
// kept and notifications are passed to fallback() (the window shows them in its status bar).

#include "core/status/statusmodel.h"
#include "platform/notifier.h"

#include <QIcon>
#include <QObject>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace Gui {

class StatusTray : public QObject, public Platform::INotifier
{
    Q_OBJECT
public:
    explicit StatusTray(QObject* parent = nullptr);
    ~StatusTray() override;

    void setIndicator(Status::Indicator indicator, const QString& description = {});
    [[nodiscard]] Status::Indicator indicator() const { return m_indicator; }
    [[nodiscard]] QString iconPath() const { return m_iconPath; }
    [[nodiscard]] QIcon icon() const { return m_icon; }
    [[nodiscard]] QString toolTip() const { return m_toolTip; }
    [[nodiscard]] bool trayAvailable() const { return m_tray != nullptr; }

    void notify(const Platform::Notification& notification) override;

signals:
    void activated();
    // A notification that no tray could show.
    void fallback(const Platform::Notification& notification);

private:
    Status::Indicator m_indicator = Status::Indicator::Unknown;
    QString m_iconPath;
    QIcon m_icon;
    QString m_toolTip;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace Gui
