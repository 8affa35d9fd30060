#include "server/statusrules.h"

#include <gtest/gtest.h>

namespace {

using namespace Server::StatusRules;

constexpr long long kDay = kMsPerDay;
constexpr long long kMin = kMsPerMinute;

struct LeadRow
{
    const char* name;
    NoticeKind kind;
    std::optional<long long> effectiveAfterMs; // relative to publication
    bool refused;
};

void PrintTo(const LeadRow& row, std::ostream* os)
{
    *os << row.name;
}

class NoticeLead : public ::testing::TestWithParam<LeadRow>
{};

TEST_P(NoticeLead, Violation_ByKindAndLead_MatchesPolicy)
{
    const LeadRow& row = GetParam();
    const long long published = 1'800'000'000'000LL;
    const auto effective = row.effectiveAfterMs
                               ? std::optional<long long>(published + *row.effectiveAfterMs)
                               : std::nullopt;
    EXPECT_EQ(noticeLeadViolation(row.kind, published, effective).has_value(), row.refused);
}

INSTANTIATE_TEST_SUITE_P(
    Policy, NoticeLead,
    ::testing::Values(LeadRow{"GeneralNoDate", NoticeKind::General, std::nullopt, false},
                      LeadRow{"GeneralTomorrow", NoticeKind::General, kDay, false},
                      LeadRow{"SlaNoDate", NoticeKind::SlaChange, std::nullopt, true},
                      LeadRow{"Sla29Days", NoticeKind::SlaChange, 29 * kDay, true},
                      LeadRow{"Sla30DaysLess1ms", NoticeKind::SlaChange, 30 * kDay - 1, true},
                      LeadRow{"Sla30Days", NoticeKind::SlaChange, 30 * kDay, false},
                      LeadRow{"Sla60Days", NoticeKind::SlaChange, 60 * kDay, false},
                      LeadRow{"SlaInPast", NoticeKind::SlaChange, -kDay, true},
                      LeadRow{"End89Days", NoticeKind::ServiceEnd, 89 * kDay, true},
                      LeadRow{"End90Days", NoticeKind::ServiceEnd, 90 * kDay, false},
                      LeadRow{"End30Days", NoticeKind::ServiceEnd, 30 * kDay, true}),
    [](const auto& row) { return std::string(row.param.name); });

struct NoticeRow
{
    const char* name;
    long long detectedAgoMs;
    std::optional<long long> noticeAfterMs; // after detection
    std::optional<long long> elapsedMs;
    bool flagged;
};

void PrintTo(const NoticeRow& row, std::ostream* os)
{
    *os << row.name;
}

class FirstNoticeTime : public ::testing::TestWithParam<NoticeRow>
{};

TEST_P(FirstNoticeTime, Flag_OverOneHour_IsSet)
{
    const NoticeRow& row = GetParam();
    const long long now = 1'800'000'000'000LL;
    const long long detected = now - row.detectedAgoMs;
    const auto notice =
        row.noticeAfterMs ? std::optional<long long>(detected + *row.noticeAfterMs) : std::nullopt;
    const FirstNotice result = timeToFirstNotice(detected, notice, now);
    EXPECT_EQ(result.elapsedMs, row.elapsedMs);
    EXPECT_EQ(result.flagged, row.flagged);
}

INSTANTIATE_TEST_SUITE_P(
    Policy, FirstNoticeTime,
    ::testing::Values(
        NoticeRow{"TenMinutes", 2 * 60 * kMin, 10 * kMin, 10 * kMin, false},
        NoticeRow{"ExactlyOneHour", 2 * 60 * kMin, 60 * kMin, 60 * kMin, false},
        NoticeRow{"OneHourAndOneMs", 2 * 60 * kMin, 60 * kMin + 1, 60 * kMin + 1, true},
        NoticeRow{"SilentTwentyMinutes", 20 * kMin, std::nullopt, std::nullopt, false},
        NoticeRow{"SilentTwoHours", 120 * kMin, std::nullopt, std::nullopt, true}),
    [](const auto& row) { return std::string(row.param.name); });

struct AvailabilityRow
{
    const char* name;
    std::vector<StatusChange> history;
    std::vector<Interval> maintenance;
    long long eligibleMs;
    long long downMs;
    long long maintenanceMs;
};

void PrintTo(const AvailabilityRow& row, std::ostream* os)
{
    *os << row.name;
}

class AvailabilityTable : public ::testing::TestWithParam<AvailabilityRow>
{};

StatusChange at(long long minutes, const char* status)
{
    return StatusChange{minutes * kMin, QString::fromLatin1(status)};
}

TEST_P(AvailabilityTable, Availability_FromHistory_ExcludesMaintenance)
{
    const AvailabilityRow& row = GetParam();
    const Availability result = availability(row.history, Interval{0, kDay}, row.maintenance);
    EXPECT_EQ(result.eligibleMs, row.eligibleMs);
    EXPECT_EQ(result.downMs, row.downMs);
    EXPECT_EQ(result.maintenanceMs, row.maintenanceMs);
}

INSTANTIATE_TEST_SUITE_P(
    Policy, AvailabilityTable,
    ::testing::Values(
        AvailabilityRow{"AllDayUp", {at(0, "operational")}, {}, kDay, 0, 0},
        AvailabilityRow{"HourDown",
                        {at(0, "operational"), at(60, "major_outage"), at(120, "operational")},
                        {},
                        kDay,
                        60 * kMin,
                        0},
        AvailabilityRow{
            "DegradedIsUp", {at(0, "operational"), at(60, "degraded_performance")}, {}, kDay, 0, 0},
        AvailabilityRow{"PartialIsDown",
                        {at(0, "operational"), at(60, "partial_outage"), at(90, "operational")},
                        {},
                        kDay,
                        30 * kMin,
                        0},
        AvailabilityRow{"OutageInsideMaintenance",
                        {at(0, "operational"), at(70, "major_outage"), at(100, "operational")},
                        {Interval{60 * kMin, 120 * kMin}},
                        kDay - 60 * kMin,
                        0,
                        60 * kMin},
        AvailabilityRow{"OutageOverlapsMaintenanceEnd",
                        {at(0, "operational"), at(100, "major_outage"), at(150, "operational")},
                        {Interval{60 * kMin, 120 * kMin}},
                        kDay - 60 * kMin,
                        30 * kMin,
                        60 * kMin},
        AvailabilityRow{"ComponentStartsAtNoon", {at(720, "operational")}, {}, kDay / 2, 0, 0},
        AvailabilityRow{"DownUntilEndOfWindow",
                        {at(0, "operational"), at(1380, "major_outage")},
                        {},
                        kDay,
                        60 * kMin,
                        0},
        AvailabilityRow{"OverlappingMaintenanceCountedOnce",
                        {at(0, "operational")},
                        {Interval{0, 60 * kMin}, Interval{30 * kMin, 90 * kMin}},
                        kDay - 90 * kMin,
                        0,
                        90 * kMin}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(Availability, ErrorBudget_ThirtyDayMonth_Is43Minutes)
{
    Availability month;
    month.eligibleMs = 30 * kDay;
    EXPECT_NEAR(month.budgetLeftMinutes(), 43.2, 1e-9);
    month.downMs = 50 * kMin;
    EXPECT_NEAR(month.budgetLeftMinutes(), -6.8, 1e-9);
    EXPECT_LT(month.ratio(), kAvailabilityTarget);
}

} // namespace
