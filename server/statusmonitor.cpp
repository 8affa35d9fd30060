#include "server/statusmonitor.h"

#include "server/statusutil.h"

namespace Server {

StatusMonitor::StatusMonitor(Database& db, ObjectStorage& storage, const Router& router,
                             StatusService& status, std::chrono::milliseconds interval)
    : m_db(db), m_storage(storage), m_router(router), m_status(status), m_interval(interval)
{}

StatusMonitor::~StatusMonitor()
{
    stop();
}

void StatusMonitor::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable() || m_interval.count() <= 0)
        return;
    m_stopping = false;
    m_thread = std::thread([this] {
        std::unique_lock wait(m_mutex);
        while (!m_stopping) {
            wait.unlock();
            probeOnce();
            wait.lock();
            m_wake.wait_for(wait, m_interval, [this] { return m_stopping; });
        }
    });
}

void StatusMonitor::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void StatusMonitor::probeOnce()
{
    const auto database = m_db.ping();
    m_status.recordProbe("database", database.ok(), database ? QString() : database.error().detail,
                         StatusUtil::nowMs());
    const auto storage = m_storage.checkWritable();
    m_status.recordProbe("storage", storage.ok(), storage ? QString() : storage.error().detail,
                         StatusUtil::nowMs());

    // The upload endpoint, when this build serves one: its OPTIONS answer (tus discovery),
    // dispatched in-process through the same router the HTTP engine uses.
    const auto match = m_router.match(http::verb::options, "/v1/uploads");
    if (match.pathKnown && match.handler) {
        Request request{http::verb::options, "/v1/uploads", 11};
        request.set(http::field::host, "127.0.0.1");
        RequestContext context;
        context.remoteAddress = "monitor";
        const Response response = m_router.dispatch(request, std::move(context));
        const bool healthy = response.result_int() < 500;
        m_status.recordProbe(
            "upload", healthy,
            healthy ? QString()
                    : QStringLiteral("OPTIONS /v1/uploads answered %1").arg(response.result_int()),
            StatusUtil::nowMs());
    }
}

} // namespace Server
