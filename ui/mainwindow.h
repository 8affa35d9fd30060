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

class LibraryPage;
class PlaceholderPage;
class AdminPage;
class StatusPage;
class UploadController;
class UploadsPage;
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

    // monitor may be null (no server chosen yet); languages must outlive the window. uploads
    // (the Uploads page's engine, built in app/) may be null: the page then stays a placeholder.
    MainWindow(LanguageManager& languages, Api::ConnectionMonitor* monitor,
               UploadController* uploads = nullptr, QWidget* parent = nullptr);

    // The signed-in client (null after sign-out): handed to every page that talks to the
    // server. Pages that need it get one line each in setClient().
    void setClient(Api::ApiClient* client);
    [[nodiscard]] UploadsPage* uploadsPage() const { return m_uploadsPage; }
    [[nodiscard]] LibraryPage* libraryPage() const { return m_library; }

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] QString connectionText() const;
    // The Status page, for app/ to give it the status watcher and the API client.
    [[nodiscard]] StatusPage* statusPage() const { return m_status; }
    // The navigation item's text ("Status (2)" while notices are unread).
    [[nodiscard]] QString navigationText(Page page) const;

    // The Admin page talks to the server through client (null: signed out). The pending
    // approvals count shows as a badge on the Admin navigation item.
    void setAdminClient(Api::ApiClient* client);
    [[nodiscard]] AdminPage* adminPage() const { return m_admin; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateConnection();
    void updateTitle();

signals:
    // A desktop notification to show (app/ decides how: system tray, or nothing).
    void notificationRequested(const QString& title, const QString& text);

private:
    LanguageManager& m_languages;
    Api::ConnectionMonitor* m_monitor;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    PlaceholderPage* m_uploads;
    UploadsPage* m_uploadsPage = nullptr;
    LibraryPage* m_library;
    int m_overallPercent = -1;
    AdminPage* m_admin;
    StatusPage* m_status;
    SettingsPage* m_settings;
    HelpPage* m_help;
    QLabel* m_connection;
};

} // namespace Gui
