// The status service's writes: components (incidents and maintenance are in statusincidents.cpp,
// notices, the inbox and probes in statusnotices.cpp).
#include "server/statusservice.h"

#include "server/statusdelivery.h"
#include "server/statusdetail.h"
#include "server/statusrules.h"
#include "server/statusutil.h"

#include <QJsonArray>

namespace Server {

using namespace StatusUtil;
using namespace StatusDetail;

StatusReply StatusReply::ok(QJsonObject body, int status)
{
    StatusReply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
}

StatusReply StatusReply::error(int status, std::string slug, QString title, QString detail)
{
    StatusReply reply;
    reply.status = status;
    reply.slug = std::move(slug);
    reply.title = std::move(title);
    reply.detail = std::move(detail);
    return reply;
}

StatusService::StatusService(Database& db, EventHub& hub, QString pageUrl)
    : m_db(db), m_hub(hub), m_pageUrl(std::move(pageUrl))
{}

void StatusService::changed()
{
    ++m_version;
}

Core::Status StatusService::ensureBuiltins()
{
    static const struct
    {
        const char* monitor;
        const char* name;
        const char* description;
    } kBuiltins[] = {
        {"database", "Database", "The service database (metadata, accounts, status)"},
        {"storage", "Object storage", "Stored video objects"},
        {"upload", "Upload endpoint", "Resumable uploads (tus)"},
    };
    return m_db.withLock([&](Database& db) -> Core::Status {
        int position = 100;
        for (const auto& builtin : kBuiltins) {
            ++position;
            if (exists(db, "SELECT 1 FROM status_components WHERE monitor = ?", builtin.monitor))
                continue;
            const long long now = nowMs();
            const std::string id = newId();
            if (auto inserted = run(db,
                                    "INSERT INTO status_components(id, name, description, "
                                    "position, status, monitor, start_ms, created_ms, updated_ms) "
                                    "VALUES (?, ?, ?, ?, 'operational', ?, ?, ?, ?)",
                                    [&](Statement& s) {
                                        s.bind(1, id)
                                            .bind(2, builtin.name)
                                            .bind(3, builtin.description)
                                            .bind(4, position)
                                            .bind(5, builtin.monitor)
                                            .bind(6, now)
                                            .bind(7, now)
                                            .bind(8, now);
                                    });
                !inserted) {
                return inserted;
            }
            if (auto history = run(db,
                                   "INSERT INTO status_component_history(component_id, status, "
                                   "at_ms) VALUES (?, 'operational', ?)",
                                   [&](Statement& s) { s.bind(1, id).bind(2, now); });
                !history) {
                return history;
            }
        }
        changed();
        return {};
    });
}

bool StatusService::setComponentStatus(Database& db, const std::string& id, const QString& status,
                                       long long atMs)
{
    auto current = db.prepare("SELECT status FROM status_components WHERE id = ?");
    if (!current)
        return false;
    current->bind(1, id);
    if (!current->step().valueOr(false))
        return false;
    if (qs(current->columnText(0)) == status)
        return true;
    const bool updated =
        run(db, "UPDATE status_components SET status = ?, updated_ms = ? WHERE id = ?",
            [&](Statement& s) { s.bind(1, ss(status)).bind(2, atMs).bind(3, id); })
            .ok();
    return updated && run(db,
                          "INSERT INTO status_component_history(component_id, status, at_ms) "
                          "VALUES (?, ?, ?)",
                          [&](Statement& s) { s.bind(1, id).bind(2, ss(status)).bind(3, atMs); })
                          .ok();
}

StatusReply StatusService::applyComponentStatuses(Database& db, const QJsonObject& statuses,
                                                  long long atMs, QJsonArray* affected)
{
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        const QString status = it.value().toString();
        if (!isComponentStatus(status))
            return badInput(
                QStringLiteral("component %1: unknown status \"%2\"").arg(it.key(), status));
        auto last = db.prepare("SELECT COALESCE(MAX(at_ms), 0) FROM status_component_history "
                               "WHERE component_id = ?");
        if (!last)
            return databaseError(last.error());
        last->bind(1, ss(it.key()));
        if (last->step().valueOr(false) && last->columnInt(0) > atMs) {
            return badInput(
                QStringLiteral("component %1 already has a later status change").arg(it.key()));
        }
        if (!setComponentStatus(db, ss(it.key()), status, atMs))
            return notFound(QStringLiteral("no component %1").arg(it.key()));
        if (affected)
            affected->append(it.key());
    }
    return StatusReply::ok({});
}

StatusReply StatusService::listComponents()
{
    return m_db.withLock([&](Database& db) {
        return StatusReply::ok(QJsonObject{{QStringLiteral("components"), componentsJson(db)}});
    });
}

StatusReply StatusService::createComponent(const QJsonObject& body, const Actor& actor)
{
    const QString name = body.value(QLatin1String("name")).toString().trimmed();
    if (name.isEmpty() || name.size() > 200)
        return badInput(QStringLiteral("name is required (at most 200 characters)"));
    const QString status =
        body.value(QLatin1String("status")).toString(QStringLiteral("operational"));
    if (!isComponentStatus(status))
        return badInput(QStringLiteral("unknown component status \"%1\"").arg(status));
    const long long now = nowMs();
    std::optional<long long> start = now;
    if (body.contains(QLatin1String("start_date"))) {
        start = parseIso(body.value(QLatin1String("start_date")));
        if (!start || *start > now)
            return badInput(QStringLiteral("start_date must be an ISO 8601 time with an offset, "
                                           "not in the future"));
    }
    const QString groupId = body.value(QLatin1String("group_id")).toString();
    const bool isGroup = body.value(QLatin1String("group")).toBool();
    const std::string id = newId();
    StatusReply reply = m_db.withLock([&](Database& db) -> StatusReply {
        if (!groupId.isEmpty() &&
            !exists(db, "SELECT 1 FROM status_components WHERE id = ? AND is_group = 1",
                    ss(groupId))) {
            return badInput(QStringLiteral("group_id %1 is not a component group").arg(groupId));
        }
        Transaction transaction(db);
        auto inserted = run(
            db,
            "INSERT INTO status_components(id, name, description, position, group_id, is_group, "
            "status, start_ms, created_ms, updated_ms, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [&](Statement& s) {
                s.bind(1, id)
                    .bind(2, ss(name))
                    .bind(3, ss(body.value(QLatin1String("description")).toString()))
                    .bind(4, body.value(QLatin1String("position")).toInteger());
                if (groupId.isEmpty())
                    s.bindNull(5);
                else
                    s.bind(5, ss(groupId));
                s.bind(6, isGroup ? 1 : 0)
                    .bind(7, ss(status))
                    .bind(8, *start)
                    .bind(9, now)
                    .bind(10, now)
                    .bind(11, actor.userId);
            });
        if (!inserted)
            return databaseError(inserted.error());
        if (auto history =
                run(db,
                    "INSERT INTO status_component_history(component_id, status, at_ms) "
                    "VALUES (?, ?, ?)",
                    [&](Statement& s) { s.bind(1, id).bind(2, ss(status)).bind(3, *start); });
            !history) {
            return databaseError(history.error());
        }
        if (!transaction.commit())
            return StatusReply::error(500, "database", QStringLiteral("Database error"));
        return StatusReply::ok(componentJson(db, id), 201);
    });
    if (!reply.isError()) {
        changed();
        m_hub.publish("component.created", {}, reply.body);
    }
    return reply;
}

StatusReply StatusService::updateComponent(const std::string& id, const QJsonObject& body,
                                           const Actor&)
{
    const long long now = nowMs();
    std::optional<long long> at = now;
    if (body.contains(QLatin1String("at"))) {
        at = parseIso(body.value(QLatin1String("at")));
        if (!at || *at > now)
            return badInput(QStringLiteral("at must be an ISO 8601 time with an offset, not in "
                                           "the future"));
    }
    StatusReply reply = m_db.withLock([&](Database& db) -> StatusReply {
        if (!exists(db, "SELECT 1 FROM status_components WHERE id = ?", id))
            return notFound(QStringLiteral("no component %1").arg(qs(id)));
        Transaction transaction(db);
        if (body.contains(QLatin1String("name"))) {
            const QString name = body.value(QLatin1String("name")).toString().trimmed();
            if (name.isEmpty())
                return badInput(QStringLiteral("name must not be empty"));
            (void)run(db, "UPDATE status_components SET name = ? WHERE id = ?",
                      [&](Statement& s) { s.bind(1, ss(name)).bind(2, id); });
        }
        if (body.contains(QLatin1String("description"))) {
            (void)run(
                db, "UPDATE status_components SET description = ? WHERE id = ?", [&](Statement& s) {
                    s.bind(1, ss(body.value(QLatin1String("description")).toString())).bind(2, id);
                });
        }
        if (body.contains(QLatin1String("position"))) {
            (void)run(db, "UPDATE status_components SET position = ? WHERE id = ?",
                      [&](Statement& s) {
                          s.bind(1, body.value(QLatin1String("position")).toInteger()).bind(2, id);
                      });
        }
        if (body.contains(QLatin1String("status"))) {
            StatusReply applied = applyComponentStatuses(
                db, QJsonObject{{qs(id), body.value(QLatin1String("status"))}}, *at, nullptr);
            if (applied.isError())
                return applied;
        }
        if (!transaction.commit())
            return StatusReply::error(500, "database", QStringLiteral("Database error"));
        return StatusReply::ok(componentJson(db, id));
    });
    if (!reply.isError()) {
        changed();
        m_hub.publish("component.updated", {}, reply.body);
    }
    return reply;
}

} // namespace Server
