#include "ui/admin/userstab.h"

#include "core/admin/pagedlistmodel.h"
#include "ui/admin/adminsupport.h"
#include "ui/admin/confirmbar.h"
#include "ui/admin/importdialog.h"
#include "ui/admin/invitelinkspanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Gui {

namespace {

constexpr int kPageRows = 200;
const char* const kTenantRoles[] = {"owner", "admin", "editor", "uploader", "viewer"};
const char* const kStatuses[] = {"active", "invited", "disabled"};

enum Column
{
    Email = 0,
    Name,
    Roles,
    Status,
    Created,
};

} // namespace

UsersTab::UsersTab(QWidget* parent)
    : QWidget(parent),
      m_model(new Admin::PagedListModel({QStringLiteral("email"), QStringLiteral("display_name"),
                                         QStringLiteral("roles"), QStringLiteral("status"),
                                         QStringLiteral("created_at"), QStringLiteral("id")},
                                        5, this)),
      m_tenant(new QComboBox(this)), m_search(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_status(new QComboBox(this)), m_searchDelay(new QTimer(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_invite(new QPushButton(this)),
      m_linksButton(new QPushButton(this)), m_import(new QPushButton(this)),
      m_export(new QPushButton(this)), m_disable(new QPushButton(this)),
      m_enable(new QPushButton(this)), m_reset(new QPushButton(this)),
      m_resetTotp(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_newRole(new QComboBox(this)), m_changeRole(new QPushButton(this)),
      m_revoke(new QPushButton(this)), m_invitePanel(new QGroupBox(this)),
      m_inviteEmail(new QLineEdit(m_invitePanel)), m_inviteName(new QLineEdit(m_invitePanel)),
      m_inviteRole(new QComboBox(m_invitePanel)), m_sendInvite(new QPushButton(m_invitePanel)),
      m_confirm(new ConfirmBar(this)), m_message(new QLabel(this)),
      m_linksPanel(new InviteLinksPanel(this))
{
    setObjectName(QStringLiteral("usersTab"));
    m_tenant->setObjectName(QStringLiteral("tenantPicker"));
    m_tenant->hide();
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setClearButtonEnabled(true);
    m_role->setObjectName(QStringLiteral("roleFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_role->addItem(QString(), QString());
    for (const char* role : kTenantRoles)
        m_role->addItem(QString(), QString::fromLatin1(role));
    m_status->addItem(QString(), QString());
    for (const char* status : kStatuses)
        m_status->addItem(QString(), QString::fromLatin1(status));
    for (const char* role : kTenantRoles) {
        m_newRole->addItem(QString(), QString::fromLatin1(role));
        m_inviteRole->addItem(QString(), QString::fromLatin1(role));
    }
    m_inviteRole->setCurrentIndex(m_inviteRole->findData(QStringLiteral("viewer")));
    m_newRole->setObjectName(QStringLiteral("newRole"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Email, 260);
    m_table->setColumnWidth(Name, 180);
    m_count->setObjectName(QStringLiteral("usersCount"));
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_invite->setObjectName(QStringLiteral("inviteButton"));
    m_linksButton->setObjectName(QStringLiteral("inviteLinksButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_disable->setObjectName(QStringLiteral("disableButton"));
    m_enable->setObjectName(QStringLiteral("enableButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_resetTotp->setObjectName(QStringLiteral("resetTotpButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));
    m_revoke->setObjectName(QStringLiteral("revokeSessionsButton"));
    m_invitePanel->setObjectName(QStringLiteral("invitePanel"));
    m_inviteEmail->setObjectName(QStringLiteral("inviteEmail"));
    m_inviteName->setObjectName(QStringLiteral("inviteName"));
    m_inviteRole->setObjectName(QStringLiteral("inviteRole"));
    m_sendInvite->setObjectName(QStringLiteral("sendInviteButton"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_tenant, 1);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_role, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_count);

    auto* bulk = new QHBoxLayout;
    bulk->addWidget(m_invite);
    bulk->addWidget(m_linksButton);
    bulk->addWidget(m_import);
    bulk->addWidget(m_export);
    bulk->addStretch(1);

    auto* selected = new QHBoxLayout;
    selected->addWidget(m_disable);
    selected->addWidget(m_enable);
    selected->addWidget(m_reset);
    selected->addWidget(m_resetTotp);
    selected->addWidget(m_revoke);
    selected->addWidget(m_delete);
    selected->addStretch(1);
    selected->addWidget(m_newRole);
    selected->addWidget(m_changeRole);

    auto* inviteForm = new QFormLayout(m_invitePanel);
    inviteForm->addRow(QStringLiteral("&Email:"), m_inviteEmail);
    inviteForm->addRow(QStringLiteral("&Name:"), m_inviteName);
    inviteForm->addRow(QStringLiteral("&Role:"), m_inviteRole);
    inviteForm->addRow(QString(), m_sendInvite);
    m_invitePanel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(bulk);
    layout->addWidget(m_invitePanel);
    layout->addWidget(m_linksPanel, 1);
    m_linksPanel->hide();
    layout->addWidget(m_table, 1);
    layout->addLayout(selected);
    layout->addWidget(m_confirm);
    layout->addWidget(m_message);

    // Keyboard order follows the layout: filters, bulk actions, the invite form, the table,
    // then the actions on the selected user.
    const QList<QWidget*> order{m_tenant,      m_search,     m_role,   m_status,      m_invite,
                                m_linksButton, m_import,     m_export, m_inviteEmail, m_inviteName,
                                m_inviteRole,  m_sendInvite, m_table,  m_disable,     m_enable,
                                m_reset,       m_resetTotp,  m_revoke, m_delete,      m_newRole,
                                m_changeRole};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &UsersTab::reload);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersTab::reload);
    connect(m_tenant, &QComboBox::activated, this,
            [this](int index) { setTenant(m_tenant->itemData(index).toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &UsersTab::reload);
    connect(m_invite, &QPushButton::clicked, this, &UsersTab::showInvite);
    connect(m_linksButton, &QPushButton::clicked, this, &UsersTab::showInviteLinks);
    connect(m_linksPanel, &InviteLinksPanel::decided, this, &UsersTab::reload);
    connect(m_sendInvite, &QPushButton::clicked, this, &UsersTab::sendInvite);
    connect(m_inviteEmail, &QLineEdit::returnPressed, this, &UsersTab::sendInvite);
    connect(m_import, &QPushButton::clicked, this, &UsersTab::openImport);
    connect(m_export, &QPushButton::clicked, this, &UsersTab::chooseExport);
    connect(m_disable, &QPushButton::clicked, this, &UsersTab::disableSelected);
    connect(m_enable, &QPushButton::clicked, this, &UsersTab::enableSelected);
    connect(m_delete, &QPushButton::clicked, this, &UsersTab::deleteSelected);
    connect(m_reset, &QPushButton::clicked, this, &UsersTab::resetSelectedPassword);
    connect(m_resetTotp, &QPushButton::clicked, this, &UsersTab::resetSelectedTotp);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersTab::changeSelectedRole);
    connect(m_revoke, &QPushButton::clicked, this, &UsersTab::revokeSelectedSessions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersTab::updateActions);
    connect(m_model, &Admin::PagedListModel::pageLoaded, this, &UsersTab::updateActions);
    connect(m_model, &Admin::PagedListModel::failed, this,
            [this](int status, const QString& detail) {
                setMessage(AdminText::failure(status, detail));
            });
    m_model->setFormat([](int column, const QString& value) {
        switch (column) {
        case Roles:
            return AdminText::roles(value);
        case Status:
            return AdminText::status(value);
        case Created:
            return AdminText::time(value);
        default:
            return value;
        }
    });
    retranslate();
    updateActions();
}

void UsersTab::setContext(Admin::AdminClient* client, const Admin::Capabilities& caps)
{
    m_client = client;
    m_caps = caps;
    m_tenantId = caps.tenantId;
    m_tenant->setVisible(client && caps.platformStaff());
    m_tenant->clear();
    m_model->setFetch([this](const QString& cursor, QObject* guard, Admin::Done done) {
        if (!m_client)
            return;
        const Admin::UserQuery query{m_search->text(), m_role->currentData().toString(),
                                     m_status->currentData().toString()};
        m_client->users(m_tenantId, query, cursor, kPageRows, guard, std::move(done));
    });
    // Only owners invite owners and admins (four-eyes); admins invite the other roles.
    for (int i = 0; i < m_inviteRole->count(); ++i) {
        const QString role = m_inviteRole->itemData(i).toString();
        const bool privileged = role == QLatin1String("owner") || role == QLatin1String("admin");
        const bool allowed = !privileged || caps.grantPrivileged();
        m_inviteRole->setItemData(i, allowed ? QVariant() : QVariant(0), Qt::UserRole - 1);
        m_newRole->setItemData(i, allowed ? QVariant() : QVariant(0), Qt::UserRole - 1);
    }
    m_linksPanel->setContext(client && caps.manageUsers() ? client : nullptr, m_tenantId);
    if (client && caps.platformStaff())
        loadTenants();
    reload();
}

void UsersTab::setTenant(const QString& tenantId)
{
    m_tenantId = tenantId;
    const int index = m_tenant->findData(tenantId);
    if (index >= 0)
        m_tenant->setCurrentIndex(index);
    reload();
}

void UsersTab::loadTenants()
{
    // Platform staff read any tenant's users: the first 500 tenants to choose from.
    m_client->tenants({}, 500, this, [this](Core::Result<Api::ApiResponse> reply) {
        if (!reply || !reply->ok()) {
            setMessage(AdminText::failure(reply));
            return;
        }
        m_tenant->clear();
        for (const QJsonValue& value : reply->json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject tenant = value.toObject();
            m_tenant->addItem(tenant.value(QStringLiteral("name")).toString(),
                              tenant.value(QStringLiteral("id")).toString());
        }
        if (m_tenantId.isEmpty() && m_tenant->count() > 0)
            setTenant(m_tenant->itemData(0).toString());
        else
            m_tenant->setCurrentIndex(m_tenant->findData(m_tenantId));
    });
}

QString UsersTab::messageText() const
{
    return m_message->text();
}

QString UsersTab::selectedUserId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->value(rows.first().row(), QStringLiteral("id"));
}

QString UsersTab::selectedEmail() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->value(rows.first().row(), QStringLiteral("email"));
}

void UsersTab::selectUser(const QString& userId)
{
    const int row = m_model->findRow(QStringLiteral("id"), userId);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

void UsersTab::reload()
{
    m_searchDelay->stop();
    if (m_client && !m_tenantId.isEmpty())
        m_model->reload();
    else
        m_model->clear();
    updateActions();
}

void UsersTab::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void UsersTab::updateActions()
{
    const bool manage = m_client && m_caps.manageUsers();
    const bool read = m_client && !m_tenantId.isEmpty();
    const bool selected =
        manage && !selectedUserId().isEmpty() && selectedUserId() != m_caps.userId;
    m_invite->setEnabled(manage);
    m_linksButton->setEnabled(manage);
    m_import->setEnabled(manage);
    m_export->setEnabled(read);
    for (QWidget* action :
         std::initializer_list<QWidget*>{m_disable, m_enable, m_reset, m_resetTotp, m_delete,
                                         m_newRole, m_changeRole, m_revoke}) {
        action->setEnabled(selected);
    }
    m_count->setText(m_model->hasMore()
                         ? tr("%n user(s) loaded, more on scrolling", nullptr, m_model->rowCount())
                         : tr("%n user(s)", nullptr, m_model->rowCount()));
}

void UsersTab::afterChange(const Core::Result<Api::ApiResponse>& reply, const QString& success)
{
    if (!reply || !reply->ok()) {
        setMessage(AdminText::failure(reply));
        return;
    }
    setMessage(success);
    reload();
}

void UsersTab::showInvite()
{
    m_invitePanel->setVisible(true);
    m_inviteEmail->setFocus();
}

void UsersTab::showInviteLinks()
{
    m_linksPanel->setVisible(true);
    m_linksPanel->reload();
}

void UsersTab::sendInvite()
{
    if (!m_client)
        return;
    const QString email = m_inviteEmail->text().trimmed();
    if (!email.contains(QLatin1Char('@'))) {
        setMessage(tr("Enter the email address of the person to invite."));
        return;
    }
    m_sendInvite->setEnabled(false);
    m_client->inviteUser(
        m_tenantId, email, m_inviteRole->currentData().toString(), m_inviteName->text(), this,
        [this, email](Core::Result<Api::ApiResponse> reply) {
            m_sendInvite->setEnabled(true);
            if (!reply || !reply->ok()) {
                setMessage(AdminText::failure(reply));
                return;
            }
            const QJsonObject user = reply->json();
            QString text = tr("Invited %1. Pass on this one-time invitation code (valid 7 days): "
                              "%2")
                               .arg(email, user.value(QStringLiteral("invite_token")).toString());
            if (user.contains(QStringLiteral("role_request"))) {
                text += QLatin1Char('\n') +
                        tr("The role %1 takes effect when another owner approves it.")
                            .arg(AdminText::role(user.value(QStringLiteral("role_request"))
                                                     .toObject()
                                                     .value(QStringLiteral("role"))
                                                     .toString()));
                emit roleRequestFiled();
            }
            setMessage(text);
            m_inviteEmail->clear();
            m_inviteName->clear();
            reload();
        });
}

void UsersTab::openImport()
{
    if (!m_client)
        return;
    auto* dialog = new ImportDialog(*m_client, m_tenantId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &UsersTab::reload);
    dialog->open();
    dialog->chooseFile();
}

void UsersTab::chooseExport()
{
    auto* dialog = new QFileDialog(this, tr("Export users"), QStringLiteral("users.csv"),
                                   tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, &UsersTab::exportTo);
    dialog->open();
}

void UsersTab::exportTo(const QString& path)
{
    if (!m_client)
        return;
    setMessage(tr("Exporting…"));
    m_client->exportUsers(m_tenantId, this, [this, path](Core::Result<Api::ApiResponse> reply) {
        if (!reply || !reply->ok()) {
            setMessage(AdminText::failure(reply));
            return;
        }
        writeFileAsync(path, reply->body, this, [this, path](QString error) {
            setMessage(error.isEmpty() ? tr("Exported the users to %1.").arg(path)
                                       : tr("Cannot write %1: %2").arg(path, error));
        });
    });
}

void UsersTab::disableSelected()
{
    const QString id = selectedUserId();
    const QString email = selectedEmail();
    if (id.isEmpty() || !m_client)
        return;
    m_confirm->ask(tr("Disable %1? Their sessions end at once.").arg(email), false,
                   [this, id, email](const QString&) {
                       m_client->setUserEnabled(
                           m_tenantId, id, false, this,
                           [this, email](Core::Result<Api::ApiResponse> reply) {
                               afterChange(reply, tr("Disabled %1.").arg(email));
                           });
                   });
}

void UsersTab::enableSelected()
{
    const QString id = selectedUserId();
    const QString email = selectedEmail();
    if (id.isEmpty() || !m_client)
        return;
    m_client->setUserEnabled(m_tenantId, id, true, this,
                             [this, email](Core::Result<Api::ApiResponse> reply) {
                                 afterChange(reply, tr("Enabled %1.").arg(email));
                             });
}

void UsersTab::deleteSelected()
{
    const QString id = selectedUserId();
    const QString email = selectedEmail();
    if (id.isEmpty() || !m_client)
        return;
    m_confirm->ask(tr("Delete %1? This cannot be undone.").arg(email), false,
                   [this, id, email](const QString&) {
                       m_client->deleteUser(m_tenantId, id, this,
                                            [this, email](Core::Result<Api::ApiResponse> reply) {
                                                afterChange(reply, tr("Deleted %1.").arg(email));
                                            });
                   });
}

void UsersTab::resetSelectedPassword()
{
    const QString id = selectedUserId();
    const QString email = selectedEmail();
    if (id.isEmpty() || !m_client)
        return;
    m_confirm->ask(
        tr("Reset the password of %1? The old password stops working and every session ends.")
            .arg(email),
        false, [this, id, email](const QString&) {
            m_client->resetPassword(
                m_tenantId, id, this, [this, email](Core::Result<Api::ApiResponse> reply) {
                    if (!reply || !reply->ok()) {
                        setMessage(AdminText::failure(reply));
                        return;
                    }
                    setMessage(
                        tr("Password reset for %1. Pass on this one-time code (valid 24 "
                           "hours): %2")
                            .arg(email,
                                 reply->json().value(QStringLiteral("reset_token")).toString()));
                });
        });
}

void UsersTab::resetSelectedTotp()
{
    const QString id = selectedUserId();
    const QString email = selectedEmail();
    if (id.isEmpty() || !m_client)
        return;
    m_confirm->ask(
        tr("Turn off two-step verification for %1 (for a lost or replaced phone)? Every session "
           "of theirs ends; they sign in with their password and, where your organisation "
           "requires it, set up a new code at that sign-in.")
            .arg(email),
        false, [this, id, email](const QString&) {
            m_client->resetTotp(m_tenantId, id, this,
                                [this, email](Core::Result<Api::ApiResponse> reply) {
                                    if (reply && reply->status == 409 &&
                                        reply->json()
                                            .value(QStringLiteral("type"))
                                            .toString()
                                            .endsWith(QLatin1String("/totp-not-enabled"))) {
                                        setMessage(tr("%1 has no two-step verification to turn "
                                                      "off.")
                                                       .arg(email));
                                        return;
                                    }
                                    afterChange(reply, tr("Two-step verification turned off for "
                                                          "%1; their sessions ended.")
                                                           .arg(email));
                                });
        });
}

void UsersTab::changeSelectedRole()
{
    const QString id = selectedUserId();
    const QString email = selectedEmail();
    const QString role = m_newRole->currentData().toString();
    if (id.isEmpty() || !m_client)
        return;
    m_confirm->ask(tr("Give %1 the role %2?").arg(email, AdminText::role(role)), false,
                   [this, id, email, role](const QString&) {
                       m_client->changeRole(
                           m_tenantId, id, role, this,
                           [this, email, role](Core::Result<Api::ApiResponse> reply) {
                               if (reply && reply->status == 202) {
                                   setMessage(tr("Requested the role %1 for %2; another owner "
                                                 "must approve it.")
                                                  .arg(AdminText::role(role), email));
                                   emit roleRequestFiled();
                                   return;
                               }
                               afterChange(reply,
                                           tr("%1 is now %2.").arg(email, AdminText::role(role)));
                           });
                   });
}

void UsersTab::revokeSelectedSessions()
{
    const QString id = selectedUserId();
    const QString email = selectedEmail();
    if (id.isEmpty() || !m_client)
        return;
    m_confirm->ask(
        tr("Sign %1 out everywhere?").arg(email), false, [this, id, email](const QString&) {
            m_client->revokeUserSessions(
                m_tenantId, id, this, [this, email](Core::Result<Api::ApiResponse> reply) {
                    afterChange(reply, tr("Signed %1 out everywhere.").arg(email));
                });
        });
}

void UsersTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsersTab::retranslate()
{
    m_model->setHeaders({tr("Email"), tr("Name"), tr("Role"), tr("Status"), tr("Created")});
    m_search->setPlaceholderText(tr("Search by email or name"));
    m_search->setAccessibleName(tr("Search users"));
    m_role->setItemText(0, tr("All roles"));
    m_role->setAccessibleName(tr("Role filter"));
    m_status->setItemText(0, tr("All states"));
    m_status->setAccessibleName(tr("Status filter"));
    for (int i = 1; i < m_role->count(); ++i)
        m_role->setItemText(i, AdminText::role(m_role->itemData(i).toString()));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, AdminText::status(m_status->itemData(i).toString()));
    for (int i = 0; i < m_newRole->count(); ++i) {
        m_newRole->setItemText(i, AdminText::role(m_newRole->itemData(i).toString()));
        m_inviteRole->setItemText(i, AdminText::role(m_inviteRole->itemData(i).toString()));
    }
    m_table->setAccessibleName(tr("Users"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_invite->setText(tr("&Invite…"));
    m_linksButton->setText(tr("Invite lin&ks…"));
    m_import->setText(tr("Import &CSV…"));
    m_export->setText(tr("E&xport CSV…"));
    m_disable->setText(tr("&Disable"));
    m_enable->setText(tr("E&nable"));
    m_reset->setText(tr("Reset &password"));
    m_resetTotp->setText(tr("Reset t&wo-step verification"));
    m_resetTotp->setToolTip(tr("For a lost or replaced phone: turns the person's one-time code "
                               "off and ends their sessions"));
    m_delete->setText(tr("De&lete"));
    m_newRole->setAccessibleName(tr("New role"));
    m_changeRole->setText(tr("Change &role"));
    m_revoke->setText(tr("Sign &out everywhere"));
    m_invitePanel->setTitle(tr("Invite a person"));
    auto* form = qobject_cast<QFormLayout*>(m_invitePanel->layout());
    if (form) {
        qobject_cast<QLabel*>(form->labelForField(m_inviteEmail))->setText(tr("&Email:"));
        qobject_cast<QLabel*>(form->labelForField(m_inviteName))->setText(tr("&Name:"));
        qobject_cast<QLabel*>(form->labelForField(m_inviteRole))->setText(tr("R&ole:"));
    }
    m_inviteEmail->setAccessibleName(tr("Email address to invite"));
    m_inviteName->setAccessibleName(tr("Display name"));
    m_inviteRole->setAccessibleName(tr("Role of the invited person"));
    m_sendInvite->setText(tr("&Send invitation"));
    updateActions();
}

} // namespace Gui
