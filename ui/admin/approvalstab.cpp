#include "ui/admin/approvalstab.h"

#include "core/admin/pagedlistmodel.h"
#include "ui/admin/adminsupport.h"
#include "ui/admin/confirmbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

namespace {

enum Column
{
    UserEmail = 0,
    Role,
    RequestedBy,
    RequestedAt,
    DecideBy,
};

} // namespace

ApprovalsTab::ApprovalsTab(QWidget* parent)
    : QWidget(parent),
      m_model(new Admin::PagedListModel(
          {QStringLiteral("user_email"), QStringLiteral("role"),
           QStringLiteral("requested_by_email"), QStringLiteral("requested_at"),
           QStringLiteral("decide_by"), QStringLiteral("id"), QStringLiteral("requested_by")},
          5, this)),
      m_intro(new QLabel(this)), m_table(new QTableView(this)), m_approve(new QPushButton(this)),
      m_reject(new QPushButton(this)), m_refresh(new QPushButton(this)),
      m_confirm(new ConfirmBar(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("approvalsTab"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(UserEmail, 240);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_refresh->setObjectName(QStringLiteral("refreshApprovals"));
    m_message->setObjectName(QStringLiteral("approvalsMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_confirm);
    layout->addWidget(m_message);

    m_model->setFormat([](int column, const QString& value) {
        switch (column) {
        case Role:
            return AdminText::role(value);
        case RequestedAt:
        case DecideBy:
            return AdminText::time(value);
        default:
            return value;
        }
    });
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsTab::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsTab::rejectSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ApprovalsTab::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalsTab::updateActions);
    connect(m_model, &Admin::PagedListModel::pageLoaded, this, [this] {
        updateActions();
        emit pendingCountChanged(pendingCount());
    });
    connect(m_model, &Admin::PagedListModel::failed, this,
            [this](int status, const QString& detail) {
                setMessage(AdminText::failure(status, detail));
            });
    retranslate();
    updateActions();
}

void ApprovalsTab::setContext(Admin::AdminClient* client, const Admin::Capabilities& caps)
{
    m_client = client;
    m_caps = caps;
    m_model->setFetch([this](const QString&, QObject* guard, Admin::Done done) {
        if (m_client)
            m_client->roleRequests(m_caps.tenantId, QStringLiteral("pending"), guard,
                                   std::move(done));
    });
    reload();
}

int ApprovalsTab::pendingCount() const
{
    return m_model->rowCount();
}

QString ApprovalsTab::messageText() const
{
    return m_message->text();
}

void ApprovalsTab::selectRequest(const QString& requestId)
{
    const int row = m_model->findRow(QStringLiteral("id"), requestId);
    if (row >= 0)
        m_table->selectRow(row);
}

void ApprovalsTab::reload()
{
    if (m_client && !m_caps.tenantId.isEmpty())
        m_model->reload();
    else
        m_model->clear();
    updateActions();
}

void ApprovalsTab::approveSelected()
{
    decide(true);
}

void ApprovalsTab::rejectSelected()
{
    decide(false);
}

void ApprovalsTab::decide(bool approve)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_client)
        return;
    const int row = rows.first().row();
    const QString id = m_model->value(row, QStringLiteral("id"));
    const QString email = m_model->value(row, QStringLiteral("user_email"));
    const QString role = AdminText::role(m_model->value(row, QStringLiteral("role")));
    const QString question = approve ? tr("Approve giving %1 the role %2?").arg(email, role)
                                     : tr("Reject giving %1 the role %2?").arg(email, role);
    m_confirm->ask(question, true, [this, id, email, role, approve](const QString& reason) {
        m_client->decideRoleRequest(
            m_caps.tenantId, id, approve, reason, this,
            [this, email, role, approve](Core::Result<Api::ApiResponse> reply) {
                if (reply && reply->status == 403 &&
                    Admin::problemType(*reply) == QLatin1String("four-eyes")) {
                    setMessage(tr("A different owner must decide this request: nobody approves "
                                  "their own."));
                    return;
                }
                if (!reply || !reply->ok()) {
                    setMessage(AdminText::failure(reply));
                    return;
                }
                setMessage(approve ? tr("Approved: %1 is now %2.").arg(email, role)
                                   : tr("Rejected the role %2 for %1.").arg(email, role));
                reload();
            });
    });
}

void ApprovalsTab::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool decidable =
        m_client && m_caps.decideApprovals() && !rows.isEmpty() &&
        m_model->value(rows.first().row(), QStringLiteral("requested_by")) != m_caps.userId;
    m_approve->setEnabled(decidable);
    m_reject->setEnabled(decidable);
}

void ApprovalsTab::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void ApprovalsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApprovalsTab::retranslate()
{
    m_model->setHeaders(
        {tr("Person"), tr("Role asked"), tr("Requested by"), tr("Requested"), tr("Lapses")});
    m_intro->setText(tr("Granting owner or admin takes a second owner's approval. Requests you "
                        "made yourself are decided by another owner."));
    m_table->setAccessibleName(tr("Pending role requests"));
    m_approve->setText(tr("&Approve…"));
    m_reject->setText(tr("Re&ject…"));
    m_refresh->setText(tr("Re&fresh"));
}

} // namespace Gui
