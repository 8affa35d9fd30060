#pragma once

// Erases terminated tenants (DESIGN.md §4): a tenant's data goes 30 days after the day after
// its contract end, i.e. on the 31st day after it. The clock is injected, so tests move it.
// Erasing removes the tenant with its users, sessions, tokens, invitations, roles and role
// requests (foreign keys cascade); the audit log keeps its rows (append-only, hash-chained).

#include "server/database.h"
#include "server/sessionstore.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace boost::asio {
class io_context;
}

namespace Server {

inline constexpr int kPurgeAfterContractEndDays = 31;

class TenantPurge
{
public:
    TenantPurge(Database& db, Clock clock);

    // Tenants due at the clock's now; erases them and returns their ids.
    [[nodiscard]] Core::Result<std::vector<std::string>> runOnce();

private:
    Database& m_db;
    Clock m_clock;
};

// Runs the purge on the server's io_context: once at start, then every interval. Stops with
// the io_context (or when destroyed).
class PurgeSchedule
{
public:
    PurgeSchedule(TenantPurge& purge, boost::asio::io_context& io,
                  std::chrono::seconds interval = std::chrono::hours(1));
    ~PurgeSchedule();
    PurgeSchedule(const PurgeSchedule&) = delete;
    PurgeSchedule& operator=(const PurgeSchedule&) = delete;

    void start();

private:
    struct Timer;
    std::unique_ptr<Timer> m_timer;
};

} // namespace Server
