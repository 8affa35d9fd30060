#pragma once

// Admin → Users → Invite links: owners and admins create sign-up links (a cap on sign-ups, a
// deadline, the role new accounts get and whether each account waits for approval), see the
// new link's token once (read-only, copyable), list and revoke links (inline confirmation), and
// approve or reject pending sign-ups (docs/identity.md, "Invite links").

#include "core/admin/adminclient.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Admin {
class PagedListModel;
}

namespace Gui {

class ConfirmBar;

class InviteLinksPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit InviteLinksPanel(QWidget* parent = nullptr);

    // client null: nothing to show (people who may not manage users).
    void setContext(Admin::AdminClient* client, const QString& tenantId);
    [[nodiscard]] Admin::PagedListModel* linksModel() const { return m_links; }
    [[nodiscard]] Admin::PagedListModel* signupsModel() const { return m_signups; }
    // The token of the link created last (shown once), or empty.
    [[nodiscard]] QString createdToken() const;
    [[nodiscard]] QString messageText() const;
    void selectLink(const QString& linkId);
    void selectSignup(const QString& signupId);

public slots:
    void reload();
    void createLink();
    void revokeSelected();
    void approveSelected();
    void rejectSelected();

signals:
    // A sign-up was approved or rejected (an approved one adds a user).
    void decided();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void setMessage(const QString& text);
    void decide(bool approve);
    [[nodiscard]] QString selectedId(QTableView* view, Admin::PagedListModel* model) const;

    Admin::AdminClient* m_client = nullptr;
    QString m_tenantId;
    Admin::PagedListModel* m_links;
    Admin::PagedListModel* m_signups;
    QSpinBox* m_cap;
    QDateTimeEdit* m_deadline;
    QComboBox* m_role;
    QCheckBox* m_approval;
    QPushButton* m_create;
    QLineEdit* m_token;
    QPushButton* m_copy;
    QTableView* m_linksView;
    QPushButton* m_revoke;
    QTableView* m_signupsView;
    QPushButton* m_approve;
    QPushButton* m_reject;
    ConfirmBar* m_confirm;
    QLabel* m_message;
};

} // namespace Gui
