#pragma once

// The shell: navigation between the Uploads, Library, Admin, Status, Settings and Help pages and a
// status bar showing the server connection. Pages are built here and wired to services that
// app/ passes in; the window constructs no service itself.

#include "core/api/apiclient.h"
#include "core/api/connectionmonitor.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Gui {

class PlaceholderPage;
class AdminPage;
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

    // The Admin page talks to the server through client (null: signed out). The pending
    // approvals count shows as a badge on the Admin navigation item.
    void setAdminClient(Api::ApiClient* client);
    [[nodiscard]] AdminPage* adminPage() const { return m_admin; }

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
    AdminPage* m_admin;
    PlaceholderPage* m_status;
    SettingsPage* m_settings;
    HelpPage* m_help;
    QLabel* m_connection;
};

} // namespace Gui
