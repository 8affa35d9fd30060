#pragma once

// The server's HTTP vocabulary: Beast request/response types, JSON and RFC 9457 problem
// helpers shared by every route file.

#include "server/httpstream.h"

#include <boost/beast/http.hpp>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Server {

namespace http = boost::beast::http;

using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

// The authenticated person behind a request (filled by the server's Authenticator from the
// bearer token). Every action is attributable to one named person: there is no anonymous or
// shared principal.
struct Principal
{
    std::string userId;
    std::string tenantId; // empty for platform staff (operator, auditor)
    std::string email;
    std::vector<std::string> roles; // operator, auditor, owner, admin, editor, uploader, viewer
    std::string sessionId;
    [[nodiscard]] bool hasRole(std::string_view role) const;
};

// What a handler gets besides the request: path parameters, the peer address and, when the
// request carried a valid access token, the principal.
struct RequestContext
{
    std::map<std::string, std::string, std::less<>> params; // "{id}" segments
    std::string remoteAddress;
    std::optional<Principal> principal;
    // Set by the engine; a handler that fills stream->onOpen keeps the connection open as a
    // response stream after its (head-only) response (server/httpstream.h).
    std::shared_ptr<StreamRequest> stream;
    [[nodiscard]] std::string_view param(std::string_view name) const;
};

[[nodiscard]] Response jsonResponse(const Request& request, http::status status,
                                    const QJsonObject& body);
[[nodiscard]] Response jsonResponse(unsigned version, bool keepAlive, http::status status,
                                    const QByteArray& json);

// RFC 9457 application/problem+json. type is a short slug appended to our problem base URI
// ("https://onestream.example.jp/problems/<slug>"); extra members are merged in.
[[nodiscard]] Response problemResponse(unsigned version, bool keepAlive, http::status status,
                                       std::string_view slug, const QString& title,
                                       const QString& detail = {}, const QJsonObject& extra = {});
[[nodiscard]] Response problemResponse(const Request& request, http::status status,
                                       std::string_view slug, const QString& title,
                                       const QString& detail = {}, const QJsonObject& extra = {});

inline constexpr std::string_view kProblemBase = "https://onestream.example.jp/problems/";
inline constexpr std::string_view kServerHeader = "onestream-server";

} // namespace Server
