#include "server/loginthrottle.h"

#include <algorithm>

namespace Server {

LoginThrottle::LoginThrottle(Clock clock) : LoginThrottle(std::move(clock), Limits{}) {}

LoginThrottle::LoginThrottle(Clock clock, Limits limits)
    : m_clock(std::move(clock)), m_limits(limits)
{}

std::int64_t LoginThrottle::retryAfterS(const std::string& account, const std::string& address)
{
    std::lock_guard lock(m_mutex);
    const std::int64_t now = m_clock();
    std::int64_t until = 0;
    if (const auto it = m_accounts.find(account); it != m_accounts.end())
        until = std::max(until, it->second.lockedUntil);
    if (const auto it = m_addresses.find(address); it != m_addresses.end())
        until = std::max(until, it->second.lockedUntil);
    return until > now ? until - now : 0;
}

void LoginThrottle::fail(Counter& counter, int slowAfter, int lockAfter, std::int64_t now) const
{
    if (now - counter.lastFailure > m_limits.forgetAfterS)
        counter.failures = 0;
    counter.lastFailure = now;
    ++counter.failures;
    std::int64_t wait = 0;
    if (counter.failures > lockAfter) {
        const int doublings = std::min(counter.failures - lockAfter - 1, 20);
        wait = std::min(m_limits.lockS << doublings, m_limits.maxLockS);
    } else if (counter.failures > slowAfter) {
        wait = std::int64_t{1} << std::min(counter.failures - slowAfter - 1, 20);
    }
    counter.lockedUntil = wait > 0 ? now + wait : 0;
}

void LoginThrottle::recordFailure(const std::string& account, const std::string& address)
{
    std::lock_guard lock(m_mutex);
    const std::int64_t now = m_clock();
    fail(m_accounts[account], m_limits.accountSlowAfter, m_limits.accountLockAfter, now);
    fail(m_addresses[address], m_limits.addressSlowAfter, m_limits.addressLockAfter, now);
    // Keep the maps bounded: forget idle counters.
    if (m_accounts.size() > 100000 || m_addresses.size() > 100000) {
        const auto idle = [&](const auto& entry) {
            return now - entry.second.lastFailure > m_limits.forgetAfterS &&
                   entry.second.lockedUntil <= now;
        };
        std::erase_if(m_accounts, idle);
        std::erase_if(m_addresses, idle);
    }
}

void LoginThrottle::recordSuccess(const std::string& account)
{
    std::lock_guard lock(m_mutex);
    m_accounts.erase(account);
}

} // namespace Server
