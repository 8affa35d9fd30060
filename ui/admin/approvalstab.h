#pragma once

// Admin → Approvals: the tenant's pending four-eyes role requests (granting owner or admin).
// Owners approve or reject, each after a confirmation with a reason; the requester can never
// decide their own request (the server answers 403 four-eyes, shown here). The count of
// pending requests feeds the badge on the Admin navigation item.

#include "core/admin/adminclient.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Admin {
class PagedListModel;
}

namespace Gui {

class ConfirmBar;

class ApprovalsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalsTab(QWidget* parent = nullptr);

    void setContext(Admin::AdminClient* client, const Admin::Capabilities& caps);
    [[nodiscard]] Admin::PagedListModel* model() const { return m_model; }
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] QString messageText() const;
    void selectRequest(const QString& requestId);

public slots:
    void reload();
    void approveSelected();
    void rejectSelected();

signals:
    void pendingCountChanged(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void decide(bool approve);
    void updateActions();
    void setMessage(const QString& text);

    Admin::AdminClient* m_client = nullptr;
    Admin::Capabilities m_caps;
    Admin::PagedListModel* m_model;
    QLabel* m_intro;
    QTableView* m_table;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_refresh;
    ConfirmBar* m_confirm;
    QLabel* m_message;
};

} // namespace Gui
