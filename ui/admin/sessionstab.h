#pragma once

// Admin → Sessions: the signed-in person's own sessions (device, address, times; the current
// one marked) with revoke, and for owners and admins the open sessions of a user of their
// tenant, found by email, with "sign out everywhere".

#include "core/admin/adminclient.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Admin {
class PagedListModel;
}

namespace Gui {

class ConfirmBar;

class SessionsTab : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsTab(QWidget* parent = nullptr);

    void setContext(Admin::AdminClient* client, const Admin::Capabilities& caps);
    [[nodiscard]] Admin::PagedListModel* ownModel() const { return m_own; }
    [[nodiscard]] Admin::PagedListModel* userModel() const { return m_user; }
    [[nodiscard]] QString messageText() const;
    void selectOwnSession(const QString& sessionId);

public slots:
    void reload();
    void revokeSelected();
    // Finds the tenant's user with this exact email and lists their sessions.
    void showUser(const QString& email);
    void revokeUserSessions();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void setMessage(const QString& text);

    Admin::AdminClient* m_client = nullptr;
    Admin::Capabilities m_caps;
    Admin::PagedListModel* m_own;
    Admin::PagedListModel* m_user;
    QString m_userId;
    QString m_userEmail;
    QLabel* m_ownTitle;
    QTableView* m_ownTable;
    QPushButton* m_revoke;
    QGroupBox* m_userPanel;
    QLineEdit* m_userEmailEdit;
    QPushButton* m_show;
    QTableView* m_userTable;
    QPushButton* m_revokeUser;
    ConfirmBar* m_confirm;
    QLabel* m_message;
};

} // namespace Gui
