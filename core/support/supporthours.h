#pragma once

// OneStream's support desk hours: weekdays 10:00-17:30 Japan time, closed on Japanese public
// holidays and over the new-year break (29 December to 3 January). Pure functions of the date
// or instant passed in, so the Help page and the tests agree on every answer.
//
// Japan time is UTC+09:00 all year (no daylight saving since 1951), so it is computed as a
// fixed offset and needs no tz database on the user's machine.
//
// Public holidays follow the Act on National Holidays as amended up to 2018 (Emperor's
// Birthday on 23 February from 2020), with the one-off 2019 enthronement days and the moved
// 2020/2021 Olympic holidays, substitute holidays (the next non-holiday after a holiday on a
// Sunday) and citizens' holidays (a day between two holidays). Equinox days use the
// astronomical approximation the Cabinet Office's announcements match for 1980-2099.
// Supported range: 2000-2099; outside it isJapaneseHoliday() answers false except for
// fixed-date holidays.

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace Support {

inline constexpr int kJapanUtcOffsetSeconds = 9 * 3600;

[[nodiscard]] QTimeZone japanTime();
[[nodiscard]] QTime supportOpens();  // 10:00
[[nodiscard]] QTime supportCloses(); // 17:30

[[nodiscard]] bool isJapaneseHoliday(QDate date);
[[nodiscard]] bool isNewYearBreak(QDate date);
// A weekday that is neither a public holiday nor in the new-year break.
[[nodiscard]] bool isSupportDay(QDate date);

enum class ClosedReason
{
    NotClosed = 1,
    OutsideHours,
    Weekend,
    PublicHoliday,
    NewYearBreak,
};

struct SupportState
{
    bool open = false;
    ClosedReason reason = ClosedReason::OutsideHours;
    // When open: today's closing time. When closed: the next opening. Both in Japan time.
    QDateTime nextChange;
};

// The desk's state at the instant `now` (any time spec; converted to Japan time).
[[nodiscard]] SupportState supportState(const QDateTime& now);

} // namespace Support
