#include "server/loginthrottle.h"

#include "server/sql.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcThrottle, "onestream.server.throttle")

namespace Server {

namespace {
constexpr const char* kAccount = "account";
constexpr const char* kAddress = "address";
} // namespace

LoginThrottle::LoginThrottle(Clock clock, Database* db)
    : LoginThrottle(std::move(clock), Limits{}, db)
{}

LoginThrottle::LoginThrottle(Clock clock, Limits limits, Database* db)
    : m_clock(std::move(clock)), m_limits(limits), m_db(db)
{
    load();
}

void LoginThrottle::load()
{
    if (m_db == nullptr)
        return;
    const std::int64_t now = m_clock();
    const auto loaded = m_db->withLock([&](Database& locked) -> Core::Status {
        // What has been idle for longer than forgetAfterS no longer counts.
        if (auto pruned = sqlExec(
                locked,
                "DELETE FROM login_throttle WHERE last_failure < ?1 AND "
                "locked_until <= ?2",
                {static_cast<long long>(now - m_limits.forgetAfterS), static_cast<long long>(now)});
            !pruned) {
            return pruned.error();
        }
        auto rows = sqlQuery(locked, "SELECT kind, key, failures, locked_until, last_failure "
                                     "FROM login_throttle");
        if (!rows)
            return rows.error();
        while (true) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            Counter counter;
            counter.failures = static_cast<int>(rows->columnInt(2));
            counter.lockedUntil = rows->columnInt(3);
            counter.lastFailure = rows->columnInt(4);
            auto& map = rows->columnText(0) == kAccount ? m_accounts : m_addresses;
            map[rows->columnText(1)] = counter;
        }
    });
    if (!loaded)
        qCWarning(lcThrottle) << "cannot load sign-in counters:" << loaded.error().detail;
}

void LoginThrottle::persist(const char* kind, const std::string& key, const Counter& counter)
{
    if (m_db == nullptr)
        return;
    const auto saved = m_db->withLock([&](Database& locked) {
        return sqlExec(locked,
                       "INSERT INTO login_throttle(kind, key, failures, locked_until, "
                       "last_failure) VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(kind, key) DO "
                       "UPDATE SET failures = excluded.failures, locked_until = "
                       "excluded.locked_until, last_failure = excluded.last_failure",
                       {std::string(kind), key, static_cast<long long>(counter.failures),
                        static_cast<long long>(counter.lockedUntil),
                        static_cast<long long>(counter.lastFailure)});
    });
    if (!saved)
        qCWarning(lcThrottle) << "cannot save a sign-in counter:" << saved.error().detail;
}

void LoginThrottle::forget(const char* kind, const std::string& key)
{
    if (m_db == nullptr)
        return;
    const auto removed = m_db->withLock([&](Database& locked) {
        return sqlExec(locked, "DELETE FROM login_throttle WHERE kind = ?1 AND key = ?2",
                       {std::string(kind), key});
    });
    if (!removed)
        qCWarning(lcThrottle) << "cannot clear a sign-in counter:" << removed.error().detail;
}

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
    Counter& accountCounter = m_accounts[account];
    Counter& addressCounter = m_addresses[address];
    fail(accountCounter, m_limits.accountSlowAfter, m_limits.accountLockAfter, now);
    fail(addressCounter, m_limits.addressSlowAfter, m_limits.addressLockAfter, now);
    persist(kAccount, account, accountCounter);
    persist(kAddress, address, addressCounter);
    // Keep the maps bounded: forget idle counters.
    if (m_accounts.size() > 100000 || m_addresses.size() > 100000) {
        const auto idle = [&](const auto& entry) {
            return now - entry.second.lastFailure > m_limits.forgetAfterS &&
                   entry.second.lockedUntil <= now;
        };
        std::erase_if(m_accounts, idle);
        std::erase_if(m_addresses, idle);
        if (m_db != nullptr) {
            (void)m_db->withLock([&](Database& locked) {
                return sqlExec(locked,
                               "DELETE FROM login_throttle WHERE last_failure < ?1 AND "
                               "locked_until <= ?2",
                               {static_cast<long long>(now - m_limits.forgetAfterS),
                                static_cast<long long>(now)});
            });
        }
    }
}

void LoginThrottle::recordSuccess(const std::string& account)
{
    std::lock_guard lock(m_mutex);
    if (m_accounts.erase(account) > 0)
        forget(kAccount, account);
}

} // namespace Server
