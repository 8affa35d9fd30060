#pragma once

// Slows and then locks out repeated sign-in failures, per account and per source address
// (DESIGN.md §4). The counters are kept in memory and written through to SQLite (table
// login_throttle) when a database is given, so that restarting the server does not lift a
// lockout.
//
// Failures 1 and 2 cost nothing; from the 3rd the account waits 1, 2, 4 ... seconds; from the
// 5th it is locked for 60 s, doubling up to an hour. An address gets the same curve from 20
// failures (password spraying over many accounts). A success clears the account's count.
// Attempts made while locked are answered 429 without checking the password and do not count.

#include "server/database.h"
#include "server/sessionstore.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace Server {

class LoginThrottle
{
public:
    struct Limits
    {
        int accountSlowAfter = 2;
        int accountLockAfter = 4;
        int addressSlowAfter = 19;
        int addressLockAfter = 25;
        std::int64_t lockS = 60;
        std::int64_t maxLockS = 3600;
        std::int64_t forgetAfterS = 24 * 3600;
    };

    // db: where the counters persist (loaded here); nullptr keeps them in memory only.
    explicit LoginThrottle(Clock clock, Database* db = nullptr);
    LoginThrottle(Clock clock, Limits limits, Database* db = nullptr);

    // Seconds until a new attempt is allowed; 0 when allowed now.
    [[nodiscard]] std::int64_t retryAfterS(const std::string& account, const std::string& address);
    void recordFailure(const std::string& account, const std::string& address);
    void recordSuccess(const std::string& account);

private:
    struct Counter
    {
        int failures = 0;
        std::int64_t lockedUntil = 0;
        std::int64_t lastFailure = 0;
    };
    void fail(Counter& counter, int slowAfter, int lockAfter, std::int64_t now) const;
    void load();
    void persist(const char* kind, const std::string& key, const Counter& counter);
    void forget(const char* kind, const std::string& key);

    Clock m_clock;
    Limits m_limits;
    Database* m_db = nullptr;
    std::mutex m_mutex;
    std::map<std::string, Counter> m_accounts;
    std::map<std::string, Counter> m_addresses;
};

} // namespace Server
