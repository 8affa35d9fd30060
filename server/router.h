#pragma once

// Maps (method, path template) to a handler. Unknown paths get 404, known paths with another
// method get 405 with an Allow header, and HEAD is answered by the GET handler without a body.

#include "server/http.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace Server {

using Handler = std::function<Response(const Request&, const RequestContext&)>;
// Sees every request a handler answered, with the route's pattern (the audit log uses it).
using DispatchObserver = std::function<void(const Request&, const RequestContext&,
                                            std::string_view pattern, const Response&)>;

class Router
{
public:
    // pattern: "/v1/users/{id}" — literal segments and {name} parameters.
    void add(http::verb method, std::string_view pattern, Handler handler);

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
};

// Splits "/a/b/" into {"a","b"}; the query string is ignored.
[[nodiscard]] std::vector<std::string> splitPath(std::string_view target);

} // namespace Server
