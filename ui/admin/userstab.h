#pragma once

// Admin → Users: the tenant's users in a table that pages from the server as it scrolls
// (Admin::PagedListModel), with search, role and status filters; invite, CSV import and export;
// invite links with sign-up approval (InviteLinksPanel); disable/enable, delete, password reset,
// role change and revoking a user's sessions for the selected user. What a person may do follows
// their role (Admin::Capabilities): platform operators and auditors pick a tenant and read its
// users (and export them), nothing more.

#include "core/admin/adminclient.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QGroupBox;

namespace Admin {
class PagedListModel;
}

namespace Gui {

class ConfirmBar;
class InviteLinksPanel;

class UsersTab : public QWidget
{
    Q_OBJECT
public:
    explicit UsersTab(QWidget* parent = nullptr);

    void setContext(Admin::AdminClient* client, const Admin::Capabilities& caps);
    // Platform staff: the tenant whose users are shown.
    void setTenant(const QString& tenantId);
    [[nodiscard]] QString tenantId() const { return m_tenantId; }
    [[nodiscard]] Admin::PagedListModel* model() const { return m_model; }
    [[nodiscard]] InviteLinksPanel* inviteLinks() const { return m_linksPanel; }
    [[nodiscard]] QString messageText() const;
    // The selected user's id, or empty.
    [[nodiscard]] QString selectedUserId() const;
    void selectUser(const QString& userId);

public slots:
    void reload();
    void showInvite();
    void showInviteLinks();
    void sendInvite();
    void openImport();
    // Writes the tenant's users as CSV to path (fetched, then written off the GUI thread).
    void exportTo(const QString& path);
    void chooseExport();
    void disableSelected();
    void enableSelected();
    void deleteSelected();
    void resetSelectedPassword();
    void resetSelectedTotp();
    void changeSelectedRole();
    void revokeSelectedSessions();

signals:
    // A role change or invitation filed a four-eyes request.
    void roleRequestFiled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void setMessage(const QString& text);
    void loadTenants();
    void afterChange(const Core::Result<Api::ApiResponse>& reply, const QString& success);
    [[nodiscard]] QString selectedEmail() const;

    Admin::AdminClient* m_client = nullptr;
    Admin::Capabilities m_caps;
    QString m_tenantId; // the person's tenant, or the one platform staff picked
    Admin::PagedListModel* m_model;
    QComboBox* m_tenant;
    QLineEdit* m_search;
    QComboBox* m_role;
    QComboBox* m_status;
    QTimer* m_searchDelay;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_invite;
    QPushButton* m_linksButton;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_disable;
    QPushButton* m_enable;
    QPushButton* m_reset;
    QPushButton* m_resetTotp;
    QPushButton* m_delete;
    QComboBox* m_newRole;
    QPushButton* m_changeRole;
    QPushButton* m_revoke;
    QGroupBox* m_invitePanel;
    QLineEdit* m_inviteEmail;
    QLineEdit* m_inviteName;
    QComboBox* m_inviteRole;
    QPushButton* m_sendInvite;
    ConfirmBar* m_confirm;
    QLabel* m_message;
    // Created after m_confirm: a lookup of "confirmButton" under the tab finds the tab's own bar.
    InviteLinksPanel* m_linksPanel;
};

} // namespace Gui
