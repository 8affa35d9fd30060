// The Status page's item models under QAbstractItemModelTester, the uptime delegate's painting
// and the notifications' exactly-once rule (with a recording notifier).
#include "core/status/statuspageparser.h"
#include "platform/notifier.h"
#include "ui/languagemanager.h"
#include "ui/status/componentmodel.h"
#include "ui/status/inboxmodel.h"
#include "ui/status/incidentmodel.h"
#include "ui/status/statusnotifications.h"
#include "ui/status/statustext.h"
#include "ui/status/statustray.h"
#include "ui/status/uptimedelegate.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QSettings>
#include <QStyleOptionViewItem>
#include <QUuid>

namespace {

Status::StatusDocument fixtureSummary()
{
    // Sources are compiled with absolute paths: the data folder sits beside tests/ui.
    const QDir uiDir = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    QFile file(uiDir.absoluteFilePath(QStringLiteral("../data/statuspage/summary.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    auto parsed = Status::parseStatusDocument(file.readAll());
    EXPECT_TRUE(parsed) << parsed.error().detail.toStdString();
    return parsed ? parsed.value() : Status::StatusDocument{};
}

class RecordingNotifier : public Platform::INotifier
{
public:
    void notify(const Platform::Notification& notification) override { shown.append(notification); }
    QList<Platform::Notification> shown;
};

class StatusModels : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_languages.apply(QStringLiteral("en"))); }
    Gui::LanguageManager m_languages;
};

TEST_F(StatusModels, ComponentModel_GroupsAndUptime_PassesModelTesterAndNestsChildren)
{
    Gui::ComponentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Status::StatusDocument document = fixtureSummary();
    model.setComponents(document.components);
    ASSERT_GT(model.rowCount(), 0);
    // The fixture's "Delivery" group holds Upload and Player.
    QModelIndex group;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString() == QLatin1String("Delivery"))
            group = model.index(row, 0);
    }
    ASSERT_TRUE(group.isValid());
    ASSERT_EQ(model.rowCount(group), 2);
    EXPECT_EQ(model.index(0, 0, group).data().toString(), QStringLiteral("Upload"));
    EXPECT_EQ(model.index(0, Gui::ComponentModel::StatusColumn, group).data().toString(),
              QStringLiteral("Partial outage"));
    EXPECT_EQ(model.index(0, Gui::ComponentModel::StatusColumn, group)
                  .data(Qt::DecorationRole)
                  .value<QColor>(),
              Gui::StatusText::componentColor(Status::ComponentStatus::PartialOutage));

    QList<double> days(Gui::ComponentModel::kUptimeDays, 1.0);
    days[10] = 0.5;
    days[0] = -1;
    model.setUptime({{QStringLiteral("cmp-upload"), days}});
    const QModelIndex uptime = model.index(0, Gui::ComponentModel::UptimeColumn, group);
    EXPECT_EQ(uptime.data(Gui::ComponentModel::UptimeRole).value<QList<double>>().size(),
              Gui::ComponentModel::kUptimeDays);
    EXPECT_TRUE(uptime.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("uptime")));
    EXPECT_FALSE(model.index(group.row(), Gui::ComponentModel::UptimeColumn)
                     .data(Gui::ComponentModel::UptimeRole)
                     .isValid());             // groups have no bars of their own
    model.setComponents(document.components); // a second reset keeps the tester happy
}

TEST_F(StatusModels, UptimeDelegate_Paint_DrawsColouredBarPerDay)
{
    Gui::ComponentModel model;
    Status::Component component;
    component.id = QStringLiteral("c");
    component.name = QStringLiteral("Upload endpoint");
    model.setComponents({component});
    QList<double> days(Gui::ComponentModel::kUptimeDays, 1.0);
    days.last() = 0.5; // today: a bad day, painted red
    model.setUptime({{QStringLiteral("c"), days}});
    Gui::UptimeDelegate delegate;
    QImage image(400, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.palette = QPalette();
    delegate.paint(&painter, option, model.index(0, Gui::ComponentModel::UptimeColumn));
    painter.end();
    const QColor first = image.pixelColor(5, 12);
    const QColor last = image.pixelColor(image.width() - 6, 12);
    EXPECT_EQ(first, Gui::StatusText::availabilityColor(1.0));
    EXPECT_EQ(last, Gui::StatusText::availabilityColor(0.5));
}

TEST_F(StatusModels, IncidentModel_UpdatesAsChildren_PassesModelTester)
{
    Gui::IncidentModel model(Gui::IncidentModel::Kind::Incidents);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Status::StatusDocument document = fixtureSummary();
    model.setIncidents(document.incidents);
    int open = 0;
    for (const Status::Incident& incident : document.incidents)
        open += incident.closed() ? 0 : 1;
    ASSERT_EQ(model.rowCount(), open);
    ASSERT_GT(open, 0);
    const QModelIndex first = model.index(0, 0);
    EXPECT_EQ(model.rowCount(first), document.incidents.front().updates.size());
    EXPECT_EQ(model.columnCount(), Gui::IncidentModel::ColumnCount);

    const QString id = first.data(Gui::IncidentModel::IdRole).toString();
    Gui::FirstNotice late;
    late.seconds = 5400;
    late.flagged = true;
    model.setFirstNotices({{id, late}});
    EXPECT_EQ(model.index(0, Gui::IncidentModel::FirstNoticeColumn).data().toString(),
              QStringLiteral("1 h 30 min: over the one-hour promise"));
    EXPECT_TRUE(first.data(Gui::IncidentModel::FlaggedRole).toBool());
    Gui::FirstNotice quick;
    quick.seconds = 600;
    EXPECT_EQ(Gui::IncidentModel::firstNoticeText(quick),
              QStringLiteral("10 min, within the one-hour promise"));

    Gui::IncidentModel maintenances(Gui::IncidentModel::Kind::Maintenances);
    QAbstractItemModelTester maintenanceTester(
        &maintenances, QAbstractItemModelTester::FailureReportingMode::Fatal);
    maintenances.setIncidents(document.maintenances);
    EXPECT_EQ(maintenances.columnCount(), Gui::IncidentModel::FirstNoticeColumn);
}

TEST_F(StatusModels, InboxModel_MarkRead_CountsDownAndPassesModelTester)
{
    Gui::InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<int> counts;
    QObject::connect(&model, &Gui::InboxModel::unreadCountChanged,
                     [&counts](int unread) { counts.append(unread); });
    model.setItems(QJsonArray{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                    {QStringLiteral("kind"), QStringLiteral("sla_change")},
                    {QStringLiteral("title"), QStringLiteral("New SLA")},
                    {QStringLiteral("body"), QStringLiteral("From April.")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-11-26T01:00:00.000Z")},
                    {QStringLiteral("read"), false}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("b")},
                    {QStringLiteral("kind"), QStringLiteral("incident")},
                    {QStringLiteral("title"), QStringLiteral("Slow uploads")},
                    {QStringLiteral("read"), true}},
        QJsonObject{{QStringLiteral("title"), QStringLiteral("no id: skipped")}}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.unreadCount(), 1);
    EXPECT_TRUE(model.index(0)
                    .data(Qt::DisplayRole)
                    .toString()
                    .startsWith(QStringLiteral("Service level change · New SLA")));
    EXPECT_TRUE(model.index(0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(model.index(0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Unread.")));
    model.markRead(QStringLiteral("a"));
    EXPECT_EQ(model.unreadCount(), 0);
    EXPECT_EQ(counts, (QList<int>{1, 0}));
}

TEST_F(StatusModels, Notifications_SameEventTwice_ShownOnceAlsoAfterRestart)
{
    const QString group =
        QStringLiteral("test-notify-") + QUuid::createUuid().toString(QUuid::Id128);
    RecordingNotifier notifier;
    Status::StatusEvent event;
    event.kind = Status::EventKind::NewIncident;
    event.key = QStringLiteral("incident/i1/new");
    event.subject = QStringLiteral("i1");
    event.title = QStringLiteral("Uploads failing");
    event.body = QStringLiteral("We are looking into it.");
    {
        Gui::StatusNotifications notifications(notifier, group);
        EXPECT_TRUE(notifications.handle(event));
        EXPECT_FALSE(notifications.handle(event));
    }
    Gui::StatusNotifications again(notifier, group); // a restart: keys come from QSettings
    EXPECT_FALSE(again.handle(event));
    Status::StatusEvent update = event;
    update.kind = Status::EventKind::IncidentUpdated;
    update.key = QStringLiteral("update/u2");
    EXPECT_TRUE(again.handle(update));
    ASSERT_EQ(notifier.shown.size(), 2);
    EXPECT_EQ(notifier.shown[0].title, QStringLiteral("New incident: Uploads failing"));
    EXPECT_EQ(notifier.shown[0].key, QStringLiteral("incident/i1/new"));
    EXPECT_EQ(notifier.shown[1].title, QStringLiteral("Incident update: Uploads failing"));
    QSettings().remove(group);
}

TEST_F(StatusModels, Notifications_Japanese_TranslatedTitles)
{
    ASSERT_TRUE(m_languages.apply(QStringLiteral("ja")));
    Status::StatusEvent event;
    event.kind = Status::EventKind::NewNotice;
    event.key = QStringLiteral("notice/n1");
    event.status = QStringLiteral("sla_change");
    event.title = QStringLiteral("SLA");
    const auto notification = Gui::StatusNotifications::notificationFor(event);
    EXPECT_EQ(notification.title, QStringLiteral("サービスレベルの変更: SLA"));
    EXPECT_EQ(Gui::StatusText::indicatorText(Status::Indicator::None),
              QStringLiteral("すべてのシステムは正常に稼働しています"));
    ASSERT_TRUE(m_languages.apply(QStringLiteral("en")));
}

TEST_F(StatusModels, Tray_Indicator_PicksColouredSvgAndWorksWithoutSystemTray)
{
    Gui::StatusTray tray;
    EXPECT_EQ(tray.indicator(), Status::Indicator::Unknown);
    tray.setIndicator(Status::Indicator::Major);
    EXPECT_EQ(tray.iconPath(), QStringLiteral(":/icons/tray-major.svg"));
    EXPECT_FALSE(tray.icon().isNull());
    // HiDPI: the SVG renders sharp at twice the size.
    EXPECT_EQ(tray.icon().pixmap(QSize(32, 32), 2.0).deviceIndependentSize(), QSizeF(32, 32));
    EXPECT_EQ(tray.toolTip(), QStringLiteral("OneStream: Major service disruption"));
    // Offscreen has no system tray: notifications fall back to the window, nothing crashes.
    QList<Platform::Notification> fallbacks;
    QObject::connect(&tray, &Gui::StatusTray::fallback,
                     [&fallbacks](const Platform::Notification& n) { fallbacks.append(n); });
    if (!tray.trayAvailable()) {
        tray.notify(Platform::Notification{
            QStringLiteral("k"), QStringLiteral("t"), QStringLiteral("b"), {}});
        EXPECT_EQ(fallbacks.size(), 1);
    }
}

} // namespace
