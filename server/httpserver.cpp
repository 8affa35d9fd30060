#include "server/httpserver.h"

#include "server/httpsession.h"
#include "server/httpsession_responses.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHttp, "onestream.server.http")

namespace Server {

HttpServer::HttpServer(const Router& router, HttpLimits limits)
    : m_router(router), m_limits(limits), m_acceptor(asio::make_strand(m_io))
{}

HttpServer::~HttpServer()
{
    stop();
}

Core::Status HttpServer::listen(const std::string& address, std::uint16_t port)
{
    beast::error_code ec;
    const auto ip = asio::ip::make_address(address, ec);
    if (ec) {
        return Core::makeError(
            Core::ErrorCode::BadInput,
            QStringLiteral("not an IP address: %1").arg(QString::fromStdString(address)));
    }
    const tcp::endpoint endpoint(ip, port);
    m_acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        m_acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        m_acceptor.bind(endpoint, ec);
    if (!ec)
        m_acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        return Core::makeError(Core::ErrorCode::Network,
                               QStringLiteral("cannot listen on %1:%2: %3")
                                   .arg(QString::fromStdString(address))
                                   .arg(port)
                                   .arg(QString::fromStdString(ec.message())),
                               ec.value());
    }
    m_port = m_acceptor.local_endpoint().port();
    m_address = address;
    return {};
}

void HttpServer::start(unsigned threadCount)
{
    accept();
    threadCount = std::max(1U, threadCount);
    for (unsigned i = 0; i < threadCount; ++i)
        m_threads.emplace_back([this] { m_io.run(); });
}

void HttpServer::accept()
{
    m_acceptor.async_accept(
        asio::make_strand(m_io), [this](beast::error_code ec, tcp::socket socket) {
            if (ec) {
                if (ec == asio::error::operation_aborted || !m_acceptor.is_open())
                    return;
                qCWarning(lcHttp) << "accept failed:" << QString::fromStdString(ec.message());
            } else {
                if (m_tls) {
                    using TlsSession = Session<beast::ssl_stream<beast::tcp_stream>>;
                    track(std::make_shared<TlsSession>(m_router, m_limits, m_authenticator,
                                                       std::move(socket), *m_tls));
                } else {
                    track(std::make_shared<Session<beast::tcp_stream>>(
                        m_router, m_limits, m_authenticator, std::move(socket)));
                }
            }
            accept();
        });
}

template <class SessionType> void HttpServer::track(const std::shared_ptr<SessionType>& session)
{
    {
        std::lock_guard lock(m_sessionsMutex);
        std::erase_if(m_sessions, [](const auto& weak) { return weak.expired(); });
        m_sessions.push_back(session);
    }
    session->run();
}

void HttpServer::setTlsContext(std::shared_ptr<boost::asio::ssl::context> context)
{
    m_tls = std::move(context);
}

void HttpServer::stop()
{
    if (m_stopped.exchange(true))
        return;
    asio::post(m_acceptor.get_executor(), [this] {
        beast::error_code ec;
        m_acceptor.close(ec);
    });
    {
        std::lock_guard lock(m_sessionsMutex);
        for (const auto& weak : m_sessions) {
            if (auto session = weak.lock())
                session->close();
        }
        m_sessions.clear();
    }
    // Sessions end once their sockets close; then run() returns by itself. Stop regardless
    // after the posted work has had its turn.
    asio::post(m_io, [this] { m_io.stop(); });
    for (std::thread& thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
    m_threads.clear();
}

} // namespace Server
