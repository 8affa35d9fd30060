#pragma once

// The service's published promises as pure functions, so that they are unit-tested apart from
// HTTP and SQL: notice lead times (SLA change 30 days, service end 90 days), time to first
// notice (one hour), and availability from a component's status history excluding scheduled
// maintenance windows (99.9% target).

#include <QString>

#include <optional>
#include <vector>

namespace Server::StatusRules {

inline constexpr long long kMsPerMinute = 60LL * 1000;
inline constexpr long long kMsPerDay = 24LL * 60 * kMsPerMinute;
inline constexpr long long kSlaChangeLeadDays = 30;
inline constexpr long long kServiceEndLeadDays = 90;
inline constexpr long long kFirstNoticeLimitMs = 60LL * kMsPerMinute;
inline constexpr double kAvailabilityTarget = 0.999;

enum class NoticeKind
{
    Invalid = 0,
    General,
    SlaChange,
    ServiceEnd,
};
[[nodiscard]] NoticeKind parseNoticeKind(const QString& text); // general, sla_change, service_end
[[nodiscard]] const char* noticeKindName(NoticeKind kind);

// Empty when the notice may be published now; else the English reason it may not.
[[nodiscard]] std::optional<QString> noticeLeadViolation(NoticeKind kind, long long publishedMs,
                                                         std::optional<long long> effectiveMs);

struct FirstNotice
{
    std::optional<long long> elapsedMs; // first public update minus detection; none yet: empty
    bool flagged = false;               // over one hour, or still silent after one hour
};
[[nodiscard]] FirstNotice
timeToFirstNotice(long long detectedMs, std::optional<long long> firstNoticeMs, long long nowMs);

struct Interval
{
    long long startMs = 0;
    long long endMs = 0; // exclusive
};

struct StatusChange
{
    long long atMs = 0;
    QString status; // Statuspage component status
};

// major_outage and partial_outage count as down; degraded_performance, operational and
// under_maintenance as up.
[[nodiscard]] bool countsAsDown(const QString& componentStatus);

// Total length of intervals after removing the excluded ones (both may overlap themselves).
[[nodiscard]] long long lengthExcluding(std::vector<Interval> intervals,
                                        std::vector<Interval> excluded);

struct Availability
{
    long long eligibleMs = 0;    // observed time minus maintenance
    long long downMs = 0;        // down time outside maintenance
    long long maintenanceMs = 0; // maintenance inside the observed time
    [[nodiscard]] double ratio() const
    {
        return eligibleMs > 0 ? 1.0 - double(downMs) / double(eligibleMs) : 1.0;
    }
    // Error budget left in minutes against the target (negative when overspent).
    [[nodiscard]] double budgetLeftMinutes(double target = kAvailabilityTarget) const
    {
        return ((1.0 - target) * double(eligibleMs) - double(downMs)) / double(kMsPerMinute);
    }
};

// Availability in [window.startMs, window.endMs) from a history sorted by time. Time before the
// first change (the component did not exist yet) is not observed.
[[nodiscard]] Availability availability(const std::vector<StatusChange>& history, Interval window,
                                        const std::vector<Interval>& maintenance);

} // namespace Server::StatusRules
