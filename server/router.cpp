#include "server/router.h"

#include <algorithm>

namespace Server {

std::vector<std::string> splitPath(std::string_view target)
{
    const auto query = target.find('?');
    if (query != std::string_view::npos)
        target = target.substr(0, query);
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= target.size()) {
        const auto slash = target.find('/', start);
        const auto end = slash == std::string_view::npos ? target.size() : slash;
        if (end > start)
            segments.emplace_back(target.substr(start, end - start));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return segments;
}

void Router::add(http::verb method, std::string_view pattern, Handler handler)
{
    m_routes.push_back(Route{method, std::string(pattern), splitPath(pattern), std::move(handler)});
}

void Router::addStreaming(http::verb method, std::string_view pattern, StreamHandler handler)
{
    m_streamRoutes.push_back(
        StreamRoute{std::string(pattern), method, splitPath(pattern), std::move(handler)});
}

const StreamHandler* Router::matchStreaming(http::verb method, std::string_view target,
                                            RequestContext& context, std::string* pattern) const
{
    if (m_streamRoutes.empty())
        return nullptr;
    const std::vector<std::string> segments = splitPath(target);
    for (const StreamRoute& route : m_streamRoutes) {
        if (route.method != method || route.segments.size() != segments.size())
            continue;
        std::map<std::string, std::string, std::less<>> params;
        bool same = true;
        for (std::size_t i = 0; i < segments.size() && same; ++i) {
            const std::string& expected = route.segments[i];
            if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}')
                params.emplace(expected.substr(1, expected.size() - 2), segments[i]);
            else
                same = expected == segments[i];
        }
        if (same) {
            context.params.merge(params);
            if (pattern)
                *pattern = route.pattern;
            return &route.handler;
        }
    }
    return nullptr;
}

Router::Match Router::match(http::verb method, std::string_view target) const
{
    const std::vector<std::string> segments = splitPath(target);
    Match result;
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        RequestContext context;
        bool same = true;
        for (std::size_t i = 0; i < segments.size() && same; ++i) {
            const std::string& expected = route.segments[i];
            if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}')
                context.params.emplace(expected.substr(1, expected.size() - 2), segments[i]);
            else
                same = expected == segments[i];
        }
        if (!same)
            continue;
        result.pathKnown = true;
        result.allowed.push_back(route.method);
        if (route.method == http::verb::get)
            result.allowed.push_back(http::verb::head);
        const bool methodMatches = route.method == method ||
                                   (method == http::verb::head && route.method == http::verb::get);
        if (methodMatches && result.handler == nullptr) {
            result.handler = &route.handler;
            result.pattern = route.pattern;
            result.context = std::move(context);
        }
    }
    return result;
}

Response Router::dispatch(const Request& request, RequestContext context) const
{
    Match found = match(request.method(), request.target());
    if (found.handler == nullptr) {
        if (!found.pathKnown) {
            return problemResponse(
                request, http::status::not_found, "not-found", QStringLiteral("Not found"),
                QStringLiteral("No resource at %1")
                    .arg(QString::fromUtf8(request.target().data(),
                                           static_cast<qsizetype>(request.target().size()))));
        }
        std::string allow;
        std::sort(found.allowed.begin(), found.allowed.end());
        found.allowed.erase(std::unique(found.allowed.begin(), found.allowed.end()),
                            found.allowed.end());
        for (http::verb verb : found.allowed) {
            if (!allow.empty())
                allow += ", ";
            allow += http::to_string(verb);
        }
        Response response = problemResponse(
            request, http::status::method_not_allowed, "method-not-allowed",
            QStringLiteral("Method not allowed"),
            QStringLiteral("%1 is not supported here; use %2")
                .arg(QString::fromUtf8(std::string(request.method_string()).c_str()),
                     QString::fromUtf8(allow.c_str())));
        response.set(http::field::allow, allow);
        return response;
    }
    context.params.merge(found.context.params);
    Response response = (*found.handler)(request, context);
    if (m_observer)
        m_observer(request, context, found.pattern, response);
    if (request.method() == http::verb::head) {
        const auto length = response.body().size();
        response.body().clear();
        response.content_length(length);
    }
    return response;
}

void Router::observe(const Request& header, const RequestContext& context, std::string_view pattern,
                     const Response& response) const
{
    if (m_observer)
        m_observer(header, context, pattern, response);
}

std::vector<std::pair<http::verb, std::string>> Router::routes() const
{
    std::vector<std::pair<http::verb, std::string>> out;
    out.reserve(m_routes.size() + m_streamRoutes.size());
    for (const Route& route : m_routes)
        out.emplace_back(route.method, route.pattern);
    for (const StreamRoute& route : m_streamRoutes)
        out.emplace_back(route.method, route.pattern);
    return out;
}

} // namespace Server
