#pragma once

// Sends the e-mail outbox (status_outbox) through an SMTP relay. Every message is in SQLite
// before the first attempt, so a relay outage delays mail but loses none: a failed attempt is
// retried with exponential backoff (base doubling up to maxRetry), also after a server restart.
// One thread; the SMTP dialogue is plain RFC 5321 (EHLO, MAIL, RCPT, DATA) with timeouts, for a
// relay on the local network or loopback.

#include "core/result.h"
#include "server/database.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

namespace Server {

struct SmtpConfig
{
    std::string host; // empty: no relay, no mail
    std::uint16_t port = 25;
    std::string from = "status@onestream.example.jp";
    std::chrono::milliseconds retryBase{30000};
    std::chrono::milliseconds maxRetry{15 * 60 * 1000};
    std::chrono::milliseconds timeout{10000};
};

class SmtpOutbox
{
public:
    SmtpOutbox(Database& db, SmtpConfig config);
    ~SmtpOutbox();
    SmtpOutbox(const SmtpOutbox&) = delete;
    SmtpOutbox& operator=(const SmtpOutbox&) = delete;

    void start();
    void stop();
    // Something was queued: try now instead of at the next poll.
    void wake();
    // Sends what is due now; the number sent.
    int sendDue();

    // One message through one SMTP session.
    [[nodiscard]] static Core::Status send(const SmtpConfig& config, const std::string& to,
                                           const std::string& subject, const std::string& body);

private:
    Database& m_db;
    SmtpConfig m_config;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_woken = false;
    std::thread m_thread;
};

} // namespace Server
