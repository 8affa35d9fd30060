#pragma once

// The shell: navigation between the Uploads, Library, Admin, Status, Settings and Help pages and a
// status bar showing the server connection. Pages are built here and wired to services that
// app/ passes in; the window constructs no service itself.

#include "core/api/connectionmonitor.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Gui {

class PlaceholderPage;
class StatusPage;
class SettingsPage;
class HelpPage;
class LanguageManager;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page
    {
        Uploads = 0,
        Library,
        Admin,
        Status,
        Settings,
        Help,
    };

    // monitor may be null (no server chosen yet); languages must outlive the window.
    MainWindow(LanguageManager& languages, Api::ConnectionMonitor* monitor,
               QWidget* parent = nullptr);

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] QString connectionText() const;
    // The Status page, for app/ to give it the status watcher and the API client.
    [[nodiscard]] StatusPage* statusPage() const { return m_status; }
    // The navigation item's text ("Status (2)" while notices are unread).
    [[nodiscard]] QString navigationText(Page page) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateConnection();

    LanguageManager& m_languages;
    Api::ConnectionMonitor* m_monitor;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    PlaceholderPage* m_uploads;
    PlaceholderPage* m_library;
    PlaceholderPage* m_admin;
    StatusPage* m_status;
    SettingsPage* m_settings;
    HelpPage* m_help;
    QLabel* m_connection;
};

} // namespace Gui
