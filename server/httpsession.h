#pragma once

// One HTTP connection of HttpServer (plain or TLS): request reading, routing, request-body
// streaming to a BodySink. Private to server/httpserver.cpp, the only file that includes it
// (together with server/httpsession_responses.h); split from it to keep each part readable.

#include "server/httpserver.h"
#include "server/httpstream.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <QLoggingCategory>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <deque>
#include <optional>
#include <span>
#include <type_traits>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace Server {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;

namespace {

// RFC 9110 HTTP-date for the Date header (clients compare it with their clock).
std::string httpDate()
{
    // Formatted by hand: strftime's %a and %b follow the process locale, HTTP wants English.
    static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[40];
    const int length = std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d GMT",
                                     kDays[utc.tm_wday], utc.tm_mday, kMonths[utc.tm_mon],
                                     utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return std::string(text, static_cast<std::size_t>(std::max(length, 0)));
}

} // namespace

class HttpServer::SessionBase
{
public:
    SessionBase() = default;
    virtual ~SessionBase() = default;
    SessionBase(const SessionBase&) = delete;
    SessionBase& operator=(const SessionBase&) = delete;
    // Called from any thread at shutdown.
    virtual void close() = 0;
};

// One connection. Stream is beast::tcp_stream (plain HTTP, loopback only) or
// beast::ssl_stream<beast::tcp_stream> (HTTPS, see server/tlscontext.h).
template <class Stream>
class HttpServer::Session : public SessionBase, public std::enable_shared_from_this<Session<Stream>>
{
public:
    static constexpr bool kTls = !std::is_same_v<Stream, beast::tcp_stream>;

    template <class... StreamArguments>
    Session(const Router& router, const HttpLimits& limits, const Authenticator& authenticator,
            StreamArguments&&... streamArguments)
        : m_stream(std::forward<StreamArguments>(streamArguments)...), m_router(router),
          m_limits(limits), m_authenticator(authenticator)
    {
        beast::error_code ec;
        const auto endpoint = lowest().socket().remote_endpoint(ec);
        if (!ec)
            m_remote = endpoint.address().to_string();
    }

    void run()
    {
        asio::dispatch(m_stream.get_executor(),
                       beast::bind_front_handler(&Session::begin, this->shared_from_this()));
    }

    void close() override
    {
        asio::post(m_stream.get_executor(), [self = this->shared_from_this()] {
            beast::error_code ec;
            self->lowest().socket().shutdown(tcp::socket::shutdown_both, ec);
            self->lowest().close();
        });
    }

private:
    [[nodiscard]] beast::tcp_stream& lowest() { return beast::get_lowest_layer(m_stream); }

    void begin()
    {
        if constexpr (kTls) {
            // The handshake must finish within the read timeout, as a request header must.
            lowest().expires_after(m_limits.readTimeout);
            m_stream.async_handshake(
                asio::ssl::stream_base::server,
                beast::bind_front_handler(&Session::onHandshake, this->shared_from_this()));
        } else {
            readHeader();
        }
    }

    void onHandshake(beast::error_code ec)
    {
        if (ec) {
            // A peer without an acceptable version or suite ends here (docs/tls.md).
            qCInfo(lcHttp).noquote() << "TLS handshake with" << QString::fromStdString(m_remote)
                                     << "failed:" << QString::fromStdString(ec.message());
            return closeGracefully();
        }
        readHeader();
    }

    void readHeader()
    {
        m_parser.emplace();
        m_parser->header_limit(m_limits.maxHeaderBytes);
        // Streaming routes set their own limit once the header is known (see startStream).
        m_parser->body_limit(m_router.hasStreamingRoutes() ? boost::optional<std::uint64_t>()
                                                           : m_limits.maxBodyBytes);
        lowest().expires_after(m_firstRequest ? m_limits.readTimeout : m_limits.idleTimeout);
        http::async_read_header(
            m_stream, m_buffer, *m_parser,
            beast::bind_front_handler(&Session::onHeader, this->shared_from_this()));
    }

    void onHeader(beast::error_code ec, std::size_t)
    {
        m_firstRequest = false;
        if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
            ec == asio::error::operation_aborted || ec == asio::error::connection_reset) {
            return closeGracefully();
        }
        if (ec == http::error::body_limit) {
            // Beast checks Content-Length against the limit as soon as the header is parsed.
            return replyAndLinger(tooLarge(m_parser->get().version()));
        }
        if (ec == http::error::header_limit) {
            return replyAndLinger(
                problemResponse(11, false, http::status::request_header_fields_too_large,
                                "headers-too-large", QStringLiteral("Request headers too large")));
        }
        if (ec) {
            return replyAndLinger(problemResponse(
                11, false, http::status::bad_request, "bad-request",
                QStringLiteral("Malformed HTTP request"), QString::fromStdString(ec.message())));
        }
        const auto& header = m_parser->get();
        if (startBodyStream())
            return;
        m_parser->body_limit(m_limits.maxBodyBytes);
        const auto length = m_parser->content_length();
        if (length && *length > m_limits.maxBodyBytes) {
            return replyAndLinger(tooLarge(header.version()));
        }
        // Ask for the body only once we know we will accept it.
        if (beast::iequals(header[http::field::expect], "100-continue")) {
            auto interim = std::make_shared<http::response<http::empty_body>>(
                http::status::continue_, header.version());
            http::async_write(m_stream, *interim,
                              [self = this->shared_from_this(),
                               interim](beast::error_code writeError, std::size_t) {
                                  if (writeError)
                                      return self->closeGracefully();
                                  self->readBody();
                              });
            return;
        }
        readBody();
    }

    void readBody()
    {
        lowest().expires_after(m_limits.readTimeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         beast::bind_front_handler(&Session::onRequest, this->shared_from_this()));
    }

    void onRequest(beast::error_code ec, std::size_t)
    {
        if (ec == http::error::body_limit)
            return replyAndLinger(tooLarge(m_parser->get().version()));
        if (ec)
            return closeGracefully();

        Request request = m_parser->release();
        RequestContext context;
        context.remoteAddress = m_remote;
        if (m_authenticator)
            context.principal = m_authenticator(request, m_remote);
        auto stream = std::make_shared<StreamRequest>();
        context.stream = stream;
        const auto started = std::chrono::steady_clock::now();
        auto response = std::make_shared<Response>(m_router.dispatch(request, std::move(context)));
        if (response->find(http::field::date) == response->end())
            response->set(http::field::date, httpDate());
        const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - started);
        // Access log: method, path without the query (which may carry tokens), status, time.
        const std::string_view target = request.target();
        const std::string_view path = target.substr(0, target.find('?'));
        qCInfo(lcHttp).noquote() << QString::fromUtf8(std::string(request.method_string()).c_str())
                                 << QString::fromUtf8(std::string(path).c_str())
                                 << response->result_int() << elapsed.count() << "us";
        if (stream->onOpen)
            return startStream(std::move(response), std::move(stream->onOpen));
        if (stream->file)
            return startFileBody(std::move(response), std::move(*stream->file));
        lowest().expires_after(m_limits.readTimeout);
        http::async_write(
            m_stream, *response,
            [self = this->shared_from_this(), response](beast::error_code writeError, std::size_t) {
                if (writeError)
                    return self->closeGracefully();
                if (!response->keep_alive())
                    return self->closeGracefully();
                self->readHeader();
            });
    }

    // File bodies (server/httpstream.h FileBody): the head, then pieces read as they go out.
    void startFileBody(std::shared_ptr<Response> head, FileBody body);
    void fileWriteNext();
    void fileDone(bool ok);
    // Response streaming (server/httpstream.h): the head, then the sink owns the write side.
    class Sink;
    void startStream(std::shared_ptr<Response> head,
                     std::function<void(std::shared_ptr<StreamSink>)> onOpen);
    void streamSend(std::string bytes);
    void streamWriteNext();
    void streamProbe();
    void streamClose();
    // --- Request-body streaming (routes added with Router::addStreaming) ---

    // True when the request belongs to a streaming route and is being handled as one.
    bool startBodyStream()
    {
        const Request& header = m_parser->get();
        RequestContext context;
        context.remoteAddress = m_remote;
        std::string pattern;
        const StreamHandler* handler =
            m_router.matchStreaming(header.method(), header.target(), context, &pattern);
        if (handler == nullptr)
            return false;
        if (m_authenticator)
            context.principal = m_authenticator(header, m_remote);
        std::optional<StreamStart> start = (*handler)(header, context);
        if (!start)
            return false;
        logRequest(header, start->reply ? start->reply->result_int() : 0, "stream");
        // Kept for the audit observer, which sees the outcome once there is one.
        m_bodyRequest.emplace();
        m_bodyRequest->base() = header.base();
        m_bodyContext = std::move(context);
        m_bodyPattern = std::move(pattern);
        if (!start->sink) {
            Response reply = start->reply ? std::move(*start->reply) : tooLarge(header.version());
            observeBodyStream(reply);
            if (m_parser->is_done()) { // no body: the connection stays usable
                auto shared = std::make_shared<Response>(std::move(reply));
                writeAndContinue(shared);
            } else {
                replyAndLinger(std::move(reply));
            }
            return true;
        }
        m_bodySink = std::move(start->sink);
        m_bodySink->setInterrupter([weak = this->weak_from_this()] {
            if (auto self = weak.lock())
                asio::post(self->m_stream.get_executor(), [self] { self->abortBodyStream(); });
        });
        m_bodyLimit = start->maxBodyBytes;
        m_bodyStreamed = 0;
        m_rawBodyLeft.reset();
        const auto length = m_parser->content_length();
        if (length && *length > m_bodyLimit) {
            (void)m_bodySink->finish(false);
            m_bodySink.reset();
            replyAndLinger(observeBodyStream(tooLarge(header.version(), m_bodyLimit)));
            return true;
        }
        const bool expectContinue = beast::iequals(header[http::field::expect], "100-continue");
        m_bodyParser.emplace(std::move(*m_parser));
        m_bodyParser->body_limit(m_bodyLimit);
        if (expectContinue) {
            auto interim = std::make_shared<http::response<http::empty_body>>(
                http::status::continue_, m_bodyParser->get().version());
            http::async_write(m_stream, *interim,
                              [self = this->shared_from_this(),
                               interim](beast::error_code writeError, std::size_t) {
                                  if (writeError)
                                      return self->abortBodyStream();
                                  self->readBodyStream();
                              });
            return true;
        }
        readBodyStream();
        return true;
    }

    void readBodyStream()
    {
        if (m_rawBodyLeft)
            return readRawBody();
        if (m_bodyParser->is_done())
            return finishBodyStream();
        if (!m_bodyParser->chunked() && m_bodyParser->content_length())
            return startRawBody(*m_bodyParser->content_length());
        if (m_bodyBuffer.empty())
            m_bodyBuffer.resize(256 * 1024);
        // Beast sizes each socket read by the free capacity of m_buffer (at least 512 bytes,
        // at most 64 KiB): a buffer left small by the header would read a large body 512 bytes
        // per system call, which cost ~10 CPU-seconds per GiB.
        if (m_buffer.capacity() < 64 * 1024)
            m_buffer.reserve(64 * 1024);
        auto& body = m_bodyParser->get().body();
        body.data = m_bodyBuffer.data();
        body.size = m_bodyBuffer.size();
        body.more = true;
        lowest().expires_after(m_limits.readTimeout);
        http::async_read_some(
            m_stream, m_buffer, *m_bodyParser,
            beast::bind_front_handler(&Session::onBodyStreamRead, this->shared_from_this()));
    }

    void onBodyStreamRead(beast::error_code ec, std::size_t)
    {
        if (!m_bodySink)
            return; // interrupted: abortBodyStream() already ended the request
        if (ec == http::error::need_buffer)
            ec = {};
        const std::size_t got = m_bodyBuffer.size() - m_bodyParser->get().body().size;
        if (got > 0 && !deliverBody(m_bodyBuffer.data(), got))
            return;
        if (ec == http::error::body_limit) {
            (void)m_bodySink->finish(false);
            m_bodySink.reset();
            return replyAndLinger(
                observeBodyStream(tooLarge(m_bodyParser->get().version(), m_bodyLimit)));
        }
        if (ec)
            return abortBodyStream();
        readBodyStream();
    }

    // A body with a Content-Length (every tus PATCH) is read straight from the socket into
    // m_bodyBuffer, up to 1 MiB per read: through the parser it came 64 KiB per read into the
    // connection's buffer and was copied once more. Chunked bodies still go through the parser.
    void startRawBody(std::uint64_t length)
    {
        constexpr std::size_t kRawReadBytes = 1024 * 1024;
        if (m_bodyBuffer.size() < kRawReadBytes)
            m_bodyBuffer.resize(kRawReadBytes);
        m_rawBodyLeft = length;
        // What came with the header is already in the connection's buffer.
        const auto buffered =
            static_cast<std::size_t>(std::min<std::uint64_t>(m_buffer.size(), length));
        if (buffered > 0) {
            const bool goOn =
                deliverBody(static_cast<const char*>(m_buffer.data().data()), buffered);
            m_buffer.consume(buffered);
            *m_rawBodyLeft -= buffered;
            if (!goOn)
                return;
        }
        readRawBody();
    }

    void readRawBody()
    {
        if (*m_rawBodyLeft == 0)
            return finishBodyStream();
        std::span<char> target = m_bodySink->bodyBuffer();
        if (target.empty())
            target = std::span<char>(m_bodyBuffer);
        m_rawTarget = target.data();
        lowest().expires_after(m_limits.readTimeout);
        m_stream.async_read_some(
            asio::buffer(target.data(), static_cast<std::size_t>(std::min<std::uint64_t>(
                                            target.size(), *m_rawBodyLeft))),
            beast::bind_front_handler(&Session::onRawBodyRead, this->shared_from_this()));
    }

    void onRawBodyRead(beast::error_code ec, std::size_t got)
    {
        if (!m_bodySink)
            return; // interrupted: abortBodyStream() already ended the request
        if (got > 0) {
            *m_rawBodyLeft -= std::min<std::uint64_t>(got, *m_rawBodyLeft);
            if (!deliverBody(m_rawTarget, got))
                return;
        }
        if (ec)
            return abortBodyStream();
        readRawBody();
    }

    // Hands body bytes to the sink; false when that ended the request (the answer is on its way).
    bool deliverBody(const char* data, std::size_t size)
    {
        m_bodyStreamed += size;
        if (m_bodyStreamed > m_bodyLimit) {
            (void)m_bodySink->finish(false);
            m_bodySink.reset();
            replyAndLinger(observeBodyStream(tooLarge(m_bodyParser->get().version(), m_bodyLimit)));
            return false;
        }
        if (auto written = m_bodySink->write(data, size); !written) {
            Response response = m_bodySink->finish(false);
            m_bodySink.reset();
            replyAndLinger(observeBodyStream(std::move(response)));
            return false;
        }
        return true;
    }

    void finishBodyStream()
    {
        m_rawBodyLeft.reset();
        auto response = std::make_shared<Response>(m_bodySink->finish(true));
        m_bodySink.reset();
        observeBodyStream(*response);
        logRequest(m_bodyParser->get(), response->result_int(), "streamed");
        m_bodyParser.reset();
        writeAndContinue(response);
    }

    // The body broke off (connection lost, timeout): the sink keeps what arrived, as tus
    // servers do, and the connection closes.
    void abortBodyStream()
    {
        if (m_bodySink) {
            Response outcome = m_bodySink->finish(false);
            m_bodySink.reset();
            // Nobody reads this answer, but what the request changed is still on record.
            observeBodyStream(outcome);
        }
        closeGracefully();
    }

    // Reports a streamed request's outcome to the router's observer (the audit log), once.
    Response observeBodyStream(Response response)
    {
        if (m_bodyRequest) {
            m_router.observe(*m_bodyRequest, m_bodyContext, m_bodyPattern, response);
            m_bodyRequest.reset();
        }
        return response;
    }

    void writeAndContinue(const std::shared_ptr<Response>& response)
    {
        lowest().expires_after(m_limits.readTimeout);
        http::async_write(
            m_stream, *response,
            [self = this->shared_from_this(), response](beast::error_code writeError, std::size_t) {
                if (writeError || !response->keep_alive())
                    return self->closeGracefully();
                self->readHeader();
            });
    }

    void logRequest(const http::request_header<>& header, unsigned status, const char* how) const
    {
        const std::string_view target = header.target();
        const std::string_view path = target.substr(0, target.find('?'));
        qCInfo(lcHttp).noquote() << QString::fromUtf8(std::string(header.method_string()).c_str())
                                 << QString::fromUtf8(std::string(path).c_str()) << status << how;
    }

    Response tooLarge(unsigned version, std::uint64_t limit) const
    {
        return problemResponse(version, false, http::status::payload_too_large, "too-large",
                               QStringLiteral("Request body too large"),
                               QStringLiteral("The limit for this request is %1 bytes").arg(limit));
    }

    Response tooLarge(unsigned version) const
    {
        return problemResponse(
            version, false, http::status::payload_too_large, "too-large",
            QStringLiteral("Request body too large"),
            QStringLiteral("The limit for this request is %1 bytes").arg(m_limits.maxBodyBytes));
    }

    // Answers, then half-closes and reads (and discards) what the client is still sending, so
    // that it sees the response instead of a reset (the "lingering close" of HTTP servers).
    void replyAndLinger(Response response)
    {
        auto shared = std::make_shared<Response>(std::move(response));
        shared->keep_alive(false);
        lowest().expires_after(std::chrono::seconds(10));
        http::async_write(
            m_stream, *shared,
            [self = this->shared_from_this(), shared](beast::error_code ec, std::size_t) {
                if (ec)
                    return self->closeGracefully();
                beast::error_code ignored;
                self->lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
                self->m_lingerBytes = 0;
                self->drain();
            });
    }

    void drain()
    {
        if (!m_drainBuffer)
            m_drainBuffer = std::make_unique<std::array<char, 64 * 1024>>();
        m_stream.async_read_some(
            asio::buffer(*m_drainBuffer),
            [self = this->shared_from_this()](beast::error_code ec, std::size_t n) {
                self->m_lingerBytes += n;
                // Give up after 64 MiB or any error (EOF included): enough for
                // honest clients.
                if (ec || self->m_lingerBytes > 64ULL * 1024 * 1024)
                    return self->closeGracefully();
                self->drain();
            });
    }

    void closeGracefully()
    {
        beast::error_code ec;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ec);
        lowest().close();
    }

    Stream m_stream;
    const Router& m_router;
    const HttpLimits& m_limits;
    const Authenticator& m_authenticator;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    std::optional<http::request_parser<http::buffer_body>> m_bodyParser;
    std::unique_ptr<BodySink> m_bodySink;
    std::optional<Request> m_bodyRequest; // header only, for the audit observer
    RequestContext m_bodyContext;
    std::string m_bodyPattern;
    std::vector<char> m_bodyBuffer;
    std::uint64_t m_bodyLimit = 0;
    std::uint64_t m_bodyStreamed = 0;
    std::optional<std::uint64_t> m_rawBodyLeft; // set while a Content-Length body is read raw
    const char* m_rawTarget = nullptr;          // where the raw read in flight goes
    std::string m_remote;
    // Allocated only when a connection lingers, so that idle connections stay small.
    std::unique_ptr<std::array<char, 64 * 1024>> m_drainBuffer;
    std::uint64_t m_lingerBytes = 0;
    bool m_firstRequest = true;
    // File body state (one response at a time on a connection).
    struct FileFd
    {
        int fd = -1;
        FileFd() = default;
        FileFd(const FileFd&) = delete;
        FileFd& operator=(const FileFd&) = delete;
        ~FileFd() { reset(); }
        void reset(int next = -1)
        {
            if (fd >= 0)
                ::close(fd);
            fd = next;
        }
    } m_file;
    std::uint64_t m_fileOffset = 0;
    std::uint64_t m_fileLeft = 0;
    bool m_fileKeepAlive = false;
    std::vector<char> m_fileBuffer;
    // Streaming state, touched only on the strand.
    std::deque<std::string> m_streamQueue;
    std::size_t m_streamQueued = 0;
    bool m_streamWriting = false;
    std::atomic_bool m_streamOpen{false};
    char m_streamProbeByte = 0;
};

} // namespace Server
