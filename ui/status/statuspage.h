#pragma once

// The Status page: the overall state as a banner; components by group with their status and
// 90-day uptime bars; this month's availability against the 99.9% target with the error budget
// left; open incidents with their update timeline and time to first notice; upcoming and
// running maintenance; the notices inbox with its unread count; and, for operators, forms to
// post incidents, maintenance and notices.
//
// Live: it shows what a Status::StatusWatcher (following the server's event stream) last read,
// the moment it changes. Signed-in parts (inbox, availability, first-notice times, operator
// forms) come through an Api::ApiClient; /v1/me says which roles apply. Both are set from
// outside (app/ builds them); either may be null.

#include "core/status/statusmodel.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace Api {
class ApiClient;
}
namespace Status {
class StatusWatcher;
}

namespace Gui {

class ComponentModel;
class IncidentModel;
class InboxModel;
class OperatorPanel;

class StatusPage : public QWidget
{
    Q_OBJECT
public:
    enum class Tab
    {
        Components = 0,
        Incidents,
        Maintenance,
        Notices,
        Post,
    };

    explicit StatusPage(QWidget* parent = nullptr);
    ~StatusPage() override;

    void setWatcher(Status::StatusWatcher* watcher);
    void setApiClient(Api::ApiClient* client);
    // Shows a document directly (screenshots, a page read from a file).
    void showDocument(const Status::StatusDocument& document);
    // Availability as GET /v1/status/availability answers it, for one month (screenshots;
    // normally fetched through the API client).
    void showAvailability(const QJsonObject& month);

    [[nodiscard]] Status::Indicator indicator() const { return m_indicator; }
    [[nodiscard]] QString bannerText() const;
    [[nodiscard]] QString availabilityText() const;
    [[nodiscard]] QString freshnessText() const;
    [[nodiscard]] int unreadCount() const;
    [[nodiscard]] QStringList roles() const { return m_roles; }
    [[nodiscard]] bool operatorFormsShown() const;
    void showTab(Tab tab);

    [[nodiscard]] ComponentModel* componentModel() const { return m_componentModel; }
    [[nodiscard]] IncidentModel* incidentModel() const { return m_incidentModel; }
    [[nodiscard]] IncidentModel* maintenanceModel() const { return m_maintenanceModel; }
    [[nodiscard]] InboxModel* inboxModel() const { return m_inboxModel; }
    [[nodiscard]] OperatorPanel* operatorPanel() const { return m_operatorPanel; }

public slots:
    // Reads the signed-in parts again (inbox, availability, first-notice times).
    void refreshSignedIn();
    void markSelectedRead();

signals:
    void indicatorChanged(Status::Indicator indicator, const QString& description);
    void unreadCountChanged(int unread);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onDocumentChanged();
    void updateBanner();
    void updateFreshness();
    void updateUptime();
    void updateTabTitles();
    void loadMe();
    void loadAvailability(const QDate& month);
    void loadFirstNotices();
    void loadInbox();

    QPointer<Status::StatusWatcher> m_watcher;
    QPointer<Api::ApiClient> m_client;
    Status::StatusDocument m_document;
    bool m_hasDocument = false;
    Status::Indicator m_indicator = Status::Indicator::Unknown;
    QStringList m_roles;
    bool m_meKnown = false;
    QHash<QDate, QHash<QString, double>> m_days; // date -> component id -> availability
    QSet<QString> m_monthsLoaded;                // "YYYY-MM" of finished months
    QJsonObject m_thisMonth;

    QLabel* m_heading;
    QLabel* m_banner;
    QLabel* m_freshness;
    QTabWidget* m_tabs;
    QWidget* m_componentsTab;
    QLabel* m_availability;
    QTreeView* m_components;
    QTreeView* m_incidents;
    QLabel* m_incidentsEmpty;
    QTreeView* m_maintenances;
    QLabel* m_maintenancesEmpty;
    QWidget* m_noticesTab;
    QLabel* m_inboxHint;
    QListView* m_inbox;
    QLabel* m_inboxBody;
    QPushButton* m_markRead;
    OperatorPanel* m_operatorPanel;
    ComponentModel* m_componentModel;
    IncidentModel* m_incidentModel;
    IncidentModel* m_maintenanceModel;
    InboxModel* m_inboxModel;
};

} // namespace Gui
