// The local workspace's first run: the embedded server has no account; the first-owner page
// seats the workspace operator in-process (off the GUI thread), creates the tenant, accepts the
// owner's invitation and signs the owner in. Also: light/dark theme detection.
#include "app/localworkspace.h"
#include "tests/support/identityfixture.h"
#include "tests/support/testhttp.h"
#include "ui/firstownerpage.h"
#include "ui/languagemanager.h"
#include "ui/theme.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

using TestSupport::waitUntil;

TEST(FirstOwnerPageTest, EmptyWorkspace_CreateOwner_SignedInAsTenantOwner)
{
    Gui::LanguageManager languages;
    ASSERT_TRUE(languages.apply(QStringLiteral("en")));
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    auto started = App::LocalWorkspace::start(data.path());
    ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
    const std::unique_ptr<App::LocalWorkspace> workspace = std::move(started).value();
    auto accounts = workspace->hasAccounts();
    ASSERT_TRUE(accounts.ok());
    EXPECT_FALSE(accounts.value());

    QNetworkAccessManager network;
    App::LocalWorkspace* local = workspace.get();
    Gui::FirstOwnerPage page(network, workspace->baseUrl(),
                             [local](const QString& email, const QString& password) {
                                 return local->createOperator(email, password);
                             });
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto* create = page.findChild<QPushButton*>(QStringLiteral("createButton"));
    ASSERT_NE(create, nullptr);
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("emailEdit")),
                     QStringLiteral("me@example.jp"));
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                     QStringLiteral("weak"));
    EXPECT_FALSE(create->isEnabled()); // the checklist is not satisfied
    page.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->clear();
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                     TestSupport::kTestPassword);
    EXPECT_FALSE(create->isEnabled()); // not repeated yet
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("confirmEdit")),
                     TestSupport::kTestPassword);
    ASSERT_TRUE(create->isEnabled());

    QSignalSpy created(&page, &Gui::FirstOwnerPage::created);
    QTest::mouseClick(create, Qt::LeftButton);
    EXPECT_TRUE(page.busy()); // the GUI thread did not wait
    ASSERT_TRUE(waitUntil([&] { return created.count() == 1; }, std::chrono::seconds(30)))
        << page.errorText().toStdString();
    const auto tokens = created.at(0).at(2).value<Api::ApiTokens>();
    EXPECT_EQ(created.at(0).at(1).toString(), QStringLiteral("me@example.jp"));

    const auto me = TestSupport::httpRequest(
        "GET", QUrl(workspace->baseUrl().toString() + QStringLiteral("/v1/me")), {},
        {TestSupport::bearer(tokens.accessToken)});
    ASSERT_EQ(me.status, 200) << me.body.toStdString();
    EXPECT_TRUE(me.body.contains("owner")) << me.body.toStdString();
    accounts = workspace->hasAccounts();
    ASSERT_TRUE(accounts.ok());
    EXPECT_TRUE(accounts.value());
    // Only once: a second operator is refused.
    EXPECT_FALSE(
        workspace->createOperator(QStringLiteral("x@example.jp"), TestSupport::kTestPassword).ok());
}

TEST(ThemeTest, IsDarkPalette_DarkAndLightPalettes_Detected)
{
    EXPECT_TRUE(Gui::isDarkPalette(Gui::darkPalette()));
    QPalette light;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    EXPECT_FALSE(Gui::isDarkPalette(light));
}

} // namespace
