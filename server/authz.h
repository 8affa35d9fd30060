#pragma once

// Authorisation helpers for route handlers (deny by default, DESIGN.md §5). Each returns
// nothing when the request may go on, or the problem+json response to send instead:
//
//     if (auto denied = requireRole(request, context, {"operator"}))
//         return *denied;
//
// 401 when there is no valid access token, 403 when the principal lacks the role, and 404 when
// the principal belongs to another tenant (so that tenant B cannot even learn that a resource
// of tenant A exists).

#include "server/http.h"

#include <QJsonObject>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace Server {

using RoleList = std::initializer_list<std::string_view>;

// 401 unless the request carried a valid access token.
[[nodiscard]] std::optional<Response> requireSignedIn(const Request& request,
                                                      const RequestContext& context);
// 401 when anonymous; 403 unless the principal holds one of roles.
[[nodiscard]] std::optional<Response> requireRole(const Request& request,
                                                  const RequestContext& context, RoleList roles);
// For resources of tenantId: members of that tenant need one of tenantRoles (else 403);
// platform staff need one of platformRoles (else 403); anyone else gets 404.
[[nodiscard]] std::optional<Response>
requireTenantRole(const Request& request, const RequestContext& context, std::string_view tenantId,
                  RoleList tenantRoles, RoleList platformRoles = {});

// The request body as a JSON object; nothing when it is not one.
[[nodiscard]] std::optional<QJsonObject> jsonBody(const Request& request);
// A query-string parameter ("" when absent), percent-decoded.
[[nodiscard]] std::string queryParam(const Request& request, std::string_view name);

// Common problems.
[[nodiscard]] Response badRequest(const Request& request, const QString& detail);
[[nodiscard]] Response notFound(const Request& request, const QString& detail = {});
[[nodiscard]] Response conflict(const Request& request, std::string_view slug,
                                const QString& detail);
[[nodiscard]] Response internalError(const Request& request, const QString& logDetail);
[[nodiscard]] Response noContent(const Request& request);

} // namespace Server
