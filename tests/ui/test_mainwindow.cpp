// The GUI shell under QT_QPA_PLATFORM=offscreen, with the embedded server of --local.
#include "app/localworkspace.h"
#include "core/api/connectionmonitor.h"
#include "tests/support/testhttp.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Gui::MainWindow;
using TestSupport::waitUntil;

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_languages.apply(QStringLiteral("en"))); }
    Gui::LanguageManager m_languages;
};

QString currentHeading(const MainWindow& window)
{
    const auto* pages = window.findChild<QStackedWidget*>();
    const auto* heading = pages->currentWidget()->findChild<QLabel*>(QStringLiteral("pageHeading"));
    return heading ? heading->text() : QString();
}

TEST_F(MainWindowTest, Navigation_ClickEachItem_ShowsItsPage)
{
    MainWindow window(m_languages, nullptr);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->count(), 6);

    const QStringList expected{QStringLiteral("Uploads"),  QStringLiteral("Library"),
                               QStringLiteral("Admin"),    QStringLiteral("Status"),
                               QStringLiteral("Settings"), QStringLiteral("Help")};
    for (int row = navigation->count() - 1; row >= 0; --row) {
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        EXPECT_EQ(static_cast<int>(window.currentPage()), row);
        EXPECT_EQ(currentHeading(window), expected[row]);
    }
}

TEST_F(MainWindowTest, Navigation_Keyboard_MovesBetweenPages)
{
    MainWindow window(m_languages, nullptr);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Library);
    QTest::keyClick(navigation, Qt::Key_End);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Help);
}

TEST_F(MainWindowTest, Settings_ChooseJapanese_RetranslatesWithoutRestart)
{
    MainWindow window(m_languages, nullptr);
    window.show();
    window.showPage(MainWindow::Page::Settings);
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toString(), QStringLiteral("en"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
    EXPECT_EQ(m_languages.current(), QStringLiteral("ja"));
    // Qt delivers QEvent::LanguageChange through the event loop.
    EXPECT_TRUE(waitUntil([&] { return currentHeading(window) == QStringLiteral("設定"); }))
        << currentHeading(window).toStdString();
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("アップロード"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("OneStream Studio"));
    EXPECT_EQ(window.connectionText(), QStringLiteral("サーバーが選択されていません"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    EXPECT_TRUE(
        waitUntil([&] { return navigation->item(0)->text() == QStringLiteral("Uploads"); }));
}

TEST_F(MainWindowTest, LocalWorkspace_StatusBar_ShowsConnectedFromReadyz)
{
    QTemporaryDir data;
    auto workspace = App::LocalWorkspace::start(data.path());
    ASSERT_TRUE(workspace.ok()) << workspace.error().toString().toStdString();
    EXPECT_EQ((*workspace)->baseUrl().host(), QStringLiteral("127.0.0.1"));

    QNetworkAccessManager network;
    Api::ConnectionMonitor monitor(network);
    monitor.setServer((*workspace)->baseUrl());
    MainWindow window(m_languages, &monitor);
    window.show();
    monitor.start();
    EXPECT_TRUE(waitUntil([&] {
        return window.connectionText().startsWith(QLatin1String("Connected to"));
    })) << window.connectionText().toStdString();

    // The embedded server goes away: the status bar says so.
    workspace.value().reset();
    monitor.setInterval(std::chrono::milliseconds(100));
    monitor.checkNow();
    EXPECT_TRUE(waitUntil([&] {
        return window.connectionText().startsWith(QLatin1String("Cannot reach"));
    })) << window.connectionText().toStdString();
}

TEST_F(MainWindowTest, AccessibleNames_OnNavigationAndLanguage)
{
    MainWindow window(m_languages, nullptr);
    EXPECT_FALSE(
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->accessibleName().isEmpty());
    EXPECT_FALSE(
        window.findChild<QComboBox*>(QStringLiteral("languageCombo"))->accessibleName().isEmpty());
}

} // namespace
