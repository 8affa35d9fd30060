#include "server/authz.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAuthz, "onestream.server.authz")

namespace Server {

namespace {

bool holdsAny(const Principal& principal, RoleList roles)
{
    return std::any_of(roles.begin(), roles.end(),
                       [&](std::string_view role) { return principal.hasRole(role); });
}

Response forbidden(const Request& request)
{
    return problemResponse(request, http::status::forbidden, "forbidden",
                           QStringLiteral("Forbidden"),
                           QStringLiteral("your role does not allow this action"));
}

} // namespace

std::optional<Response> requireSignedIn(const Request& request, const RequestContext& context)
{
    if (context.principal)
        return std::nullopt;
    Response response = problemResponse(request, http::status::unauthorized, "unauthorized",
                                        QStringLiteral("Unauthorized"),
                                        QStringLiteral("a valid access token is required"));
    response.set(http::field::www_authenticate, "Bearer realm=\"onestream\"");
    return response;
}

std::optional<Response> requireRole(const Request& request, const RequestContext& context,
                                    RoleList roles)
{
    if (auto anonymous = requireSignedIn(request, context))
        return anonymous;
    if (holdsAny(*context.principal, roles))
        return std::nullopt;
    return forbidden(request);
}

std::optional<Response> requireTenantRole(const Request& request, const RequestContext& context,
                                          std::string_view tenantId, RoleList tenantRoles,
                                          RoleList platformRoles)
{
    if (auto anonymous = requireSignedIn(request, context))
        return anonymous;
    const Principal& principal = *context.principal;
    if (principal.tenantId.empty()) // platform staff
        return holdsAny(principal, platformRoles) ? std::nullopt
                                                  : std::optional<Response>(forbidden(request));
    if (principal.tenantId != tenantId)
        return notFound(request);
    return holdsAny(principal, tenantRoles) ? std::nullopt
                                            : std::optional<Response>(forbidden(request));
}

std::optional<QJsonObject> jsonBody(const Request& request)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray(request.body().data(), static_cast<qsizetype>(request.body().size())), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::string queryParam(const Request& request, std::string_view name)
{
    const std::string_view target = request.target();
    const std::size_t question = target.find('?');
    if (question == std::string_view::npos)
        return {};
    const QUrlQuery query(QString::fromUtf8(target.substr(question + 1).data(),
                                            static_cast<qsizetype>(target.size() - question - 1)));
    return query
        .queryItemValue(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())),
                        QUrl::FullyDecoded)
        .toStdString();
}

Response badRequest(const Request& request, const QString& detail)
{
    return problemResponse(request, http::status::bad_request, "bad-request",
                           QStringLiteral("Bad request"), detail);
}

Response notFound(const Request& request, const QString& detail)
{
    return problemResponse(request, http::status::not_found, "not-found",
                           QStringLiteral("Not found"), detail);
}

Response conflict(const Request& request, std::string_view slug, const QString& detail)
{
    return problemResponse(request, http::status::conflict, slug, QStringLiteral("Conflict"),
                           detail);
}

Response internalError(const Request& request, const QString& logDetail)
{
    qCWarning(lcAuthz) << "internal error:" << logDetail;
    return problemResponse(request, http::status::internal_server_error, "internal",
                           QStringLiteral("Internal server error"));
}

Response noContent(const Request& request)
{
    Response response{http::status::no_content, request.version()};
    response.set(http::field::server, kServerHeader);
    response.keep_alive(request.keep_alive());
    response.prepare_payload();
    return response;
}

} // namespace Server
