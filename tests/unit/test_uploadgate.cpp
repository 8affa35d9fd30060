// Status::decideUploadGate: when the upload component's state holds the upload queue.
#include "core/status/statuspageparser.h"
#include "core/status/uploadgate.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject component(const QString& id, const QString& name, const QString& status,
                      const QString& groupId = {}, const QStringList& children = {})
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("position"), 1},
                     {QStringLiteral("group"), !children.isEmpty()},
                     {QStringLiteral("group_id"),
                      groupId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(groupId)}};
    if (!children.isEmpty())
        json.insert(QStringLiteral("components"), QJsonArray::fromStringList(children));
    return json;
}

QJsonObject incident(const QString& id, const QString& name, const QString& status,
                     const QStringList& componentIds, const QString& until = {})
{
    QJsonArray components;
    for (const QString& componentId : componentIds)
        components.append(QJsonObject{{QStringLiteral("id"), componentId},
                                      {QStringLiteral("name"), componentId}});
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("impact"), QStringLiteral("major")},
                     {QStringLiteral("created_at"), QStringLiteral("2026-11-26T01:00:00Z")},
                     {QStringLiteral("incident_updates"), QJsonArray{}},
                     {QStringLiteral("components"), components}};
    if (!until.isEmpty()) {
        json.insert(QStringLiteral("scheduled_for"), QStringLiteral("2026-11-26T01:00:00Z"));
        json.insert(QStringLiteral("scheduled_until"), until);
    }
    return json;
}

struct GateRow
{
    const char* name;
    const char* uploadStatus;
    const char* groupStatus;
    const char* maintenanceStatus; // empty: none
    bool incidentOpen;
    Status::HoldCause expected;
    const char* expectedTitle;
};

void PrintTo(const GateRow& row, std::ostream* os)
{
    *os << row.name;
}

class UploadGateDecision : public ::testing::TestWithParam<GateRow>
{};

TEST_P(UploadGateDecision, Decide_ComponentState_HoldsOnlyForMaintenanceOrMajorOutage)
{
    const GateRow& row = GetParam();
    QJsonArray maintenances;
    if (*row.maintenanceStatus) {
        maintenances.append(incident(QStringLiteral("m1"), QStringLiteral("Storage upgrade"),
                                     QLatin1String(row.maintenanceStatus), {QStringLiteral("up1")},
                                     QStringLiteral("2026-11-26T03:00:00Z")));
    }
    QJsonArray incidents;
    if (row.incidentOpen) {
        incidents.append(incident(QStringLiteral("i1"), QStringLiteral("Uploads failing"),
                                  QStringLiteral("investigating"), {QStringLiteral("up1")}));
    }
    const QJsonObject summary{
        {QStringLiteral("page"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("p")},
                     {QStringLiteral("name"), QStringLiteral("OneStream")}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("indicator"), QStringLiteral("none")},
                     {QStringLiteral("description"), QString()}}},
        {QStringLiteral("components"),
         QJsonArray{component(QStringLiteral("g1"), QStringLiteral("Delivery"),
                              QLatin1String(row.groupStatus), {},
                              {QStringLiteral("up1"), QStringLiteral("db1")}),
                    component(QStringLiteral("up1"), QStringLiteral("Upload endpoint"),
                              QLatin1String(row.uploadStatus), QStringLiteral("g1")),
                    component(QStringLiteral("db1"), QStringLiteral("Database"),
                              QStringLiteral("major_outage"), QStringLiteral("g1"))}},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("scheduled_maintenances"), maintenances}};
    auto document = Status::parseStatusDocument(QJsonDocument(summary).toJson());
    ASSERT_TRUE(document) << document.error().detail.toStdString();

    const Status::GateDecision decision = Status::decideUploadGate(*document, {});
    EXPECT_EQ(decision.cause, row.expected);
    EXPECT_EQ(decision.hold(), row.expected != Status::HoldCause::None);
    EXPECT_EQ(decision.title, QLatin1String(row.expectedTitle));
    if (decision.hold()) {
        EXPECT_EQ(decision.componentName, QStringLiteral("Upload endpoint"));
        EXPECT_TRUE(decision.reason().startsWith(QStringLiteral("Upload endpoint ")))
            << decision.reason().toStdString();
    } else {
        EXPECT_TRUE(decision.reason().isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, UploadGateDecision,
    ::testing::Values(GateRow{"operational", "operational", "operational", "", false,
                              Status::HoldCause::None, ""},
                      GateRow{"degraded", "degraded_performance", "degraded_performance", "", false,
                              Status::HoldCause::None, ""},
                      GateRow{"partial", "partial_outage", "partial_outage", "", true,
                              Status::HoldCause::None, ""},
                      GateRow{"maintenance", "under_maintenance", "under_maintenance",
                              "in_progress", false, Status::HoldCause::Maintenance,
                              "Storage upgrade"},
                      GateRow{"maintenanceVerifying", "under_maintenance", "under_maintenance",
                              "verifying", false, Status::HoldCause::Maintenance,
                              "Storage upgrade"},
                      GateRow{"maintenanceOnlyScheduled", "operational", "operational", "scheduled",
                              false, Status::HoldCause::None, ""},
                      GateRow{"majorOutage", "major_outage", "major_outage", "", true,
                              Status::HoldCause::MajorOutage, "Uploads failing"},
                      GateRow{"siblingMajorOutage", "operational", "major_outage", "", false,
                              Status::HoldCause::None, ""}),
    [](const ::testing::TestParamInfo<GateRow>& row) { return std::string(row.param.name); });

TEST(UploadGate, FindComponent_IdGiven_WinsOverName)
{
    Status::StatusDocument document;
    document.hasComponents = true;
    Status::Component upload;
    upload.id = QStringLiteral("a");
    upload.name = QStringLiteral("Upload endpoint");
    Status::Component other;
    other.id = QStringLiteral("b");
    other.name = QStringLiteral("Uploads (EU)");
    document.components = {upload, other};
    EXPECT_EQ(Status::findComponent(document, {})->id, QStringLiteral("a"));
    EXPECT_EQ(Status::findComponent(document, {QStringLiteral("b"), {}})->id, QStringLiteral("b"));
    EXPECT_EQ(Status::findComponent(document, {{}, QStringLiteral("upload ENDPOINT")})->id,
              QStringLiteral("a"));
    EXPECT_EQ(Status::findComponent(document, {{}, QStringLiteral("Player")}), nullptr);
}

TEST(UploadGate, Reason_MaintenanceWithEnd_NamesComponentTitleAndEnd)
{
    Status::GateDecision decision;
    decision.cause = Status::HoldCause::Maintenance;
    decision.componentName = QStringLiteral("Upload endpoint");
    decision.title = QStringLiteral("Storage upgrade");
    decision.until = QDateTime::fromString(QStringLiteral("2026-11-26T03:00:00Z"), Qt::ISODate);
    EXPECT_EQ(decision.reason(),
              QStringLiteral("Upload endpoint is under maintenance (Storage upgrade) until "
                             "2026-11-26T03:00:00Z; uploads continue when it ends."));
}

} // namespace
