// The status service's writes: components, incidents, maintenance, notices and monitor probes.
#include "server/statusservice.h"

#include "server/statusdelivery.h"
#include "server/statusrules.h"
#include "server/statusutil.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStatusService, "onestream.server.status")

namespace Server {

using namespace StatusUtil;

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

namespace {

StatusReply badInput(const QString& detail)
{
    return StatusReply::error(400, "invalid-status-request", QStringLiteral("Invalid request"),
                              detail);
}

StatusReply notFound(const QString& what)
{
    return StatusReply::error(404, "not-found", QStringLiteral("Not found"), what);
}

StatusReply databaseError(const Core::Error& error)
{
    qCWarning(lcStatusService) << "database:" << error.detail;
    return StatusReply::error(500, "database", QStringLiteral("Database error"));
}

// BEGIN IMMEDIATE .. COMMIT, rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(Database& db) : m_db(db), m_ok(db.exec("BEGIN IMMEDIATE").ok()) {}
    ~Transaction()
    {
        if (m_ok && !m_done)
            (void)m_db.exec("ROLLBACK");
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    [[nodiscard]] bool begun() const { return m_ok; }
    [[nodiscard]] bool commit()
    {
        m_done = true;
        return m_db.exec("COMMIT").ok();
    }

private:
    Database& m_db;
    bool m_ok;
    bool m_done = false;
};

// Runs a statement that returns no rows.
Core::Status run(Database& db, std::string_view sql,
                 const std::function<void(Statement&)>& bind = {})
{
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    if (bind)
        bind(*statement);
    auto stepped = statement->step();
    if (!stepped)
        return stepped.error();
    return {};
}

bool exists(Database& db, std::string_view sql, const std::string& id)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return false;
    statement->bind(1, id);
    return statement->step().valueOr(false);
}

// Links a component to an incident or maintenance; linking twice is harmless.
void linkComponent(Database& db, const std::string& incidentId, const std::string& componentId)
{
    (void)run(db,
              "INSERT OR IGNORE INTO status_incident_components(incident_id, component_id) "
              "VALUES (?, ?)",
              [&](Statement& s) { s.bind(1, incidentId).bind(2, componentId); });
}

// Appends one entry to an incident's or maintenance's public timeline.
void appendTimeline(Database& db, const std::string& incidentId, const QString& status,
                    const QString& text, const std::string& actorId, long long atMs)
{
    (void)run(db,
              "INSERT INTO status_incident_updates(id, incident_id, status, body, created_by, "
              "created_ms) VALUES (?, ?, ?, ?, ?, ?)",
              [&](Statement& s) {
                  s.bind(1, newId())
                      .bind(2, incidentId)
                      .bind(3, ss(status))
                      .bind(4, ss(text))
                      .bind(5, actorId)
                      .bind(6, atMs);
              });
}

} // namespace

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

StatusReply StatusService::createIncident(const QJsonObject& body, const Actor& actor)
{
    const QString name = body.value(QLatin1String("name")).toString().trimmed();
    const QString status =
        body.value(QLatin1String("status")).toString(QStringLiteral("investigating"));
    const QString impact = body.value(QLatin1String("impact")).toString(QStringLiteral("minor"));
    const QString text = body.value(QLatin1String("body")).toString().trimmed();
    const bool draft = body.value(QLatin1String("draft")).toBool();
    if (name.isEmpty() || name.size() > 300)
        return badInput(QStringLiteral("name is required (at most 300 characters)"));
    if (!isIncidentStatus(status) || status == QLatin1String("resolved"))
        return badInput(QStringLiteral("status must be investigating, identified or monitoring"));
    if (!isImpact(impact))
        return badInput(QStringLiteral("impact must be none, minor, major or critical"));
    if (!draft && text.isEmpty())
        return badInput(QStringLiteral("body (the first public update) is required unless draft"));
    const long long now = nowMs();
    std::optional<long long> detected = now;
    if (body.contains(QLatin1String("detected_at"))) {
        detected = parseIso(body.value(QLatin1String("detected_at")));
        if (!detected || *detected > now)
            return badInput(QStringLiteral("detected_at must be an ISO 8601 time with an offset, "
                                           "not in the future"));
    }
    const QJsonObject statuses = body.value(QLatin1String("components")).toObject();
    const std::string id = newId();
    StatusReply reply = m_db.withLock([&](Database& db) -> StatusReply {
        Transaction transaction(db);
        auto inserted =
            run(db,
                "INSERT INTO status_incidents(id, kind, name, status, impact, draft, "
                "detected_ms, first_notice_ms, source, created_by, created_ms, "
                "updated_ms, started_ms) VALUES (?, 'incident', ?, ?, ?, ?, ?, ?, "
                "'operator', ?, ?, ?, ?)",
                [&](Statement& s) {
                    s.bind(1, id)
                        .bind(2, ss(name))
                        .bind(3, ss(status))
                        .bind(4, ss(impact))
                        .bind(5, draft ? 1 : 0)
                        .bind(6, *detected);
                    if (draft)
                        s.bindNull(7);
                    else
                        s.bind(7, now);
                    s.bind(8, actor.userId).bind(9, now).bind(10, now).bind(11, *detected);
                });
        if (!inserted)
            return databaseError(inserted.error());
        QJsonArray affected;
        StatusReply applied = applyComponentStatuses(db, statuses, now, &affected);
        if (applied.isError())
            return applied;
        for (const QJsonValue& value : body.value(QLatin1String("component_ids")).toArray())
            affected.append(value);
        for (const QJsonValue& value : affected) {
            if (!exists(db, "SELECT 1 FROM status_components WHERE id = ?", ss(value.toString()))) {
                return notFound(QStringLiteral("no component %1").arg(value.toString()));
            }
            linkComponent(db, id, ss(value.toString()));
        }
        if (!draft) {
            appendTimeline(db, id, status, text, actor.userId, now);
        }
        if (!draft) {
            auto delivered = enqueueDelivery(db,
                                             Delivery{"incident", id,
                                                      QStringLiteral("%1 (%2)").arg(name, status),
                                                      text, std::nullopt},
                                             m_mail, now);
            if (!delivered)
                return databaseError(delivered.error());
        }
        if (!transaction.commit())
            return StatusReply::error(500, "database", QStringLiteral("Database error"));
        return StatusReply::ok(incidentJson(db, id, true), 201);
    });
    if (!reply.isError()) {
        changed();
        m_hub.publish(draft ? "incident.draft" : "incident.created", draft ? "@staff" : "",
                      reply.body);
        if (!draft && m_mail && m_mailWake)
            m_mailWake();
    }
    return reply;
}

StatusReply StatusService::addIncidentUpdate(const std::string& id, const QJsonObject& body,
                                             const Actor& actor)
{
    const QString status = body.value(QLatin1String("status")).toString();
    const QString text = body.value(QLatin1String("body")).toString().trimmed();
    const QString impact = body.value(QLatin1String("impact")).toString();
    if (!isIncidentStatus(status))
        return badInput(
            QStringLiteral("status must be investigating, identified, monitoring or resolved"));
    if (text.isEmpty())
        return badInput(QStringLiteral("body is required"));
    if (!impact.isEmpty() && !isImpact(impact))
        return badInput(QStringLiteral("impact must be none, minor, major or critical"));
    const long long now = nowMs();
    bool wasDraft = false;
    StatusReply reply = m_db.withLock([&](Database& db) -> StatusReply {
        auto current = db.prepare("SELECT status, draft FROM status_incidents WHERE id = ? AND "
                                  "kind = 'incident'");
        if (!current)
            return databaseError(current.error());
        current->bind(1, id);
        if (!current->step().valueOr(false))
            return notFound(QStringLiteral("no incident %1").arg(qs(id)));
        if (current->columnText(0) == "resolved")
            return StatusReply::error(409, "incident-resolved",
                                      QStringLiteral("Incident already resolved"));
        wasDraft = current->columnInt(1) != 0;
        Transaction transaction(db);
        const bool resolved = status == QLatin1String("resolved");
        auto updated = run(
            db,
            "UPDATE status_incidents SET status = ?, impact = COALESCE(NULLIF(?, ''), impact), "
            "draft = 0, first_notice_ms = COALESCE(first_notice_ms, ?), updated_ms = ?, "
            "monitoring_ms = CASE WHEN ? = 'monitoring' THEN COALESCE(monitoring_ms, ?) ELSE "
            "monitoring_ms END, resolved_ms = CASE WHEN ? THEN ? ELSE resolved_ms END WHERE id = ?",
            [&](Statement& s) {
                s.bind(1, ss(status))
                    .bind(2, ss(impact))
                    .bind(3, now)
                    .bind(4, now)
                    .bind(5, ss(status))
                    .bind(6, now)
                    .bind(7, resolved ? 1 : 0)
                    .bind(8, now)
                    .bind(9, id);
            });
        if (!updated)
            return databaseError(updated.error());
        QJsonArray affected;
        StatusReply applied = applyComponentStatuses(
            db, body.value(QLatin1String("components")).toObject(), now, &affected);
        if (applied.isError())
            return applied;
        for (const QJsonValue& value : affected) {
            linkComponent(db, id, ss(value.toString()));
        }
        appendTimeline(db, id, status, text, actor.userId, now);
        QString incidentName;
        if (auto named = db.prepare("SELECT name FROM status_incidents WHERE id = ?")) {
            named->bind(1, id);
            if (named->step().valueOr(false))
                incidentName = qs(named->columnText(0));
        }
        auto delivered = enqueueDelivery(
            db,
            Delivery{"incident", id, QStringLiteral("%1 (%2)").arg(incidentName, status), text,
                     std::nullopt},
            m_mail, now);
        if (!delivered)
            return databaseError(delivered.error());
        if (!transaction.commit())
            return StatusReply::error(500, "database", QStringLiteral("Database error"));
        return StatusReply::ok(incidentJson(db, id, true), 201);
    });
    if (!reply.isError()) {
        changed();
        const char* type = status == QLatin1String("resolved") ? "incident.resolved"
                           : wasDraft                          ? "incident.created"
                                                               : "incident.updated";
        m_hub.publish(type, {}, reply.body);
        if (m_mail && m_mailWake)
            m_mailWake();
    }
    return reply;
}

StatusReply StatusService::scheduleMaintenance(const QJsonObject& body, const Actor& actor)
{
    const QString name = body.value(QLatin1String("name")).toString().trimmed();
    const QString text = body.value(QLatin1String("body")).toString().trimmed();
    const QString type = body.value(QLatin1String("type")).toString(QStringLiteral("planned"));
    const auto from = parseIso(body.value(QLatin1String("scheduled_for")));
    const auto until = parseIso(body.value(QLatin1String("scheduled_until")));
    if (name.isEmpty() || name.size() > 300)
        return badInput(QStringLiteral("name is required (at most 300 characters)"));
    if (type != QLatin1String("planned") && type != QLatin1String("emergency"))
        return badInput(QStringLiteral("type must be planned or emergency"));
    if (!from || !until || *until <= *from)
        return badInput(QStringLiteral("scheduled_for and scheduled_until are required ISO 8601 "
                                       "times with offsets, and until must follow for"));
    const long long now = nowMs();
    const std::string id = newId();
    StatusReply reply = m_db.withLock([&](Database& db) -> StatusReply {
        Transaction transaction(db);
        auto inserted = run(db,
                            "INSERT INTO status_incidents(id, kind, name, status, impact, "
                            "maintenance_type, detected_ms, first_notice_ms, scheduled_for_ms, "
                            "scheduled_until_ms, source, created_by, created_ms, updated_ms) "
                            "VALUES (?, 'maintenance', ?, 'scheduled', 'maintenance', ?, ?, ?, "
                            "?, ?, 'operator', ?, ?, ?)",
                            [&](Statement& s) {
                                s.bind(1, id)
                                    .bind(2, ss(name))
                                    .bind(3, ss(type))
                                    .bind(4, now)
                                    .bind(5, now)
                                    .bind(6, *from)
                                    .bind(7, *until)
                                    .bind(8, actor.userId)
                                    .bind(9, now)
                                    .bind(10, now);
                            });
        if (!inserted)
            return databaseError(inserted.error());
        for (const QJsonValue& value : body.value(QLatin1String("component_ids")).toArray()) {
            if (!exists(db, "SELECT 1 FROM status_components WHERE id = ?", ss(value.toString()))) {
                return notFound(QStringLiteral("no component %1").arg(value.toString()));
            }
            linkComponent(db, id, ss(value.toString()));
        }
        appendTimeline(db, id, QStringLiteral("scheduled"), text.isEmpty() ? name : text,
                       actor.userId, now);
        if (!transaction.commit())
            return StatusReply::error(500, "database", QStringLiteral("Database error"));
        return StatusReply::ok(incidentJson(db, id, true), 201);
    });
    if (!reply.isError()) {
        changed();
        m_hub.publish("maintenance.scheduled", {}, reply.body);
    }
    return reply;
}

StatusReply StatusService::addMaintenanceUpdate(const std::string& id, const QJsonObject& body,
                                                const Actor& actor)
{
    const QString status = body.value(QLatin1String("status")).toString();
    if (!isMaintenanceStatus(status) || status == QLatin1String("scheduled"))
        return badInput(QStringLiteral("status must be in_progress, verifying or completed"));
    const long long now = nowMs();
    std::optional<long long> at = now;
    if (body.contains(QLatin1String("at"))) {
        at = parseIso(body.value(QLatin1String("at")));
        if (!at || *at > now)
            return badInput(QStringLiteral("at must be an ISO 8601 time with an offset, not in "
                                           "the future"));
    }
    static const QStringList kOrder{QStringLiteral("scheduled"), QStringLiteral("in_progress"),
                                    QStringLiteral("verifying"), QStringLiteral("completed")};
    StatusReply reply = m_db.withLock([&](Database& db) -> StatusReply {
        auto current = db.prepare("SELECT status, COALESCE(resolved_ms, started_ms, 0) FROM "
                                  "status_incidents WHERE id = ? AND kind = 'maintenance'");
        if (!current)
            return databaseError(current.error());
        current->bind(1, id);
        if (!current->step().valueOr(false))
            return notFound(QStringLiteral("no maintenance %1").arg(qs(id)));
        const QString from = qs(current->columnText(0));
        if (kOrder.indexOf(status) <= kOrder.indexOf(from)) {
            return StatusReply::error(
                409, "maintenance-transition", QStringLiteral("Maintenance cannot go back"),
                QStringLiteral("maintenance is %1; cannot become %2").arg(from, status));
        }
        if (current->columnInt(1) > *at)
            return badInput(QStringLiteral("at is before the maintenance's previous step"));
        Transaction transaction(db);
        const bool starting =
            status == QLatin1String("in_progress") ||
            (status != QLatin1String("completed") && from == QLatin1String("scheduled"));
        const bool completing = status == QLatin1String("completed");
        auto updated = run(db,
                           "UPDATE status_incidents SET status = ?, updated_ms = ?, "
                           "started_ms = CASE WHEN started_ms IS NULL AND ? THEN ? ELSE "
                           "started_ms END, resolved_ms = CASE WHEN ? THEN ? ELSE resolved_ms "
                           "END WHERE id = ?",
                           [&](Statement& s) {
                               s.bind(1, ss(status))
                                   .bind(2, now)
                                   .bind(3, (starting || completing) ? 1 : 0)
                                   .bind(4, *at)
                                   .bind(5, completing ? 1 : 0)
                                   .bind(6, *at)
                                   .bind(7, id);
                           });
        if (!updated)
            return databaseError(updated.error());
        // The affected components are under maintenance while it runs.
        QJsonObject statuses;
        auto components =
            db.prepare("SELECT component_id FROM status_incident_components WHERE incident_id = ?");
        if (components) {
            components->bind(1, id);
            while (components->step().valueOr(false)) {
                if (starting)
                    statuses.insert(qs(components->columnText(0)),
                                    QStringLiteral("under_maintenance"));
                else if (completing)
                    statuses.insert(qs(components->columnText(0)), QStringLiteral("operational"));
            }
        }
        StatusReply applied = applyComponentStatuses(db, statuses, *at, nullptr);
        if (applied.isError())
            return applied;
        const QString text = body.value(QLatin1String("body")).toString().trimmed();
        appendTimeline(db, id, status,
                       text.isEmpty()
                           ? QStringLiteral("Maintenance %1.")
                                 .arg(QString(status).replace(QLatin1Char('_'), QLatin1Char(' ')))
                           : text,
                       actor.userId, *at);
        if (!transaction.commit())
            return StatusReply::error(500, "database", QStringLiteral("Database error"));
        return StatusReply::ok(incidentJson(db, id, true), 201);
    });
    if (!reply.isError()) {
        changed();
        m_hub.publish(status == QLatin1String("completed") ? "maintenance.completed"
                                                           : "maintenance.updated",
                      {}, reply.body);
    }
    return reply;
}

StatusReply StatusService::publishNotice(const QJsonObject& body, const Actor& actor)
{
    const QString kindText = body.value(QLatin1String("kind")).toString();
    const auto kind = StatusRules::parseNoticeKind(kindText);
    const QString title = body.value(QLatin1String("title")).toString().trimmed();
    const QString text = body.value(QLatin1String("body")).toString().trimmed();
    const QString tenant = body.value(QLatin1String("tenant_id")).toString();
    if (kind == StatusRules::NoticeKind::Invalid)
        return badInput(QStringLiteral("kind must be general, sla_change or service_end"));
    if (title.isEmpty() || title.size() > 300 || text.isEmpty())
        return badInput(QStringLiteral("title (at most 300 characters) and body are required"));
    std::optional<long long> effective;
    if (body.contains(QLatin1String("effective_at"))) {
        effective = parseIso(body.value(QLatin1String("effective_at")));
        if (!effective)
            return badInput(QStringLiteral("effective_at must be an ISO 8601 time with an "
                                           "offset"));
    }
    const long long now = nowMs();
    if (const auto violation = StatusRules::noticeLeadViolation(kind, now, effective)) {
        const long long lead = kind == StatusRules::NoticeKind::SlaChange
                                   ? StatusRules::kSlaChangeLeadDays
                                   : StatusRules::kServiceEndLeadDays;
        StatusReply refused = StatusReply::error(
            422, "notice-lead-time", QStringLiteral("Notice period too short"), *violation);
        refused.body = QJsonObject{
            {QStringLiteral("required_lead_days"), lead},
            {QStringLiteral("earliest_effective_at"), isoMs(now + lead * StatusRules::kMsPerDay)}};
        return refused;
    }
    const std::string id = newId();
    QJsonObject notice{
        {QStringLiteral("id"), qs(id)},
        {QStringLiteral("kind"), QString::fromLatin1(StatusRules::noticeKindName(kind))},
        {QStringLiteral("title"), title},
        {QStringLiteral("body"), text},
        {QStringLiteral("tenant_id"),
         tenant.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tenant)},
        {QStringLiteral("published_at"), isoMs(now)},
        {QStringLiteral("effective_at"), isoOrNull(effective)}};
    StatusReply reply = m_db.withLock([&](Database& db) -> StatusReply {
        Transaction transaction(db);
        auto inserted = run(db,
                            "INSERT INTO status_notices(id, kind, title, body, tenant_id, "
                            "published_ms, effective_ms, created_by) VALUES (?, ?, ?, ?, ?, ?, "
                            "?, ?)",
                            [&](Statement& s) {
                                s.bind(1, id)
                                    .bind(2, StatusRules::noticeKindName(kind))
                                    .bind(3, ss(title))
                                    .bind(4, ss(text));
                                if (tenant.isEmpty())
                                    s.bindNull(5);
                                else
                                    s.bind(5, ss(tenant));
                                s.bind(6, now);
                                if (effective)
                                    s.bind(7, *effective);
                                else
                                    s.bindNull(7);
                                s.bind(8, actor.userId);
                            });
        if (!inserted)
            return databaseError(inserted.error());
        auto delivered = enqueueDelivery(
            db,
            Delivery{"notice", id, title, text,
                     tenant.isEmpty() ? std::nullopt : std::optional<std::string>(ss(tenant))},
            m_mail, now);
        if (!delivered)
            return databaseError(delivered.error());
        if (!transaction.commit())
            return StatusReply::error(500, "database", QStringLiteral("Database error"));
        return StatusReply::ok(notice, 201);
    });
    if (!reply.isError()) {
        changed();
        m_hub.publish("notice.published", ss(tenant), notice);
        if (m_mail && m_mailWake)
            m_mailWake();
    }
    return reply;
}

StatusReply StatusService::inbox(const std::string& userId)
{
    return m_db.withLock([&](Database& db) {
        QJsonArray items;
        int unread = 0;
        auto s = db.prepare("SELECT id, kind, ref_id, title, body, created_ms, read_ms FROM "
                            "status_inbox WHERE user_id = ? ORDER BY created_ms DESC, rowid DESC "
                            "LIMIT 200");
        if (s) {
            s->bind(1, userId);
            while (s->step().valueOr(false)) {
                const bool read = !s->columnIsNull(6);
                unread += read ? 0 : 1;
                items.append(QJsonObject{{QStringLiteral("id"), qs(s->columnText(0))},
                                         {QStringLiteral("kind"), qs(s->columnText(1))},
                                         {QStringLiteral("ref_id"), qs(s->columnText(2))},
                                         {QStringLiteral("title"), qs(s->columnText(3))},
                                         {QStringLiteral("body"), qs(s->columnText(4))},
                                         {QStringLiteral("created_at"), isoMs(s->columnInt(5))},
                                         {QStringLiteral("read"), read}});
            }
        }
        return StatusReply::ok(
            QJsonObject{{QStringLiteral("unread"), unread}, {QStringLiteral("items"), items}});
    });
}

StatusReply StatusService::markRead(const std::string& userId, const std::string& itemId)
{
    return m_db.withLock([&](Database& db) {
        auto s = db.prepare("UPDATE status_inbox SET read_ms = COALESCE(read_ms, ?) WHERE id = ? "
                            "AND user_id = ?");
        if (!s)
            return databaseError(s.error());
        s->bind(1, nowMs()).bind(2, itemId).bind(3, userId);
        if (auto done = s->step(); !done)
            return databaseError(done.error());
        auto changes = db.prepare("SELECT changes()");
        if (!changes || !changes->step().valueOr(false) || changes->columnInt(0) == 0)
            return notFound(QStringLiteral("no inbox item %1").arg(qs(itemId)));
        return StatusReply::ok(
            QJsonObject{{QStringLiteral("id"), qs(itemId)}, {QStringLiteral("read"), true}});
    });
}

void StatusService::recordProbe(const std::string& monitor, bool healthy, const QString& detail,
                                long long atMs)
{
    QJsonObject draftJson;
    QJsonObject componentBody;
    const bool changedNow = m_db.withLock([&](Database& db) -> bool {
        auto component =
            db.prepare("SELECT id, name, status FROM status_components WHERE monitor = ?");
        if (!component)
            return false;
        component->bind(1, monitor);
        if (!component->step().valueOr(false))
            return false;
        const std::string id = component->columnText(0);
        const QString name = qs(component->columnText(1));
        const QString current = qs(component->columnText(2));
        if (current == QLatin1String("under_maintenance"))
            return false; // planned work: the monitor does not override the operator
        const QString wanted =
            healthy ? QStringLiteral("operational") : QStringLiteral("major_outage");
        if (current == wanted)
            return false;
        Transaction transaction(db);
        if (!setComponentStatus(db, id, wanted, atMs))
            return false;
        if (!healthy && !exists(db,
                                "SELECT 1 FROM status_incidents WHERE source = 'monitor:' || ? "
                                "AND status <> 'resolved'",
                                monitor)) {
            const std::string incident = newId();
            (void)run(db,
                      "INSERT INTO status_incidents(id, kind, name, status, impact, draft, "
                      "detected_ms, source, created_by, created_ms, updated_ms, started_ms) "
                      "VALUES (?, 'incident', ?, 'investigating', 'major', 1, ?, 'monitor:' || "
                      "?, 'monitor', ?, ?, ?)",
                      [&](Statement& s) {
                          s.bind(1, incident)
                              .bind(2, ss(QStringLiteral("%1 failing").arg(name)))
                              .bind(3, atMs)
                              .bind(4, monitor)
                              .bind(5, atMs)
                              .bind(6, atMs)
                              .bind(7, atMs);
                      });
            (void)run(db,
                      "INSERT INTO status_incident_components(incident_id, component_id) "
                      "VALUES (?, ?)",
                      [&](Statement& s) { s.bind(1, incident).bind(2, id); });
            draftJson = incidentJson(db, incident, true);
            draftJson.insert(QStringLiteral("probe_detail"), detail);
        }
        if (!transaction.commit())
            return false;
        componentBody = componentJson(db, id);
        return true;
    });
    if (!changedNow)
        return;
    qCWarning(lcStatusService).noquote()
        << "monitor" << qs(monitor) << (healthy ? "recovered" : "failing:") << detail;
    changed();
    m_hub.publish("component.updated", {}, componentBody);
    if (!draftJson.isEmpty())
        m_hub.publish("incident.draft", "@staff", draftJson);
}

} // namespace Server
