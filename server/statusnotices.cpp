// The status service's writes: notices, the inbox and monitor probes.
#include "server/statusservice.h"

#include "server/statusdelivery.h"
#include "server/statusdetail.h"
#include "server/statusrules.h"
#include "server/statusutil.h"

#include <QJsonArray>

namespace Server {

using namespace StatusUtil;
using namespace StatusDetail;

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
