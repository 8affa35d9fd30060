#pragma once

// Built-in monitors of the server's own parts: the database, object storage and the upload
// endpoint. Every interval each probe runs; a failure sets the part's component to major_outage
// and opens an incident draft with the detection time (StatusService::recordProbe); success
// sets it back to operational. One thread, woken early by stop().

#include "server/database.h"
#include "server/router.h"
#include "server/statusservice.h"
#include "server/storage.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Server {

class StatusMonitor
{
public:
    StatusMonitor(Database& db, ObjectStorage& storage, const Router& router, StatusService& status,
                  std::chrono::milliseconds interval);
    ~StatusMonitor();
    StatusMonitor(const StatusMonitor&) = delete;
    StatusMonitor& operator=(const StatusMonitor&) = delete;

    void start();
    void stop();
    // One round of probes now (also what the thread runs).
    void probeOnce();

private:
    Database& m_db;
    ObjectStorage& m_storage;
    const Router& m_router;
    StatusService& m_status;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace Server
