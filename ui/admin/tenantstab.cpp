#include "ui/admin/tenantstab.h"

#include "core/admin/pagedlistmodel.h"
#include "ui/admin/adminsupport.h"
#include "ui/admin/confirmbar.h"

#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

namespace {

constexpr int kPageRows = 200;

enum Column
{
    Name = 0,
    Plan,
    Seats,
    Status,
    ContractEnd,
    PurgeDate,
};

} // namespace

TenantsTab::TenantsTab(QWidget* parent)
    : QWidget(parent),
      m_model(new Admin::PagedListModel(
          {QStringLiteral("name"), QStringLiteral("plan"), QStringLiteral("seats"),
           QStringLiteral("status"), QStringLiteral("contract_end"), QStringLiteral("purge_date"),
           QStringLiteral("id"), QStringLiteral("seat_limit")},
          6, this)),
      m_table(new QTableView(this)), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_planLabel(new QLabel(this)), m_plan(new QLineEdit(this)), m_seatsLabel(new QLabel(this)),
      m_seats(new QSpinBox(this)), m_contractLabel(new QLabel(this)),
      m_contractEnd(new QLineEdit(this)), m_ownerLabel(new QLabel(this)),
      m_ownerEmail(new QLineEdit(this)), m_new(new QPushButton(this)),
      m_create(new QPushButton(this)), m_save(new QPushButton(this)),
      m_terminate(new QPushButton(this)), m_confirm(new ConfirmBar(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("tenantsTab"));
    m_table->setObjectName(QStringLiteral("tenantsTable"));
    m_name->setObjectName(QStringLiteral("tenantName"));
    m_plan->setObjectName(QStringLiteral("tenantPlan"));
    m_seats->setObjectName(QStringLiteral("tenantSeats"));
    m_contractEnd->setObjectName(QStringLiteral("tenantContractEnd"));
    m_ownerEmail->setObjectName(QStringLiteral("tenantOwnerEmail"));
    m_new->setObjectName(QStringLiteral("newTenantButton"));
    m_create->setObjectName(QStringLiteral("createTenantButton"));
    m_save->setObjectName(QStringLiteral("saveTenantButton"));
    m_terminate->setObjectName(QStringLiteral("terminateTenantButton"));
    m_message->setObjectName(QStringLiteral("tenantsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_seats->setRange(0, 10'000'000);
    m_contractEnd->setInputMask(QString());
    m_contractEnd->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_nameLabel->setBuddy(m_name);
    m_planLabel->setBuddy(m_plan);
    m_seatsLabel->setBuddy(m_seats);
    m_contractLabel->setBuddy(m_contractEnd);
    m_ownerLabel->setBuddy(m_ownerEmail);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Name, 220);
    m_model->setDerive([](QJsonObject& tenant) {
        const qint64 limit = tenant.value(QStringLiteral("seat_limit")).toInteger();
        const qint64 used = tenant.value(QStringLiteral("seats_used")).toInteger();
        tenant.insert(QStringLiteral("seats"), limit > 0
                                                   ? QStringLiteral("%1 / %2").arg(used).arg(limit)
                                                   : QString::number(used));
        tenant.insert(QStringLiteral("purge_date"), Admin::purgeDate(tenant));
    });
    m_model->setFormat([](int column, const QString& value) {
        return column == Status ? AdminText::status(value) : value;
    });

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_planLabel, m_plan);
    form->addRow(m_seatsLabel, m_seats);
    form->addRow(m_contractLabel, m_contractEnd);
    form->addRow(m_ownerLabel, m_ownerEmail);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_create);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_terminate);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_confirm);
    layout->addWidget(m_message);

    connect(m_new, &QPushButton::clicked, this, &TenantsTab::newTenant);
    connect(m_create, &QPushButton::clicked, this, &TenantsTab::createTenant);
    connect(m_save, &QPushButton::clicked, this, &TenantsTab::saveTenant);
    connect(m_terminate, &QPushButton::clicked, this, &TenantsTab::terminateSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        fillForm();
        updateActions();
    });
    connect(m_model, &Admin::PagedListModel::failed, this,
            [this](int status, const QString& detail) {
                setMessage(AdminText::failure(status, detail));
            });
    retranslate();
    updateActions();
}

void TenantsTab::setContext(Admin::AdminClient* client, const Admin::Capabilities& caps)
{
    m_client = client;
    m_caps = caps;
    m_model->setFetch([this](const QString& cursor, QObject* guard, Admin::Done done) {
        if (m_client)
            m_client->tenants(cursor, kPageRows, guard, std::move(done));
    });
    reload();
}

QString TenantsTab::messageText() const
{
    return m_message->text();
}

void TenantsTab::selectTenant(const QString& tenantId)
{
    const int row = m_model->findRow(QStringLiteral("id"), tenantId);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

QString TenantsTab::selectedTenantId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->value(rows.first().row(), QStringLiteral("id"));
}

void TenantsTab::reload()
{
    if (m_client && m_caps.viewTenants())
        m_model->reload();
    else
        m_model->clear();
    updateActions();
}

void TenantsTab::fillForm()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    m_name->setText(m_model->value(row, QStringLiteral("name")));
    m_plan->setText(m_model->value(row, QStringLiteral("plan")));
    m_seats->setValue(m_model->value(row, QStringLiteral("seat_limit")).toInt());
    m_contractEnd->setText(m_model->value(row, QStringLiteral("contract_end")));
    m_ownerEmail->clear();
}

void TenantsTab::newTenant()
{
    m_table->clearSelection();
    m_name->clear();
    m_plan->clear();
    m_seats->setValue(0);
    m_contractEnd->clear();
    m_ownerEmail->clear();
    m_name->setFocus();
    updateActions();
}

QJsonObject TenantsTab::formFields(bool* ok) const
{
    *ok = true;
    QJsonObject fields{{QStringLiteral("name"), m_name->text().trimmed()},
                       {QStringLiteral("seat_limit"), m_seats->value()}};
    if (!m_plan->text().trimmed().isEmpty())
        fields.insert(QStringLiteral("plan"), m_plan->text().trimmed());
    const QString end = m_contractEnd->text().trimmed();
    if (end.isEmpty()) {
        fields.insert(QStringLiteral("contract_end"), QJsonValue(QJsonValue::Null));
    } else if (QDate::fromString(end, Qt::ISODate).isValid()) {
        fields.insert(QStringLiteral("contract_end"), end);
    } else {
        *ok = false;
    }
    return fields;
}

void TenantsTab::createTenant()
{
    if (!m_client)
        return;
    bool ok = false;
    QJsonObject fields = formFields(&ok);
    if (!ok || m_name->text().trimmed().isEmpty()) {
        setMessage(tr("Enter a name, and a contract end as YYYY-MM-DD or nothing."));
        return;
    }
    if (fields.value(QStringLiteral("contract_end")).isNull())
        fields.remove(QStringLiteral("contract_end"));
    const QString owner = m_ownerEmail->text().trimmed();
    if (!owner.isEmpty())
        fields.insert(QStringLiteral("owner_email"), owner);
    m_client->createTenant(fields, this, [this, owner](Core::Result<Api::ApiResponse> reply) {
        if (!reply || !reply->ok()) {
            setMessage(AdminText::failure(reply));
            return;
        }
        const QJsonObject tenant = reply->json();
        QString text = tr("Created %1.").arg(tenant.value(QStringLiteral("name")).toString());
        const QString token = tenant.value(QStringLiteral("owner_invitation"))
                                  .toObject()
                                  .value(QStringLiteral("invite_token"))
                                  .toString();
        if (!token.isEmpty()) {
            text += QLatin1Char(' ') +
                    tr("Pass this one-time invitation code to %1: %2").arg(owner, token);
        }
        setMessage(text);
        const QString id = tenant.value(QStringLiteral("id")).toString();
        connect(
            m_model, &Admin::PagedListModel::pageLoaded, this, [this, id] { selectTenant(id); },
            Qt::SingleShotConnection);
        reload();
    });
}

void TenantsTab::saveTenant()
{
    const QString id = selectedTenantId();
    if (!m_client || id.isEmpty())
        return;
    bool ok = false;
    const QJsonObject fields = formFields(&ok);
    if (!ok || m_name->text().trimmed().isEmpty()) {
        setMessage(tr("Enter a name, and a contract end as YYYY-MM-DD or nothing."));
        return;
    }
    m_client->updateTenant(id, fields, this, [this, id](Core::Result<Api::ApiResponse> reply) {
        if (!reply || !reply->ok()) {
            setMessage(AdminText::failure(reply));
            return;
        }
        setMessage(tr("Saved %1.").arg(reply->json().value(QStringLiteral("name")).toString()));
        connect(
            m_model, &Admin::PagedListModel::pageLoaded, this, [this, id] { selectTenant(id); },
            Qt::SingleShotConnection);
        reload();
    });
}

void TenantsTab::terminateSelected()
{
    const QString id = selectedTenantId();
    if (!m_client || id.isEmpty())
        return;
    const QString name = m_name->text();
    const QString end = m_contractEnd->text().trimmed();
    const QDate endDate = QDate::fromString(end, Qt::ISODate);
    const QDate purge = (endDate.isValid() ? endDate : QDate::currentDate())
                            .addDays(Admin::kPurgeAfterContractEndDays);
    m_confirm->ask(tr("Terminate %1? Its users are signed out at once and its data is erased on "
                      "%2.")
                       .arg(name, purge.toString(Qt::ISODate)),
                   false, [this, id, end, endDate](const QString&) {
                       m_client->terminateTenant(
                           id, endDate.isValid() ? end : QString(), this,
                           [this, id](Core::Result<Api::ApiResponse> reply) {
                               if (!reply || !reply->ok()) {
                                   setMessage(AdminText::failure(reply));
                                   return;
                               }
                               const QJsonObject tenant = reply->json();
                               setMessage(tr("Terminated %1; its data is erased on %2.")
                                              .arg(tenant.value(QStringLiteral("name")).toString(),
                                                   Admin::purgeDate(tenant)));
                               connect(
                                   m_model, &Admin::PagedListModel::pageLoaded, this,
                                   [this, id] { selectTenant(id); }, Qt::SingleShotConnection);
                               reload();
                           });
                   });
}

void TenantsTab::updateActions()
{
    const bool edit = m_client && m_caps.editTenants();
    const QString id = selectedTenantId();
    const int row = m_model->findRow(QStringLiteral("id"), id);
    const bool active =
        row >= 0 && m_model->value(row, QStringLiteral("status")) == QLatin1String("active");
    for (QWidget* field : std::initializer_list<QWidget*>{m_name, m_plan, m_seats, m_contractEnd,
                                                          m_ownerEmail, m_new}) {
        field->setEnabled(edit);
    }
    m_create->setEnabled(edit && id.isEmpty());
    m_ownerEmail->setEnabled(edit && id.isEmpty());
    m_save->setEnabled(edit && !id.isEmpty());
    m_terminate->setEnabled(edit && active);
}

void TenantsTab::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void TenantsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TenantsTab::retranslate()
{
    m_model->setHeaders({tr("Name"), tr("Plan"), tr("Seats"), tr("Status"), tr("Contract end"),
                         tr("Data erased on")});
    m_table->setAccessibleName(tr("Tenants"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Tenant name"));
    m_planLabel->setText(tr("&Plan:"));
    m_plan->setAccessibleName(tr("Plan"));
    m_seatsLabel->setText(tr("&Seat limit:"));
    m_seats->setSpecialValueText(tr("No limit"));
    m_seats->setAccessibleName(tr("Seat limit"));
    m_contractLabel->setText(tr("&Contract end:"));
    m_contractEnd->setAccessibleName(tr("Contract end date"));
    m_ownerLabel->setText(tr("First &owner's email:"));
    m_ownerEmail->setAccessibleName(tr("Email of the first owner to invite"));
    m_new->setText(tr("Ne&w"));
    m_create->setText(tr("C&reate tenant"));
    m_save->setText(tr("Sa&ve changes"));
    m_terminate->setText(tr("&Terminate…"));
}

} // namespace Gui
