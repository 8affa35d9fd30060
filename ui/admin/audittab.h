#pragma once

// Admin → Audit log: the hash-chained audit log, newest first, paged from the server as the
// table scrolls, filtered by actor, action, outcome and dates (UTC days); exported to CSV with the
// same filters; and for platform operators and auditors the chain's integrity (GET
// /v1/audit/verify): verified, or the first broken entry with the reason.

#include "core/admin/adminclient.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Admin {
class PagedListModel;
}

namespace Gui {

class AuditTab : public QWidget
{
    Q_OBJECT
public:
    explicit AuditTab(QWidget* parent = nullptr);

    void setContext(Admin::AdminClient* client, const Admin::Capabilities& caps);
    [[nodiscard]] Admin::PagedListModel* model() const { return m_model; }
    [[nodiscard]] QString integrityText() const;
    [[nodiscard]] QString messageText() const;
    // After verify(): true intact, false broken; unset before.
    [[nodiscard]] int integrityState() const { return m_integrity; }

public slots:
    void reload();
    void verify();
    void exportTo(const QString& path);
    void chooseExport();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setMessage(const QString& text);
    [[nodiscard]] Admin::AuditQuery query() const;

    Admin::AdminClient* m_client = nullptr;
    Admin::Capabilities m_caps;
    Admin::PagedListModel* m_model;
    QLineEdit* m_actor;
    QLineEdit* m_action;
    QComboBox* m_outcome;
    QLineEdit* m_since;
    QLineEdit* m_until;
    QPushButton* m_apply;
    QTableView* m_table;
    QLabel* m_integrityLabel;
    QPushButton* m_verify;
    QPushButton* m_export;
    QLabel* m_message;
    int m_integrity = -1; // -1 unknown, 0 broken, 1 intact
    QString m_integrityDetail;
    qint64 m_integrityEntries = 0;
    qint64 m_brokenSeq = 0;
};

} // namespace Gui
