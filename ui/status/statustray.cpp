#include "ui/status/statustray.h"

#include "ui/status/statustext.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcTray, "onestream.gui.tray")

namespace Gui {

StatusTray::StatusTray(QObject* parent) : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_menu = std::make_unique<QMenu>();
        QAction* open = m_menu->addAction(
            QCoreApplication::translate("Gui::StatusTray", "Show service status"));
        connect(open, &QAction::triggered, this, &StatusTray::activated);
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        emit activated();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &StatusTray::activated);
    } else {
        qCInfo(lcTray) << "no system tray available; notifications go to the window";
    }
    setIndicator(Status::Indicator::Unknown);
    if (m_tray)
        m_tray->show();
}

StatusTray::~StatusTray()
{
    delete m_tray; // before the menu it refers to
}

void StatusTray::setIndicator(Status::Indicator indicator, const QString& description)
{
    m_indicator = indicator;
    m_iconPath = StatusText::trayIconPath(indicator);
    m_icon = QIcon(m_iconPath);
    m_toolTip =
        QCoreApplication::translate("Gui::StatusTray", "OneStream: %1")
            .arg(description.isEmpty() ? StatusText::indicatorText(indicator) : description);
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(m_toolTip);
    }
}

void StatusTray::notify(const Platform::Notification& notification)
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages()) {
        emit fallback(notification);
        return;
    }
    const auto icon =
        notification.kind == Platform::NotificationKind::Critical  ? QSystemTrayIcon::Critical
        : notification.kind == Platform::NotificationKind::Warning ? QSystemTrayIcon::Warning
                                                                   : QSystemTrayIcon::Information;
    m_tray->showMessage(notification.title, notification.body, icon);
}

} // namespace Gui
