// The Status page under QT_QPA_PLATFORM=offscreen against the real onestream-server binary:
// an operator posts an incident from the page's form, and the banner, the tray state and the
// recorded desktop notification follow, each notification exactly once, also after the
// server restarts and the event stream reconnects with Last-Event-ID. Roles decide what the
// page offers; the notices inbox counts unread items and the navigation shows the badge.
#include "core/api/apiclient.h"
#include "core/status/statuswatcher.h"
#include "platform/notifier.h"
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/status/componentmodel.h"
#include "ui/status/inboxmodel.h"
#include "ui/status/incidentmodel.h"
#include "ui/status/operatorpanel.h"
#include "ui/status/statusnotifications.h"
#include "ui/status/statuspage.h"
#include "ui/status/statustray.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace TestSupport;

class RecordingNotifier : public Platform::INotifier
{
public:
    void notify(const Platform::Notification& notification) override { shown.append(notification); }
    [[nodiscard]] QStringList titles() const
    {
        QStringList result;
        for (const auto& notification : shown)
            result.append(notification.title);
        return result;
    }
    QList<Platform::Notification> shown;
};

class StatusPageLive : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_languages.apply(QStringLiteral("en")));
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start(kServerArguments)) << m_server.error().toStdString();
        m_identity.emplace(m_server);
        m_operator = m_identity->loginOperator();
        ASSERT_TRUE(m_operator) << m_identity->lastError().toStdString();
    }

    std::unique_ptr<Api::ApiClient> apiFor(const Account& account, const QUrl& base)
    {
        auto client = std::make_unique<Api::ApiClient>(m_network, base);
        client->setTokens({account.accessToken, account.refreshToken});
        return client;
    }

    Status::WatcherOptions watcherOptions(const QUrl& base) const
    {
        Status::WatcherOptions options;
        options.pageBase = base;
        options.seenStorePath = m_dir.filePath(QStringLiteral("seen.json"));
        options.minBackoff = std::chrono::milliseconds(100);
        options.maxBackoff = std::chrono::milliseconds(400);
        return options;
    }

    void post(const QString& path, const QJsonObject& body)
    {
        const auto reply =
            httpRequest("POST", apiUrl(m_server, path), QJsonDocument(body).toJson(),
                        {bearer(m_operator->accessToken), {"Content-Type", "application/json"}});
        ASSERT_TRUE(reply.status == 200 || reply.status == 201)
            << reply.status << " " << reply.body.toStdString();
    }

    const QStringList kServerArguments{QStringLiteral("--monitor-interval-ms"),
                                       QStringLiteral("0")};
    Gui::LanguageManager m_languages;
    ServerProcess m_server;
    std::optional<IdentityFixture> m_identity;
    std::optional<Account> m_operator;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
};

TEST_F(StatusPageLive, OperatorPostsIncidentFromForm_BannerTrayAndNotificationFollowOnce)
{
    const QUrl base = m_server.baseUrl();

    Status::StatusWatcher watcher(m_network, watcherOptions(base));
    RecordingNotifier notifier;
    Gui::StatusNotifications notifications(notifier);
    notifications.follow(watcher);
    Gui::StatusTray tray;
    Gui::StatusPage page;
    QObject::connect(&page, &Gui::StatusPage::indicatorChanged, &tray,
                     [&tray](Status::Indicator indicator, const QString& text) {
                         tray.setIndicator(indicator, text);
                     });
    QAbstractItemModelTester incidentTester(page.incidentModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto api = apiFor(*m_operator, base);
    page.setWatcher(&watcher);
    page.setApiClient(api.get());
    page.resize(1000, 700);
    page.show();
    watcher.start();

    ASSERT_TRUE(waitUntil(
        [&] { return watcher.sseConnected() && page.indicator() == Status::Indicator::None; }));
    EXPECT_EQ(page.bannerText(), QStringLiteral("All systems operational"));
    EXPECT_EQ(page.freshnessText(),
              QStringLiteral("Live: changes appear the moment they are published."));
    EXPECT_EQ(tray.indicator(), Status::Indicator::None);
    ASSERT_TRUE(waitUntil([&] { return page.operatorFormsShown(); }));
    ASSERT_TRUE(waitUntil([&] {
        return page.availabilityText().startsWith(QStringLiteral("This month: 100.000% available"));
    })) << page.availabilityText().toStdString();

    // The operator fills in the form and posts.
    page.showTab(Gui::StatusPage::Tab::Post);
    Gui::OperatorPanel* panel = page.operatorPanel();
    auto* name = panel->findChild<QLineEdit*>(QStringLiteral("incidentName"));
    auto* impact = panel->findChild<QComboBox*>(QStringLiteral("incidentImpact"));
    auto* component = panel->findChild<QComboBox*>(QStringLiteral("incidentComponent"));
    auto* componentStatus = panel->findChild<QComboBox*>(QStringLiteral("incidentComponentStatus"));
    auto* body = panel->findChild<QPlainTextEdit*>(QStringLiteral("incidentBody"));
    auto* postButton = panel->findChild<QPushButton*>(QStringLiteral("incidentPost"));
    ASSERT_TRUE(name && impact && component && componentStatus && body && postButton);
    QTest::keyClicks(name, QStringLiteral("Uploads failing"));
    impact->setCurrentIndex(impact->findData(QStringLiteral("major")));
    component->setCurrentIndex(component->findText(QStringLiteral("Upload endpoint")));
    ASSERT_GT(component->currentIndex(), 0);
    componentStatus->setCurrentIndex(componentStatus->findData(QStringLiteral("major_outage")));
    body->setPlainText(QStringLiteral("Uploads fail with 503; we are looking into it."));
    QTest::mouseClick(postButton, Qt::LeftButton);

    ASSERT_TRUE(waitUntil([&] { return page.indicator() == Status::Indicator::Major; }))
        << page.bannerText().toStdString() << " / " << panel->resultText().toStdString();
    EXPECT_EQ(page.bannerText(), QStringLiteral("Major service disruption — 1 open incident"));
    EXPECT_EQ(tray.indicator(), Status::Indicator::Major);
    EXPECT_EQ(tray.iconPath(), QStringLiteral(":/icons/tray-major.svg"));
    EXPECT_TRUE(
        waitUntil([&] { return panel->resultText().startsWith(QStringLiteral("Posted.")); }));
    ASSERT_TRUE(waitUntil([&] { return notifier.shown.size() == 1; }));
    EXPECT_EQ(notifier.titles(), QStringList{QStringLiteral("New incident: Uploads failing")});
    EXPECT_EQ(notifier.shown.front().body,
              QStringLiteral("Uploads fail with 503; we are looking into it."));

    // The incident with its timeline and its time to first notice.
    ASSERT_EQ(page.incidentModel()->rowCount(), 1);
    const QModelIndex incident = page.incidentModel()->index(0, 0);
    EXPECT_EQ(incident.data().toString(), QStringLiteral("Uploads failing"));
    EXPECT_EQ(page.incidentModel()->rowCount(incident), 1);
    ASSERT_TRUE(waitUntil([&] {
        return page.incidentModel()
            ->index(0, Gui::IncidentModel::FirstNoticeColumn)
            .data()
            .toString()
            .endsWith(QStringLiteral("within the one-hour promise"));
    }));

    // An update posted elsewhere (HTTP) arrives once.
    const QString id = incident.data(Gui::IncidentModel::IdRole).toString();
    post(QStringLiteral("/v1/status/incidents/%1/updates").arg(id),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("identified")},
                     {QStringLiteral("body"), QStringLiteral("A full disk; cleaning up.")}});
    ASSERT_TRUE(waitUntil([&] { return notifier.shown.size() == 2; }));
    EXPECT_EQ(notifier.shown[1].title, QStringLiteral("Incident update: Uploads failing"));
    ASSERT_TRUE(waitUntil(
        [&] { return page.incidentModel()->rowCount(page.incidentModel()->index(0, 0)) == 2; }));

    // The server restarts: the stream drops, the watcher reconnects with Last-Event-ID and
    // nothing is announced twice; the next update arrives exactly once.
    const QByteArray lastEventId = watcher.lastEventId();
    ASSERT_FALSE(lastEventId.isEmpty());
    ASSERT_EQ(m_server.terminate(), 0);
    ASSERT_TRUE(waitUntil([&] { return !watcher.sseConnected(); }));
    // The same address again (a later --listen wins), as a restarted service would be.
    ASSERT_TRUE(m_server.start(kServerArguments +
                               QStringList{QStringLiteral("--listen"), base.authority()}))
        << m_server.error().toStdString();
    ASSERT_EQ(m_server.baseUrl(), base);
    ASSERT_TRUE(waitUntil([&] { return watcher.sseConnected() && !watcher.stale(); },
                          std::chrono::seconds(15)));
    post(QStringLiteral("/v1/status/incidents/%1/updates").arg(id),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("monitoring")},
                     {QStringLiteral("body"), QStringLiteral("Space freed; watching.")}});
    ASSERT_TRUE(waitUntil([&] { return notifier.shown.size() >= 3; }));
    EXPECT_EQ(notifier.titles(), (QStringList{QStringLiteral("New incident: Uploads failing"),
                                              QStringLiteral("Incident update: Uploads failing"),
                                              QStringLiteral("Incident update: Uploads failing")}));
    EXPECT_EQ(notifier.shown[2].body, QStringLiteral("Space freed; watching."));

    // An app restart: a new watcher over the same seen file announces nothing old.
    watcher.stop();
    Status::StatusWatcher again(m_network, watcherOptions(base));
    RecordingNotifier afterRestart;
    Gui::StatusNotifications notificationsAgain(afterRestart);
    notificationsAgain.follow(again);
    again.start();
    ASSERT_TRUE(waitUntil([&] { return again.sseConnected() && again.lastGood(); }));
    post(QStringLiteral("/v1/status/incidents/%1/updates").arg(id),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")},
                     {QStringLiteral("body"), QStringLiteral("All uploads work again.")}});
    ASSERT_TRUE(waitUntil([&] { return afterRestart.shown.size() >= 1; }));
    EXPECT_EQ(afterRestart.titles(), QStringList{QStringLiteral("Resolved: Uploads failing")});
}

TEST_F(StatusPageLive, Roles_OwnerSeesNoFormsButInboxWithBadge)
{
    auto tenant = m_identity->createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(tenant) << m_identity->lastError().toStdString();
    Status::WatcherOptions options = watcherOptions(m_server.baseUrl());
    options.seenStorePath.clear();
    Status::StatusWatcher watcher(m_network, options);
    Gui::MainWindow window(m_languages, nullptr);
    Gui::StatusPage* page = window.statusPage();
    QAbstractItemModelTester inboxTester(page->inboxModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto api = apiFor(tenant->owner, m_server.baseUrl());
    page->setWatcher(&watcher);
    page->setApiClient(api.get());
    window.show();
    window.showPage(Gui::MainWindow::Page::Status);
    watcher.start();
    ASSERT_TRUE(waitUntil([&] { return watcher.sseConnected() && page->roles().size() > 0; }));
    EXPECT_EQ(page->roles(), QStringList{QStringLiteral("owner")});
    EXPECT_FALSE(page->operatorFormsShown());
    EXPECT_EQ(page->availabilityText(),
              QStringLiteral("Availability and uptime history are shown to platform operators "
                             "and auditors."));

    // The operator publishes a notice: the owner's inbox counts it, the navigation shows it.
    post(QStringLiteral("/v1/status/notices"),
         QJsonObject{
             {QStringLiteral("kind"), QStringLiteral("general")},
             {QStringLiteral("title"), QStringLiteral("New support hours")},
             {QStringLiteral("body"), QStringLiteral("From December we answer until 19:00.")}});
    ASSERT_TRUE(waitUntil([&] { return page->unreadCount() == 1; }));
    EXPECT_EQ(window.navigationText(Gui::MainWindow::Page::Status), QStringLiteral("Status (1)"));

    // Read it with the keyboard: select and press Enter.
    page->showTab(Gui::StatusPage::Tab::Notices);
    auto* inbox = page->findChild<QListView*>(QStringLiteral("inbox"));
    ASSERT_NE(inbox, nullptr);
    inbox->setFocus();
    inbox->setCurrentIndex(page->inboxModel()->index(0));
    QTest::keyClick(inbox, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return page->unreadCount() == 0; }));
    EXPECT_EQ(window.navigationText(Gui::MainWindow::Page::Status), QStringLiteral("Status"));

    // The operator's form is refused for an owner by the server too (not only hidden).
    const auto refused =
        httpRequest("POST", apiUrl(m_server, QStringLiteral("/v1/status/notices")),
                    QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("general")},
                                              {QStringLiteral("title"), QStringLiteral("x")},
                                              {QStringLiteral("body"), QStringLiteral("y")}})
                        .toJson(),
                    {bearer(tenant->owner.accessToken), {"Content-Type", "application/json"}});
    EXPECT_EQ(refused.status, 403);
}

TEST_F(StatusPageLive, OperatorForms_MaintenanceAndNotices_PostedOrRefusalShown)
{
    Status::WatcherOptions options = watcherOptions(m_server.baseUrl());
    options.seenStorePath.clear();
    Status::StatusWatcher watcher(m_network, options);
    Gui::StatusPage page;
    QAbstractItemModelTester maintenanceTester(
        page.maintenanceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto api = apiFor(*m_operator, m_server.baseUrl());
    page.setWatcher(&watcher);
    page.setApiClient(api.get());
    page.show();
    watcher.start();
    ASSERT_TRUE(waitUntil([&] { return watcher.sseConnected() && page.operatorFormsShown(); }));
    page.showTab(Gui::StatusPage::Tab::Post);
    Gui::OperatorPanel* panel = page.operatorPanel();

    // Schedule maintenance on the database, then start it.
    auto* name = panel->findChild<QLineEdit*>(QStringLiteral("maintenanceName"));
    auto* component = panel->findChild<QComboBox*>(QStringLiteral("maintenanceComponent"));
    auto* target = panel->findChild<QComboBox*>(QStringLiteral("maintenanceTarget"));
    auto* status = panel->findChild<QComboBox*>(QStringLiteral("maintenanceStatus"));
    auto* post = panel->findChild<QPushButton*>(QStringLiteral("maintenancePost"));
    ASSERT_TRUE(name && component && target && status && post);
    ASSERT_TRUE(waitUntil([&] { return component->findText(QStringLiteral("Database")) > 0; }));
    QTest::keyClicks(name, QStringLiteral("Database upgrade"));
    component->setCurrentIndex(component->findText(QStringLiteral("Database")));
    QTest::mouseClick(post, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return page.maintenanceModel()->rowCount() == 1; }))
        << panel->resultText().toStdString();
    EXPECT_EQ(page.maintenanceModel()->index(0, 0).data().toString(),
              QStringLiteral("Database upgrade"));
    EXPECT_EQ(page.maintenanceModel()->index(0, Gui::IncidentModel::StatusColumn).data(),
              QStringLiteral("Scheduled"));
    ASSERT_TRUE(waitUntil([&] { return target->count() == 2; }));
    target->setCurrentIndex(1);
    EXPECT_FALSE(name->isEnabled()); // an existing maintenance: only its state moves on
    status->setCurrentIndex(status->findData(QStringLiteral("in_progress")));
    QTest::mouseClick(post, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return page.maintenanceModel()->index(0, Gui::IncidentModel::StatusColumn).data() ==
               QStringLiteral("In progress");
    })) << panel->resultText().toStdString();
    // Its component is under maintenance on the page.
    ASSERT_TRUE(waitUntil([&] {
        const auto* model = page.componentModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data() == QStringLiteral("Database"))
                return model->index(row, Gui::ComponentModel::StatusColumn).data() ==
                       QStringLiteral("Under maintenance");
        }
        return false;
    }));

    // A service end announced only ten days ahead is refused (90 days); the reason is shown.
    auto* kind = panel->findChild<QComboBox*>(QStringLiteral("noticeKind"));
    auto* title = panel->findChild<QLineEdit*>(QStringLiteral("noticeTitle"));
    auto* effective = panel->findChild<QDateTimeEdit*>(QStringLiteral("noticeEffective"));
    auto* body = panel->findChild<QPlainTextEdit*>(QStringLiteral("noticeBody"));
    auto* publish = panel->findChild<QPushButton*>(QStringLiteral("noticePost"));
    ASSERT_TRUE(kind && title && effective && body && publish);
    kind->setCurrentIndex(kind->findData(QStringLiteral("service_end")));
    EXPECT_TRUE(effective->isEnabled());
    effective->setDateTime(QDateTime::currentDateTime().addDays(10));
    QTest::keyClicks(title, QStringLiteral("Legacy player retires"));
    body->setPlainText(QStringLiteral("The old player stops working."));
    QTest::mouseClick(publish, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return panel->resultText().startsWith(QStringLiteral("Not posted: 422"));
    })) << panel->resultText().toStdString();

    kind->setCurrentIndex(kind->findData(QStringLiteral("general")));
    EXPECT_FALSE(effective->isEnabled());
    QTest::mouseClick(publish, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return panel->resultText().startsWith(QStringLiteral("Posted."));
    })) << panel->resultText().toStdString();
}

TEST_F(StatusPageLive, Japanese_Banner_Translated)
{
    ASSERT_TRUE(m_languages.apply(QStringLiteral("ja")));
    Status::WatcherOptions options = watcherOptions(m_server.baseUrl());
    options.seenStorePath.clear();
    Status::StatusWatcher watcher(m_network, options);
    Gui::StatusPage page;
    page.setWatcher(&watcher);
    watcher.start();
    ASSERT_TRUE(waitUntil([&] { return page.indicator() == Status::Indicator::None; }));
    EXPECT_EQ(page.bannerText(), QStringLiteral("すべてのシステムは正常に稼働しています"));
    ASSERT_TRUE(m_languages.apply(QStringLiteral("en")));
    ASSERT_TRUE(
        waitUntil([&] { return page.bannerText() == QStringLiteral("All systems operational"); }));
}

} // namespace
