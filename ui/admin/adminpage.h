#pragma once

// The Admin page: tabs for Users, Approvals, Sessions, Audit log and Tenants, each shown only
// when the signed-in person's roles (GET /v1/me) allow it (docs/gui.md). It talks to the
// server through the Api::ApiClient that app/ passes in (setClient); without one it explains
// that signing in comes first. The number of pending role requests is announced for the
// navigation badge.

#include "core/admin/adminclient.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;

namespace Gui {

class UsersTab;
class ApprovalsTab;
class SessionsTab;
class AuditTab;
class TenantsTab;

class AdminPage : public QWidget
{
    Q_OBJECT
public:
    enum class Tab
    {
        Users = 0,
        Approvals,
        Sessions,
        Audit,
        Tenants,
    };

    explicit AdminPage(QWidget* parent = nullptr);
    ~AdminPage() override;

    // client may be null (signed out); it must outlive the page or be replaced first.
    void setClient(Api::ApiClient* client);
    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] const Admin::Capabilities& capabilities() const { return m_caps; }
    [[nodiscard]] bool tabVisible(Tab tab) const;
    void showTab(Tab tab);
    [[nodiscard]] int pendingApprovals() const { return m_pending; }
    [[nodiscard]] QString statusText() const;

    [[nodiscard]] UsersTab* users() const { return m_users; }
    [[nodiscard]] ApprovalsTab* approvals() const { return m_approvals; }
    [[nodiscard]] SessionsTab* sessions() const { return m_sessions; }
    [[nodiscard]] AuditTab* audit() const { return m_audit; }
    [[nodiscard]] TenantsTab* tenants() const { return m_tenants; }

public slots:
    // Asks /v1/me again and reloads every visible tab.
    void refresh();

signals:
    void pendingApprovalsChanged(int count);
    // After /v1/me answered and the tabs were set up.
    void capabilitiesLoaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void apply(const Admin::Capabilities& caps);
    void setPending(int count);

    std::unique_ptr<Admin::AdminClient> m_client;
    Admin::Capabilities m_caps;
    bool m_ready = false;
    quint64 m_generation = 0; // drops a /v1/me answer meant for a replaced client
    int m_pending = 0;
    QLabel* m_heading;
    QLabel* m_status;
    QTabWidget* m_tabs;
    UsersTab* m_users;
    ApprovalsTab* m_approvals;
    SessionsTab* m_sessions;
    AuditTab* m_audit;
    TenantsTab* m_tenants;
};

} // namespace Gui
