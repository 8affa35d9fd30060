// Conformance suite for the Statuspage v2 client model: the fixtures in tests/data/statuspage/
// are written from the public v2 format and cover what real pages send.
#include "core/status/plaintext.h"
#include "core/status/statuspageparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

QString fixturePath(const char* name)
{
    // Sources are compiled with absolute paths: the data folder sits beside tests/unit.
    const QDir unitDir = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    return unitDir.absoluteFilePath(QStringLiteral("../data/statuspage/") +
                                    QString::fromUtf8(name));
}

QByteArray fixture(const char* name)
{
    QFile file(fixturePath(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

struct DocumentRow
{
    const char* file;
    bool ok;
    Status::DocumentKind kind;
    const char* indicator; // raw, "" when the document has none
    int components;
    int incidents;
    int maintenances;
    const char* errorContains;
};

void PrintTo(const DocumentRow& row, std::ostream* os)
{
    *os << row.file;
}

class StatuspageDocuments : public ::testing::TestWithParam<DocumentRow>
{};

TEST_P(StatuspageDocuments, Parse_Fixture_RecognisesKindAndCounts)
{
    const DocumentRow& row = GetParam();
    const auto parsed = Status::parseStatusDocument(fixture(row.file));
    ASSERT_EQ(parsed.ok(), row.ok) << (parsed ? "" : parsed.error().detail.toStdString());
    if (!row.ok) {
        EXPECT_EQ(parsed.error().code, Core::ErrorCode::Protocol);
        EXPECT_TRUE(parsed.error().detail.contains(QString::fromUtf8(row.errorContains)))
            << parsed.error().detail.toStdString();
        return;
    }
    EXPECT_EQ(parsed->kind, row.kind);
    EXPECT_EQ(parsed->indicator.raw, QString::fromUtf8(row.indicator));
    EXPECT_EQ(parsed->components.size(), row.components);
    EXPECT_EQ(parsed->incidents.size(), row.incidents);
    EXPECT_EQ(parsed->maintenances.size(), row.maintenances);
}

using Kind = Status::DocumentKind;
INSTANTIATE_TEST_SUITE_P(
    Conformance, StatuspageDocuments,
    ::testing::Values(
        DocumentRow{"summary.json", true, Kind::Summary, "major", 4, 1, 2, ""},
        DocumentRow{"status.json", true, Kind::Status, "major", 0, 0, 0, ""},
        DocumentRow{"components.json", true, Kind::Components, "", 4, 0, 0, ""},
        DocumentRow{"incidents.json", true, Kind::Incidents, "", 0, 3, 0, ""},
        DocumentRow{"incidents-unresolved.json", true, Kind::Incidents, "", 0, 1, 0, ""},
        DocumentRow{"scheduled-maintenances.json", true, Kind::ScheduledMaintenances, "", 0, 0, 2,
                    ""},
        DocumentRow{"scheduled-maintenances-upcoming.json", true, Kind::ScheduledMaintenances, "",
                    0, 0, 1, ""},
        DocumentRow{"scheduled-maintenances-active.json", true, Kind::ScheduledMaintenances, "", 0,
                    0, 1, ""},
        DocumentRow{"unknown-enums.json", true, Kind::Summary, "catastrophic", 2, 1, 0, ""},
        DocumentRow{"nulls-missing.json", true, Kind::Summary, "none", 1, 1, 1, ""},
        DocumentRow{"dangling-group.json", true, Kind::Components, "", 3, 0, 0, ""},
        DocumentRow{"html-body.json", true, Kind::Incidents, "", 0, 1, 0, ""},
        DocumentRow{"mixed-offsets.json", true, Kind::Incidents, "", 0, 5, 0, ""},
        DocumentRow{"wrong-types.json", true, Kind::Incidents, "", 0, 1, 0, ""},
        DocumentRow{"error-page.html", false, Kind::Unknown, "", 0, 0, 0, "received HTML"},
        DocumentRow{"not-statuspage.json", false, Kind::Unknown, "", 0, 0, 0,
                    "not a Statuspage v2 document"},
        DocumentRow{"truncated.json", false, Kind::Unknown, "", 0, 0, 0, "invalid JSON"},
        DocumentRow{"top-level-array.json", false, Kind::Unknown, "", 0, 0, 0,
                    "JSON is not an object"}));

struct EnumRow
{
    const char* raw;
    Status::ComponentStatus component;
    Status::IncidentStatus incident;
    Status::Impact impact;
};

void PrintTo(const EnumRow& row, std::ostream* os)
{
    *os << '"' << row.raw << '"';
}

class StatuspageEnums : public ::testing::TestWithParam<EnumRow>
{};

TEST_P(StatuspageEnums, Parse_RawValue_MapsOrKeepsRaw)
{
    const EnumRow& row = GetParam();
    const QString raw = QString::fromUtf8(row.raw);
    EXPECT_EQ(Status::parseComponentStatus(raw).value, row.component);
    EXPECT_EQ(Status::parseIncidentStatus(raw).value, row.incident);
    EXPECT_EQ(Status::parseImpact(raw).value, row.impact);
    EXPECT_EQ(Status::parseComponentStatus(raw).raw, raw);
}

using CS = Status::ComponentStatus;
using IS = Status::IncidentStatus;
using IM = Status::Impact;
INSTANTIATE_TEST_SUITE_P(
    Conformance, StatuspageEnums,
    ::testing::Values(EnumRow{"operational", CS::Operational, IS::Unknown, IM::Unknown},
                      EnumRow{"degraded_performance", CS::DegradedPerformance, IS::Unknown,
                              IM::Unknown},
                      EnumRow{"partial_outage", CS::PartialOutage, IS::Unknown, IM::Unknown},
                      EnumRow{"major_outage", CS::MajorOutage, IS::Unknown, IM::Unknown},
                      EnumRow{"under_maintenance", CS::UnderMaintenance, IS::Unknown, IM::Unknown},
                      EnumRow{"investigating", CS::Unknown, IS::Investigating, IM::Unknown},
                      EnumRow{"identified", CS::Unknown, IS::Identified, IM::Unknown},
                      EnumRow{"monitoring", CS::Unknown, IS::Monitoring, IM::Unknown},
                      EnumRow{"resolved", CS::Unknown, IS::Resolved, IM::Unknown},
                      EnumRow{"postmortem", CS::Unknown, IS::Postmortem, IM::Unknown},
                      EnumRow{"scheduled", CS::Unknown, IS::Scheduled, IM::Unknown},
                      EnumRow{"in_progress", CS::Unknown, IS::InProgress, IM::Unknown},
                      EnumRow{"verifying", CS::Unknown, IS::Verifying, IM::Unknown},
                      EnumRow{"completed", CS::Unknown, IS::Completed, IM::Unknown},
                      EnumRow{"none", CS::Unknown, IS::Unknown, IM::None},
                      EnumRow{"minor", CS::Unknown, IS::Unknown, IM::Minor},
                      EnumRow{"critical", CS::Unknown, IS::Unknown, IM::Critical},
                      EnumRow{"maintenance", CS::Unknown, IS::Unknown, IM::Maintenance},
                      EnumRow{"MAJOR_OUTAGE", CS::MajorOutage, IS::Unknown, IM::Unknown},
                      EnumRow{"flapping", CS::Unknown, IS::Unknown, IM::Unknown},
                      EnumRow{"", CS::Unknown, IS::Unknown, IM::Unknown}));

struct TimeRow
{
    const char* text;
    const char* utc; // "" for invalid
};

void PrintTo(const TimeRow& row, std::ostream* os)
{
    *os << '"' << row.text << '"';
}

class StatuspageTimes : public ::testing::TestWithParam<TimeRow>
{};

TEST_P(StatuspageTimes, ParseTimestamp_AnyOffset_IsUtc)
{
    const QDateTime parsed = Status::parseTimestamp(QString::fromUtf8(GetParam().text));
    if (*GetParam().utc == '\0') {
        EXPECT_FALSE(parsed.isValid());
        return;
    }
    ASSERT_TRUE(parsed.isValid());
    EXPECT_EQ(parsed.timeSpec(), Qt::UTC);
    EXPECT_EQ(parsed.toString(Qt::ISODate), QString::fromUtf8(GetParam().utc));
}

INSTANTIATE_TEST_SUITE_P(
    Conformance, StatuspageTimes,
    ::testing::Values(TimeRow{"2026-11-20T09:10:00.000+09:00", "2026-11-20T00:10:00Z"},
                      TimeRow{"2026-11-19T17:10:00-07:00", "2026-11-20T00:10:00Z"},
                      TimeRow{"2026-11-20T00:10:00Z", "2026-11-20T00:10:00Z"},
                      TimeRow{"2026-11-20T00:10:00.123Z", "2026-11-20T00:10:00Z"},
                      TimeRow{"2026-11-20T05:40:00+05:30", "2026-11-20T00:10:00Z"}, TimeRow{"", ""},
                      TimeRow{"yesterday", ""}));

struct TextRow
{
    const char* input;
    const char* expected;
};

void PrintTo(const TextRow& row, std::ostream* os)
{
    *os << '"' << row.input << '"';
}

class StatuspagePlainText : public ::testing::TestWithParam<TextRow>
{};

TEST_P(StatuspagePlainText, ToSafePlainText_Markup_IsPlain)
{
    EXPECT_EQ(Status::toSafePlainText(QString::fromUtf8(GetParam().input)),
              QString::fromUtf8(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(
    Conformance, StatuspagePlainText,
    ::testing::Values(
        TextRow{"plain", "plain"}, TextRow{"a\r\nb\rc", "a\nb\nc"},
        TextRow{"<p>one</p><p>two</p>", "one\ntwo"}, TextRow{"x<br>y<br/>z", "x\ny\nz"},
        TextRow{"<script>alert(1)</script>safe", "safe"},
        TextRow{"<style>p{}</style><!-- c -->ok", "ok"},
        TextRow{"&amp;&lt;b&gt;&quot;&#39;&#x41;&nbsp;!", "&<b>\"'A !"},
        TextRow{"&unknown; & alone", "&unknown; & alone"},
        TextRow{"\x1b[31mred\x1b[0m", "[31mred[0m"}, TextRow{"a\u202Eb\u2066c", "abc"},
        TextRow{"a\n\n\n\n\nb", "a\n\nb"}, TextRow{"<ul><li>x</li><li>y</li></ul>", "- x\n- y"},
        TextRow{"&#0;&#xD800;z", "z"}, TextRow{"1 < 2 and 3 > 2", "1 < 2 and 3 > 2"}));

TEST(StatuspageParser, Summary_GroupsAndChildren_AreLinked)
{
    const auto doc = Status::parseStatusDocument(fixture("summary.json"));
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc->components.size(), 4);
    const Status::Component& group = doc->components[0];
    EXPECT_TRUE(group.isGroup);
    EXPECT_EQ(group.childIds,
              (QStringList{QStringLiteral("cmp-upload"), QStringLiteral("cmp-player")}));
    EXPECT_EQ(doc->components[1].groupId, QStringLiteral("grp-delivery"));
    EXPECT_FALSE(doc->components[1].danglingGroup);
    EXPECT_EQ(doc->components[1].description, QStringLiteral("Resumable uploads (tus)"));
    EXPECT_EQ(doc->page.timeZone, QStringLiteral("Asia/Tokyo"));
    EXPECT_EQ(doc->page.updatedAt.toString(Qt::ISODate), QStringLiteral("2026-11-20T00:30:00Z"));
    const Status::Incident& incident = doc->incidents[0];
    EXPECT_EQ(incident.impact.value, Status::Impact::Major);
    ASSERT_EQ(incident.updates.size(), 2);
    ASSERT_EQ(incident.updates[1].affected.size(), 1);
    EXPECT_EQ(incident.updates[1].affected[0].newStatus.value,
              Status::ComponentStatus::PartialOutage);
    EXPECT_EQ(incident.componentIds, QStringList{QStringLiteral("cmp-upload")});
    EXPECT_EQ(doc->maintenances[0].scheduledFor.toString(Qt::ISODate),
              QStringLiteral("2026-11-20T16:00:00Z"));
    EXPECT_TRUE(doc->warnings.isEmpty()) << doc->warnings.join(QLatin1Char('|')).toStdString();
}

TEST(StatuspageParser, UnknownEnums_KeepRawAndWarn)
{
    const auto doc = Status::parseStatusDocument(fixture("unknown-enums.json"));
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->indicator.value, Status::Indicator::Unknown);
    EXPECT_EQ(doc->indicator.raw, QStringLiteral("catastrophic"));
    EXPECT_EQ(doc->components[0].status.raw, QStringLiteral("flapping"));
    EXPECT_EQ(doc->incidents[0].status.raw, QStringLiteral("triaging"));
    EXPECT_EQ(doc->incidents[0].impact.raw, QStringLiteral("severe"));
    EXPECT_FALSE(doc->incidents[0].closed());
    EXPECT_GE(doc->warnings.size(), 3);
    const QJsonObject json = Status::toCompactJson(*doc);
    EXPECT_EQ(json.value(QLatin1String("indicator")).toString(), QStringLiteral("catastrophic"));
}

TEST(StatuspageParser, NullsAndMissingKeys_SkipOnlyWhatHasNoId)
{
    const auto doc = Status::parseStatusDocument(fixture("nulls-missing.json"));
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->page.id.isEmpty());
    EXPECT_EQ(doc->components[0].id, QStringLiteral("cmp-n"));
    EXPECT_TRUE(doc->components[0].name.isEmpty());
    EXPECT_EQ(doc->components[0].status.value, Status::ComponentStatus::Unknown);
    EXPECT_FALSE(doc->incidents[0].createdAt.isValid());
    EXPECT_TRUE(doc->incidents[0].updates.isEmpty());
    EXPECT_FALSE(doc->maintenances[0].scheduledFor.isValid());
    const QJsonObject json = Status::toCompactJson(*doc);
    EXPECT_TRUE(json.value(QLatin1String("maintenances"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("scheduled_for"))
                    .isNull());
    EXPECT_GE(doc->warnings.size(), 3); // two components and one incident skipped
}

TEST(StatuspageParser, DanglingGroupId_KeptAndFlagged)
{
    const auto doc = Status::parseStatusDocument(fixture("dangling-group.json"));
    ASSERT_TRUE(doc.ok());
    EXPECT_FALSE(doc->components[1].danglingGroup);
    EXPECT_TRUE(doc->components[2].danglingGroup);
    EXPECT_EQ(doc->components[2].groupId, QStringLiteral("grp-gone"));
}

TEST(StatuspageParser, HtmlBody_BecomesSafePlainText)
{
    const auto doc = Status::parseStatusDocument(fixture("html-body.json"));
    ASSERT_TRUE(doc.ok());
    const Status::Incident& incident = doc->incidents[0];
    EXPECT_EQ(incident.name, QStringLiteral("Errors & timeouts now"));
    const QString body = incident.updates[0].body;
    EXPECT_EQ(body, QStringLiteral("We are investigating errors.\n\nDetails:\nUpload & playback "
                                   "<affected>!\n\n- Tokyo\n- Osaka\n\n[31mred[0m evil"));
    EXPECT_FALSE(body.contains(QLatin1Char('\r')));
    EXPECT_FALSE(body.contains(QLatin1String("alert")));
}

TEST(StatuspageParser, MixedOffsets_AllTheSameInstant)
{
    const auto doc = Status::parseStatusDocument(fixture("mixed-offsets.json"));
    ASSERT_TRUE(doc.ok());
    for (const Status::Incident& incident : doc->incidents)
        EXPECT_EQ(incident.createdAt.toString(Qt::ISODate), QStringLiteral("2026-11-20T00:10:00Z"))
            << incident.id.toStdString();
}

TEST(StatuspageParser, LargeSummary150KB_ParsesEveryComponent)
{
    QJsonDocument base = QJsonDocument::fromJson(fixture("summary.json"));
    QJsonObject root = base.object();
    QJsonArray components;
    const QJsonObject model = root.value(QLatin1String("components")).toArray().at(3).toObject();
    for (int i = 0; i < 600; ++i) {
        QJsonObject c = model;
        c.insert(QStringLiteral("id"), QStringLiteral("cmp-%1").arg(i));
        c.insert(QStringLiteral("position"), i);
        c.insert(QStringLiteral("description"), QString(60, QLatin1Char('d')));
        components.append(c);
    }
    root.insert(QStringLiteral("components"), components);
    const QByteArray bytes = QJsonDocument(root).toJson();
    ASSERT_GE(bytes.size(), 150 * 1024);
    const auto doc = Status::parseStatusDocument(bytes);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->components.size(), 600);
    EXPECT_EQ(doc->components.last().id, QStringLiteral("cmp-599"));
}

TEST(StatuspageParser, WrongTypes_IgnoredWithWarnings)
{
    const auto doc = Status::parseStatusDocument(fixture("wrong-types.json"));
    ASSERT_TRUE(doc.ok());
    EXPECT_FALSE(doc->hasComponents);
    EXPECT_FALSE(doc->hasStatus);
    EXPECT_FALSE(doc->warnings.isEmpty());
}

TEST(StatuspageParser, OversizedOrEmpty_Refused)
{
    EXPECT_FALSE(Status::parseStatusDocument(QByteArray()).ok());
    EXPECT_FALSE(Status::parseStatusDocument(QByteArray(Status::kMaxDocumentBytes + 1, ' ')).ok());
}

TEST(StatuspageParser, CompactJson_Summary_HasExactKeys)
{
    const auto doc = Status::parseStatusDocument(fixture("summary.json"));
    ASSERT_TRUE(doc.ok());
    const QJsonObject json = Status::toCompactJson(*doc);
    EXPECT_EQ(json.keys(),
              (QStringList{QStringLiteral("components"), QStringLiteral("incidents"),
                           QStringLiteral("indicator"), QStringLiteral("maintenances")}));
    const QJsonObject component = json.value(QLatin1String("components")).toArray()[1].toObject();
    EXPECT_EQ(component.keys(), (QStringList{QStringLiteral("group_id"), QStringLiteral("id"),
                                             QStringLiteral("name"), QStringLiteral("status")}));
    const QJsonObject maintenance =
        json.value(QLatin1String("maintenances")).toArray()[0].toObject();
    EXPECT_EQ(maintenance.value(QLatin1String("scheduled_until")).toString(),
              QStringLiteral("2026-11-20T18:00:00Z"));
    const QJsonObject incident = json.value(QLatin1String("incidents")).toArray()[0].toObject();
    EXPECT_EQ(incident.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("impact"),
                                            QStringLiteral("name"), QStringLiteral("status")}));
}

} // namespace
