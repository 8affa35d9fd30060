// Support hours and the Japanese public-holiday rules, against the Cabinet Office's published
// holiday lists (https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html).
#include "core/support/servicefacts.h"
#include "core/support/supporthours.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QTimeZone>

namespace {

using namespace Support;

// Every public holiday of 2019-2026 as published (named, substitute and citizens' holidays).
const char* const kPublishedHolidays[] = {
    // 2019: enthronement year (Apr 30 - May 2, Oct 22), no Emperor's Birthday.
    "2019-01-01",
    "2019-01-14",
    "2019-02-11",
    "2019-03-21",
    "2019-04-29",
    "2019-04-30",
    "2019-05-01",
    "2019-05-02",
    "2019-05-03",
    "2019-05-04",
    "2019-05-05",
    "2019-05-06",
    "2019-07-15",
    "2019-08-11",
    "2019-08-12",
    "2019-09-16",
    "2019-09-23",
    "2019-10-14",
    "2019-10-22",
    "2019-11-03",
    "2019-11-04",
    "2019-11-23",
    // 2020: Olympic moves.
    "2020-01-01",
    "2020-01-13",
    "2020-02-11",
    "2020-02-23",
    "2020-02-24",
    "2020-03-20",
    "2020-04-29",
    "2020-05-03",
    "2020-05-04",
    "2020-05-05",
    "2020-05-06",
    "2020-07-23",
    "2020-07-24",
    "2020-08-10",
    "2020-09-21",
    "2020-09-22",
    "2020-11-03",
    "2020-11-23",
    // 2021: Olympic moves again; Mountain Day on a Sunday -> substitute.
    "2021-01-01",
    "2021-01-11",
    "2021-02-11",
    "2021-02-23",
    "2021-03-20",
    "2021-04-29",
    "2021-05-03",
    "2021-05-04",
    "2021-05-05",
    "2021-07-22",
    "2021-07-23",
    "2021-08-08",
    "2021-08-09",
    "2021-09-20",
    "2021-09-23",
    "2021-11-03",
    "2021-11-23",
    "2022-01-01",
    "2022-01-10",
    "2022-02-11",
    "2022-02-23",
    "2022-03-21",
    "2022-04-29",
    "2022-05-03",
    "2022-05-04",
    "2022-05-05",
    "2022-07-18",
    "2022-08-11",
    "2022-09-19",
    "2022-09-23",
    "2022-10-10",
    "2022-11-03",
    "2022-11-23",
    "2023-01-01",
    "2023-01-02",
    "2023-01-09",
    "2023-02-11",
    "2023-02-23",
    "2023-03-21",
    "2023-04-29",
    "2023-05-03",
    "2023-05-04",
    "2023-05-05",
    "2023-07-17",
    "2023-08-11",
    "2023-09-18",
    "2023-09-23",
    "2023-10-09",
    "2023-11-03",
    "2023-11-23",
    "2024-01-01",
    "2024-01-08",
    "2024-02-11",
    "2024-02-12",
    "2024-02-23",
    "2024-03-20",
    "2024-04-29",
    "2024-05-03",
    "2024-05-04",
    "2024-05-05",
    "2024-05-06",
    "2024-07-15",
    "2024-08-11",
    "2024-08-12",
    "2024-09-16",
    "2024-09-22",
    "2024-09-23",
    "2024-10-14",
    "2024-11-03",
    "2024-11-04",
    "2024-11-23",
    "2025-01-01",
    "2025-01-13",
    "2025-02-11",
    "2025-02-23",
    "2025-02-24",
    "2025-03-20",
    "2025-04-29",
    "2025-05-03",
    "2025-05-04",
    "2025-05-05",
    "2025-05-06",
    "2025-07-21",
    "2025-08-11",
    "2025-09-15",
    "2025-09-23",
    "2025-10-13",
    "2025-11-03",
    "2025-11-23",
    "2025-11-24",
    // 2026: a citizens' holiday (Sep 22) between Respect for the Aged Day and the equinox.
    "2026-01-01",
    "2026-01-12",
    "2026-02-11",
    "2026-02-23",
    "2026-03-20",
    "2026-04-29",
    "2026-05-03",
    "2026-05-04",
    "2026-05-05",
    "2026-05-06",
    "2026-07-20",
    "2026-08-11",
    "2026-09-21",
    "2026-09-22",
    "2026-09-23",
    "2026-10-12",
    "2026-11-03",
    "2026-11-23",
};

TEST(SupportHolidays, IsJapaneseHoliday_2019To2026_MatchesPublishedListExactly)
{
    QSet<QDate> published;
    for (const char* text : kPublishedHolidays)
        published.insert(QDate::fromString(QLatin1String(text), Qt::ISODate));
    for (QDate day(2019, 1, 1); day <= QDate(2026, 12, 31); day = day.addDays(1))
        EXPECT_EQ(isJapaneseHoliday(day), published.contains(day))
            << day.toString(Qt::ISODate).toStdString();
}

struct EquinoxRow
{
    int year;
    int vernalDay;
    int autumnalDay;
};

void PrintTo(const EquinoxRow& row, std::ostream* os)
{
    *os << row.year;
}

class SupportEquinox : public ::testing::TestWithParam<EquinoxRow>
{};

TEST_P(SupportEquinox, IsJapaneseHoliday_EquinoxDays_FollowTheFormula)
{
    const EquinoxRow row = GetParam();
    EXPECT_TRUE(isJapaneseHoliday(QDate(row.year, 3, row.vernalDay)));
    EXPECT_TRUE(isJapaneseHoliday(QDate(row.year, 9, row.autumnalDay)));
}

// NAOJ-announced dates (2000-2030) and the formula's edge years (2092: 19 March).
INSTANTIATE_TEST_SUITE_P(Years, SupportEquinox,
                         ::testing::Values(EquinoxRow{2000, 20, 23}, EquinoxRow{2012, 20, 22},
                                           EquinoxRow{2027, 21, 23}, EquinoxRow{2028, 20, 22},
                                           EquinoxRow{2030, 20, 23}, EquinoxRow{2044, 20, 22},
                                           EquinoxRow{2092, 19, 22}));

TEST(SupportHolidays, Substitute_AfterHolidayRunEndingOnSunday_IsNextFreeDay)
{
    // 2008: Sunday 4 May (Greenery Day) -> Tuesday 6 May is the substitute holiday.
    EXPECT_TRUE(isJapaneseHoliday(QDate(2008, 5, 6)));
    // 2029: Saturday 3 Nov, not a Sunday: no substitute on Monday 5 Nov.
    EXPECT_FALSE(isJapaneseHoliday(QDate(2029, 11, 5)));
    // 2006 (old rule): Sunday 1 Jan -> Monday 2 Jan.
    EXPECT_TRUE(isJapaneseHoliday(QDate(2006, 1, 2)));
}

TEST(SupportHours, NewYearBreak_Dec29ToJan3_Inclusive)
{
    EXPECT_FALSE(isNewYearBreak(QDate(2026, 12, 28)));
    EXPECT_TRUE(isNewYearBreak(QDate(2026, 12, 29)));
    EXPECT_TRUE(isNewYearBreak(QDate(2027, 1, 3)));
    EXPECT_FALSE(isNewYearBreak(QDate(2027, 1, 4)));
}

struct StateRow
{
    const char* name;
    const char* nowUtc; // ISO 8601, UTC
    bool open;
    ClosedReason reason;
    const char* nextChangeJst; // ISO 8601 local time in Japan
};

void PrintTo(const StateRow& row, std::ostream* os)
{
    *os << row.name;
}

class SupportHoursState : public ::testing::TestWithParam<StateRow>
{};

TEST_P(SupportHoursState, SupportState_AtInstant_OpenOrNextOpening)
{
    const StateRow row = GetParam();
    const QDateTime now = QDateTime::fromString(QLatin1String(row.nowUtc), Qt::ISODate);
    ASSERT_TRUE(now.isValid());
    const Support::SupportState state = supportState(now);
    EXPECT_EQ(state.open, row.open);
    EXPECT_EQ(state.reason, row.reason);
    EXPECT_EQ(state.nextChange.timeZone(), japanTime());
    EXPECT_EQ(state.nextChange.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
              QLatin1String(row.nextChangeJst));
}

INSTANTIATE_TEST_SUITE_P(
    Table, SupportHoursState,
    ::testing::Values(
        // Thu 26 Nov 2026 10:00 JST = 01:00 UTC: opens exactly.
        StateRow{"OpeningMinute", "2026-11-26T01:00:00Z", true, ClosedReason::NotClosed,
                 "2026-11-26T17:30"},
        StateRow{"BeforeOpening", "2026-11-26T00:59:00Z", false, ClosedReason::OutsideHours,
                 "2026-11-26T10:00"},
        // 17:29 JST open, 17:30 closed (Friday -> Monday).
        StateRow{"LastMinute", "2026-11-27T08:29:00Z", true, ClosedReason::NotClosed,
                 "2026-11-27T17:30"},
        StateRow{"ClosingMinuteFriday", "2026-11-27T08:30:00Z", false, ClosedReason::OutsideHours,
                 "2026-11-30T10:00"},
        // Saturday in UTC can be Saturday in Japan too; Sunday 20:00 UTC is Monday 05:00 JST.
        StateRow{"Weekend", "2026-11-28T03:00:00Z", false, ClosedReason::Weekend,
                 "2026-11-30T10:00"},
        StateRow{"SundayUtcIsMondayJst", "2026-11-29T20:00:00Z", false, ClosedReason::OutsideHours,
                 "2026-11-30T10:00"},
        // Mon 23 Nov 2026 Labour Thanksgiving Day.
        StateRow{"PublicHoliday", "2026-11-23T03:00:00Z", false, ClosedReason::PublicHoliday,
                 "2026-11-24T10:00"},
        // Silver Week 2026: Sep 19 (Sat) - Sep 23 (Wed) all closed.
        StateRow{"SilverWeek", "2026-09-19T03:00:00Z", false, ClosedReason::Weekend,
                 "2026-09-24T10:00"},
        StateRow{"CitizensHoliday", "2026-09-22T03:00:00Z", false, ClosedReason::PublicHoliday,
                 "2026-09-24T10:00"},
        // New-year break 2026/27: Dec 29 (Tue) - Jan 3 (Sun), opens Mon 4 Jan.
        StateRow{"NewYearBreak", "2026-12-29T03:00:00Z", false, ClosedReason::NewYearBreak,
                 "2027-01-04T10:00"},
        // 2027/28: Jan 3 is Monday; Tue 4 Jan 2028 opens... Jan 10 2028 is Coming of Age.
        StateRow{"NewYearBreakEndsMonday", "2028-01-02T03:00:00Z", false,
                 ClosedReason::NewYearBreak, "2028-01-04T10:00"},
        // Golden Week 2026: Apr 29 (Wed), May 2-6; Thu 30 Apr open.
        StateRow{"GoldenWeekGap", "2026-04-30T02:00:00Z", true, ClosedReason::NotClosed,
                 "2026-04-30T17:30"},
        StateRow{"GoldenWeek", "2026-05-01T09:00:00Z", false, ClosedReason::OutsideHours,
                 "2026-05-07T10:00"}),
    [](const ::testing::TestParamInfo<StateRow>& param) { return std::string(param.param.name); });

TEST(ServiceFacts, IsExpired_DayAfterLastValidDay_True)
{
    const Certification certification{QStringLiteral("ISO/IEC 27001"), QDate(2027, 3, 31)};
    EXPECT_FALSE(isExpired(certification, QDate(2027, 3, 31)));
    EXPECT_TRUE(isExpired(certification, QDate(2027, 4, 1)));
    EXPECT_FALSE(defaultServiceFacts().contacts.isEmpty());
}

} // namespace
