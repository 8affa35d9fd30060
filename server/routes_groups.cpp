// Member groups of a tenant (videos can be published to chosen groups only):
// GET/POST /v1/tenants/{tid}/groups, PATCH/DELETE /v1/tenants/{tid}/groups/{gid},
// GET /v1/tenants/{tid}/groups/{gid}/members, PUT/DELETE .../members/{uid}.
// Every member of the tenant may read groups; owners and admins manage them.
#include "server/authz.h"
#include "server/credentials.h"
#include "server/idempotency.h"
#include "server/identityroutes.h"
#include "server/sql.h"

#include <QJsonArray>

namespace Server {

namespace {

const RoleList kManagers = {"owner", "admin"};
const RoleList kMembers = {"owner", "admin", "editor", "uploader", "viewer"};
const RoleList kStaff = {"operator", "auditor"};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// {id, tenant_id, name, created_at, member_count} or nothing.
Core::Result<std::optional<QJsonObject>> findGroup(Database& db, const std::string& tenantId,
                                                   const std::string& groupId)
{
    return db.withLock([&](Database& locked) -> Core::Result<std::optional<QJsonObject>> {
        auto rows = sqlQuery(locked,
                             "SELECT g.id, g.name, g.created_at, (SELECT COUNT(*) FROM "
                             "member_group_users m WHERE m.group_id = g.id) FROM member_groups g "
                             "WHERE g.tenant_id = ?1 AND g.id = ?2",
                             {tenantId, groupId});
        if (!rows)
            return rows.error();
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value())
            return std::optional<QJsonObject>{};
        return std::optional<QJsonObject>{
            QJsonObject{{QStringLiteral("id"), qs(rows->columnText(0))},
                        {QStringLiteral("tenant_id"), qs(tenantId)},
                        {QStringLiteral("name"), qs(rows->columnText(1))},
                        {QStringLiteral("created_at"), qs(rows->columnText(2))},
                        {QStringLiteral("member_count"), rows->columnInt(3)}}};
    });
}

std::optional<std::string> groupName(const Request& request, std::optional<Response>& problem)
{
    const auto body = jsonBody(request);
    const QString name =
        body ? body->value(QStringLiteral("name")).toString().trimmed() : QString();
    if (name.isEmpty() || name.size() > 100) {
        problem = badRequest(request, QStringLiteral("name must be 1 to 100 characters"));
        return std::nullopt;
    }
    return name.toStdString();
}

Response nameTaken(const Request& request)
{
    return conflict(request, "group-name-taken",
                    QStringLiteral("the tenant already has a group with this name"));
}

} // namespace

void addGroupRoutes(Router& router, IdentityDeps deps)
{
    router.add(
        http::verb::get, "/v1/tenants/{tid}/groups",
        [deps](const Request& request, const RequestContext& context) {
            const std::string tenantId(context.param("tid"));
            if (auto denied = requireTenantRole(request, context, tenantId, kMembers, kStaff))
                return *denied;
            auto items = deps.db.withLock([&](Database& db) -> Core::Result<QJsonArray> {
                auto rows = sqlQuery(db,
                                     "SELECT g.id, g.name, g.created_at, (SELECT "
                                     "COUNT(*) FROM member_group_users m WHERE m.group_id "
                                     "= g.id) FROM member_groups g WHERE g.tenant_id = ?1 "
                                     "ORDER BY g.name",
                                     {tenantId});
                if (!rows)
                    return rows.error();
                QJsonArray list;
                while (true) {
                    auto row = rows->step();
                    if (!row)
                        return row.error();
                    if (!row.value())
                        break;
                    list.append(QJsonObject{{QStringLiteral("id"), qs(rows->columnText(0))},
                                            {QStringLiteral("tenant_id"), qs(tenantId)},
                                            {QStringLiteral("name"), qs(rows->columnText(1))},
                                            {QStringLiteral("created_at"), qs(rows->columnText(2))},
                                            {QStringLiteral("member_count"), rows->columnInt(3)}});
                }
                return list;
            });
            if (!items)
                return internalError(request, items.error().detail);
            return jsonResponse(request, http::status::ok,
                                QJsonObject{{QStringLiteral("items"), items.value()}});
        });

    router.add(http::verb::post, "/v1/tenants/{tid}/groups",
               idempotent(deps.db, [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   if (auto denied = requireTenantRole(request, context, tenantId, kManagers))
                       return *denied;
                   std::optional<Response> problem;
                   const auto name = groupName(request, problem);
                   if (!name)
                       return *problem;
                   const std::string id = "grp_" + randomHex();
                   auto created = deps.db.withLock([&](Database& db) -> Core::Result<bool> {
                       auto taken = sqlScalar(db,
                                              "SELECT COUNT(*) FROM member_groups WHERE "
                                              "tenant_id = ?1 AND name = ?2",
                                              {tenantId, *name});
                       if (!taken)
                           return taken.error();
                       if (taken.value() > 0)
                           return false;
                       if (auto inserted = sqlExec(db,
                                                   "INSERT INTO member_groups(id, tenant_id, name) "
                                                   "VALUES(?1, ?2, ?3)",
                                                   {id, tenantId, *name});
                           !inserted) {
                           return inserted.error();
                       }
                       return true;
                   });
                   if (!created)
                       return internalError(request, created.error().detail);
                   if (!created.value())
                       return nameTaken(request);
                   auto group = findGroup(deps.db, tenantId, id);
                   if (!group || !group.value())
                       return internalError(request, QStringLiteral("group vanished"));
                   return jsonResponse(request, http::status::created, *group.value());
               }));

    router.add(http::verb::patch, "/v1/tenants/{tid}/groups/{gid}",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   const std::string groupId(context.param("gid"));
                   if (auto denied = requireTenantRole(request, context, tenantId, kManagers))
                       return *denied;
                   std::optional<Response> problem;
                   const auto name = groupName(request, problem);
                   if (!name)
                       return *problem;
                   auto renamed = deps.db.withLock([&](Database& db) -> Core::Result<int> {
                       auto taken = sqlScalar(db,
                                              "SELECT COUNT(*) FROM member_groups WHERE "
                                              "tenant_id = ?1 AND name = ?2 AND id != ?3",
                                              {tenantId, *name, groupId});
                       if (!taken)
                           return taken.error();
                       if (taken.value() > 0)
                           return 409;
                       if (auto updated = sqlExec(db,
                                                  "UPDATE member_groups SET name = ?3 WHERE "
                                                  "tenant_id = ?1 AND id = ?2",
                                                  {tenantId, groupId, *name});
                           !updated) {
                           return updated.error();
                       }
                       return 200;
                   });
                   if (!renamed)
                       return internalError(request, renamed.error().detail);
                   if (renamed.value() == 409)
                       return nameTaken(request);
                   auto group = findGroup(deps.db, tenantId, groupId);
                   if (!group)
                       return internalError(request, group.error().detail);
                   if (!group.value())
                       return notFound(request);
                   return jsonResponse(request, http::status::ok, *group.value());
               });

    router.add(http::verb::delete_, "/v1/tenants/{tid}/groups/{gid}",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   const std::string groupId(context.param("gid"));
                   if (auto denied = requireTenantRole(request, context, tenantId, kManagers))
                       return *denied;
                   auto group = findGroup(deps.db, tenantId, groupId);
                   if (!group)
                       return internalError(request, group.error().detail);
                   if (!group.value())
                       return notFound(request);
                   if (auto deleted = deps.db.withLock([&](Database& db) {
                           return sqlExec(db, "DELETE FROM member_groups WHERE id = ?1", {groupId});
                       });
                       !deleted) {
                       return internalError(request, deleted.error().detail);
                   }
                   return noContent(request);
               });

    router.add(
        http::verb::get, "/v1/tenants/{tid}/groups/{gid}/members",
        [deps](const Request& request, const RequestContext& context) {
            const std::string tenantId(context.param("tid"));
            const std::string groupId(context.param("gid"));
            if (auto denied = requireTenantRole(request, context, tenantId, kMembers, kStaff))
                return *denied;
            auto group = findGroup(deps.db, tenantId, groupId);
            if (!group)
                return internalError(request, group.error().detail);
            if (!group.value())
                return notFound(request);
            auto items = deps.db.withLock([&](Database& db) -> Core::Result<QJsonArray> {
                auto rows = sqlQuery(db,
                                     "SELECT u.id, u.email, u.display_name FROM "
                                     "member_group_users m JOIN users u ON u.id = "
                                     "m.user_id WHERE m.group_id = ?1 ORDER BY u.email",
                                     {groupId});
                if (!rows)
                    return rows.error();
                QJsonArray list;
                while (true) {
                    auto row = rows->step();
                    if (!row)
                        return row.error();
                    if (!row.value())
                        break;
                    list.append(
                        QJsonObject{{QStringLiteral("id"), qs(rows->columnText(0))},
                                    {QStringLiteral("email"), qs(rows->columnText(1))},
                                    {QStringLiteral("display_name"), qs(rows->columnText(2))}});
                }
                return list;
            });
            if (!items)
                return internalError(request, items.error().detail);
            return jsonResponse(request, http::status::ok,
                                QJsonObject{{QStringLiteral("items"), items.value()}});
        });

    const auto membership = [deps](bool add) {
        return [deps, add](const Request& request, const RequestContext& context) {
            const std::string tenantId(context.param("tid"));
            const std::string groupId(context.param("gid"));
            const std::string userId(context.param("uid"));
            if (auto denied = requireTenantRole(request, context, tenantId, kManagers))
                return *denied;
            auto group = findGroup(deps.db, tenantId, groupId);
            if (!group)
                return internalError(request, group.error().detail);
            auto user = deps.identity.user(tenantId, userId);
            if (!user)
                return internalError(request, user.error().detail);
            if (!group.value() || !user.value())
                return notFound(request);
            auto changed = deps.db.withLock([&](Database& db) {
                return add ? sqlExec(db,
                                     "INSERT OR IGNORE INTO member_group_users(group_id, user_id) "
                                     "VALUES(?1, ?2)",
                                     {groupId, userId})
                           : sqlExec(db,
                                     "DELETE FROM member_group_users WHERE group_id = ?1 AND "
                                     "user_id = ?2",
                                     {groupId, userId});
            });
            if (!changed)
                return internalError(request, changed.error().detail);
            return noContent(request);
        };
    };
    router.add(http::verb::put, "/v1/tenants/{tid}/groups/{gid}/members/{uid}", membership(true));
    router.add(http::verb::delete_, "/v1/tenants/{tid}/groups/{gid}/members/{uid}",
               membership(false));
}

} // namespace Server
