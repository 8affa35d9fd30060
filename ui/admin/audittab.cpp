#include "ui/admin/audittab.h"

#include "core/admin/pagedlistmodel.h"
#include "ui/admin/adminsupport.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

namespace {

constexpr int kPageRows = 200;
const char* const kOutcomes[] = {"success", "denied", "failure"};

enum Column
{
    Seq = 0,
    At,
    Actor,
    Action,
    Target,
    Outcome,
    Address,
};

} // namespace

AuditTab::AuditTab(QWidget* parent)
    : QWidget(parent),
      m_model(new Admin::PagedListModel(
          {QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("actor_email"),
           QStringLiteral("action"), QStringLiteral("target"), QStringLiteral("outcome"),
           QStringLiteral("source_address"), QStringLiteral("status"), QStringLiteral("tenant_id")},
          7, this)),
      m_actor(new QLineEdit(this)), m_action(new QLineEdit(this)), m_outcome(new QComboBox(this)),
      m_since(new QLineEdit(this)), m_until(new QLineEdit(this)), m_apply(new QPushButton(this)),
      m_table(new QTableView(this)), m_integrityLabel(new QLabel(this)),
      m_verify(new QPushButton(this)), m_export(new QPushButton(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("auditTab"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_outcome->setObjectName(QStringLiteral("auditOutcome"));
    m_apply->setObjectName(QStringLiteral("auditApply"));
    m_since->setObjectName(QStringLiteral("auditSince"));
    m_until->setObjectName(QStringLiteral("auditUntil"));
    for (QLineEdit* date : {m_since, m_until}) {
        date->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
        date->setMaximumWidth(120);
        connect(date, &QLineEdit::returnPressed, this, &AuditTab::reload);
    }
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_integrityLabel->setObjectName(QStringLiteral("auditIntegrity"));
    m_integrityLabel->setWordWrap(true);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    m_outcome->addItem(QString(), QString());
    for (const char* outcome : kOutcomes)
        m_outcome->addItem(QString(), QString::fromLatin1(outcome));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Seq, 60);
    m_table->setColumnWidth(Actor, 200);
    m_table->setColumnWidth(Action, 260);
    m_model->setFormat([](int column, const QString& value) {
        switch (column) {
        case At:
            return AdminText::time(value);
        case Outcome:
            return AdminText::status(value);
        default:
            return value;
        }
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_outcome);
    filters->addWidget(m_since);
    filters->addWidget(m_until);
    filters->addWidget(m_apply);
    auto* integrity = new QHBoxLayout;
    integrity->addWidget(m_integrityLabel, 1);
    integrity->addWidget(m_verify);
    integrity->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(integrity);
    layout->addWidget(m_message);

    connect(m_apply, &QPushButton::clicked, this, &AuditTab::reload);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditTab::reload);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditTab::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditTab::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditTab::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditTab::chooseExport);
    connect(m_model, &Admin::PagedListModel::failed, this,
            [this](int status, const QString& detail) {
                setMessage(AdminText::failure(status, detail));
            });
    retranslate();
}

void AuditTab::setContext(Admin::AdminClient* client, const Admin::Capabilities& caps)
{
    m_client = client;
    m_caps = caps;
    m_model->setFetch([this](const QString& cursor, QObject* guard, Admin::Done done) {
        if (m_client)
            m_client->audit(query(), cursor, kPageRows, guard, std::move(done));
    });
    m_verify->setVisible(caps.verifyAudit());
    m_integrity = -1;
    retranslate();
    reload();
    if (caps.verifyAudit())
        verify();
}

Admin::AuditQuery AuditTab::query() const
{
    Admin::AuditQuery q;
    q.actor = m_actor->text();
    q.action = m_action->text();
    q.outcome = m_outcome->currentData().toString();
    // Whole days in UTC, as the log stores its times; "until" includes its day.
    const QDate since = QDate::fromString(m_since->text().trimmed(), Qt::ISODate);
    const QDate until = QDate::fromString(m_until->text().trimmed(), Qt::ISODate);
    if (since.isValid())
        q.since = since.toString(Qt::ISODate);
    if (until.isValid())
        q.until = until.addDays(1).toString(Qt::ISODate);
    return q;
}

QString AuditTab::integrityText() const
{
    return m_integrityLabel->text();
}

QString AuditTab::messageText() const
{
    return m_message->text();
}

void AuditTab::reload()
{
    if (m_client)
        m_model->reload();
    else
        m_model->clear();
}

void AuditTab::verify()
{
    if (!m_client)
        return;
    m_verify->setEnabled(false);
    m_integrityLabel->setText(tr("Checking the chain…"));
    m_client->verifyAudit(this, [this](Core::Result<Api::ApiResponse> reply) {
        m_verify->setEnabled(true);
        if (!reply || !reply->ok()) {
            m_integrity = -1;
            retranslate();
            setMessage(AdminText::failure(reply));
            return;
        }
        const QJsonObject result = reply->json();
        m_integrity = result.value(QStringLiteral("intact")).toBool() ? 1 : 0;
        m_integrityEntries = result.value(QStringLiteral("entries")).toInteger();
        m_brokenSeq = result.value(QStringLiteral("first_broken_seq")).toInteger();
        m_integrityDetail = result.value(QStringLiteral("reason")).toString();
        retranslate();
        if (m_integrity == 0) {
            // Point at the first broken entry when it is among the loaded rows.
            const int row = m_model->findRow(QStringLiteral("seq"), QString::number(m_brokenSeq));
            if (row >= 0) {
                m_table->selectRow(row);
                m_table->scrollTo(m_model->index(row, 0));
            }
        }
    });
}

void AuditTab::chooseExport()
{
    auto* dialog = new QFileDialog(this, tr("Export the audit log"), QStringLiteral("audit.csv"),
                                   tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, &AuditTab::exportTo);
    dialog->open();
}

void AuditTab::exportTo(const QString& path)
{
    if (!m_client)
        return;
    setMessage(tr("Exporting…"));
    m_client->exportAudit(query(), this, [this, path](Core::Result<Api::ApiResponse> reply) {
        if (!reply || !reply->ok()) {
            setMessage(AdminText::failure(reply));
            return;
        }
        writeFileAsync(path, reply->body, this, [this, path](QString error) {
            setMessage(error.isEmpty() ? tr("Exported the audit log to %1.").arg(path)
                                       : tr("Cannot write %1: %2").arg(path, error));
        });
    });
}

void AuditTab::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void AuditTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditTab::retranslate()
{
    m_model->setHeaders({tr("No."), tr("Time"), tr("Actor"), tr("Action"), tr("Target"),
                         tr("Outcome"), tr("Address")});
    m_actor->setPlaceholderText(tr("Actor email"));
    m_actor->setAccessibleName(tr("Filter by actor email"));
    m_action->setPlaceholderText(tr("Action, e.g. POST /v1/tenants"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_outcome->setItemText(0, tr("All outcomes"));
    for (int i = 1; i < m_outcome->count(); ++i)
        m_outcome->setItemText(i, AdminText::status(m_outcome->itemData(i).toString()));
    m_outcome->setAccessibleName(tr("Filter by outcome"));
    m_since->setToolTip(tr("From this day (UTC)"));
    m_since->setAccessibleName(tr("From this day (UTC)"));
    m_until->setToolTip(tr("Until this day, inclusive (UTC)"));
    m_until->setAccessibleName(tr("Until this day, inclusive (UTC)"));
    m_apply->setText(tr("&Filter"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_verify->setText(tr("&Verify chain"));
    m_export->setText(tr("E&xport CSV…"));
    QString integrity;
    QString style;
    if (!m_caps.verifyAudit()) {
        integrity = tr("The chain's integrity is checked by platform operators and auditors.");
    } else if (m_integrity == 1) {
        integrity = tr("Chain verified: all %n entries are intact.", nullptr,
                       static_cast<int>(m_integrityEntries));
        style = QStringLiteral("color: #1b5e20;");
    } else if (m_integrity == 0) {
        integrity = tr("Chain broken: entry %1 is the first that fails (%2).")
                        .arg(m_brokenSeq)
                        .arg(m_integrityDetail);
        style = QStringLiteral("color: #b71c1c; font-weight: bold;");
    } else {
        integrity = tr("The chain has not been checked yet.");
    }
    m_integrityLabel->setText(integrity);
    m_integrityLabel->setAccessibleName(integrity);
    m_integrityLabel->setStyleSheet(style);
}

} // namespace Gui
