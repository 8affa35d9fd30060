#include "ui/status/operatorpanel.h"

#include "core/api/apiclient.h"
#include "ui/status/statustext.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

namespace {

QComboBox* combo(QWidget* parent, const char* name)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

// Items whose data is the API value; their text is set in retranslate().
void addValues(QComboBox* box, std::initializer_list<const char*> values)
{
    for (const char* value : values)
        box->addItem(QString(), QString::fromLatin1(value));
}

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

OperatorPanel::OperatorPanel(QWidget* parent)
    : QWidget(parent), m_incidentBox(new QGroupBox(this)),
      m_incidentTarget(combo(m_incidentBox, "incidentTarget")),
      m_incidentName(new QLineEdit(m_incidentBox)),
      m_incidentStatus(combo(m_incidentBox, "incidentStatus")),
      m_incidentImpact(combo(m_incidentBox, "incidentImpact")),
      m_incidentComponent(combo(m_incidentBox, "incidentComponent")),
      m_incidentComponentStatus(combo(m_incidentBox, "incidentComponentStatus")),
      m_incidentBody(new QPlainTextEdit(m_incidentBox)),
      m_incidentPost(new QPushButton(m_incidentBox)), m_maintenanceBox(new QGroupBox(this)),
      m_maintenanceTarget(combo(m_maintenanceBox, "maintenanceTarget")),
      m_maintenanceName(new QLineEdit(m_maintenanceBox)),
      m_maintenanceFrom(new QDateTimeEdit(m_maintenanceBox)),
      m_maintenanceUntil(new QDateTimeEdit(m_maintenanceBox)),
      m_maintenanceComponent(combo(m_maintenanceBox, "maintenanceComponent")),
      m_maintenanceStatus(combo(m_maintenanceBox, "maintenanceStatus")),
      m_maintenanceBody(new QPlainTextEdit(m_maintenanceBox)),
      m_maintenancePost(new QPushButton(m_maintenanceBox)), m_noticeBox(new QGroupBox(this)),
      m_noticeKind(combo(m_noticeBox, "noticeKind")), m_noticeTitle(new QLineEdit(m_noticeBox)),
      m_noticeEffective(new QDateTimeEdit(m_noticeBox)),
      m_noticeBody(new QPlainTextEdit(m_noticeBox)), m_noticePost(new QPushButton(m_noticeBox)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("operatorPanel"));
    m_incidentName->setObjectName(QStringLiteral("incidentName"));
    m_incidentBody->setObjectName(QStringLiteral("incidentBody"));
    m_incidentPost->setObjectName(QStringLiteral("incidentPost"));
    m_maintenanceName->setObjectName(QStringLiteral("maintenanceName"));
    m_maintenanceFrom->setObjectName(QStringLiteral("maintenanceFrom"));
    m_maintenanceUntil->setObjectName(QStringLiteral("maintenanceUntil"));
    m_maintenanceBody->setObjectName(QStringLiteral("maintenanceBody"));
    m_maintenancePost->setObjectName(QStringLiteral("maintenancePost"));
    m_noticeTitle->setObjectName(QStringLiteral("noticeTitle"));
    m_noticeEffective->setObjectName(QStringLiteral("noticeEffective"));
    m_noticeBody->setObjectName(QStringLiteral("noticeBody"));
    m_noticePost->setObjectName(QStringLiteral("noticePost"));
    m_result->setObjectName(QStringLiteral("operatorResult"));
    m_result->setWordWrap(true);
    for (QPlainTextEdit* edit : {m_incidentBody, m_maintenanceBody, m_noticeBody}) {
        edit->setTabChangesFocus(true); // keyboard users can leave the field with Tab
        edit->setMaximumHeight(70);
    }
    for (QDateTimeEdit* edit : {m_maintenanceFrom, m_maintenanceUntil, m_noticeEffective}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    const QDateTime hour = QDateTime::currentDateTime().addSecs(3600);
    m_maintenanceFrom->setDateTime(QDateTime(hour.date(), QTime(hour.time().hour(), 0)));
    m_maintenanceUntil->setDateTime(m_maintenanceFrom->dateTime().addSecs(2 * 3600));
    m_noticeEffective->setDateTime(QDateTime::currentDateTime().addDays(91));

    addValues(m_incidentStatus, {"investigating", "identified", "monitoring", "resolved"});
    addValues(m_incidentImpact, {"minor", "major", "critical", "none"});
    addValues(m_incidentComponentStatus,
              {"degraded_performance", "partial_outage", "major_outage", "operational"});
    addValues(m_maintenanceStatus, {"in_progress", "verifying", "completed"});
    addValues(m_noticeKind, {"general", "sla_change", "service_end"});

    auto* incidentForm = new QFormLayout(m_incidentBox);
    incidentForm->addRow(QString(), m_incidentTarget);
    incidentForm->addRow(QString(), m_incidentName);
    incidentForm->addRow(QString(), m_incidentStatus);
    incidentForm->addRow(QString(), m_incidentImpact);
    auto* componentRow = new QHBoxLayout;
    componentRow->addWidget(m_incidentComponent, 1);
    componentRow->addWidget(m_incidentComponentStatus, 1);
    incidentForm->addRow(QString(), componentRow);
    incidentForm->addRow(QString(), m_incidentBody);
    incidentForm->addRow(QString(), m_incidentPost);

    auto* maintenanceForm = new QFormLayout(m_maintenanceBox);
    maintenanceForm->addRow(QString(), m_maintenanceTarget);
    maintenanceForm->addRow(QString(), m_maintenanceName);
    maintenanceForm->addRow(QString(), m_maintenanceFrom);
    maintenanceForm->addRow(QString(), m_maintenanceUntil);
    maintenanceForm->addRow(QString(), m_maintenanceComponent);
    maintenanceForm->addRow(QString(), m_maintenanceStatus);
    maintenanceForm->addRow(QString(), m_maintenanceBody);
    maintenanceForm->addRow(QString(), m_maintenancePost);

    auto* noticeForm = new QFormLayout(m_noticeBox);
    noticeForm->addRow(QString(), m_noticeKind);
    noticeForm->addRow(QString(), m_noticeTitle);
    noticeForm->addRow(QString(), m_noticeEffective);
    noticeForm->addRow(QString(), m_noticeBody);
    noticeForm->addRow(QString(), m_noticePost);

    auto* columns = new QHBoxLayout;
    columns->addWidget(m_incidentBox, 1);
    columns->addWidget(m_maintenanceBox, 1);
    columns->addWidget(m_noticeBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_incidentPost, &QPushButton::clicked, this, &OperatorPanel::postIncident);
    connect(m_maintenancePost, &QPushButton::clicked, this, &OperatorPanel::postMaintenance);
    connect(m_noticePost, &QPushButton::clicked, this, &OperatorPanel::publishNotice);
    connect(m_incidentTarget, &QComboBox::currentIndexChanged, this,
            &OperatorPanel::updateIncidentForm);
    connect(m_maintenanceTarget, &QComboBox::currentIndexChanged, this,
            &OperatorPanel::updateMaintenanceForm);
    connect(m_noticeKind, &QComboBox::currentIndexChanged, this, &OperatorPanel::updateNoticeForm);

    m_incidentTarget->addItem(QString(), QString());
    m_maintenanceTarget->addItem(QString(), QString());
    m_incidentComponent->addItem(QString(), QString());
    m_maintenanceComponent->addItem(QString(), QString());
    retranslate();
    updateIncidentForm();
    updateMaintenanceForm();
    updateNoticeForm();
}

void OperatorPanel::setDocument(const Status::StatusDocument& document)
{
    m_components = document.components;
    const auto refill = [](QComboBox* box, const QList<std::pair<QString, QString>>& entries) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const auto& [id, text] : entries)
            box->addItem(text, id);
        const int again = box->findData(current);
        box->setCurrentIndex(again < 0 ? 0 : again);
    };
    QList<std::pair<QString, QString>> components;
    for (const Status::Component& component : document.components) {
        if (!component.isGroup)
            components.append({component.id, component.name});
    }
    QList<std::pair<QString, QString>> incidents;
    for (const Status::Incident& incident : document.incidents) {
        if (!incident.closed())
            incidents.append({incident.id, incident.name});
    }
    QList<std::pair<QString, QString>> maintenances;
    for (const Status::Incident& maintenance : document.maintenances) {
        if (!maintenance.closed())
            maintenances.append({maintenance.id, maintenance.name});
    }
    refill(m_incidentComponent, components);
    refill(m_maintenanceComponent, components);
    refill(m_incidentTarget, incidents);
    refill(m_maintenanceTarget, maintenances);
    updateIncidentForm();
    updateMaintenanceForm();
}

QString OperatorPanel::resultText() const
{
    return m_result->text();
}

void OperatorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OperatorPanel::retranslate()
{
    m_incidentBox->setTitle(tr("Incident"));
    m_maintenanceBox->setTitle(tr("Maintenance"));
    m_noticeBox->setTitle(tr("Notice"));
    m_incidentTarget->setItemText(0, tr("New incident"));
    m_maintenanceTarget->setItemText(0, tr("Schedule new maintenance"));
    m_incidentComponent->setItemText(0, tr("No component affected"));
    m_maintenanceComponent->setItemText(0, tr("Every component"));
    const auto label = [](QWidget* field, const QString& text) {
        auto* form = qobject_cast<QFormLayout*>(field->parentWidget()->layout());
        if (form) {
            if (auto* item = form->labelForField(field))
                if (auto* labelWidget = qobject_cast<QLabel*>(item))
                    labelWidget->setText(text);
        }
        field->setAccessibleName(text);
    };
    const std::pair<QWidget*, QString> labels[] = {
        {m_incidentTarget, tr("Post to")},    {m_incidentName, tr("Title")},
        {m_incidentStatus, tr("Status")},     {m_incidentImpact, tr("Impact")},
        {m_incidentBody, tr("Message")},      {m_maintenanceTarget, tr("Maintenance")},
        {m_maintenanceName, tr("Title")},     {m_maintenanceFrom, tr("From")},
        {m_maintenanceUntil, tr("Until")},    {m_maintenanceComponent, tr("Component")},
        {m_maintenanceStatus, tr("Move to")}, {m_maintenanceBody, tr("Message")},
        {m_noticeKind, tr("Kind")},           {m_noticeTitle, tr("Title")},
        {m_noticeEffective, tr("Effective")}, {m_noticeBody, tr("Message")},
    };
    for (const auto& [field, text] : labels)
        label(field, text);
    m_incidentComponent->setAccessibleName(tr("Affected component"));
    m_incidentComponentStatus->setAccessibleName(tr("Affected component's status"));
    if (auto* form = qobject_cast<QFormLayout*>(m_incidentBox->layout())) {
        if (auto* item = form->itemAt(4, QFormLayout::LabelRole))
            if (auto* labelWidget = qobject_cast<QLabel*>(item->widget()))
                labelWidget->setText(tr("Component"));
    }
    for (int i = 0; i < m_incidentStatus->count(); ++i) {
        m_incidentStatus->setItemText(i, StatusText::incidentStatusText(Status::parseIncidentStatus(
                                             m_incidentStatus->itemData(i).toString())));
    }
    for (int i = 0; i < m_incidentImpact->count(); ++i) {
        m_incidentImpact->setItemText(i, StatusText::impactText(Status::parseImpact(
                                             m_incidentImpact->itemData(i).toString())));
    }
    for (int i = 0; i < m_incidentComponentStatus->count(); ++i) {
        m_incidentComponentStatus->setItemText(
            i, StatusText::componentStatusText(Status::parseComponentStatus(
                   m_incidentComponentStatus->itemData(i).toString())));
    }
    for (int i = 0; i < m_maintenanceStatus->count(); ++i) {
        m_maintenanceStatus->setItemText(
            i, StatusText::incidentStatusText(
                   Status::parseIncidentStatus(m_maintenanceStatus->itemData(i).toString())));
    }
    for (int i = 0; i < m_noticeKind->count(); ++i)
        m_noticeKind->setItemText(i,
                                  StatusText::noticeKindText(m_noticeKind->itemData(i).toString()));
    m_incidentPost->setText(tr("Post incident"));
    m_maintenancePost->setText(tr("Schedule maintenance"));
    m_noticePost->setText(tr("Publish notice"));
    m_incidentName->setPlaceholderText(tr("What is affected, in a few words"));
    updateIncidentForm();
    updateMaintenanceForm();
}

void OperatorPanel::updateIncidentForm()
{
    const bool isNew = m_incidentTarget->currentIndex() <= 0;
    m_incidentName->setEnabled(isNew);
    m_incidentPost->setText(isNew ? tr("Post incident") : tr("Post update"));
}

void OperatorPanel::updateMaintenanceForm()
{
    const bool isNew = m_maintenanceTarget->currentIndex() <= 0;
    m_maintenanceName->setEnabled(isNew);
    m_maintenanceFrom->setEnabled(isNew);
    m_maintenanceUntil->setEnabled(isNew);
    m_maintenanceComponent->setEnabled(isNew);
    m_maintenanceStatus->setEnabled(!isNew);
    m_maintenancePost->setText(isNew ? tr("Schedule maintenance") : tr("Post update"));
}

void OperatorPanel::updateNoticeForm()
{
    m_noticeEffective->setEnabled(m_noticeKind->currentData().toString() !=
                                  QLatin1String("general"));
}

void OperatorPanel::postIncident()
{
    QJsonObject body{{QStringLiteral("status"), m_incidentStatus->currentData().toString()},
                     {QStringLiteral("impact"), m_incidentImpact->currentData().toString()},
                     {QStringLiteral("body"), m_incidentBody->toPlainText().trimmed()}};
    const QString component = m_incidentComponent->currentData().toString();
    if (!component.isEmpty()) {
        body.insert(QStringLiteral("components"),
                    QJsonObject{{component, m_incidentComponentStatus->currentData().toString()}});
    }
    const QString target = m_incidentTarget->currentData().toString();
    if (target.isEmpty()) {
        body.insert(QStringLiteral("name"), m_incidentName->text().trimmed());
        send("POST", QStringLiteral("/v1/status/incidents"), body, true, m_incidentPost);
    } else {
        send("POST", QStringLiteral("/v1/status/incidents/%1/updates").arg(target), body, true,
             m_incidentPost);
    }
}

void OperatorPanel::postMaintenance()
{
    const QString target = m_maintenanceTarget->currentData().toString();
    const QString text = m_maintenanceBody->toPlainText().trimmed();
    if (target.isEmpty()) {
        QJsonObject body{{QStringLiteral("name"), m_maintenanceName->text().trimmed()},
                         {QStringLiteral("body"), text},
                         {QStringLiteral("scheduled_for"), iso(m_maintenanceFrom->dateTime())},
                         {QStringLiteral("scheduled_until"), iso(m_maintenanceUntil->dateTime())}};
        const QString component = m_maintenanceComponent->currentData().toString();
        if (!component.isEmpty())
            body.insert(QStringLiteral("component_ids"), QJsonArray{component});
        send("POST", QStringLiteral("/v1/status/maintenances"), body, true, m_maintenancePost);
    } else {
        QJsonObject body{{QStringLiteral("status"), m_maintenanceStatus->currentData().toString()}};
        if (!text.isEmpty())
            body.insert(QStringLiteral("body"), text);
        send("POST", QStringLiteral("/v1/status/maintenances/%1/updates").arg(target), body, true,
             m_maintenancePost);
    }
}

void OperatorPanel::publishNotice()
{
    const QString kind = m_noticeKind->currentData().toString();
    QJsonObject body{{QStringLiteral("kind"), kind},
                     {QStringLiteral("title"), m_noticeTitle->text().trimmed()},
                     {QStringLiteral("body"), m_noticeBody->toPlainText().trimmed()}};
    if (kind != QLatin1String("general"))
        body.insert(QStringLiteral("effective_at"), iso(m_noticeEffective->dateTime()));
    send("POST", QStringLiteral("/v1/status/notices"), body, true, m_noticePost);
}

void OperatorPanel::send(const QByteArray& method, const QString& path, const QJsonObject& body,
                         bool creates, QPushButton* button)
{
    if (!m_client) {
        showResult(tr("Sign in as an operator to post."), true);
        return;
    }
    button->setEnabled(false);
    showResult(tr("Posting…"), false);
    QPointer<QPushButton> guardButton(button);
    m_client->send(
        method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), this,
        [this, guardButton](Core::Result<Api::ApiResponse> reply) {
            if (guardButton)
                guardButton->setEnabled(true);
            if (!reply) {
                showResult(tr("Not posted: %1").arg(reply.error().detail), true);
                return;
            }
            if (!reply->ok()) {
                showResult(tr("Not posted: %1").arg(reply->problemSummary()), true);
                return;
            }
            showResult(tr("Posted. Everyone following the status sees it now."), false);
            emit posted();
        },
        creates ? Api::Creates::Yes : Api::Creates::No);
}

void OperatorPanel::showResult(const QString& text, bool error)
{
    m_result->setText(text);
    m_result->setAccessibleName(text);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText,
                     error ? StatusText::indicatorColor(Status::Indicator::Critical)
                           : palette.color(QPalette::Text));
    m_result->setPalette(palette);
}

} // namespace Gui
