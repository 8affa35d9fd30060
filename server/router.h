#pragma once

// Maps (method, path template) to a handler. Unknown paths get 404, known paths with another
// method get 405 with an Allow header, and HEAD is answered by the GET handler without a body.

#include "core/result.h"
#include "server/http.h"

#include <cstdint>
#include <memory>

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace Server {

using Handler = std::function<Response(const Request&, const RequestContext&)>;
// Sees every request a handler answered, with the route's pattern (the audit log uses it).
using DispatchObserver = std::function<void(const Request&, const RequestContext&,
                                            std::string_view pattern, const Response&)>;

// Request-body streaming (uploads): instead of a whole body in memory, a sink receives it in
// bounded pieces as it arrives. The stream handler decides from the header alone.
class BodySink
{
public:
    virtual ~BodySink() = default;
    // A piece of the body; an error stops reading and finish(false) follows.
    [[nodiscard]] virtual Core::Status write(const char* data, std::size_t size) = 0;
    // Where the engine may read the next piece of the body (write() then gets a prefix of it),
    // so that a sink keeping the bytes (to hash them on another thread) need not copy them.
    // Empty: the engine reads into a buffer of its own.
    [[nodiscard]] virtual std::span<char> bodyBuffer() { return {}; }
    // complete: the whole body arrived. Otherwise the connection broke, timed out, a write
    // failed or the limit was hit; the response is sent when the connection still works.
    [[nodiscard]] virtual Response finish(bool complete) = 0;
    // The engine hands over a way to break the request off (it closes the connection; finish
    // (false) follows on the connection's thread). A sink may use it to free a stale lock.
    virtual void setInterrupter(std::function<void()> interrupt) { (void)interrupt; }
};

struct StreamStart
{
    std::unique_ptr<BodySink> sink; // null: answer `reply` without reading the body
    std::optional<Response> reply;
    std::uint64_t maxBodyBytes = 0; // hard limit for this request's body
};

// nullopt: not a streaming request after all; the route's ordinary handler gets it.
using StreamHandler =
    std::function<std::optional<StreamStart>(const Request& header, const RequestContext&)>;

class Router
{
public:
    // pattern: "/v1/users/{id}" — literal segments and {name} parameters.
    void add(http::verb method, std::string_view pattern, Handler handler);
    // A route whose body is streamed to a sink (see BodySink).
    void addStreaming(http::verb method, std::string_view pattern, StreamHandler handler);
    [[nodiscard]] bool hasStreamingRoutes() const { return !m_streamRoutes.empty(); }
    // The stream handler for a request header, with the path parameters filled into context.
    // pattern, when given, receives the matched route's pattern (for the observer).
    [[nodiscard]] const StreamHandler* matchStreaming(http::verb method, std::string_view target,
                                                      RequestContext& context,
                                                      std::string* pattern = nullptr) const;
    // Streamed requests never pass through dispatch(): the session reports their outcome here
    // so that the observer (the audit log) sees every request, uploads included.
    void observe(const Request& header, const RequestContext& context, std::string_view pattern,
                 const Response& response) const;

    struct Match
    {
        const Handler* handler = nullptr; // null: see allowed
        std::string_view pattern;         // of the matched route
        RequestContext context;
        std::vector<http::verb> allowed; // methods the path supports (for 405 Allow)
        bool pathKnown = false;
    };
    [[nodiscard]] Match match(http::verb method, std::string_view target) const;

    // Dispatches a complete request: handler result, 404 or 405 (problem+json).
    [[nodiscard]] Response dispatch(const Request& request, RequestContext context) const;

    // Set before serving; called after each handled request (not for the router's 404/405).
    void setObserver(DispatchObserver observer) { m_observer = std::move(observer); }

    // Every registered (method, pattern), for the OpenAPI conformance test.
    [[nodiscard]] std::vector<std::pair<http::verb, std::string>> routes() const;

private:
    struct Route
    {
        http::verb method;
        std::string pattern;
        std::vector<std::string> segments;
        Handler handler;
    };
    std::vector<Route> m_routes;
    DispatchObserver m_observer;
    struct StreamRoute
    {
        std::string pattern;
        http::verb method;
        std::vector<std::string> segments;
        StreamHandler handler;
    };
    std::vector<StreamRoute> m_streamRoutes;
};

// Splits "/a/b/" into {"a","b"}; the query string is ignored.
[[nodiscard]] std::vector<std::string> splitPath(std::string_view target);

} // namespace Server
