#pragma once

// The HTTP engine: Boost.Beast over Asio (DESIGN.md §5). Accepts connections on a few threads,
// reads headers first so that size limits apply before any body byte is read, and hands
// complete requests to the Router.

#include "core/result.h"
#include "server/router.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace boost::asio::ssl {
class context;
}

namespace Server {

struct HttpLimits
{
    std::uint64_t maxBodyBytes = 1024 * 1024; // control API bodies
    std::uint32_t maxHeaderBytes = 16 * 1024;
    std::chrono::seconds readTimeout{30};
    std::chrono::seconds idleTimeout{75};
};

// Looks at a request's credentials (Authorization: Bearer ...) and returns the principal, or
// nothing for an anonymous request. Routes decide what anonymous requests may do.
using Authenticator =
    std::function<std::optional<Principal>(const Request&, const std::string& remoteAddress)>;

class HttpServer
{
public:
    HttpServer(const Router& router, HttpLimits limits);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds and listens; port 0 picks a free port (see port()).
    [[nodiscard]] Core::Status listen(const std::string& address, std::uint16_t port);
    [[nodiscard]] std::uint16_t port() const { return m_port; }
    [[nodiscard]] std::string address() const { return m_address; }

    // Set before start(); without one every request is anonymous.
    void setAuthenticator(Authenticator authenticator)
    {
        m_authenticator = std::move(authenticator);
    }

    // Serves HTTPS with this context (server/tlscontext.h) instead of plain HTTP. Set before
    // start().
    void setTlsContext(std::shared_ptr<boost::asio::ssl::context> context);
    [[nodiscard]] bool tls() const { return m_tls != nullptr; }

    // Runs the accept loop on threadCount threads; returns immediately.
    void start(unsigned threadCount);
    // Stops accepting, closes every connection and joins the threads. Idempotent.
    void stop();

    // For the signal handler of the standalone binary: the io_context the server runs on.
    [[nodiscard]] boost::asio::io_context& ioContext() { return m_io; }

private:
    class SessionBase;
    template <class Stream> class Session;
    void accept();
    template <class SessionType> void track(const std::shared_ptr<SessionType>& session);

    const Router& m_router;
    HttpLimits m_limits;
    Authenticator m_authenticator;
    boost::asio::io_context m_io;
    boost::asio::ip::tcp::acceptor m_acceptor;
    std::vector<std::thread> m_threads;
    std::mutex m_sessionsMutex;
    std::vector<std::weak_ptr<SessionBase>> m_sessions;
    std::shared_ptr<boost::asio::ssl::context> m_tls;
    std::uint16_t m_port = 0;
    std::string m_address;
    std::atomic_bool m_stopped{false};
};

} // namespace Server
