#include "server/statusrules.h"

#include <algorithm>

namespace Server::StatusRules {

NoticeKind parseNoticeKind(const QString& text)
{
    if (text == QLatin1String("general"))
        return NoticeKind::General;
    if (text == QLatin1String("sla_change"))
        return NoticeKind::SlaChange;
    if (text == QLatin1String("service_end"))
        return NoticeKind::ServiceEnd;
    return NoticeKind::Invalid;
}

const char* noticeKindName(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::General:
        return "general";
    case NoticeKind::SlaChange:
        return "sla_change";
    case NoticeKind::ServiceEnd:
        return "service_end";
    case NoticeKind::Invalid:
        break;
    }
    return "invalid";
}

std::optional<QString> noticeLeadViolation(NoticeKind kind, long long publishedMs,
                                           std::optional<long long> effectiveMs)
{
    long long leadDays = 0;
    const char* what = "";
    if (kind == NoticeKind::SlaChange) {
        leadDays = kSlaChangeLeadDays;
        what = "An SLA/SLO change";
    } else if (kind == NoticeKind::ServiceEnd) {
        leadDays = kServiceEndLeadDays;
        what = "A service end";
    } else {
        return std::nullopt;
    }
    if (!effectiveMs) {
        return QStringLiteral("%1 notice needs effective_at, at least %2 days after publication")
            .arg(QLatin1String(what))
            .arg(leadDays);
    }
    const long long leadMs = *effectiveMs - publishedMs;
    if (leadMs < leadDays * kMsPerDay) {
        return QStringLiteral("%1 must be announced at least %2 days ahead; effective_at is "
                              "%3 days after publication")
            .arg(QLatin1String(what))
            .arg(leadDays)
            .arg(double(leadMs) / double(kMsPerDay), 0, 'f', 1);
    }
    return std::nullopt;
}

FirstNotice timeToFirstNotice(long long detectedMs, std::optional<long long> firstNoticeMs,
                              long long nowMs)
{
    FirstNotice result;
    if (firstNoticeMs) {
        result.elapsedMs = std::max(0LL, *firstNoticeMs - detectedMs);
        result.flagged = *result.elapsedMs > kFirstNoticeLimitMs;
    } else {
        result.flagged = nowMs - detectedMs > kFirstNoticeLimitMs;
    }
    return result;
}

bool countsAsDown(const QString& componentStatus)
{
    return componentStatus == QLatin1String("major_outage") ||
           componentStatus == QLatin1String("partial_outage");
}

namespace {

std::vector<Interval> merged(std::vector<Interval> intervals)
{
    std::erase_if(intervals, [](const Interval& i) { return i.endMs <= i.startMs; });
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval& a, const Interval& b) { return a.startMs < b.startMs; });
    std::vector<Interval> out;
    for (const Interval& i : intervals) {
        if (!out.empty() && i.startMs <= out.back().endMs)
            out.back().endMs = std::max(out.back().endMs, i.endMs);
        else
            out.push_back(i);
    }
    return out;
}

long long totalLength(const std::vector<Interval>& intervals)
{
    long long total = 0;
    for (const Interval& i : merged(intervals))
        total += i.endMs - i.startMs;
    return total;
}

long long overlap(const std::vector<Interval>& a, const std::vector<Interval>& b)
{
    long long total = 0;
    for (const Interval& x : merged(a)) {
        for (const Interval& y : merged(b)) {
            const long long start = std::max(x.startMs, y.startMs);
            const long long end = std::min(x.endMs, y.endMs);
            if (end > start)
                total += end - start;
        }
    }
    return total;
}

} // namespace

long long lengthExcluding(std::vector<Interval> intervals, std::vector<Interval> excluded)
{
    return totalLength(intervals) - overlap(intervals, excluded);
}

Availability availability(const std::vector<StatusChange>& history, Interval window,
                          const std::vector<Interval>& maintenance)
{
    Availability result;
    if (history.empty() || window.endMs <= window.startMs)
        return result;
    const Interval observed{std::max(window.startMs, history.front().atMs), window.endMs};
    if (observed.endMs <= observed.startMs)
        return result;
    std::vector<Interval> down;
    for (std::size_t i = 0; i < history.size(); ++i) {
        if (!countsAsDown(history[i].status))
            continue;
        const long long end = i + 1 < history.size() ? history[i + 1].atMs : observed.endMs;
        down.push_back(
            Interval{std::max(history[i].atMs, observed.startMs), std::min(end, observed.endMs)});
    }
    std::vector<Interval> clippedMaintenance;
    for (const Interval& m : maintenance) {
        clippedMaintenance.push_back(
            Interval{std::max(m.startMs, observed.startMs), std::min(m.endMs, observed.endMs)});
    }
    result.maintenanceMs = totalLength(clippedMaintenance);
    result.eligibleMs = (observed.endMs - observed.startMs) - result.maintenanceMs;
    result.downMs = lengthExcluding(down, clippedMaintenance);
    return result;
}

} // namespace Server::StatusRules
