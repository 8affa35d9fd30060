#include "ui/admin/adminpage.h"

#include "ui/admin/adminsupport.h"
#include "ui/admin/approvalstab.h"
#include "ui/admin/audittab.h"
#include "ui/admin/sessionstab.h"
#include "ui/admin/tenantstab.h"
#include "ui/admin/userstab.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Gui {

AdminPage::AdminPage(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_status(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_users(new UsersTab(m_tabs)),
      m_approvals(new ApprovalsTab(m_tabs)), m_sessions(new SessionsTab(m_tabs)),
      m_audit(new AuditTab(m_tabs)), m_tenants(new TenantsTab(m_tabs))
{
    setObjectName(QStringLiteral("adminPage"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_status->setObjectName(QStringLiteral("pageBody"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->addTab(m_users, QString());
    m_tabs->addTab(m_approvals, QString());
    m_tabs->addTab(m_sessions, QString());
    m_tabs->addTab(m_audit, QString());
    m_tabs->addTab(m_tenants, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_approvals, &ApprovalsTab::pendingCountChanged, this, &AdminPage::setPending);
    connect(m_users, &UsersTab::roleRequestFiled, m_approvals, &ApprovalsTab::reload);
    apply({});
}

AdminPage::~AdminPage() = default;

void AdminPage::setClient(Api::ApiClient* client)
{
    m_client = client ? std::make_unique<Admin::AdminClient>(*client) : nullptr;
    refresh();
}

void AdminPage::refresh()
{
    m_ready = false;
    const quint64 generation = ++m_generation;
    if (!m_client) {
        apply({});
        return;
    }
    m_status->setText(tr("Loading your roles…"));
    m_client->me(this, [this, generation](Core::Result<Api::ApiResponse> reply) {
        if (generation != m_generation)
            return;
        if (!reply || !reply->ok()) {
            apply({});
            m_status->setText(AdminText::failure(reply));
            return;
        }
        apply(Admin::capabilitiesFromMe(reply->json()));
    });
}

void AdminPage::apply(const Admin::Capabilities& caps)
{
    m_caps = caps;
    const bool signedIn = m_client && !caps.userId.isEmpty();
    Admin::AdminClient* client = signedIn ? m_client.get() : nullptr;
    const bool tenantManager = signedIn && caps.manageUsers() && !caps.tenantId.isEmpty();
    // Platform staff read any tenant's users (picking the tenant); only members manage them.
    const bool userReader = tenantManager || (signedIn && caps.platformStaff());
    m_tabs->setTabVisible(static_cast<int>(Tab::Users), userReader);
    m_tabs->setTabVisible(static_cast<int>(Tab::Approvals), tenantManager);
    m_tabs->setTabVisible(static_cast<int>(Tab::Sessions), signedIn);
    m_tabs->setTabVisible(static_cast<int>(Tab::Audit), signedIn && caps.viewAudit());
    m_tabs->setTabVisible(static_cast<int>(Tab::Tenants), signedIn && caps.viewTenants());
    m_tabs->setVisible(signedIn);
    m_users->setContext(userReader ? client : nullptr, caps);
    m_approvals->setContext(tenantManager ? client : nullptr, caps);
    m_sessions->setContext(client, caps);
    m_audit->setContext(signedIn && caps.viewAudit() ? client : nullptr, caps);
    m_tenants->setContext(signedIn && caps.viewTenants() ? client : nullptr, caps);
    if (!tenantManager)
        setPending(0);
    m_ready = signedIn;
    retranslate();
    if (signedIn)
        emit capabilitiesLoaded();
}

bool AdminPage::tabVisible(Tab tab) const
{
    return m_tabs->isVisible() && m_tabs->isTabVisible(static_cast<int>(tab));
}

void AdminPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

QString AdminPage::statusText() const
{
    return m_status->text();
}

void AdminPage::setPending(int count)
{
    if (count == m_pending)
        return;
    m_pending = count;
    retranslate();
    emit pendingApprovalsChanged(count);
}

void AdminPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdminPage::retranslate()
{
    m_heading->setText(tr("Admin"));
    m_heading->setAccessibleName(m_heading->text());
    setAccessibleName(m_heading->text());
    if (!m_client) {
        m_status->setText(tr("Users, roles, privilege approvals and the audit log of your "
                             "organisation. Sign in to manage them."));
    } else if (m_ready) {
        QStringList roles;
        for (const QString& role : m_caps.roles)
            roles.append(AdminText::role(role));
        m_status->setText(
            tr("Signed in as %1 (%2).").arg(m_caps.email, roles.join(QStringLiteral(", "))));
    }
    m_tabs->setTabText(static_cast<int>(Tab::Users), tr("&Users"));
    m_tabs->setTabText(static_cast<int>(Tab::Approvals),
                       m_pending > 0 ? tr("A&pprovals (%1)").arg(m_pending) : tr("A&pprovals"));
    m_tabs->setTabText(static_cast<int>(Tab::Sessions), tr("&Sessions"));
    m_tabs->setTabText(static_cast<int>(Tab::Audit), tr("Au&dit log"));
    m_tabs->setTabText(static_cast<int>(Tab::Tenants), tr("&Tenants"));
    m_tabs->setAccessibleName(tr("Administration"));
}

} // namespace Gui
