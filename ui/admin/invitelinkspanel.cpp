#include "ui/admin/invitelinkspanel.h"

#include "core/admin/pagedlistmodel.h"
#include "ui/admin/adminsupport.h"
#include "ui/admin/confirmbar.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
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

const char* const kLinkRoles[] = {"editor", "uploader", "viewer"};
constexpr int kMaxSignups = 100000;
constexpr int kDefaultDays = 7;

enum LinkColumn
{
    LinkId = 0,
    LinkCap,
    LinkUsed,
    LinkDeadline,
    LinkRole,
    LinkApproval,
    LinkStatus,
};

enum SignupColumn
{
    SignupEmail = 0,
    SignupName,
    SignupRole,
    SignupStatus,
    SignupCreated,
};

QTableView* makeTable(QWidget* parent, QAbstractItemModel* model, const char* name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

InviteLinksPanel::InviteLinksPanel(QWidget* parent)
    : QGroupBox(parent),
      m_links(new Admin::PagedListModel(
          {QStringLiteral("id"), QStringLiteral("max_signups"), QStringLiteral("signups"),
           QStringLiteral("expires_at"), QStringLiteral("role"),
           QStringLiteral("requires_approval"), QStringLiteral("status")},
          7, this)),
      m_signups(new Admin::PagedListModel({QStringLiteral("email"), QStringLiteral("display_name"),
                                           QStringLiteral("role"), QStringLiteral("status"),
                                           QStringLiteral("created_at"), QStringLiteral("id")},
                                          5, this)),
      m_cap(new QSpinBox(this)), m_deadline(new QDateTimeEdit(this)), m_role(new QComboBox(this)),
      m_approval(new QCheckBox(this)), m_create(new QPushButton(this)),
      m_token(new QLineEdit(this)), m_copy(new QPushButton(this)),
      m_linksView(makeTable(this, m_links, "inviteLinksTable")), m_revoke(new QPushButton(this)),
      m_signupsView(makeTable(this, m_signups, "signupsTable")), m_approve(new QPushButton(this)),
      m_reject(new QPushButton(this)), m_confirm(new ConfirmBar(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("inviteLinksPanel"));
    m_cap->setObjectName(QStringLiteral("linkCap"));
    m_cap->setRange(1, kMaxSignups);
    m_cap->setValue(10);
    m_deadline->setObjectName(QStringLiteral("linkDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDateTime(QDateTime::currentDateTime().addDays(kDefaultDays));
    m_role->setObjectName(QStringLiteral("linkRole"));
    for (const char* role : kLinkRoles)
        m_role->addItem(QString(), QString::fromLatin1(role));
    m_role->setCurrentIndex(m_role->findData(QStringLiteral("viewer")));
    m_approval->setObjectName(QStringLiteral("linkApproval"));
    m_create->setObjectName(QStringLiteral("createLinkButton"));
    m_token->setObjectName(QStringLiteral("linkToken"));
    m_token->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    m_revoke->setObjectName(QStringLiteral("revokeLinkButton"));
    m_approve->setObjectName(QStringLiteral("approveSignupButton"));
    m_reject->setObjectName(QStringLiteral("rejectSignupButton"));
    m_message->setObjectName(QStringLiteral("inviteLinksMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_linksView->hideColumn(LinkId);

    auto* form = new QFormLayout;
    form->addRow(QStringLiteral("cap"), m_cap);
    form->addRow(QStringLiteral("deadline"), m_deadline);
    form->addRow(QStringLiteral("role"), m_role);
    form->addRow(QString(), m_approval);
    form->addRow(QString(), m_create);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copy);
    form->addRow(QStringLiteral("token"), tokenRow);

    auto* linkActions = new QHBoxLayout;
    linkActions->addStretch(1);
    linkActions->addWidget(m_revoke);
    auto* signupActions = new QHBoxLayout;
    signupActions->addStretch(1);
    signupActions->addWidget(m_approve);
    signupActions->addWidget(m_reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_linksView, 1);
    layout->addLayout(linkActions);
    layout->addWidget(m_signupsView, 1);
    layout->addLayout(signupActions);
    layout->addWidget(m_confirm);
    layout->addWidget(m_message);

    const auto status = [this](const QString& value) {
        if (value == QLatin1String("expired"))
            return tr("Expired");
        if (value == QLatin1String("full"))
            return tr("Full");
        if (value == QLatin1String("revoked"))
            return tr("Revoked");
        return AdminText::status(value);
    };
    m_links->setFormat([this, status](int column, const QString& value) {
        switch (column) {
        case LinkDeadline:
            return AdminText::time(value);
        case LinkRole:
            return AdminText::role(value);
        case LinkApproval:
            return value == QLatin1String("true") ? tr("Approval") : tr("Direct");
        case LinkStatus:
            return status(value);
        default:
            return value;
        }
    });
    m_signups->setFormat([](int column, const QString& value) {
        switch (column) {
        case SignupRole:
            return AdminText::role(value);
        case SignupStatus:
            return AdminText::status(value);
        case SignupCreated:
            return AdminText::time(value);
        default:
            return value;
        }
    });
    m_links->setFetch([this](const QString&, QObject* guard, Admin::Done done) {
        if (m_client)
            m_client->inviteLinks(m_tenantId, guard, std::move(done));
    });
    m_signups->setFetch([this](const QString&, QObject* guard, Admin::Done done) {
        if (m_client)
            m_client->signups(m_tenantId, QStringLiteral("pending"), guard, std::move(done));
    });

    connect(m_create, &QPushButton::clicked, this, &InviteLinksPanel::createLink);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (auto* clipboard = QGuiApplication::clipboard())
            clipboard->setText(m_token->text());
    });
    connect(m_revoke, &QPushButton::clicked, this, &InviteLinksPanel::revokeSelected);
    connect(m_approve, &QPushButton::clicked, this, &InviteLinksPanel::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &InviteLinksPanel::rejectSelected);
    for (QTableView* view : {m_linksView, m_signupsView}) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &InviteLinksPanel::updateActions);
    }
    for (Admin::PagedListModel* model : {m_links, m_signups}) {
        connect(model, &Admin::PagedListModel::pageLoaded, this, &InviteLinksPanel::updateActions);
        connect(model, &Admin::PagedListModel::failed, this,
                [this](int code, const QString& detail) {
                    setMessage(AdminText::failure(code, detail));
                });
    }
    retranslate();
}

void InviteLinksPanel::setContext(Admin::AdminClient* client, const QString& tenantId)
{
    m_client = client;
    m_tenantId = tenantId;
    // Hidden (not opened yet): no requests until Invite links… shows the panel.
    if (isHidden()) {
        m_links->clear();
        m_signups->clear();
        updateActions();
    } else {
        reload();
    }
}

QString InviteLinksPanel::createdToken() const
{
    return m_token->text();
}

QString InviteLinksPanel::messageText() const
{
    return m_message->text();
}

void InviteLinksPanel::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void InviteLinksPanel::reload()
{
    if (m_client && !m_tenantId.isEmpty()) {
        m_links->reload();
        m_signups->reload();
    } else {
        m_links->clear();
        m_signups->clear();
    }
    updateActions();
}

QString InviteLinksPanel::selectedId(QTableView* view, Admin::PagedListModel* model) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : model->value(rows.first().row(), QStringLiteral("id"));
}

void InviteLinksPanel::selectLink(const QString& linkId)
{
    const int row = m_links->findRow(QStringLiteral("id"), linkId);
    if (row >= 0)
        m_linksView->selectRow(row);
    else
        m_linksView->clearSelection();
}

void InviteLinksPanel::selectSignup(const QString& signupId)
{
    const int row = m_signups->findRow(QStringLiteral("id"), signupId);
    if (row >= 0)
        m_signupsView->selectRow(row);
    else
        m_signupsView->clearSelection();
}

void InviteLinksPanel::updateActions()
{
    const bool on = m_client != nullptr;
    m_create->setEnabled(on);
    m_copy->setEnabled(!m_token->text().isEmpty());
    const int linkRow = m_links->findRow(QStringLiteral("id"), selectedId(m_linksView, m_links));
    m_revoke->setEnabled(on && linkRow >= 0 &&
                         m_links->value(linkRow, QStringLiteral("status")) !=
                             QLatin1String("revoked"));
    const bool signup = on && !selectedId(m_signupsView, m_signups).isEmpty();
    m_approve->setEnabled(signup);
    m_reject->setEnabled(signup);
}

void InviteLinksPanel::createLink()
{
    if (!m_client)
        return;
    Admin::InviteLinkFields fields;
    fields.maxSignups = m_cap->value();
    fields.expiresAt = m_deadline->dateTime();
    fields.role = m_role->currentData().toString();
    fields.requiresApproval = m_approval->isChecked();
    if (fields.expiresAt <= QDateTime::currentDateTime()) {
        setMessage(tr("Choose a deadline in the future."));
        return;
    }
    m_create->setEnabled(false);
    m_client->createInviteLink(
        m_tenantId, fields, this, [this](Core::Result<Api::ApiResponse> reply) {
            m_create->setEnabled(true);
            if (!reply || !reply->ok()) {
                setMessage(AdminText::failure(reply));
                return;
            }
            m_token->setText(reply->json().value(QStringLiteral("token")).toString());
            setMessage(tr("Created the link. Pass on its sign-up code; it is shown only now."));
            reload();
        });
}

void InviteLinksPanel::revokeSelected()
{
    const QString id = selectedId(m_linksView, m_links);
    if (id.isEmpty() || !m_client)
        return;
    m_confirm->ask(tr("Revoke this invite link? Nobody can sign up through it any more."), false,
                   [this, id](const QString&) {
                       m_client->revokeInviteLink(m_tenantId, id, this,
                                                  [this](Core::Result<Api::ApiResponse> reply) {
                                                      if (!reply || !reply->ok()) {
                                                          setMessage(AdminText::failure(reply));
                                                          return;
                                                      }
                                                      setMessage(tr("Revoked the invite link."));
                                                      reload();
                                                  });
                   });
}

void InviteLinksPanel::approveSelected()
{
    decide(true);
}

void InviteLinksPanel::rejectSelected()
{
    decide(false);
}

void InviteLinksPanel::decide(bool approve)
{
    const QString id = selectedId(m_signupsView, m_signups);
    if (id.isEmpty() || !m_client)
        return;
    const int row = m_signups->findRow(QStringLiteral("id"), id);
    const QString email = m_signups->value(row, QStringLiteral("email"));
    m_client->decideSignup(m_tenantId, id, approve, this,
                           [this, approve, email](Core::Result<Api::ApiResponse> reply) {
                               if (!reply || !reply->ok()) {
                                   setMessage(AdminText::failure(reply));
                                   return;
                               }
                               setMessage(approve ? tr("Approved the account of %1.").arg(email)
                                                  : tr("Rejected the sign-up of %1.").arg(email));
                               reload();
                               emit decided();
                           });
}

void InviteLinksPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void InviteLinksPanel::retranslate()
{
    setTitle(tr("Invite links"));
    m_links->setHeaders({tr("Link"), tr("Cap"), tr("Used"), tr("Deadline"), tr("Role"),
                         tr("Accounts"), tr("Status")});
    m_signups->setHeaders({tr("Email"), tr("Name"), tr("Role"), tr("Status"), tr("Signed up")});
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, AdminText::role(m_role->itemData(i).toString()));
    auto* form = qobject_cast<QFormLayout*>(layout()->itemAt(0)->layout());
    if (form) {
        qobject_cast<QLabel*>(form->labelForField(m_cap))->setText(tr("Sign-up &cap:"));
        qobject_cast<QLabel*>(form->labelForField(m_deadline))->setText(tr("&Deadline:"));
        qobject_cast<QLabel*>(form->labelForField(m_role))->setText(tr("Default r&ole:"));
        qobject_cast<QLabel*>(form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget())
            ->setText(tr("Sign-up code:"));
    }
    m_cap->setAccessibleName(tr("Sign-up cap"));
    m_deadline->setAccessibleName(tr("Deadline of the link"));
    m_role->setAccessibleName(tr("Role of new accounts"));
    m_approval->setText(tr("An admin must &approve new accounts"));
    m_approval->setAccessibleName(tr("An admin must approve new accounts"));
    m_create->setText(tr("Create &link"));
    m_token->setAccessibleName(tr("Sign-up code of the new link"));
    m_copy->setText(tr("Cop&y"));
    m_copy->setAccessibleName(tr("Copy the sign-up code"));
    m_linksView->setAccessibleName(tr("Invite links"));
    m_revoke->setText(tr("Re&voke link"));
    m_signupsView->setAccessibleName(tr("Pending sign-ups"));
    m_approve->setText(tr("Appro&ve"));
    m_reject->setText(tr("Re&ject"));
    updateActions();
}

} // namespace Gui
