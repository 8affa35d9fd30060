// Admin::PagedListModel and Gui::ImportPreviewModel under QAbstractItemModelTester: cursor
// paging through canFetchMore/fetchMore, a reload dropping an answer still in flight, failures.
#include "core/admin/pagedlistmodel.h"
#include "tests/support/testhttp.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/confirmbar.h"
#include "ui/admin/importpreviewmodel.h"
#include "ui/admin/userstab.h"
#include "ui/languagemanager.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <vector>

namespace {

using TestSupport::waitUntil;

// A server stand-in for the model: pages of `pageSize` items "u0".."u(total-1)", answered
// later on the event loop like a real reply.
struct FakeList
{
    int total = 0;
    int pageSize = 10;
    int requests = 0;
    int status = 200;

    Admin::PagedListModel::Fetch fetch()
    {
        return [this](const QString& cursor, QObject* guard, Api::ApiClient::Callback done) {
            ++requests;
            const int first = cursor.isEmpty() ? 0 : cursor.toInt();
            QTimer::singleShot(0, guard, [this, first, done = std::move(done)] {
                Api::ApiResponse response;
                response.status = status;
                QJsonArray items;
                const int end = std::min(total, first + pageSize);
                for (int i = first; i < end; ++i) {
                    items.append(QJsonObject{
                        {QStringLiteral("id"), QStringLiteral("u%1").arg(i)},
                        {QStringLiteral("email"), QStringLiteral("user%1@example.test").arg(i)},
                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("viewer")}}});
                }
                QJsonObject page{
                    {QStringLiteral("items"), items},
                    {QStringLiteral("next_cursor"), end < total ? QJsonValue(QString::number(end))
                                                                : QJsonValue(QJsonValue::Null)}};
                if (status != 200) {
                    page = QJsonObject{{QStringLiteral("title"), QStringLiteral("Forbidden")}};
                }
                response.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
                done(response);
            });
        };
    }
};

Admin::PagedListModel* makeModel(QObject* parent)
{
    return new Admin::PagedListModel(
        {QStringLiteral("email"), QStringLiteral("roles"), QStringLiteral("id")}, 2, parent);
}

TEST(PagedListModel, FetchMore_ThreePages_AllRowsInOrderAndNoMore)
{
    QObject owner;
    FakeList list{25, 10};
    auto* model = makeModel(&owner);
    model->setFetch(list.fetch());
    model->setHeaders({QStringLiteral("Email"), QStringLiteral("Roles")});
    model->reload();
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 10 && !model->loading(); }));
    EXPECT_TRUE(model->canFetchMore({}));
    EXPECT_EQ(list.requests, 1); // nothing more until the view asks
    while (model->canFetchMore({})) {
        model->fetchMore({});
        ASSERT_TRUE(waitUntil([&] { return !model->loading(); }));
    }
    EXPECT_EQ(model->rowCount(), 25);
    EXPECT_EQ(model->columnCount(), 2);
    EXPECT_EQ(list.requests, 3);
    EXPECT_EQ(model->pagesLoaded(), 3);
    EXPECT_EQ(model->data(model->index(24, 0), Qt::DisplayRole).toString(),
              QStringLiteral("user24@example.test"));
    EXPECT_EQ(model->value(3, QStringLiteral("id")), QStringLiteral("u3"));
    EXPECT_EQ(model->findRow(QStringLiteral("id"), QStringLiteral("u17")), 17);
    EXPECT_EQ(model->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Roles"));
    EXPECT_FALSE(model->canFetchMore({}));
}

TEST(PagedListModel, ModelTester_FetchesEveryPage_ConsistentModel)
{
    // QAbstractItemModelTester calls fetchMore() itself, like a view scrolled to the end.
    QObject owner;
    FakeList list{25, 10};
    auto* model = makeModel(&owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model->setFetch(list.fetch());
    model->reload();
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 25 && !model->loading(); }));
    EXPECT_EQ(list.requests, 3);
    EXPECT_FALSE(model->canFetchMore({}));
}

TEST(PagedListModel, FetchMore_WhileLoading_NoSecondRequest)
{
    QObject owner;
    FakeList list{100, 10};
    auto* model = makeModel(&owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model->setFetch(list.fetch());
    model->reload();
    EXPECT_TRUE(model->loading());
    EXPECT_FALSE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(list.requests, 1);
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() >= 10; }));
}

TEST(PagedListModel, Reload_AnswerInFlight_Dropped)
{
    QObject owner;
    FakeList list{30, 10};
    auto* model = makeModel(&owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model->setFetch(list.fetch());
    QSignalSpy pages(model, &Admin::PagedListModel::pageLoaded);
    model->reload();
    model->reload(); // a new filter before the first answer came
    EXPECT_EQ(list.requests, 2);
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 30 && !model->loading(); }));
    // The first answer was dropped: three pages, no duplicated rows.
    EXPECT_EQ(pages.count(), 3);
    EXPECT_EQ(model->pagesLoaded(), 3);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->value(row, QStringLiteral("id")), QStringLiteral("u%1").arg(row));
}

TEST(PagedListModel, Failure_403_FailedSignalAndNoRows)
{
    QObject owner;
    FakeList list{30, 10};
    list.status = 403;
    auto* model = makeModel(&owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model->setFetch(list.fetch());
    QSignalSpy failed(model, &Admin::PagedListModel::failed);
    model->reload();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_EQ(failed.at(0).at(0).toInt(), 403);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_FALSE(model->canFetchMore({}));
}

TEST(PagedListModel, Format_RolesArray_JoinedAndFormatted)
{
    QObject owner;
    FakeList list{1, 10};
    auto* model = makeModel(&owner);
    model->setFetch(list.fetch());
    model->setFormat(
        [](int column, const QString& value) { return column == 1 ? value.toUpper() : value; });
    model->reload();
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 1; }));
    EXPECT_EQ(model->data(model->index(0, 1), Qt::DisplayRole).toString(),
              QStringLiteral("VIEWER"));
    EXPECT_EQ(model->data(model->index(0, 1), Qt::UserRole).toString(), QStringLiteral("viewer"));
}

TEST(ImportPreviewModel, SetRows_BadRowsMarked)
{
    Gui::ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Admin::ImportRow> rows = Admin::parseUserCsv("a@x.test,viewer\nnot-an-email,viewer\n");
    rows[1].problem = QStringLiteral("not an email address");
    model.setRows(rows);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.badRows(), 1);
    EXPECT_FALSE(model.data(model.index(0, 0), Qt::UserRole).toBool());
    EXPECT_TRUE(model.data(model.index(1, 0), Qt::UserRole).toBool());
    EXPECT_TRUE(model.data(model.index(1, 0), Qt::BackgroundRole).isValid());
    EXPECT_EQ(
        model.data(model.index(1, Gui::ImportPreviewModel::Problem), Qt::DisplayRole).toString(),
        QStringLiteral("not an email address"));
}

TEST(ConfirmBar, Keyboard_ReasonRequired_EnterConfirmsEscapeCancels)
{
    QWidget window;
    auto* bar = new Gui::ConfirmBar(&window);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QString confirmedWith;
    int confirmed = 0;
    bar->ask(QStringLiteral("Approve?"), true, [&](const QString& reason) {
        confirmedWith = reason;
        ++confirmed;
    });
    auto* reason = bar->findChild<QLineEdit*>(QStringLiteral("confirmReason"));
    auto* confirm = bar->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    ASSERT_TRUE(reason && confirm);
    EXPECT_EQ(window.focusWidget(), reason); // the focus goes to the reason first
    EXPECT_FALSE(confirm->isEnabled());
    QTest::keyClick(reason, Qt::Key_Return); // no reason yet: nothing happens
    EXPECT_EQ(confirmed, 0);
    QTest::keyClicks(reason, QStringLiteral("checked with HR"));
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_EQ(confirmed, 1);
    EXPECT_EQ(confirmedWith, QStringLiteral("checked with HR"));
    EXPECT_TRUE(bar->isHidden());

    bar->ask(QStringLiteral("Delete?"), false, [&](const QString&) { ++confirmed; });
    EXPECT_EQ(window.focusWidget(), confirm);
    QTest::keyClick(bar, Qt::Key_Escape);
    EXPECT_TRUE(bar->isHidden());
    EXPECT_EQ(confirmed, 1);
}

TEST(AdminPageLanguage, Japanese_HeadingTabsAndButtonsTranslated)
{
    Gui::LanguageManager languages;
    ASSERT_TRUE(languages.apply(QStringLiteral("ja")));
    Gui::AdminPage page;
    auto* heading = page.findChild<QLabel*>(QStringLiteral("pageHeading"));
    auto* invite = page.users()->findChild<QPushButton*>(QStringLiteral("inviteButton"));
    ASSERT_TRUE(heading && invite);
    EXPECT_EQ(heading->text(), QStringLiteral("管理"));
    EXPECT_EQ(invite->text(), QStringLiteral("招待(&I)…"));
    ASSERT_TRUE(languages.apply(QStringLiteral("en")));
    EXPECT_TRUE(waitUntil([&] { return invite->text() == QStringLiteral("&Invite…"); }));
    EXPECT_EQ(heading->text(), QStringLiteral("Admin"));
}

} // namespace
