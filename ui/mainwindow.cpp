#include "ui/mainwindow.h"

#include "ui/admin/adminpage.h"
#include "ui/helppage.h"
#include "ui/languagemanager.h"
#include "ui/librarypage.h"
#include "ui/placeholderpage.h"
#include "ui/settingspage.h"
#include "ui/status/statuspage.h"
#include "ui/uploadcontroller.h"
#include "ui/uploadspage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

namespace Gui {

MainWindow::MainWindow(LanguageManager& languages, Api::ConnectionMonitor* monitor,
                       UploadController* uploads, QWidget* parent)
    : QMainWindow(parent), m_languages(languages), m_monitor(monitor),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_uploads(new PlaceholderPage(m_pages)), m_library(new LibraryPage(m_pages)),
      m_admin(new AdminPage(m_pages)), m_status(new StatusPage(m_pages)),
      m_settings(new SettingsPage(m_pages)),
      m_help(new HelpPage(Support::defaultServiceFacts(), {}, m_pages)),
      m_connection(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/onestream.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(180);
    const char* const icons[] = {"upload", "library", "admin", "status", "settings", "help"};
    for (const char* icon : icons) {
        auto* item =
            new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))),
                                QString(), m_navigation);
        item->setSizeHint(QSize(0, 40));
    }
    if (uploads) {
        m_uploadsPage = new UploadsPage(*uploads, m_pages);
        m_pages->addWidget(m_uploadsPage);
        m_uploads->hide();
        connect(m_settings, &SettingsPage::parallelUploadsChanged, uploads,
                &UploadController::setParallelUploads);
        connect(uploads, &UploadController::overallProgressChanged, this, [this](int percent) {
            m_overallPercent = percent;
            updateTitle();
        });
        connect(uploads, &UploadController::batchFinished, this, [this](int done, int failed) {
            const QString text = failed > 0
                                     ? tr("%n upload(s) failed.", nullptr, failed)
                                     : tr("%n video(s) uploaded and verified.", nullptr, done);
            statusBar()->showMessage(text);
            emit notificationRequested(tr("OneStream Studio"), text);
        });
    } else {
        m_pages->addWidget(m_uploads);
    }
    m_pages->addWidget(m_library);
    m_pages->addWidget(m_admin);
    m_pages->addWidget(m_status);
    m_pages->addWidget(m_settings);
    m_pages->addWidget(m_help);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_connection->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connection);

    m_settings->setCurrentLanguage(m_languages.current());
    connect(m_settings, &SettingsPage::languageRequested, &m_languages, &LanguageManager::apply);
    connect(&m_languages, &LanguageManager::languageChanged, m_settings,
            &SettingsPage::setCurrentLanguage);
    connect(m_admin, &AdminPage::pendingApprovalsChanged, this, &MainWindow::retranslate);
    // The unread notices count as a badge on the Status item.
    connect(m_status, &StatusPage::unreadCountChanged, this, &MainWindow::retranslate);
    if (m_monitor) {
        connect(m_monitor, &Api::ConnectionMonitor::stateChanged, this,
                &MainWindow::updateConnection);
    }

    retranslate();
    m_navigation->setCurrentRow(0);
    resize(1100, 700);
}

void MainWindow::setClient(Api::ApiClient* client)
{
    if (m_uploadsPage)
        m_uploadsPage->setClient(client);
    m_library->setClient(client);
    m_admin->setClient(client);
    m_status->setApiClient(client);
}

void MainWindow::updateTitle()
{
    // The overall progress of the running uploads shows in the title (and so in the taskbar).
    setWindowTitle(m_overallPercent >= 0 ? tr("%1% — OneStream Studio").arg(m_overallPercent)
                                         : tr("OneStream Studio"));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QString MainWindow::navigationText(Page page) const
{
    return m_navigation->item(static_cast<int>(page))->text();
}

void MainWindow::setAdminClient(Api::ApiClient* client)
{
    m_admin->setClient(client);
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    updateTitle();
    const QString names[] = {tr("Uploads"), tr("Library"),  tr("Admin"),
                             tr("Status"),  tr("Settings"), tr("Help")};
    for (int row = 0; row < m_navigation->count(); ++row) {
        QString text = names[row];
        QString accessible = names[row];
        if (row == static_cast<int>(Page::Status) && m_status->unreadCount() > 0) {
            text = tr("%1 (%2)").arg(names[row]).arg(m_status->unreadCount());
            accessible =
                tr("%1, %n unread notice(s)", nullptr, m_status->unreadCount()).arg(names[row]);
        }
        m_navigation->item(row)->setText(text);
        m_navigation->item(row)->setData(Qt::AccessibleTextRole, accessible);
    }
    if (const int pending = m_admin->pendingApprovals(); pending > 0) {
        auto* admin = m_navigation->item(static_cast<int>(Page::Admin));
        admin->setText(tr("Admin (%1)").arg(pending));
        admin->setData(Qt::AccessibleTextRole,
                       tr("Admin, %n approval(s) waiting", nullptr, pending));
    }
    m_navigation->setAccessibleName(tr("Pages"));
    m_uploads->setTexts(tr("Uploads"),
                        tr("Drop video files here to encode them and upload them to OneStream. "
                           "Interrupted uploads continue where they stopped."));
    updateConnection();
}

void MainWindow::updateConnection()
{
    if (!m_monitor) {
        m_connection->setText(tr("No server chosen"));
        m_connection->setToolTip(QString());
        return;
    }
    const QString server = m_monitor->server().authority();
    QString text;
    switch (m_monitor->state()) {
    case Api::ConnectionState::Unknown:
    case Api::ConnectionState::Connecting:
        text = tr("Connecting to %1…").arg(server);
        break;
    case Api::ConnectionState::Ready:
        text = tr("Connected to %1").arg(server);
        break;
    case Api::ConnectionState::NotReady:
        text = tr("%1 is not ready; retrying").arg(server);
        break;
    case Api::ConnectionState::Unreachable:
        text = tr("Cannot reach %1; retrying").arg(server);
        break;
    }
    m_connection->setText(text);
    m_connection->setToolTip(m_monitor->detail());
    m_connection->setAccessibleName(text);
}

} // namespace Gui
