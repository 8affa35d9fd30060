// The Admin pages (issue 7) under offscreen against the real onestream-server: inviting and
// importing users (the dry run marks bad rows, then the commit), a role request approved by a
// second owner (never by the requester), a tampered audit log flagged, tenants created, edited
// and terminated by an operator, sessions, and tabs that follow the signed-in person's role.
#include "core/admin/adminclient.h"
#include "core/admin/pagedlistmodel.h"
#include "core/admin/userimport.h"
#include "tests/support/identityfixture.h"
#include "tests/support/testhttp.h"
#include "tests/support/totpcode.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/approvalstab.h"
#include "ui/admin/audittab.h"
#include "ui/admin/importdialog.h"
#include "ui/admin/importpreviewmodel.h"
#include "ui/admin/invitelinkspanel.h"
#include "ui/admin/sessionstab.h"
#include "ui/admin/tenantstab.h"
#include "ui/admin/userstab.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

using Gui::AdminPage;
using TestSupport::Account;
using TestSupport::waitUntil;

class AdminPagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_languages.apply(QStringLiteral("en")));
        ASSERT_TRUE(m_files.isValid());
        ASSERT_TRUE(TestSupport::initOperator(m_server));
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
        m_identity = std::make_unique<TestSupport::IdentityFixture>(m_server);
    }

    Api::ApiClient* clientFor(const Account& account)
    {
        auto client = std::make_unique<Api::ApiClient>(m_network, m_server.baseUrl());
        client->setTokens({account.accessToken, account.refreshToken});
        m_clients.push_back(std::move(client));
        return m_clients.back().get();
    }

    std::unique_ptr<AdminPage> openPage(const Account& account)
    {
        auto page = std::make_unique<AdminPage>();
        page->resize(1000, 700);
        page->show();
        page->setClient(clientFor(account));
        EXPECT_TRUE(waitUntil([&] { return page->ready(); })) << page->statusText().toStdString();
        return page;
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_files.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    QJsonObject getJson(const QString& path, const Account& as)
    {
        const auto reply = TestSupport::httpRequest("GET", TestSupport::apiUrl(m_server, path), {},
                                                    {TestSupport::bearer(as.accessToken)});
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return QJsonDocument::fromJson(reply.body).object();
    }

    void tamper(const QStringList& statements)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_server.dataDir() + QStringLiteral("/onestream.db"));
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery query(db);
            for (const QString& statement : statements)
                ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    Gui::LanguageManager m_languages;
    QTemporaryDir m_files;
    TestSupport::ServerProcess m_server;
    std::unique_ptr<TestSupport::IdentityFixture> m_identity;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<Api::ApiClient>> m_clients;
};

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

TEST_F(AdminPagesTest, Tabs_FollowRoles_OwnerViewerOperator)
{
    auto tenant = m_identity->createTenant(QStringLiteral("Roles"));
    ASSERT_TRUE(tenant) << m_identity->lastError().toStdString();
    auto viewer = m_identity->addUser(*tenant, QStringLiteral("viewer"));
    auto op = m_identity->loginOperator();
    ASSERT_TRUE(viewer && op);

    auto owner = openPage(tenant->owner);
    EXPECT_TRUE(owner->tabVisible(AdminPage::Tab::Users));
    EXPECT_TRUE(owner->tabVisible(AdminPage::Tab::Approvals));
    EXPECT_TRUE(owner->tabVisible(AdminPage::Tab::Sessions));
    EXPECT_TRUE(owner->tabVisible(AdminPage::Tab::Audit));
    EXPECT_FALSE(owner->tabVisible(AdminPage::Tab::Tenants));

    auto plain = openPage(*viewer);
    EXPECT_FALSE(plain->tabVisible(AdminPage::Tab::Users));
    EXPECT_FALSE(plain->tabVisible(AdminPage::Tab::Approvals));
    EXPECT_TRUE(plain->tabVisible(AdminPage::Tab::Sessions));
    EXPECT_FALSE(plain->tabVisible(AdminPage::Tab::Audit));
    EXPECT_FALSE(plain->tabVisible(AdminPage::Tab::Tenants));

    // An admin manages users but cannot grant owner or admin.
    auto admin = m_identity->addUser(*tenant, QStringLiteral("admin"));
    ASSERT_TRUE(admin) << m_identity->lastError().toStdString();
    auto adminPage = openPage(*admin);
    EXPECT_TRUE(adminPage->tabVisible(AdminPage::Tab::Users));
    auto* inviteRole = child<QComboBox>(adminPage->users(), "inviteRole");
    auto* roles = qobject_cast<QStandardItemModel*>(inviteRole->model());
    ASSERT_NE(roles, nullptr);
    EXPECT_FALSE(roles->item(inviteRole->findData(QStringLiteral("owner")))->isEnabled());
    EXPECT_FALSE(roles->item(inviteRole->findData(QStringLiteral("admin")))->isEnabled());
    EXPECT_TRUE(roles->item(inviteRole->findData(QStringLiteral("editor")))->isEnabled());

    auto staff = openPage(*op);
    // Operators read a tenant's users (after picking the tenant) but change nothing.
    EXPECT_TRUE(staff->tabVisible(AdminPage::Tab::Users));
    EXPECT_FALSE(staff->tabVisible(AdminPage::Tab::Approvals));
    staff->users()->setTenant(tenant->id);
    ASSERT_TRUE(waitUntil([&] {
        return !staff->users()->model()->loading() &&
               staff->users()->model()->findRow(QStringLiteral("id"), viewer->userId) >= 0;
    }));
    EXPECT_FALSE(child<QPushButton>(staff->users(), "inviteButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(staff->users(), "exportButton")->isEnabled());
    EXPECT_TRUE(staff->tabVisible(AdminPage::Tab::Audit));
    EXPECT_TRUE(staff->tabVisible(AdminPage::Tab::Tenants));
}

TEST_F(AdminPagesTest, Users_InviteThenImport_DryRunMarksBadRowsThenCommits)
{
    auto tenant = m_identity->createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(tenant) << m_identity->lastError().toStdString();
    auto page = openPage(tenant->owner);
    Gui::UsersTab* users = page->users();
    QAbstractItemModelTester tester(users->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitUntil([&] { return users->model()->rowCount() == 1; }));

    // A single invitation through the form.
    QTest::mouseClick(child<QPushButton>(users, "inviteButton"), Qt::LeftButton);
    child<QLineEdit>(users, "inviteEmail")->setText(QStringLiteral("new.person@example.test"));
    auto* role = child<QComboBox>(users, "inviteRole");
    role->setCurrentIndex(role->findData(QStringLiteral("editor")));
    QTest::mouseClick(child<QPushButton>(users, "sendInviteButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return users->model()->findRow(QStringLiteral("email"),
                                       QStringLiteral("new.person@example.test")) >= 0;
    })) << users->messageText().toStdString();
    EXPECT_TRUE(users->messageText().contains(QLatin1String("invitation code")));
    const int invited =
        users->model()->findRow(QStringLiteral("email"), QStringLiteral("new.person@example.test"));
    EXPECT_EQ(users->model()->value(invited, QStringLiteral("status")), QStringLiteral("invited"));
    EXPECT_EQ(users->model()->value(invited, QStringLiteral("roles")), QStringLiteral("editor"));

    // A file with problems: the dry run marks each bad row, nothing can be imported.
    Admin::AdminClient client(*m_clients.back());
    Gui::ImportDialog dialog(client, tenant->id);
    dialog.show();
    QAbstractItemModelTester previewTester(dialog.preview(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.loadFile(writeFile(QStringLiteral("bad.csv"), "email,role,display_name\n"
                                                         "good.one@example.test,viewer,Good One\n"
                                                         "not-an-email,viewer,Nobody\n"
                                                         "boss@example.test,emperor,Boss\n"
                                                         "good.one@example.test,editor,Twice\n"
                                                         "chief@example.test,owner,Chief\n"));
    ASSERT_TRUE(waitUntil([&] { return dialog.statusText().contains(QLatin1String("problem")); }))
        << dialog.statusText().toStdString();
    Gui::ImportPreviewModel* preview = dialog.preview();
    ASSERT_EQ(preview->rowCount(), 5);
    EXPECT_EQ(preview->badRows(), 4);
    EXPECT_FALSE(preview->data(preview->index(0, 0), Qt::UserRole).toBool());
    for (int row = 1; row < 5; ++row)
        EXPECT_TRUE(preview->data(preview->index(row, 0), Qt::UserRole).toBool()) << row;
    EXPECT_TRUE(preview->data(preview->index(3, Gui::ImportPreviewModel::Problem), Qt::DisplayRole)
                    .toString()
                    .contains(QLatin1String("twice")));
    EXPECT_FALSE(dialog.canImport());

    // A clean file: checked, then imported with progress.
    dialog.loadFile(writeFile(QStringLiteral("good.csv"), "a.one@example.test,viewer,A\n"
                                                          "b.two@example.test,uploader,B\n"
                                                          "c.three@example.test,editor,C\n"));
    ASSERT_TRUE(waitUntil([&] { return dialog.canImport(); })) << dialog.statusText().toStdString();
    EXPECT_EQ(preview->badRows(), 0);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return dialog.statusText().contains(QLatin1String("Imported 3"));
    })) << dialog.statusText().toStdString();

    users->reload();
    ASSERT_TRUE(waitUntil([&] { return !users->model()->loading(); }));
    EXPECT_EQ(users->model()->rowCount(), 5);

    // The role filter asks the server again.
    auto* filter = child<QComboBox>(users, "roleFilter");
    filter->setCurrentIndex(filter->findData(QStringLiteral("uploader")));
    ASSERT_TRUE(
        waitUntil([&] { return !users->model()->loading() && users->model()->rowCount() == 1; }));
    EXPECT_EQ(users->model()->value(0, QStringLiteral("email")),
              QStringLiteral("b.two@example.test"));
}

// POST /v1/signup through an invite link's token; the HTTP status.
int signUp(const TestSupport::ServerProcess& server, const QString& token, const QString& email)
{
    const QJsonObject body{{QStringLiteral("token"), token},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("password"), TestSupport::kTestPassword}};
    return TestSupport::httpRequest(
               "POST", TestSupport::apiUrl(server, QStringLiteral("/v1/signup")),
               QJsonDocument(body).toJson(QJsonDocument::Compact),
               {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}})
        .status;
}

TEST_F(AdminPagesTest, InviteLinks_CapOneWithApproval_ApprovedThenFullThenRevoked)
{
    auto tenant = m_identity->createTenant(QStringLiteral("Links"));
    ASSERT_TRUE(tenant) << m_identity->lastError().toStdString();
    auto page = openPage(tenant->owner);
    page->resize(1200, 1100); // room for the invite-link form and both tables
    Gui::UsersTab* users = page->users();
    Gui::InviteLinksPanel* links = users->inviteLinks();
    QAbstractItemModelTester linksTester(links->linksModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester signupsTester(links->signupsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* open = child<QPushButton>(users, "inviteLinksButton");
    ASSERT_TRUE(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    ASSERT_TRUE(links->isVisible());

    // A link for one uploader account that an admin approves.
    child<QSpinBox>(links, "linkCap")->setValue(1);
    child<QDateTimeEdit>(links, "linkDeadline")
        ->setDateTime(QDateTime::currentDateTime().addDays(2));
    auto* role = child<QComboBox>(links, "linkRole");
    role->setCurrentIndex(role->findData(QStringLiteral("uploader")));
    child<QCheckBox>(links, "linkApproval")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(links, "createLinkButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return !links->createdToken().isEmpty() && links->linksModel()->rowCount() == 1;
    })) << links->messageText().toStdString();
    EXPECT_TRUE(child<QLineEdit>(links, "linkToken")->isReadOnly());
    Admin::PagedListModel* linkRows = links->linksModel();
    EXPECT_EQ(linkRows->value(0, QStringLiteral("max_signups")), QStringLiteral("1"));
    EXPECT_EQ(linkRows->value(0, QStringLiteral("role")), QStringLiteral("uploader"));
    EXPECT_EQ(linkRows->value(0, QStringLiteral("requires_approval")), QStringLiteral("true"));
    const QString token = links->createdToken();

    // The first sign-up waits for approval; the second is refused: the cap is reached.
    const QString email = m_identity->uniqueEmail(QStringLiteral("joiner"));
    EXPECT_EQ(signUp(m_server, token, email), 202);
    EXPECT_EQ(signUp(m_server, token, m_identity->uniqueEmail(QStringLiteral("late"))), 409);

    links->reload();
    ASSERT_TRUE(waitUntil([&] {
        return !links->signupsModel()->loading() && links->signupsModel()->rowCount() == 1;
    })) << links->messageText().toStdString();
    EXPECT_EQ(links->signupsModel()->value(0, QStringLiteral("email")), email);
    auto* approve = child<QPushButton>(links, "approveSignupButton");
    EXPECT_FALSE(approve->isEnabled());
    links->selectSignup(links->signupsModel()->value(0, QStringLiteral("id")));
    ASSERT_TRUE(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return links->messageText().contains(QLatin1String("Approved")) &&
               !links->signupsModel()->loading() && links->signupsModel()->rowCount() == 0;
    })) << links->messageText().toStdString();
    // The approved person signs in and is in the users list.
    EXPECT_TRUE(m_identity->login(email).has_value()) << m_identity->lastError().toStdString();
    ASSERT_TRUE(
        waitUntil([&] { return users->model()->findRow(QStringLiteral("email"), email) >= 0; }));
    ASSERT_TRUE(waitUntil([&] { return !linkRows->loading() && linkRows->rowCount() == 1; }));
    EXPECT_EQ(linkRows->value(0, QStringLiteral("signups")), QStringLiteral("1"));
    EXPECT_EQ(linkRows->value(0, QStringLiteral("status")), QStringLiteral("full"));

    // A second link, revoked after the inline confirmation: sign-ups through it stop.
    child<QSpinBox>(links, "linkCap")->setValue(5);
    child<QCheckBox>(links, "linkApproval")->setChecked(false);
    QTest::mouseClick(child<QPushButton>(links, "createLinkButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return links->createdToken() != token && !linkRows->loading() && linkRows->rowCount() == 2;
    })) << links->messageText().toStdString();
    const QString second = links->createdToken();
    const int row = linkRows->findRow(QStringLiteral("status"), QStringLiteral("active"));
    ASSERT_GE(row, 0);
    links->selectLink(linkRows->value(row, QStringLiteral("id")));
    QTest::mouseClick(child<QPushButton>(links, "revokeLinkButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(links, "confirmButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return !linkRows->loading() &&
               linkRows->findRow(QStringLiteral("status"), QStringLiteral("revoked")) >= 0;
    })) << links->messageText().toStdString();
    EXPECT_EQ(signUp(m_server, second, m_identity->uniqueEmail(QStringLiteral("after"))), 410);
}

TEST_F(AdminPagesTest, Importer_SmallChunks_ProblemsOnTheRightLinesAndProgress)
{
    auto tenant = m_identity->createTenant(QStringLiteral("Chunks"));
    ASSERT_TRUE(tenant) << m_identity->lastError().toStdString();
    Admin::AdminClient client(*clientFor(tenant->owner));
    // Two rows per request: line 6 repeats line 2 from another chunk, line 5 is bad.
    Admin::UserImporter bad(client, tenant->id,
                            Admin::parseUserCsv("email,role\n"
                                                "p1@example.test,viewer\n"
                                                "p2@example.test,viewer\n"
                                                "p3@example.test,viewer\n"
                                                "nobody,viewer\n"
                                                "P1@example.test,editor\n"),
                            2);
    QSignalSpy checked(&bad, &Admin::UserImporter::dryRunFinished);
    bad.dryRun();
    ASSERT_TRUE(waitUntil([&] { return checked.count() == 1; }));
    EXPECT_EQ(checked.at(0).at(0).toInt(), 2);
    for (const Admin::ImportRow& row : bad.rows()) {
        if (row.line == 5)
            EXPECT_EQ(row.problem, QStringLiteral("not an email address"));
        else if (row.line == 6)
            EXPECT_TRUE(row.problem.contains(QLatin1String("line 2"))) << row.problem.toStdString();
        else
            EXPECT_TRUE(row.problem.isEmpty()) << row.line;
    }

    QList<Admin::ImportRow> rows;
    for (int i = 0; i < 5; ++i) {
        rows.append(Admin::ImportRow{i + 1, QStringLiteral("q%1@example.test").arg(i),
                                     QStringLiteral("viewer"), QString(), QString()});
    }
    Admin::UserImporter good(client, tenant->id, rows, 2);
    QSignalSpy progress(&good, &Admin::UserImporter::progress);
    QSignalSpy committed(&good, &Admin::UserImporter::committed);
    good.commit();
    ASSERT_TRUE(waitUntil([&] { return committed.count() == 1; }));
    EXPECT_EQ(committed.at(0).at(0).toInt(), 5);
    ASSERT_EQ(progress.count(), 4); // 0, 2, 4, 5 of 5
    EXPECT_EQ(progress.at(1).at(0).toInt(), 2);
    EXPECT_EQ(progress.last().at(0).toInt(), 5);

    // Committing the same rows again resumes: nothing new, all present.
    committed.clear();
    good.commit();
    ASSERT_TRUE(waitUntil([&] { return committed.count() == 1; }));
    EXPECT_EQ(committed.at(0).at(0).toInt(), 0);
    EXPECT_EQ(committed.at(0).at(1).toInt(), 5);
}

TEST_F(AdminPagesTest, Approvals_RequesterCannotApprove_SecondOwnerApprovesWithReason)
{
    auto tenant = m_identity->createTenant(QStringLiteral("Four Eyes"));
    ASSERT_TRUE(tenant) << m_identity->lastError().toStdString();
    auto editor = m_identity->addUser(*tenant, QStringLiteral("editor"));
    auto second = m_identity->secondOwner(*tenant);
    ASSERT_TRUE(editor && second) << m_identity->lastError().toStdString();

    // The first owner asks for admin: a request, not a change.
    auto requester = openPage(tenant->owner);
    requester->showTab(AdminPage::Tab::Users);
    Gui::UsersTab* users = requester->users();
    ASSERT_TRUE(waitUntil(
        [&] { return users->model()->findRow(QStringLiteral("id"), editor->userId) >= 0; }));
    users->selectUser(editor->userId);
    auto* newRole = child<QComboBox>(users, "newRole");
    newRole->setCurrentIndex(newRole->findData(QStringLiteral("admin")));
    QTest::mouseClick(child<QPushButton>(users, "changeRoleButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(users, "confirmButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return users->messageText().contains(QLatin1String("approve")); }))
        << users->messageText().toStdString();
    requester->showTab(AdminPage::Tab::Approvals);
    Gui::ApprovalsTab* own = requester->approvals();
    QAbstractItemModelTester tester(own->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitUntil([&] { return own->pendingCount() == 1; }));
    own->selectRequest(own->model()->value(0, QStringLiteral("id")));
    EXPECT_FALSE(child<QPushButton>(own, "approveButton")->isEnabled());

    // The second owner sees the badge and approves, confirming with a reason.
    Gui::MainWindow window(m_languages, nullptr);
    window.show();
    window.showPage(Gui::MainWindow::Page::Admin);
    window.setAdminClient(clientFor(*second));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_TRUE(waitUntil([&] { return window.adminPage()->pendingApprovals() == 1; }));
    EXPECT_EQ(navigation->item(static_cast<int>(Gui::MainWindow::Page::Admin))->text(),
              QStringLiteral("Admin (1)"));
    window.adminPage()->showTab(AdminPage::Tab::Approvals);
    Gui::ApprovalsTab* approvals = window.adminPage()->approvals();
    const QString requestId = approvals->model()->value(0, QStringLiteral("id"));
    approvals->selectRequest(requestId);
    auto* approve = child<QPushButton>(approvals, "approveButton");
    ASSERT_TRUE(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    auto* confirm = child<QPushButton>(approvals, "confirmButton");
    EXPECT_FALSE(confirm->isEnabled()); // a reason is required
    QTest::keyClicks(child<QLineEdit>(approvals, "confirmReason"),
                     QStringLiteral("Runs the Tokyo office"));
    ASSERT_TRUE(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return approvals->messageText().contains(QLatin1String("Approved"));
    })) << approvals->messageText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return window.adminPage()->pendingApprovals() == 0; }));
    EXPECT_EQ(navigation->item(static_cast<int>(Gui::MainWindow::Page::Admin))->text(),
              QStringLiteral("Admin"));

    const QJsonObject user =
        getJson(QStringLiteral("/v1/tenants/%1/users/%2").arg(tenant->id, editor->userId), *second);
    EXPECT_TRUE(user.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("admin")));
    const QJsonObject decided = getJson(
        QStringLiteral("/v1/tenants/%1/role-requests?status=approved").arg(tenant->id), *second);
    ASSERT_EQ(decided.value(QStringLiteral("items")).toArray().size(), 1);
    const QJsonObject request = decided.value(QStringLiteral("items")).toArray().at(0).toObject();
    EXPECT_EQ(request.value(QStringLiteral("reason")).toString(),
              QStringLiteral("Runs the Tokyo office"));
    EXPECT_EQ(request.value(QStringLiteral("decided_by")).toString(), second->userId);
}

TEST_F(AdminPagesTest, Users_ResetTwoStepVerification_CodeOffAndSessionsEnded)
{
    auto tenant = m_identity->createTenant(QStringLiteral("Lost Phone"));
    ASSERT_TRUE(tenant) << m_identity->lastError().toStdString();
    auto editor = m_identity->addUser(*tenant, QStringLiteral("editor"));
    ASSERT_TRUE(editor) << m_identity->lastError().toStdString();
    // The editor turns a one-time code on.
    const auto bearer = QList<QPair<QByteArray, QByteArray>>{
        {"Authorization", "Bearer " + editor->accessToken.toUtf8()}};
    const auto begun = TestSupport::httpRequest(
        "POST", TestSupport::apiUrl(m_server, QStringLiteral("/v1/me/totp")), {}, bearer);
    ASSERT_EQ(begun.status, 200);
    const QByteArray secret = TestSupport::base32Decode(
        QJsonDocument::fromJson(begun.body).object().value(QStringLiteral("secret")).toString());
    const auto confirmed = TestSupport::httpRequest(
        "POST", TestSupport::apiUrl(m_server, QStringLiteral("/v1/me/totp/confirm")),
        QJsonDocument(
            QJsonObject{{QStringLiteral("code"),
                         TestSupport::totpCode(secret, QDateTime::currentSecsSinceEpoch())}})
            .toJson(QJsonDocument::Compact),
        bearer);
    ASSERT_EQ(confirmed.status, 200) << confirmed.body.toStdString();

    // The owner resets it from the Users tab, after confirming.
    auto page = openPage(tenant->owner);
    page->showTab(AdminPage::Tab::Users);
    Gui::UsersTab* users = page->users();
    ASSERT_TRUE(waitUntil(
        [&] { return users->model()->findRow(QStringLiteral("id"), editor->userId) >= 0; }));
    users->selectUser(editor->userId);
    auto* reset = child<QPushButton>(users, "resetTotpButton");
    ASSERT_TRUE(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(users, "confirmButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return users->messageText().contains(QLatin1String("turned off"));
    })) << users->messageText().toStdString();
    // Their session ended, and a password alone signs them in now.
    EXPECT_EQ(TestSupport::httpRequest(
                  "GET", TestSupport::apiUrl(m_server, QStringLiteral("/v1/me")), {}, bearer)
                  .status,
              401);
    EXPECT_TRUE(m_identity->login(editor->email).has_value())
        << m_identity->lastError().toStdString();
    // A second reset finds nothing to turn off, and says so.
    users->selectUser(editor->userId);
    QTest::mouseClick(reset, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(users, "confirmButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return users->messageText().contains(QLatin1String("no two-step"));
    })) << users->messageText().toStdString();
}

TEST_F(AdminPagesTest, Audit_TamperedLog_FirstBrokenEntryShown)
{
    auto tenant = m_identity->createTenant(QStringLiteral("Audited"));
    auto op = m_identity->loginOperator();
    ASSERT_TRUE(tenant && op);
    auto page = openPage(*op);
    page->showTab(AdminPage::Tab::Audit);
    Gui::AuditTab* audit = page->audit();
    QAbstractItemModelTester tester(audit->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitUntil([&] { return audit->integrityState() == 1; }))
        << audit->integrityText().toStdString();
    EXPECT_TRUE(audit->integrityText().contains(QLatin1String("verified")));
    ASSERT_TRUE(waitUntil([&] { return audit->model()->rowCount() > 2; }));

    tamper(
        {QStringLiteral("DROP TRIGGER audit_log_no_update"),
         QStringLiteral("UPDATE audit_log SET actor_email = 'someone@else.test' WHERE seq = 2")});
    QTest::mouseClick(child<QPushButton>(audit, "auditVerify"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return audit->integrityState() == 0; }))
        << audit->integrityText().toStdString();
    EXPECT_TRUE(audit->integrityText().contains(QLatin1String("entry 2")))
        << audit->integrityText().toStdString();
    auto* table = child<QTableView>(audit, "auditTable");
    ASSERT_TRUE(table->selectionModel()->hasSelection());
    EXPECT_EQ(audit->model()->value(table->selectionModel()->selectedRows().first().row(),
                                    QStringLiteral("seq")),
              QStringLiteral("2"));

    // A date range with no entries, then back to everything.
    const int all = audit->model()->rowCount();
    child<QLineEdit>(audit, "auditSince")->setText(QStringLiteral("2099-01-01"));
    QTest::mouseClick(child<QPushButton>(audit, "auditApply"), Qt::LeftButton);
    ASSERT_TRUE(
        waitUntil([&] { return !audit->model()->loading() && audit->model()->rowCount() == 0; }));
    child<QLineEdit>(audit, "auditSince")->clear();
    child<QLineEdit>(audit, "auditUntil")
        ->setText(QDate::currentDate().addDays(1).toString(Qt::ISODate));
    QTest::mouseClick(child<QPushButton>(audit, "auditApply"), Qt::LeftButton);
    ASSERT_TRUE(
        waitUntil([&] { return !audit->model()->loading() && audit->model()->rowCount() >= all; }));

    // Export with the current filters, written off the GUI thread.
    auto* outcome = child<QComboBox>(audit, "auditOutcome");
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("success")));
    const QString path = m_files.filePath(QStringLiteral("audit.csv"));
    audit->exportTo(path);
    ASSERT_TRUE(waitUntil([&] { return audit->messageText().contains(QLatin1String("Exported")); }))
        << audit->messageText().toStdString();
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains("POST /v1/tenants"));
}

TEST_F(AdminPagesTest, Tenants_CreateEditTerminate_PurgeDateShown)
{
    auto op = m_identity->loginOperator();
    ASSERT_TRUE(op);
    auto page = openPage(*op);
    page->showTab(AdminPage::Tab::Tenants);
    Gui::TenantsTab* tenants = page->tenants();
    QAbstractItemModelTester tester(tenants->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    QTest::mouseClick(child<QPushButton>(tenants, "newTenantButton"), Qt::LeftButton);
    child<QLineEdit>(tenants, "tenantName")->setText(QStringLiteral("Globex"));
    child<QLineEdit>(tenants, "tenantOwnerEmail")->setText(QStringLiteral("boss@globex.test"));
    QTest::mouseClick(child<QPushButton>(tenants, "createTenantButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !tenants->selectedTenantId().isEmpty(); }))
        << tenants->messageText().toStdString();
    EXPECT_TRUE(tenants->messageText().contains(QLatin1String("Created Globex")));
    EXPECT_TRUE(tenants->messageText().contains(QLatin1String("boss@globex.test")));
    const QString id = tenants->selectedTenantId();

    child<QLineEdit>(tenants, "tenantPlan")->setText(QStringLiteral("gold"));
    QTest::mouseClick(child<QPushButton>(tenants, "saveTenantButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        const int row = tenants->model()->findRow(QStringLiteral("id"), id);
        return row >= 0 &&
               tenants->model()->value(row, QStringLiteral("plan")) == QLatin1String("gold");
    })) << tenants->messageText().toStdString();

    ASSERT_TRUE(waitUntil([&] { return tenants->selectedTenantId() == id; }));
    child<QLineEdit>(tenants, "tenantContractEnd")->setText(QStringLiteral("2027-03-31"));
    QTest::mouseClick(child<QPushButton>(tenants, "terminateTenantButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(tenants, "confirmButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        const int row = tenants->model()->findRow(QStringLiteral("id"), id);
        return row >= 0 && tenants->model()->value(row, QStringLiteral("status")) ==
                               QLatin1String("terminated");
    })) << tenants->messageText().toStdString();
    const int row = tenants->model()->findRow(QStringLiteral("id"), id);
    EXPECT_EQ(tenants->model()->value(row, QStringLiteral("purge_date")),
              QStringLiteral("2027-05-01"));
    EXPECT_TRUE(tenants->messageText().contains(QLatin1String("2027-05-01")));
}

TEST_F(AdminPagesTest, Sessions_OwnListedAndAUsersSessionsRevokedByOwner)
{
    auto tenant = m_identity->createTenant(QStringLiteral("Sessions"));
    ASSERT_TRUE(tenant);
    auto editor = m_identity->addUser(*tenant, QStringLiteral("editor"));
    ASSERT_TRUE(editor);
    auto page = openPage(tenant->owner);
    page->showTab(AdminPage::Tab::Sessions);
    Gui::SessionsTab* sessions = page->sessions();
    QAbstractItemModelTester ownTester(sessions->ownModel(),
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester userTester(sessions->userModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitUntil([&] { return sessions->ownModel()->rowCount() >= 1; }));
    EXPECT_GE(sessions->ownModel()->findRow(QStringLiteral("id"), tenant->owner.sessionId), 0);

    sessions->showUser(editor->email);
    ASSERT_TRUE(waitUntil([&] { return sessions->userModel()->rowCount() == 1; }))
        << sessions->messageText().toStdString();
    EXPECT_EQ(sessions->userModel()->value(0, QStringLiteral("id")), editor->sessionId);
    QTest::mouseClick(child<QPushButton>(sessions, "revokeUserSessions"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(sessions, "confirmButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        return sessions->messageText().contains(QLatin1String("out everywhere")) &&
               !sessions->userModel()->loading() && sessions->userModel()->rowCount() == 0;
    })) << sessions->messageText().toStdString();
    const auto refused =
        TestSupport::httpRequest("GET", TestSupport::apiUrl(m_server, QStringLiteral("/v1/me")), {},
                                 {TestSupport::bearer(editor->accessToken)});
    EXPECT_EQ(refused.status, 401);
}

} // namespace
