#include "server/http.h"

#include "core/version.h"

#include <QJsonDocument>

#include <algorithm>

namespace Server {

std::string_view RequestContext::param(std::string_view name) const
{
    const auto it = params.find(name);
    return it == params.end() ? std::string_view{} : std::string_view{it->second};
}

bool Principal::hasRole(std::string_view role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

Response jsonResponse(unsigned version, bool keepAlive, http::status status, const QByteArray& json)
{
    Response response{status, version};
    response.set(http::field::server, kServerHeader);
    response.set(http::field::content_type, "application/json");
    response.set(http::field::cache_control, "no-store");
    response.keep_alive(keepAlive);
    response.body().assign(json.constData(), static_cast<std::size_t>(json.size()));
    response.prepare_payload();
    return response;
}

Response jsonResponse(const Request& request, http::status status, const QJsonObject& body)
{
    return jsonResponse(request.version(), request.keep_alive(), status,
                        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Response problemResponse(unsigned version, bool keepAlive, http::status status,
                         std::string_view slug, const QString& title, const QString& detail,
                         const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("type"),
                QString::fromUtf8(std::string(kProblemBase).append(slug).c_str()));
    body.insert(QStringLiteral("title"), title);
    body.insert(QStringLiteral("status"), static_cast<int>(status));
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    Response response = jsonResponse(version, keepAlive, status,
                                     QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.set(http::field::content_type, "application/problem+json");
    return response;
}

Response problemResponse(const Request& request, http::status status, std::string_view slug,
                         const QString& title, const QString& detail, const QJsonObject& extra)
{
    return problemResponse(request.version(), request.keep_alive(), status, slug, title, detail,
                           extra);
}

} // namespace Server
