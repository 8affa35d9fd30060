#include "core/support/supporthours.h"

#include <cmath>

namespace Support {

namespace {

// The n-th (1-based) Monday of month in year.
QDate nthMonday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    const int offset = (Qt::Monday - first.dayOfWeek() + 7) % 7;
    return first.addDays(offset + 7 * (n - 1));
}

int vernalEquinoxDay(int year)
{
    const int y = year - 1980;
    return static_cast<int>(std::floor(20.8431 + 0.242194 * y)) - y / 4;
}

int autumnalEquinoxDay(int year)
{
    const int y = year - 1980;
    return static_cast<int>(std::floor(23.2488 + 0.242194 * y)) - y / 4;
}

// Holidays named by the Act (no substitute or citizens' holidays).
bool isNamedHoliday(QDate date)
{
    const int year = date.year();
    const int month = date.month();
    const int day = date.day();
    const bool inRange = year >= 2000 && year <= 2099;

    switch (month) {
    case 1:
        return day == 1 || (inRange && date == nthMonday(year, 1, 2));
    case 2:
        return day == 11 || (day == 23 && year >= 2020);
    case 3:
        return inRange && day == vernalEquinoxDay(year);
    case 4:
        return day == 29 || (year == 2019 && day == 30);
    case 5:
        return day == 3 || day == 4 || day == 5 || (year == 2019 && (day == 1 || day == 2));
    case 7:
        if (year == 2020)
            return day == 23 || day == 24;
        if (year == 2021)
            return day == 22 || day == 23;
        if (year >= 2003)
            return inRange && date == nthMonday(year, 7, 3);
        return day == 20;
    case 8:
        if (year == 2020)
            return day == 10;
        if (year == 2021)
            return day == 8;
        return year >= 2016 && day == 11;
    case 9:
        if (inRange && day == autumnalEquinoxDay(year))
            return true;
        if (year >= 2003)
            return inRange && date == nthMonday(year, 9, 3);
        return day == 15;
    case 10:
        if (year == 2019 && day == 22)
            return true;
        if (year == 2020 || year == 2021)
            return false;
        return inRange && date == nthMonday(year, 10, 2);
    case 11:
        return day == 3 || day == 23;
    case 12:
        return day == 23 && year >= 1989 && year <= 2018;
    default:
        return false;
    }
}

bool isSubstituteHoliday(QDate date)
{
    if (date.dayOfWeek() == Qt::Sunday || isNamedHoliday(date))
        return false;
    if (date.year() < 2007) {
        // Before 2007: only the Monday after a holiday that fell on a Sunday.
        return date.dayOfWeek() == Qt::Monday && isNamedHoliday(date.addDays(-1));
    }
    // From 2007: the first non-holiday day after a holiday on a Sunday.
    for (QDate previous = date.addDays(-1); isNamedHoliday(previous);
         previous = previous.addDays(-1)) {
        if (previous.dayOfWeek() == Qt::Sunday)
            return true;
    }
    return false;
}

bool isCitizensHoliday(QDate date)
{
    return date.dayOfWeek() != Qt::Sunday && !isNamedHoliday(date) &&
           isNamedHoliday(date.addDays(-1)) && isNamedHoliday(date.addDays(1));
}

} // namespace

QTimeZone japanTime()
{
    return QTimeZone(kJapanUtcOffsetSeconds);
}

QTime supportOpens()
{
    return QTime(10, 0);
}

QTime supportCloses()
{
    return QTime(17, 30);
}

bool isJapaneseHoliday(QDate date)
{
    return isNamedHoliday(date) || isSubstituteHoliday(date) || isCitizensHoliday(date);
}

bool isNewYearBreak(QDate date)
{
    return (date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 3);
}

bool isSupportDay(QDate date)
{
    return date.dayOfWeek() <= Qt::Friday && !isJapaneseHoliday(date) && !isNewYearBreak(date);
}

SupportState supportState(const QDateTime& now)
{
    const QDateTime local = now.toTimeZone(japanTime());
    const QDate today = local.date();
    const QTime time = local.time();

    SupportState state;
    if (isSupportDay(today) && time >= supportOpens() && time < supportCloses()) {
        state.open = true;
        state.reason = ClosedReason::NotClosed;
        state.nextChange = QDateTime(today, supportCloses(), japanTime());
        return state;
    }

    if (isNewYearBreak(today))
        state.reason = ClosedReason::NewYearBreak;
    else if (isJapaneseHoliday(today))
        state.reason = ClosedReason::PublicHoliday;
    else if (today.dayOfWeek() > Qt::Friday)
        state.reason = ClosedReason::Weekend;
    else
        state.reason = ClosedReason::OutsideHours;

    QDate day = today;
    if (!isSupportDay(day) || time >= supportCloses())
        day = day.addDays(1);
    // The longest closed run (new-year break joined to a weekend and holidays) is under
    // two weeks; a month bounds the search.
    for (int i = 0; i < 31 && !isSupportDay(day); ++i)
        day = day.addDays(1);
    state.nextChange = QDateTime(day, supportOpens(), japanTime());
    return state;
}

} // namespace Support
