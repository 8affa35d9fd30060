#include "server/tenantpurge.h"

#include "server/sql.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPurge, "onestream.server.purge")

namespace Server {

TenantPurge::TenantPurge(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

Core::Result<std::vector<std::string>> TenantPurge::runOnce()
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::vector<std::string>> {
        auto due = sqlQuery(db,
                            "SELECT id FROM tenants WHERE status = 'terminated' AND contract_end "
                            "IS NOT NULL AND date(contract_end, ?2) <= date(?1, 'unixepoch')",
                            {static_cast<long long>(m_clock()),
                             "+" + std::to_string(kPurgeAfterContractEndDays) + " days"});
        if (!due)
            return due.error();
        std::vector<std::string> ids;
        while (true) {
            auto row = due->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            ids.push_back(due->columnText(0));
        }
        for (const std::string& id : ids) {
            if (auto erased = sqlExec(db, "DELETE FROM tenants WHERE id = ?1", {id}); !erased)
                return erased.error();
            qCInfo(lcPurge) << "erased terminated tenant" << QString::fromStdString(id);
        }
        return ids;
    });
}

struct PurgeSchedule::Timer
{
    Timer(TenantPurge& p, boost::asio::io_context& io, std::chrono::seconds every)
        : purge(p), timer(io), interval(every)
    {}
    void fire()
    {
        if (auto erased = purge.runOnce(); !erased)
            qCWarning(lcPurge) << "purge failed:" << erased.error().detail;
        timer.expires_after(interval);
        timer.async_wait([this](const boost::system::error_code& ec) {
            if (!ec)
                fire();
        });
    }
    TenantPurge& purge;
    boost::asio::steady_timer timer;
    std::chrono::seconds interval;
};

PurgeSchedule::PurgeSchedule(TenantPurge& purge, boost::asio::io_context& io,
                             std::chrono::seconds interval)
    : m_timer(std::make_unique<Timer>(purge, io, interval))
{}

PurgeSchedule::~PurgeSchedule() = default;

void PurgeSchedule::start()
{
    m_timer->timer.expires_after(std::chrono::seconds(0));
    m_timer->timer.async_wait([timer = m_timer.get()](const boost::system::error_code& ec) {
        if (!ec)
            timer->fire();
    });
}

} // namespace Server
