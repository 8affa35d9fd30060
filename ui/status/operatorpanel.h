#pragma once

// The Status page's forms for platform operators: post a new incident or an update to an open
// one (status, impact, message, an affected component's status), schedule maintenance or move
// it on (in progress, verifying, completed), publish a notice. Shown only to the operator role;
// the server enforces it anyway (403 for everyone else). Requests go through Api::ApiClient
// (retries, Idempotency-Key on creating POSTs), never blocking the GUI thread.

#include "core/status/statusmodel.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Api {
class ApiClient;
}

namespace Gui {

class OperatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OperatorPanel(QWidget* parent = nullptr);

    void setApiClient(Api::ApiClient* client) { m_client = client; }
    // Fills the choices (components, open incidents, maintenance) from the page.
    void setDocument(const Status::StatusDocument& document);
    [[nodiscard]] QString resultText() const;

public slots:
    void postIncident();
    void postMaintenance();
    void publishNotice();

signals:
    // The server accepted a change (the page refreshes at once instead of waiting for the push).
    void posted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateIncidentForm();
    void updateMaintenanceForm();
    void updateNoticeForm();
    void send(const QByteArray& method, const QString& path, const QJsonObject& body, bool creates,
              QPushButton* button);
    void showResult(const QString& text, bool error);

    QPointer<Api::ApiClient> m_client;
    QList<Status::Component> m_components;

    QGroupBox* m_incidentBox;
    QComboBox* m_incidentTarget;
    QLineEdit* m_incidentName;
    QComboBox* m_incidentStatus;
    QComboBox* m_incidentImpact;
    QComboBox* m_incidentComponent;
    QComboBox* m_incidentComponentStatus;
    QPlainTextEdit* m_incidentBody;
    QPushButton* m_incidentPost;

    QGroupBox* m_maintenanceBox;
    QComboBox* m_maintenanceTarget;
    QLineEdit* m_maintenanceName;
    QDateTimeEdit* m_maintenanceFrom;
    QDateTimeEdit* m_maintenanceUntil;
    QComboBox* m_maintenanceComponent;
    QComboBox* m_maintenanceStatus;
    QPlainTextEdit* m_maintenanceBody;
    QPushButton* m_maintenancePost;

    QGroupBox* m_noticeBox;
    QComboBox* m_noticeKind;
    QLineEdit* m_noticeTitle;
    QDateTimeEdit* m_noticeEffective;
    QPlainTextEdit* m_noticeBody;
    QPushButton* m_noticePost;

    QLabel* m_result;
};

} // namespace Gui
