#include "core/admin/adminclient.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Admin {

namespace {

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Appends "name=value" for non-empty values.
void addQuery(QStringList& parts, const char* name, const QString& value)
{
    if (!value.isEmpty())
        parts.append(QLatin1String(name) + QLatin1Char('=') + encoded(value));
}

QString withQuery(const QString& path, const QStringList& parts)
{
    return parts.isEmpty() ? path : path + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

QString tenantPath(const QString& tenantId)
{
    return QStringLiteral("/v1/tenants/") + encoded(tenantId);
}

QString userPath(const QString& tenantId, const QString& userId)
{
    return tenantPath(tenantId) + QStringLiteral("/users/") + encoded(userId);
}

QByteArray jsonBytes(const QJsonObject& body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

Capabilities capabilitiesFromMe(const QJsonObject& me)
{
    Capabilities caps;
    caps.userId = me.value(QStringLiteral("id")).toString();
    caps.email = me.value(QStringLiteral("email")).toString();
    caps.tenantId = me.value(QStringLiteral("tenant_id")).toString();
    for (const QJsonValue& role : me.value(QStringLiteral("roles")).toArray())
        caps.roles.append(role.toString());
    return caps;
}

QString problemType(const Api::ApiResponse& response)
{
    const QString type = response.json().value(QStringLiteral("type")).toString();
    return type.mid(type.lastIndexOf(QLatin1Char('/')) + 1);
}

QString purgeDate(const QJsonObject& tenant)
{
    if (tenant.value(QStringLiteral("status")).toString() != QLatin1String("terminated"))
        return {};
    const QDate end =
        QDate::fromString(tenant.value(QStringLiteral("contract_end")).toString(), Qt::ISODate);
    return end.isValid() ? end.addDays(kPurgeAfterContractEndDays).toString(Qt::ISODate)
                         : QString();
}

QString usersPath(const QString& tenantId, const UserQuery& query, const QString& cursor, int limit)
{
    QStringList parts;
    addQuery(parts, "q", query.search.trimmed());
    addQuery(parts, "role", query.role);
    addQuery(parts, "status", query.status);
    addQuery(parts, "cursor", cursor);
    if (limit > 0)
        addQuery(parts, "limit", QString::number(limit));
    return withQuery(tenantPath(tenantId) + QStringLiteral("/users"), parts);
}

QString auditPath(const QString& base, const AuditQuery& query, const QString& cursor, int limit)
{
    QStringList parts;
    addQuery(parts, "tenant_id", query.tenantId);
    addQuery(parts, "actor", query.actor.trimmed());
    addQuery(parts, "action", query.action.trimmed());
    addQuery(parts, "outcome", query.outcome);
    addQuery(parts, "since", query.since);
    addQuery(parts, "until", query.until);
    addQuery(parts, "cursor", cursor);
    if (limit > 0)
        addQuery(parts, "limit", QString::number(limit));
    return withQuery(base, parts);
}

void AdminClient::get(const QString& path, QObject* guard, Done done)
{
    m_api.send("GET", path, {}, guard, std::move(done));
}

void AdminClient::post(const QString& path, const QJsonObject& body, QObject* guard, Done done,
                       Api::Creates creates)
{
    m_api.send("POST", path, jsonBytes(body), guard, std::move(done), creates);
}

void AdminClient::me(QObject* guard, Done done)
{
    get(QStringLiteral("/v1/me"), guard, std::move(done));
}

void AdminClient::users(const QString& tenantId, const UserQuery& query, const QString& cursor,
                        int limit, QObject* guard, Done done)
{
    get(usersPath(tenantId, query, cursor, limit), guard, std::move(done));
}

void AdminClient::inviteUser(const QString& tenantId, const QString& email, const QString& role,
                             const QString& displayName, QObject* guard, Done done)
{
    QJsonObject body{{QStringLiteral("email"), email.trimmed()}, {QStringLiteral("role"), role}};
    if (!displayName.trimmed().isEmpty())
        body.insert(QStringLiteral("display_name"), displayName.trimmed());
    post(tenantPath(tenantId) + QStringLiteral("/users"), body, guard, std::move(done),
         Api::Creates::Yes);
}

void AdminClient::createInviteLink(const QString& tenantId, const InviteLinkFields& fields,
                                   QObject* guard, Done done)
{
    QJsonObject body{{QStringLiteral("max_signups"), fields.maxSignups},
                     {QStringLiteral("role"), fields.role},
                     {QStringLiteral("requires_approval"), fields.requiresApproval}};
    if (fields.expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), fields.expiresAt.toUTC().toString(Qt::ISODate));
    post(tenantPath(tenantId) + QStringLiteral("/invite-links"), body, guard, std::move(done),
         Api::Creates::Yes);
}

void AdminClient::inviteLinks(const QString& tenantId, QObject* guard, Done done)
{
    get(tenantPath(tenantId) + QStringLiteral("/invite-links"), guard, std::move(done));
}

void AdminClient::revokeInviteLink(const QString& tenantId, const QString& linkId, QObject* guard,
                                   Done done)
{
    m_api.send("DELETE", tenantPath(tenantId) + QStringLiteral("/invite-links/") + encoded(linkId),
               {}, guard, std::move(done));
}

void AdminClient::signups(const QString& tenantId, const QString& status, QObject* guard, Done done)
{
    QStringList parts;
    addQuery(parts, "status", status);
    get(withQuery(tenantPath(tenantId) + QStringLiteral("/signups"), parts), guard,
        std::move(done));
}

void AdminClient::decideSignup(const QString& tenantId, const QString& signupId, bool approve,
                               QObject* guard, Done done)
{
    m_api.send("POST",
               tenantPath(tenantId) + QStringLiteral("/signups/") + encoded(signupId) +
                   (approve ? QStringLiteral("/approve") : QStringLiteral("/reject")),
               {}, guard, std::move(done));
}

void AdminClient::importUsers(const QString& tenantId, const QByteArray& csv, bool dryRun,
                              QObject* guard, Done done)
{
    m_api.send("POST",
               tenantPath(tenantId) + QStringLiteral("/users/import") +
                   (dryRun ? QStringLiteral("?dry_run=true") : QString()),
               csv, guard, std::move(done), Api::Creates::No, QByteArrayLiteral("text/csv"));
}

void AdminClient::exportUsers(const QString& tenantId, QObject* guard, Done done)
{
    get(tenantPath(tenantId) + QStringLiteral("/users/export"), guard, std::move(done));
}

void AdminClient::setUserEnabled(const QString& tenantId, const QString& userId, bool enabled,
                                 QObject* guard, Done done)
{
    m_api.send("POST",
               userPath(tenantId, userId) +
                   (enabled ? QStringLiteral("/enable") : QStringLiteral("/disable")),
               {}, guard, std::move(done));
}

void AdminClient::deleteUser(const QString& tenantId, const QString& userId, QObject* guard,
                             Done done)
{
    m_api.send("DELETE", userPath(tenantId, userId), {}, guard, std::move(done));
}

void AdminClient::resetPassword(const QString& tenantId, const QString& userId, QObject* guard,
                                Done done)
{
    m_api.send("POST", userPath(tenantId, userId) + QStringLiteral("/reset-password"), {}, guard,
               std::move(done));
}

void AdminClient::resetTotp(const QString& tenantId, const QString& userId, QObject* guard,
                            Done done)
{
    m_api.send("DELETE", userPath(tenantId, userId) + QStringLiteral("/totp"), {}, guard,
               std::move(done));
}

void AdminClient::changeRole(const QString& tenantId, const QString& userId, const QString& role,
                             QObject* guard, Done done)
{
    post(userPath(tenantId, userId) + QStringLiteral("/role"), {{QStringLiteral("role"), role}},
         guard, std::move(done));
}

void AdminClient::revokeUserSessions(const QString& tenantId, const QString& userId, QObject* guard,
                                     Done done)
{
    m_api.send("DELETE", userPath(tenantId, userId) + QStringLiteral("/sessions"), {}, guard,
               std::move(done));
}

void AdminClient::userSessions(const QString& tenantId, const QString& userId, QObject* guard,
                               Done done)
{
    get(userPath(tenantId, userId) + QStringLiteral("/sessions"), guard, std::move(done));
}

void AdminClient::roleRequests(const QString& tenantId, const QString& status, QObject* guard,
                               Done done)
{
    QStringList parts;
    addQuery(parts, "status", status);
    get(withQuery(tenantPath(tenantId) + QStringLiteral("/role-requests"), parts), guard,
        std::move(done));
}

void AdminClient::decideRoleRequest(const QString& tenantId, const QString& requestId, bool approve,
                                    const QString& reason, QObject* guard, Done done)
{
    post(tenantPath(tenantId) + QStringLiteral("/role-requests/") + encoded(requestId) +
             (approve ? QStringLiteral("/approve") : QStringLiteral("/reject")),
         {{QStringLiteral("reason"), reason.trimmed()}}, guard, std::move(done));
}

void AdminClient::mySessions(QObject* guard, Done done)
{
    get(QStringLiteral("/v1/me/sessions"), guard, std::move(done));
}

void AdminClient::revokeMySession(const QString& sessionId, QObject* guard, Done done)
{
    m_api.send("DELETE", QStringLiteral("/v1/me/sessions/") + encoded(sessionId), {}, guard,
               std::move(done));
}

void AdminClient::audit(const AuditQuery& query, const QString& cursor, int limit, QObject* guard,
                        Done done)
{
    get(auditPath(QStringLiteral("/v1/audit"), query, cursor, limit), guard, std::move(done));
}

void AdminClient::exportAudit(const AuditQuery& query, QObject* guard, Done done)
{
    get(auditPath(QStringLiteral("/v1/audit/export"), query, {}, 0), guard, std::move(done));
}

void AdminClient::verifyAudit(QObject* guard, Done done)
{
    get(QStringLiteral("/v1/audit/verify"), guard, std::move(done));
}

void AdminClient::tenants(const QString& cursor, int limit, QObject* guard, Done done)
{
    QStringList parts;
    addQuery(parts, "cursor", cursor);
    if (limit > 0)
        addQuery(parts, "limit", QString::number(limit));
    get(withQuery(QStringLiteral("/v1/tenants"), parts), guard, std::move(done));
}

void AdminClient::createTenant(const QJsonObject& fields, QObject* guard, Done done)
{
    post(QStringLiteral("/v1/tenants"), fields, guard, std::move(done), Api::Creates::Yes);
}

void AdminClient::updateTenant(const QString& tenantId, const QJsonObject& fields, QObject* guard,
                               Done done)
{
    m_api.send("PATCH", tenantPath(tenantId), jsonBytes(fields), guard, std::move(done));
}

void AdminClient::terminateTenant(const QString& tenantId, const QString& contractEnd,
                                  QObject* guard, Done done)
{
    QJsonObject body;
    if (!contractEnd.isEmpty())
        body.insert(QStringLiteral("contract_end"), contractEnd);
    post(tenantPath(tenantId) + QStringLiteral("/terminate"), body, guard, std::move(done));
}

} // namespace Admin
