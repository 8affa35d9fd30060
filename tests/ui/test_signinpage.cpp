// The sign-in page against the real server, embedded in-process as in `onestream-studio
// --local`, with its first operator created by `onestream-server init`.
#include "app/localworkspace.h"
#include "platform/secretstore.h"
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"
#include "tests/support/totpcode.h"
#include "ui/languagemanager.h"
#include "ui/passwordchecklist.h"
#include "ui/signinpage.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Gui::SignInPage;
using TestSupport::waitUntil;

// A keychain behind the interface, in memory (the real one is tested in tests/keychain).
class MemorySecretStore : public Platform::ISecretStore
{
public:
    void writeSecret(const QString& key, const QByteArray& secret, QObject*,
                     WriteCallback done) override
    {
        secrets[key] = secret;
        done({});
    }
    void readSecret(const QString& key, QObject*, ReadCallback done) override
    {
        if (!secrets.contains(key)) {
            done(Core::Error{Core::ErrorCode::NotFound, QStringLiteral("no such key")});
            return;
        }
        done(secrets.value(key));
    }
    void deleteSecret(const QString& key, QObject*, WriteCallback done) override
    {
        secrets.remove(key);
        done({});
    }
    QMap<QString, QByteArray> secrets;
};

class SignInPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_languages.apply(QStringLiteral("en")));
        ASSERT_TRUE(m_data.isValid());
    }

    // `onestream-server init` on the workspace's data folder, then the embedded server.
    void startWorkspace()
    {
        QProcess init;
        init.start(TestSupport::ServerProcess::binary(),
                   {QStringLiteral("init"), QStringLiteral("--data"), m_data.path(),
                    QStringLiteral("--email"), TestSupport::kOperatorEmail,
                    QStringLiteral("--password-stdin")});
        ASSERT_TRUE(init.waitForStarted(10000));
        init.write(TestSupport::kTestPassword.toUtf8() + "\n");
        init.closeWriteChannel();
        ASSERT_TRUE(init.waitForFinished(30000));
        ASSERT_EQ(init.exitCode(), 0) << init.readAllStandardError().toStdString();
        auto workspace = App::LocalWorkspace::start(m_data.path());
        ASSERT_TRUE(workspace.ok()) << workspace.error().toString().toStdString();
        m_workspace = std::move(*workspace);
    }

    template <typename T> T* child(const QWidget& parent, const char* name)
    {
        auto* found = parent.findChild<T*>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    Gui::LanguageManager m_languages;
    QTemporaryDir m_data;
    std::unique_ptr<App::LocalWorkspace> m_workspace;
    QNetworkAccessManager m_network;
    MemorySecretStore m_store;
};

TEST_F(SignInPageTest, LocalWorkspace_TypeCredentials_SignedInTokensInKeychain)
{
    startWorkspace();
    SignInPage page(m_network, &m_store);
    page.setLocalWorkspaceUrl(m_workspace->baseUrl());
    page.setWhere(SignInPage::Where::LocalWorkspace);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    EXPECT_EQ(page.serverUrl(), m_workspace->baseUrl());

    QSignalSpy signedIn(&page, &SignInPage::signedIn);
    QTest::keyClicks(child<QLineEdit>(page, "emailEdit"), TestSupport::kOperatorEmail);
    QTest::keyClicks(child<QLineEdit>(page, "passwordEdit"), TestSupport::kTestPassword);
    QTest::keyClick(child<QLineEdit>(page, "passwordEdit"), Qt::Key_Return);
    EXPECT_TRUE(page.busy()); // the GUI thread did not wait for the server
    ASSERT_TRUE(waitUntil([&] { return signedIn.count() == 1; }, std::chrono::seconds(20)))
        << page.errorText().toStdString();

    const auto tokens = signedIn.at(0).at(2).value<Api::ApiTokens>();
    EXPECT_FALSE(tokens.accessToken.isEmpty());
    const QJsonObject stored =
        QJsonDocument::fromJson(m_store.secrets.value(SignInPage::kKeychainKey)).object();
    EXPECT_EQ(stored.value(QStringLiteral("access_token")).toString(), tokens.accessToken);
    EXPECT_EQ(stored.value(QStringLiteral("email")).toString(), TestSupport::kOperatorEmail);
    EXPECT_EQ(stored.value(QStringLiteral("server")).toString(), m_workspace->baseUrl().toString());
    EXPECT_TRUE(child<QLineEdit>(page, "passwordEdit")->text().isEmpty());
}

TEST_F(SignInPageTest, WrongPassword_ExplainedAndNothingStored)
{
    startWorkspace();
    SignInPage page(m_network, &m_store);
    page.setLocalWorkspaceUrl(m_workspace->baseUrl());
    page.setWhere(SignInPage::Where::LocalWorkspace);
    child<QLineEdit>(page, "emailEdit")->setText(TestSupport::kOperatorEmail);
    child<QLineEdit>(page, "passwordEdit")->setText(QStringLiteral("Wrong-Passw0rd"));
    page.signIn();
    ASSERT_TRUE(waitUntil([&] { return !page.busy(); }, std::chrono::seconds(20)));
    EXPECT_EQ(page.errorText(), QStringLiteral("The email address or password is not correct."));
    EXPECT_TRUE(m_store.secrets.isEmpty());
}

TEST_F(SignInPageTest, RequiredTotp_KeyShown_CodeFromItEnrolsAndSignsIn)
{
    startWorkspace();
    const QUrl base = m_workspace->baseUrl();
    const auto api = [&base](const QString& path) {
        QUrl url = base;
        url.setPath(path);
        return url;
    };
    const auto loginBody = [](const QString& code) {
        QJsonObject body{{QStringLiteral("email"), TestSupport::kOperatorEmail},
                         {QStringLiteral("password"), TestSupport::kTestPassword}};
        if (!code.isEmpty())
            body.insert(QStringLiteral("totp"), code);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    // The operator makes a one-time code mandatory for operators (the platform switch).
    const auto signedInOp =
        TestSupport::httpRequest("POST", api(QStringLiteral("/v1/auth/login")), loginBody({}));
    ASSERT_EQ(signedInOp.status, 200) << signedInOp.body.toStdString();
    const QString token = QJsonDocument::fromJson(signedInOp.body)
                              .object()
                              .value(QStringLiteral("access_token"))
                              .toString();
    const auto switched =
        TestSupport::httpRequest("PATCH", api(QStringLiteral("/v1/platform/security")),
                                 QJsonDocument(QJsonObject{{QStringLiteral("require_totp"), true}})
                                     .toJson(QJsonDocument::Compact),
                                 {{"Authorization", "Bearer " + token.toUtf8()}});
    ASSERT_EQ(switched.status, 200) << switched.body.toStdString();

    SignInPage page(m_network, &m_store);
    page.setLocalWorkspaceUrl(base);
    page.setWhere(SignInPage::Where::LocalWorkspace);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto* code = child<QLineEdit>(page, "totpEdit");
    QSignalSpy signedIn(&page, &SignInPage::signedIn);
    child<QLineEdit>(page, "emailEdit")->setText(TestSupport::kOperatorEmail);
    child<QLineEdit>(page, "passwordEdit")->setText(TestSupport::kTestPassword);
    EXPECT_FALSE(child<QGroupBox>(page, "totpEnrolment")->isVisible());

    // Without a code: the key to add to an authenticator app, and the code field to fill.
    page.signIn();
    ASSERT_TRUE(waitUntil([&] { return !page.busy(); }, std::chrono::seconds(20)));
    const QString key = page.enrolmentKey();
    ASSERT_FALSE(key.isEmpty()) << page.errorText().toStdString();
    EXPECT_TRUE(child<QGroupBox>(page, "totpEnrolment")->isVisible());
    EXPECT_TRUE(page.errorText().contains(QStringLiteral("authenticator app")));
    EXPECT_EQ(child<QLineEdit>(page, "totpKeyEdit")->text().remove(QLatin1Char(' ')), key);
    EXPECT_TRUE(child<QLineEdit>(page, "totpLinkEdit")
                    ->text()
                    .startsWith(QStringLiteral("otpauth://totp/")));
    EXPECT_TRUE(code->hasFocus());
    EXPECT_EQ(signedIn.count(), 0);
    EXPECT_TRUE(m_store.secrets.isEmpty());

    // A wrong code is explained as such, not as a wrong password.
    const QByteArray secret = TestSupport::base32Decode(key);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QString wrong = QStringLiteral("000000");
    for (qint64 step = -1; step <= 1; ++step) {
        if (TestSupport::totpCode(secret, now + step * 30) == wrong)
            wrong = QStringLiteral("000001");
    }
    code->setText(wrong);
    page.signIn();
    ASSERT_TRUE(waitUntil([&] { return !page.busy(); }, std::chrono::seconds(20)));
    EXPECT_TRUE(page.errorText().startsWith(QStringLiteral("The code is not correct")))
        << page.errorText().toStdString();
    EXPECT_EQ(signedIn.count(), 0);

    // The app's current code enrols the key and signs in; the panel goes.
    code->setText(TestSupport::totpCode(secret, QDateTime::currentSecsSinceEpoch()));
    page.signIn();
    ASSERT_TRUE(waitUntil([&] { return signedIn.count() == 1; }, std::chrono::seconds(20)))
        << page.errorText().toStdString();
    EXPECT_TRUE(page.enrolmentKey().isEmpty());
    EXPECT_FALSE(child<QGroupBox>(page, "totpEnrolment")->isVisible());
    EXPECT_FALSE(m_store.secrets.value(SignInPage::kKeychainKey).isEmpty());

    // From now on a sign-in without the code asks for it.
    child<QLineEdit>(page, "passwordEdit")->setText(TestSupport::kTestPassword);
    page.signIn();
    ASSERT_TRUE(waitUntil([&] { return !page.busy(); }, std::chrono::seconds(20)));
    EXPECT_TRUE(page.errorText().startsWith(QStringLiteral("Two-step verification is on")))
        << page.errorText().toStdString();
    EXPECT_TRUE(page.enrolmentKey().isEmpty());
}

TEST_F(SignInPageTest, SelfHostedPlainHttp_Refused_NoRequestSent)
{
    SignInPage page(m_network, &m_store);
    page.setWhere(SignInPage::Where::SelfHosted);
    auto* server = child<QLineEdit>(page, "serverEdit");
    EXPECT_FALSE(server->isReadOnly());
    server->setText(QStringLiteral("http://video.example.com"));
    child<QLineEdit>(page, "emailEdit")->setText(QStringLiteral("a@example.com"));
    child<QLineEdit>(page, "passwordEdit")->setText(QStringLiteral("Abcdefg1"));
    page.signIn();
    EXPECT_FALSE(page.busy());
    EXPECT_EQ(page.errorText(), QStringLiteral("The server's address must start with https://."));
}

TEST_F(SignInPageTest, NoLocalWorkspace_ChoiceDisabled)
{
    SignInPage page(m_network, nullptr);
    const auto* combo = child<QComboBox>(page, "whereCombo");
    const auto* model = qobject_cast<const QStandardItemModel*>(combo->model());
    ASSERT_NE(model, nullptr);
    EXPECT_FALSE(model->item(static_cast<int>(SignInPage::Where::LocalWorkspace))->isEnabled());
    EXPECT_TRUE(model->item(static_cast<int>(SignInPage::Where::Cloud))->isEnabled());
}

TEST_F(SignInPageTest, SessionEnded_Explained_EmailKeptPasswordFocused)
{
    SignInPage page(m_network, nullptr);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.showSessionEnded(QStringLiteral("kana@example.jp"));
    EXPECT_TRUE(page.noticeText().startsWith(
        QLatin1String("You were signed out because your session ended")));
    EXPECT_EQ(child<QLineEdit>(page, "emailEdit")->text(), QStringLiteral("kana@example.jp"));

    ASSERT_TRUE(m_languages.apply(QStringLiteral("ja")));
    EXPECT_TRUE(waitUntil([&] {
        return child<QPushButton>(page, "signInButton")->text() == QStringLiteral("サインイン(&S)");
    })) << child<QPushButton>(page, "signInButton")->text().toStdString();
    ASSERT_TRUE(m_languages.apply(QStringLiteral("en")));
}

TEST_F(SignInPageTest, AccessibleNames_OnEveryInput)
{
    SignInPage page(m_network, nullptr);
    for (const char* name :
         {"whereCombo", "serverEdit", "emailEdit", "passwordEdit", "totpEdit", "signInButton"}) {
        auto* widget = child<QWidget>(page, name);
        ASSERT_NE(widget, nullptr);
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << name;
        EXPECT_NE(widget->focusPolicy(), Qt::NoFocus) << name;
    }
}

struct ChecklistRow
{
    const char* password;
    bool minLength;
    bool lower;
    bool upper;
    bool digit;
};

void PrintTo(const ChecklistRow& row, std::ostream* os)
{
    *os << '"' << row.password << '"';
}

class PasswordChecklistTest : public ::testing::TestWithParam<ChecklistRow>
{};

TEST_P(PasswordChecklistTest, TypeCharacters_EachRuleTickedLive)
{
    const ChecklistRow row = GetParam();
    QWidget window;
    auto* edit = new QLineEdit(&window);
    auto* checklist = new Gui::PasswordChecklist(&window);
    checklist->attach(edit);
    QSignalSpy acceptable(checklist, &Gui::PasswordChecklist::acceptableChanged);
    QTest::keyClicks(edit, QString::fromUtf8(row.password));
    EXPECT_EQ(checklist->passed(Security::PasswordRule::MinLength), row.minLength);
    EXPECT_EQ(checklist->passed(Security::PasswordRule::Lowercase), row.lower);
    EXPECT_EQ(checklist->passed(Security::PasswordRule::Uppercase), row.upper);
    EXPECT_EQ(checklist->passed(Security::PasswordRule::Digit), row.digit);
    const bool all = row.minLength && row.lower && row.upper && row.digit;
    EXPECT_EQ(checklist->acceptable(), all);
    EXPECT_EQ(acceptable.count(), all ? 1 : 0);
    EXPECT_TRUE(checklist->ruleText(Security::PasswordRule::Digit)
                    .startsWith(row.digit ? QStringLiteral("✔") : QStringLiteral("✘")));
}

INSTANTIATE_TEST_SUITE_P(Table, PasswordChecklistTest,
                         ::testing::Values(ChecklistRow{"", false, false, false, false},
                                           ChecklistRow{"abc", false, true, false, false},
                                           ChecklistRow{"abcdefgh", true, true, false, false},
                                           ChecklistRow{"Abcdefgh", true, true, true, false},
                                           ChecklistRow{"Abcdefg1", true, true, true, true},
                                           ChecklistRow{"ABCDEFG1", true, false, true, true}));

TEST(PasswordChecklist, Erase_AcceptableBecomesFalseAgain)
{
    QLineEdit edit;
    Gui::PasswordChecklist checklist;
    checklist.attach(&edit);
    QSignalSpy acceptable(&checklist, &Gui::PasswordChecklist::acceptableChanged);
    edit.setText(QStringLiteral("Abcdefg1"));
    edit.backspace();
    ASSERT_EQ(acceptable.count(), 2);
    EXPECT_FALSE(acceptable.at(1).at(0).toBool());
    EXPECT_FALSE(checklist.passed(Security::PasswordRule::Digit));
    EXPECT_FALSE(checklist.accessibleName().isEmpty());
}

} // namespace
