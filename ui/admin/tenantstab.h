#pragma once

// Admin → Tenants (platform operators; auditors read): every tenant with plan, seats, state,
// contract end and, once terminated, the date its data is erased (31 days after the contract
// end, server/tenantpurge.h). Operators create tenants (optionally inviting the first owner),
// edit name, plan, seat limit and contract end, and terminate after a confirmation.

#include "core/admin/adminclient.h"

#include <QWidget>

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

class TenantsTab : public QWidget
{
    Q_OBJECT
public:
    explicit TenantsTab(QWidget* parent = nullptr);

    void setContext(Admin::AdminClient* client, const Admin::Capabilities& caps);
    [[nodiscard]] Admin::PagedListModel* model() const { return m_model; }
    [[nodiscard]] QString messageText() const;
    void selectTenant(const QString& tenantId);
    [[nodiscard]] QString selectedTenantId() const;

public slots:
    void reload();
    void newTenant();
    void createTenant();
    void saveTenant();
    void terminateSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillForm();
    void updateActions();
    void setMessage(const QString& text);
    [[nodiscard]] QJsonObject formFields(bool* ok) const;

    Admin::AdminClient* m_client = nullptr;
    Admin::Capabilities m_caps;
    Admin::PagedListModel* m_model;
    QTableView* m_table;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_planLabel;
    QLineEdit* m_plan;
    QLabel* m_seatsLabel;
    QSpinBox* m_seats;
    QLabel* m_contractLabel;
    QLineEdit* m_contractEnd;
    QLabel* m_ownerLabel;
    QLineEdit* m_ownerEmail;
    QPushButton* m_new;
    QPushButton* m_create;
    QPushButton* m_save;
    QPushButton* m_terminate;
    ConfirmBar* m_confirm;
    QLabel* m_message;
};

} // namespace Gui
