#include "core/status/statusevents.h"
#include "core/status/statuspageparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QByteArray fixture(const char* name)
{
    const QDir unitDir = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    QFile file(
        unitDir.absoluteFilePath(QStringLiteral("../data/statuspage/") + QString::fromUtf8(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

Status::StatusDocument document(const char* name)
{
    auto parsed = Status::parseStatusDocument(fixture(name));
    EXPECT_TRUE(parsed.ok());
    return parsed.ok() ? std::move(parsed).value() : Status::StatusDocument{};
}

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-20T01:00:00Z"), Qt::ISODate);

QStringList keys(const QList<Status::StatusEvent>& events)
{
    QStringList result;
    for (const auto& event : events)
        result << event.key;
    return result;
}

TEST(StatusEvents, FirstSync_AnnouncesOpenMattersOnly)
{
    Status::SeenStore store;
    const auto events = Status::takeNewEvents(document("incidents.json"), store, kNow);
    EXPECT_EQ(keys(events), QStringList{QStringLiteral("incident/inc-1/new")});
    EXPECT_EQ(events[0].body, QStringLiteral("We found the cause: a full storage volume."));
    EXPECT_TRUE(Status::takeNewEvents(document("incidents.json"), store, kNow).isEmpty());
}

TEST(StatusEvents, MaintenanceWithin24Hours_AnnouncedOnce)
{
    Status::SeenStore store;
    const auto events = Status::takeNewEvents(document("summary.json"), store, kNow);
    // mnt-1 starts 2026-11-20T16:00Z (15 h ahead); mnt-2 is already in progress.
    EXPECT_TRUE(keys(events).contains(QStringLiteral("maintenance/mnt-1/soon")));
    EXPECT_FALSE(keys(events).contains(QStringLiteral("maintenance/mnt-2/soon")));
    EXPECT_TRUE(Status::takeNewEvents(document("summary.json"), store, kNow).isEmpty());
    Status::SeenStore early;
    const QDateTime twoDaysBefore = kNow.addDays(-2);
    EXPECT_FALSE(keys(Status::takeNewEvents(document("summary.json"), early, twoDaysBefore))
                     .contains(QStringLiteral("maintenance/mnt-1/soon")));
}

TEST(StatusEvents, UpdateThenResolve_EachOnce)
{
    Status::SeenStore store;
    Status::StatusDocument doc = document("incidents-unresolved.json");
    ASSERT_EQ(Status::takeNewEvents(doc, store, kNow).size(), 1);

    Status::IncidentUpdate monitoring;
    monitoring.id = QStringLiteral("upd-1c");
    monitoring.status = Status::parseIncidentStatus(QStringLiteral("monitoring"));
    monitoring.body = QStringLiteral("Fix deployed.");
    monitoring.createdAt = kNow;
    doc.incidents[0].updates.prepend(monitoring);
    auto events = Status::takeNewEvents(doc, store, kNow);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, Status::EventKind::IncidentUpdated);
    EXPECT_EQ(events[0].body, QStringLiteral("Fix deployed."));

    Status::IncidentUpdate resolved = monitoring;
    resolved.id = QStringLiteral("upd-1d");
    resolved.status = Status::parseIncidentStatus(QStringLiteral("resolved"));
    resolved.body = QStringLiteral("All good.");
    doc.incidents[0].updates.prepend(resolved);
    doc.incidents[0].status = resolved.status;
    events = Status::takeNewEvents(doc, store, kNow);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, Status::EventKind::IncidentResolved);
    EXPECT_EQ(events[0].body, QStringLiteral("All good."));
    EXPECT_TRUE(Status::takeNewEvents(doc, store, kNow).isEmpty());
}

TEST(StatusEvents, SeenStore_SurvivesRestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seen.json"));
    {
        Status::SeenStore store(path);
        ASSERT_TRUE(store.load().ok());
        EXPECT_EQ(Status::takeNewEvents(document("summary.json"), store, kNow).size(), 2);
        ASSERT_TRUE(store.save().ok());
    }
    Status::SeenStore again(path);
    ASSERT_TRUE(again.load().ok());
    EXPECT_FALSE(again.isEmpty());
    EXPECT_TRUE(Status::takeNewEvents(document("summary.json"), again, kNow).isEmpty());
}

TEST(StatusEvents, Notice_AnnouncedOnce)
{
    Status::SeenStore store;
    Status::StatusDocument doc = document("status.json");
    Status::Notice notice;
    notice.id = QStringLiteral("ntc-1");
    notice.kind = QStringLiteral("sla_change");
    notice.title = QStringLiteral("New SLA");
    doc.notices.append(notice);
    const auto events = Status::takeNewEvents(doc, store, kNow);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, Status::EventKind::NewNotice);
    EXPECT_TRUE(Status::takeNewEvents(doc, store, kNow).isEmpty());
}

} // namespace

namespace {

TEST(StatusEvents, SummaryIncidentVanishes_ResolvedOnceAcrossRestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seen.json"));
    Status::StatusDocument summary = document("summary.json");
    {
        Status::SeenStore store(path);
        ASSERT_TRUE(store.load().ok());
        EXPECT_TRUE(keys(Status::takeNewEvents(summary, store, kNow))
                        .contains(QStringLiteral("incident/inc-1/new")));
        ASSERT_TRUE(store.save().ok());
    }
    summary.incidents.clear(); // resolved while nobody watched: summary lists only open ones
    Status::SeenStore store(path);
    ASSERT_TRUE(store.load().ok());
    const auto events = Status::takeNewEvents(summary, store, kNow);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, Status::EventKind::IncidentResolved);
    EXPECT_EQ(events[0].title, QStringLiteral("Uploads failing for some tenants"));
    EXPECT_TRUE(Status::takeNewEvents(summary, store, kNow).isEmpty());
}

} // namespace
