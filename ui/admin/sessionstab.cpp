#include "ui/admin/sessionstab.h"

#include "core/admin/pagedlistmodel.h"
#include "ui/admin/adminsupport.h"
#include "ui/admin/confirmbar.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

namespace {

enum Column
{
    Device = 0,
    Address,
    Created,
    LastSeen,
    Current,
};

QStringList sessionKeys()
{
    return {QStringLiteral("device_name"), QStringLiteral("source_address"),
            QStringLiteral("created_at"),  QStringLiteral("last_seen_at"),
            QStringLiteral("current"),     QStringLiteral("id")};
}

void setUpTable(QTableView* table, Admin::PagedListModel* model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(Device, 240);
}

} // namespace

SessionsTab::SessionsTab(QWidget* parent)
    : QWidget(parent), m_own(new Admin::PagedListModel(sessionKeys(), 5, this)),
      m_user(new Admin::PagedListModel(sessionKeys(), 4, this)), m_ownTitle(new QLabel(this)),
      m_ownTable(new QTableView(this)), m_revoke(new QPushButton(this)),
      m_userPanel(new QGroupBox(this)), m_userEmailEdit(new QLineEdit(m_userPanel)),
      m_show(new QPushButton(m_userPanel)), m_userTable(new QTableView(m_userPanel)),
      m_revokeUser(new QPushButton(m_userPanel)), m_confirm(new ConfirmBar(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionsTab"));
    m_ownTable->setObjectName(QStringLiteral("ownSessionsTable"));
    m_userTable->setObjectName(QStringLiteral("userSessionsTable"));
    m_revoke->setObjectName(QStringLiteral("revokeSessionButton"));
    m_userPanel->setObjectName(QStringLiteral("userSessionsPanel"));
    m_userEmailEdit->setObjectName(QStringLiteral("sessionsUserEmail"));
    m_show->setObjectName(QStringLiteral("showUserSessions"));
    m_revokeUser->setObjectName(QStringLiteral("revokeUserSessions"));
    m_message->setObjectName(QStringLiteral("sessionsMessage"));
    m_message->setWordWrap(true);
    setUpTable(m_ownTable, m_own);
    setUpTable(m_userTable, m_user);
    const auto format = [this](int column, const QString& value) {
        switch (column) {
        case Created:
        case LastSeen:
            return AdminText::time(value);
        case Current:
            return value == QLatin1String("true") ? tr("This computer") : QString();
        default:
            return value;
        }
    };
    m_own->setFormat(format);
    m_user->setFormat(format);

    auto* ownButtons = new QHBoxLayout;
    ownButtons->addStretch(1);
    ownButtons->addWidget(m_revoke);
    auto* find = new QHBoxLayout;
    find->addWidget(m_userEmailEdit, 1);
    find->addWidget(m_show);
    auto* userButtons = new QHBoxLayout;
    userButtons->addStretch(1);
    userButtons->addWidget(m_revokeUser);
    auto* userLayout = new QVBoxLayout(m_userPanel);
    userLayout->addLayout(find);
    userLayout->addWidget(m_userTable, 1);
    userLayout->addLayout(userButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_ownTitle);
    layout->addWidget(m_ownTable, 1);
    layout->addLayout(ownButtons);
    layout->addWidget(m_userPanel, 1);
    layout->addWidget(m_confirm);
    layout->addWidget(m_message);

    connect(m_revoke, &QPushButton::clicked, this, &SessionsTab::revokeSelected);
    connect(m_show, &QPushButton::clicked, this, [this] { showUser(m_userEmailEdit->text()); });
    connect(m_userEmailEdit, &QLineEdit::returnPressed, this,
            [this] { showUser(m_userEmailEdit->text()); });
    connect(m_revokeUser, &QPushButton::clicked, this, &SessionsTab::revokeUserSessions);
    connect(m_ownTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsTab::updateActions);
    connect(m_user, &Admin::PagedListModel::pageLoaded, this, &SessionsTab::updateActions);
    for (auto* model : {m_own, m_user}) {
        connect(model, &Admin::PagedListModel::failed, this,
                [this](int status, const QString& detail) {
                    setMessage(AdminText::failure(status, detail));
                });
    }
    retranslate();
    updateActions();
}

void SessionsTab::setContext(Admin::AdminClient* client, const Admin::Capabilities& caps)
{
    m_client = client;
    m_caps = caps;
    m_own->setFetch([this](const QString&, QObject* guard, Admin::Done done) {
        if (m_client)
            m_client->mySessions(guard, std::move(done));
    });
    m_user->setFetch([this](const QString&, QObject* guard, Admin::Done done) {
        if (m_client && !m_userId.isEmpty())
            m_client->userSessions(m_caps.tenantId, m_userId, guard, std::move(done));
    });
    m_userPanel->setVisible(caps.manageUsers());
    m_userId.clear();
    m_user->clear();
    reload();
}

QString SessionsTab::messageText() const
{
    return m_message->text();
}

void SessionsTab::selectOwnSession(const QString& sessionId)
{
    const int row = m_own->findRow(QStringLiteral("id"), sessionId);
    if (row >= 0)
        m_ownTable->selectRow(row);
}

void SessionsTab::reload()
{
    if (m_client)
        m_own->reload();
    else
        m_own->clear();
    updateActions();
}

void SessionsTab::revokeSelected()
{
    const QModelIndexList rows = m_ownTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_client)
        return;
    const QString id = m_own->value(rows.first().row(), QStringLiteral("id"));
    const QString device = m_own->value(rows.first().row(), QStringLiteral("device_name"));
    const bool current =
        m_own->value(rows.first().row(), QStringLiteral("current")) == QLatin1String("true");
    m_confirm->ask(current ? tr("End this computer's own session? You will be signed out.")
                           : tr("End the session on %1?").arg(device),
                   false, [this, id, device](const QString&) {
                       m_client->revokeMySession(
                           id, this, [this, device](Core::Result<Api::ApiResponse> reply) {
                               if (!reply || !reply->ok()) {
                                   setMessage(AdminText::failure(reply));
                                   return;
                               }
                               setMessage(tr("Ended the session on %1.").arg(device));
                               reload();
                           });
                   });
}

void SessionsTab::showUser(const QString& email)
{
    const QString wanted = email.trimmed().toLower();
    if (!m_client || wanted.isEmpty())
        return;
    m_userId.clear();
    m_userEmail.clear();
    m_user->clear();
    updateActions();
    m_client->users(
        m_caps.tenantId, Admin::UserQuery{wanted, {}, {}}, {}, 20, this,
        [this, wanted](Core::Result<Api::ApiResponse> reply) {
            if (!reply || !reply->ok()) {
                setMessage(AdminText::failure(reply));
                return;
            }
            for (const QJsonValue& value : reply->json().value(QStringLiteral("items")).toArray()) {
                const QJsonObject user = value.toObject();
                if (user.value(QStringLiteral("email")).toString() == wanted) {
                    m_userId = user.value(QStringLiteral("id")).toString();
                    m_userEmail = wanted;
                    setMessage(QString());
                    m_user->reload();
                    return;
                }
            }
            setMessage(tr("No user with the email %1 in your organisation.").arg(wanted));
        });
}

void SessionsTab::revokeUserSessions()
{
    if (!m_client || m_userId.isEmpty())
        return;
    const QString id = m_userId;
    const QString email = m_userEmail;
    m_confirm->ask(
        tr("Sign %1 out everywhere?").arg(email), false, [this, id, email](const QString&) {
            m_client->revokeUserSessions(m_caps.tenantId, id, this,
                                         [this, email](Core::Result<Api::ApiResponse> reply) {
                                             if (!reply || !reply->ok()) {
                                                 setMessage(AdminText::failure(reply));
                                                 return;
                                             }
                                             setMessage(tr("Signed %1 out everywhere.").arg(email));
                                             m_user->reload();
                                         });
        });
}

void SessionsTab::updateActions()
{
    m_revoke->setEnabled(m_client && m_ownTable->selectionModel()->hasSelection());
    m_revokeUser->setEnabled(m_client && !m_userId.isEmpty() && m_user->rowCount() > 0);
}

void SessionsTab::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void SessionsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SessionsTab::retranslate()
{
    const QStringList headers{tr("Device"), tr("Address"), tr("Signed in"), tr("Last seen"),
                              tr("Current")};
    m_own->setHeaders(headers);
    m_user->setHeaders(headers);
    m_ownTitle->setText(tr("Your sessions"));
    m_ownTable->setAccessibleName(tr("Your sessions"));
    m_revoke->setText(tr("&End session…"));
    m_userPanel->setTitle(tr("A user's sessions"));
    m_userEmailEdit->setPlaceholderText(tr("Email of a user in your organisation"));
    m_userEmailEdit->setAccessibleName(tr("Email of the user"));
    m_show->setText(tr("S&how"));
    m_userTable->setAccessibleName(tr("The user's sessions"));
    m_revokeUser->setText(tr("Sign &out everywhere…"));
}

} // namespace Gui
