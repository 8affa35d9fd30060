// The status service's writes: incidents and maintenance.
#include "server/statusservice.h"

#include "server/statusdelivery.h"
#include "server/statusdetail.h"
#include "server/statusrules.h"
#include "server/statusutil.h"

#include <QJsonArray>

namespace Server {

using namespace StatusUtil;
using namespace StatusDetail;

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

} // namespace Server
