// The status service's reads: the public Statuspage v2 documents, the operator views,
// time-to-first-notice and availability.
#include "server/statusrules.h"
#include "server/statusservice.h"
#include "server/statusutil.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Server {

using namespace StatusUtil;

namespace {

QJsonValue textOrNull(const Statement& s, int column)
{
    return s.columnIsNull(column) ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(qs(s.columnText(column)));
}

std::optional<long long> optionalInt(const Statement& s, int column)
{
    if (s.columnIsNull(column))
        return std::nullopt;
    return s.columnInt(column);
}

constexpr const char* kIncidentColumns =
    "id, kind, name, status, impact, draft, maintenance_type, detected_ms, first_notice_ms, "
    "scheduled_for_ms, scheduled_until_ms, started_ms, monitoring_ms, resolved_ms, created_ms, "
    "updated_ms, source";

} // namespace

QJsonObject StatusService::pageJson(Database& db)
{
    std::string pageId = "onestream";
    auto instance = db.prepare("SELECT instance_id FROM server_instance WHERE id = 1");
    if (instance && instance->step().valueOr(false))
        pageId = instance->columnText(0).substr(0, 12);
    long long updated = 0;
    auto latest = db.prepare("SELECT MAX(m) FROM (SELECT MAX(updated_ms) AS m FROM "
                             "status_components UNION ALL SELECT MAX(updated_ms) FROM "
                             "status_incidents)");
    if (latest && latest->step().valueOr(false))
        updated = latest->columnInt(0);
    return QJsonObject{{QStringLiteral("id"), qs(pageId)},
                       {QStringLiteral("name"), QStringLiteral("OneStream")},
                       {QStringLiteral("url"), m_pageUrl},
                       {QStringLiteral("time_zone"), QStringLiteral("Etc/UTC")},
                       {QStringLiteral("updated_at"), isoMs(updated)}};
}

QJsonObject StatusService::componentJson(Database& db, const std::string& id)
{
    auto s = db.prepare("SELECT id, name, description, position, group_id, is_group, status, "
                        "start_ms, created_ms, updated_ms FROM status_components WHERE id = ?");
    if (!s)
        return {};
    s->bind(1, id);
    if (!s->step().valueOr(false))
        return {};
    const QString pageId = pageJson(db).value(QLatin1String("id")).toString();
    const bool isGroup = s->columnInt(5) != 0;
    QString status = qs(s->columnText(6));
    QJsonObject json{
        {QStringLiteral("id"), qs(s->columnText(0))},
        {QStringLiteral("name"), qs(s->columnText(1))},
        {QStringLiteral("status"), status},
        {QStringLiteral("created_at"), isoMs(s->columnInt(8))},
        {QStringLiteral("updated_at"), isoMs(s->columnInt(9))},
        {QStringLiteral("position"), s->columnInt(3)},
        {QStringLiteral("description"), s->columnText(2).empty()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(qs(s->columnText(2)))},
        {QStringLiteral("showcase"), !isGroup},
        {QStringLiteral("start_date"),
         QDateTime::fromMSecsSinceEpoch(s->columnInt(7), Qt::UTC).date().toString(Qt::ISODate)},
        {QStringLiteral("group_id"), textOrNull(*s, 4)},
        {QStringLiteral("page_id"), pageId},
        {QStringLiteral("group"), isGroup},
        {QStringLiteral("only_show_if_degraded"), false}};
    if (isGroup) {
        QJsonArray children;
        int worst = 0;
        auto c = db.prepare(
            "SELECT id, status FROM status_components WHERE group_id = ? ORDER BY position, name");
        if (c) {
            c->bind(1, id);
            while (c->step().valueOr(false)) {
                children.append(qs(c->columnText(0)));
                const QString childStatus = qs(c->columnText(1));
                if (componentStatusRank(childStatus) > worst) {
                    worst = componentStatusRank(childStatus);
                    status = childStatus;
                }
            }
        }
        json.insert(QStringLiteral("components"), children);
        json.insert(QStringLiteral("status"), status); // a group shows its worst child
    }
    return json;
}

QJsonArray StatusService::componentsJson(Database& db)
{
    std::vector<std::string> ids;
    auto s = db.prepare("SELECT id FROM status_components ORDER BY position, name");
    if (s) {
        while (s->step().valueOr(false))
            ids.push_back(s->columnText(0));
    }
    QJsonArray components;
    for (const std::string& id : ids)
        components.append(componentJson(db, id));
    return components;
}

QJsonObject StatusService::incidentJson(Database& db, const std::string& id, bool operatorView)
{
    auto s = db.prepare(std::string("SELECT ") + kIncidentColumns +
                        " FROM status_incidents WHERE id = ?");
    if (!s)
        return {};
    s->bind(1, id);
    if (!s->step().valueOr(false))
        return {};
    const bool maintenance = s->columnText(1) == "maintenance";
    const QString pageId = pageJson(db).value(QLatin1String("id")).toString();
    const long long created = s->columnInt(14);
    QJsonObject json{
        {QStringLiteral("id"), qs(s->columnText(0))},
        {QStringLiteral("name"), qs(s->columnText(2))},
        {QStringLiteral("status"), qs(s->columnText(3))},
        {QStringLiteral("created_at"), isoMs(created)},
        {QStringLiteral("updated_at"), isoMs(s->columnInt(15))},
        {QStringLiteral("monitoring_at"), isoOrNull(optionalInt(*s, 12))},
        {QStringLiteral("resolved_at"), isoOrNull(optionalInt(*s, 13))},
        {QStringLiteral("impact"), qs(s->columnText(4))},
        {QStringLiteral("shortlink"),
         m_pageUrl + QStringLiteral("/incidents/") + qs(s->columnText(0))},
        {QStringLiteral("started_at"), isoOrNull(optionalInt(*s, 11).value_or(created))},
        {QStringLiteral("page_id"), pageId}};
    if (maintenance) {
        json.insert(QStringLiteral("scheduled_for"), isoOrNull(optionalInt(*s, 9)));
        json.insert(QStringLiteral("scheduled_until"), isoOrNull(optionalInt(*s, 10)));
    }
    if (operatorView) {
        const long long detected = optionalInt(*s, 7).value_or(created);
        const auto firstNotice = optionalInt(*s, 8);
        json.insert(QStringLiteral("draft"), s->columnInt(5) != 0);
        json.insert(QStringLiteral("source"), qs(s->columnText(16)));
        if (maintenance) {
            json.insert(QStringLiteral("type"), qs(s->columnText(6)));
        } else {
            const auto notice = StatusRules::timeToFirstNotice(detected, firstNotice, nowMs());
            json.insert(QStringLiteral("detected_at"), isoMs(detected));
            json.insert(QStringLiteral("first_notice_at"), isoOrNull(firstNotice));
            json.insert(QStringLiteral("time_to_first_notice_s"),
                        notice.elapsedMs ? QJsonValue(double(*notice.elapsedMs) / 1000.0)
                                         : QJsonValue(QJsonValue::Null));
            json.insert(QStringLiteral("first_notice_flagged"), notice.flagged);
        }
    }
    QJsonArray updates;
    auto u = db.prepare("SELECT id, status, body, created_ms FROM status_incident_updates WHERE "
                        "incident_id = ? ORDER BY created_ms DESC, rowid DESC");
    if (u) {
        u->bind(1, id);
        while (u->step().valueOr(false)) {
            const QString at = isoMs(u->columnInt(3));
            updates.append(
                QJsonObject{{QStringLiteral("id"), qs(u->columnText(0))},
                            {QStringLiteral("status"), qs(u->columnText(1))},
                            {QStringLiteral("body"), qs(u->columnText(2))},
                            {QStringLiteral("incident_id"), qs(id)},
                            {QStringLiteral("created_at"), at},
                            {QStringLiteral("updated_at"), at},
                            {QStringLiteral("display_at"), at},
                            {QStringLiteral("affected_components"), QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("deliver_notifications"), true},
                            {QStringLiteral("custom_tweet"), QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("tweet_id"), QJsonValue(QJsonValue::Null)}});
        }
    }
    json.insert(QStringLiteral("incident_updates"), updates);
    std::vector<std::string> componentIds;
    auto c =
        db.prepare("SELECT component_id FROM status_incident_components WHERE incident_id = ?");
    if (c) {
        c->bind(1, id);
        while (c->step().valueOr(false))
            componentIds.push_back(c->columnText(0));
    }
    QJsonArray components;
    for (const std::string& componentId : componentIds) {
        QJsonObject component = componentJson(db, componentId);
        if (!component.isEmpty())
            components.append(component);
    }
    json.insert(QStringLiteral("components"), components);
    return json;
}

QJsonArray StatusService::incidentsJson(Database& db, const std::string& where, bool operatorView)
{
    std::vector<std::string> ids;
    auto s = db.prepare("SELECT id FROM status_incidents WHERE " + where);
    if (s) {
        while (s->step().valueOr(false))
            ids.push_back(s->columnText(0));
    }
    QJsonArray incidents;
    for (const std::string& id : ids)
        incidents.append(incidentJson(db, id, operatorView));
    return incidents;
}

StatusReply StatusService::listIncidents(bool maintenance)
{
    return m_db.withLock([&](Database& db) {
        const std::string where = maintenance
                                      ? "kind = 'maintenance' ORDER BY scheduled_for_ms DESC"
                                      : "kind = 'incident' ORDER BY created_ms DESC LIMIT 200";
        return StatusReply::ok(
            QJsonObject{{maintenance ? QStringLiteral("maintenances") : QStringLiteral("incidents"),
                         incidentsJson(db, where, true)}});
    });
}

StatusReply StatusService::getIncident(const std::string& id)
{
    return m_db.withLock([&](Database& db) {
        QJsonObject json = incidentJson(db, id, true);
        if (json.isEmpty()) {
            return StatusReply::error(404, "not-found", QStringLiteral("Not found"),
                                      QStringLiteral("no incident %1").arg(qs(id)));
        }
        return StatusReply::ok(json);
    });
}

StatusReply StatusService::firstNoticeReport()
{
    return m_db.withLock([&](Database& db) {
        QJsonArray rows;
        int flagged = 0;
        for (const QJsonValue& value :
             incidentsJson(db, "kind = 'incident' ORDER BY detected_ms DESC LIMIT 500", true)) {
            const QJsonObject incident = value.toObject();
            const bool isFlagged = incident.value(QLatin1String("first_notice_flagged")).toBool();
            flagged += isFlagged ? 1 : 0;
            rows.append(QJsonObject{
                {QStringLiteral("id"), incident.value(QLatin1String("id"))},
                {QStringLiteral("name"), incident.value(QLatin1String("name"))},
                {QStringLiteral("detected_at"), incident.value(QLatin1String("detected_at"))},
                {QStringLiteral("first_notice_at"),
                 incident.value(QLatin1String("first_notice_at"))},
                {QStringLiteral("time_to_first_notice_s"),
                 incident.value(QLatin1String("time_to_first_notice_s"))},
                {QStringLiteral("flagged"), isFlagged}});
        }
        return StatusReply::ok(QJsonObject{
            {QStringLiteral("limit_s"), double(StatusRules::kFirstNoticeLimitMs) / 1000.0},
            {QStringLiteral("flagged_count"), flagged},
            {QStringLiteral("incidents"), rows}});
    });
}

StatusReply StatusService::listNotices(const std::optional<std::string>& tenantId)
{
    return m_db.withLock([&](Database& db) {
        QJsonArray notices;
        auto s = db.prepare(
            tenantId ? "SELECT id, kind, title, body, tenant_id, published_ms, effective_ms FROM "
                       "status_notices WHERE tenant_id IS NULL OR tenant_id = ? ORDER BY "
                       "published_ms DESC LIMIT 200"
                     : "SELECT id, kind, title, body, tenant_id, published_ms, effective_ms FROM "
                       "status_notices ORDER BY published_ms DESC LIMIT 200");
        if (s) {
            if (tenantId)
                s->bind(1, *tenantId);
            while (s->step().valueOr(false)) {
                notices.append(
                    QJsonObject{{QStringLiteral("id"), qs(s->columnText(0))},
                                {QStringLiteral("kind"), qs(s->columnText(1))},
                                {QStringLiteral("title"), qs(s->columnText(2))},
                                {QStringLiteral("body"), qs(s->columnText(3))},
                                {QStringLiteral("tenant_id"), textOrNull(*s, 4)},
                                {QStringLiteral("published_at"), isoMs(s->columnInt(5))},
                                {QStringLiteral("effective_at"), isoOrNull(optionalInt(*s, 6))}});
            }
        }
        return StatusReply::ok(QJsonObject{{QStringLiteral("notices"), notices}});
    });
}

StatusReply StatusService::availability(const QString& month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (month.size() != 7 || !first.isValid())
        return StatusReply::error(400, "invalid-status-request", QStringLiteral("Invalid request"),
                                  QStringLiteral("month must be YYYY-MM"));
    const long long monthStart = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const long long monthEnd =
        QDateTime(first.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const long long now = nowMs();
    const long long observedEnd = std::min(monthEnd, now);
    using StatusRules::Interval;
    return m_db.withLock([&](Database& db) {
        // Maintenance windows actually worked, per component ("" = every component).
        std::multimap<std::string, Interval> windows;
        auto m = db.prepare("SELECT i.id, i.started_ms, COALESCE(i.resolved_ms, ?), "
                            "c.component_id FROM status_incidents i LEFT JOIN "
                            "status_incident_components c ON c.incident_id = i.id WHERE "
                            "i.kind = 'maintenance' AND i.started_ms IS NOT NULL");
        if (m) {
            m->bind(1, now);
            while (m->step().valueOr(false)) {
                windows.emplace(m->columnIsNull(3) ? std::string() : m->columnText(3),
                                Interval{m->columnInt(1), m->columnInt(2)});
            }
        }
        QJsonArray components;
        double worst = 1.0;
        double worstBudget = 0;
        bool any = false;
        std::vector<std::pair<std::string, std::string>> list;
        auto c = db.prepare("SELECT id, name FROM status_components WHERE is_group = 0 ORDER BY "
                            "position, name");
        if (c) {
            while (c->step().valueOr(false))
                list.emplace_back(c->columnText(0), c->columnText(1));
        }
        for (const auto& [id, name] : list) {
            std::vector<StatusRules::StatusChange> history;
            auto h = db.prepare("SELECT at_ms, status FROM status_component_history WHERE "
                                "component_id = ? ORDER BY at_ms, seq");
            if (h) {
                h->bind(1, id);
                while (h->step().valueOr(false))
                    history.push_back({h->columnInt(0), qs(h->columnText(1))});
            }
            std::vector<Interval> excluded;
            for (const std::string& key : {id, std::string()}) {
                auto range = windows.equal_range(key);
                for (auto it = range.first; it != range.second; ++it)
                    excluded.push_back(it->second);
            }
            QJsonArray days;
            for (long long day = monthStart; day < observedEnd; day += StatusRules::kMsPerDay) {
                const auto a = StatusRules::availability(
                    history, Interval{day, std::min(day + StatusRules::kMsPerDay, observedEnd)},
                    excluded);
                if (a.eligibleMs == 0 && a.maintenanceMs == 0)
                    continue;
                days.append(QJsonObject{
                    {QStringLiteral("date"),
                     QDateTime::fromMSecsSinceEpoch(day, Qt::UTC).date().toString(Qt::ISODate)},
                    {QStringLiteral("availability"), a.ratio()},
                    {QStringLiteral("downtime_minutes"),
                     double(a.downMs) / double(StatusRules::kMsPerMinute)},
                    {QStringLiteral("maintenance_minutes"),
                     double(a.maintenanceMs) / double(StatusRules::kMsPerMinute)}});
            }
            const auto total =
                StatusRules::availability(history, Interval{monthStart, observedEnd}, excluded);
            const double budget = total.budgetLeftMinutes();
            if (total.eligibleMs > 0 && (!any || total.ratio() < worst)) {
                worst = total.ratio();
                worstBudget = budget;
                any = true;
            }
            components.append(QJsonObject{
                {QStringLiteral("id"), qs(id)},
                {QStringLiteral("name"), qs(name)},
                {QStringLiteral("availability"), total.ratio()},
                {QStringLiteral("observed_minutes"),
                 double(total.eligibleMs + total.maintenanceMs) /
                     double(StatusRules::kMsPerMinute)},
                {QStringLiteral("maintenance_minutes"),
                 double(total.maintenanceMs) / double(StatusRules::kMsPerMinute)},
                {QStringLiteral("downtime_minutes"),
                 double(total.downMs) / double(StatusRules::kMsPerMinute)},
                {QStringLiteral("error_budget_minutes"), (1.0 - StatusRules::kAvailabilityTarget) *
                                                             double(total.eligibleMs) /
                                                             double(StatusRules::kMsPerMinute)},
                {QStringLiteral("error_budget_left_minutes"), budget},
                {QStringLiteral("meets_target"), total.ratio() >= StatusRules::kAvailabilityTarget},
                {QStringLiteral("days"), days}});
        }
        return StatusReply::ok(
            QJsonObject{{QStringLiteral("month"), month},
                        {QStringLiteral("target"), StatusRules::kAvailabilityTarget},
                        {QStringLiteral("complete"), now >= monthEnd},
                        {QStringLiteral("availability"), worst},
                        {QStringLiteral("error_budget_left_minutes"), worstBudget},
                        {QStringLiteral("meets_target"), worst >= StatusRules::kAvailabilityTarget},
                        {QStringLiteral("components"), components}});
    });
}

QJsonObject StatusService::buildDocument(PublicDocument which)
{
    return m_db.withLock([&](Database& db) {
        QJsonObject doc{{QStringLiteral("page"), pageJson(db)}};
        const bool summary = which == PublicDocument::Summary;
        QJsonArray components;
        if (summary || which == PublicDocument::Components || which == PublicDocument::Status)
            components = componentsJson(db);
        const QJsonArray unresolved = incidentsJson(
            db, "kind = 'incident' AND draft = 0 AND status <> 'resolved' ORDER BY created_ms DESC",
            false);
        const QJsonArray upcomingOrActive = incidentsJson(
            db, "kind = 'maintenance' AND status <> 'completed' ORDER BY scheduled_for_ms", false);
        if (summary || which == PublicDocument::Components)
            doc.insert(QStringLiteral("components"), components);
        if (summary || which == PublicDocument::UnresolvedIncidents)
            doc.insert(QStringLiteral("incidents"), unresolved);
        if (which == PublicDocument::Incidents) {
            doc.insert(QStringLiteral("incidents"),
                       incidentsJson(db,
                                     "kind = 'incident' AND draft = 0 ORDER BY created_ms DESC "
                                     "LIMIT 50",
                                     false));
        }
        if (summary)
            doc.insert(QStringLiteral("scheduled_maintenances"), upcomingOrActive);
        if (which == PublicDocument::Maintenances) {
            doc.insert(QStringLiteral("scheduled_maintenances"),
                       incidentsJson(db,
                                     "kind = 'maintenance' ORDER BY scheduled_for_ms DESC LIMIT 50",
                                     false));
        }
        if (which == PublicDocument::UpcomingMaintenances) {
            doc.insert(QStringLiteral("scheduled_maintenances"),
                       incidentsJson(db,
                                     "kind = 'maintenance' AND status = 'scheduled' ORDER BY "
                                     "scheduled_for_ms",
                                     false));
        }
        if (which == PublicDocument::ActiveMaintenances) {
            doc.insert(QStringLiteral("scheduled_maintenances"),
                       incidentsJson(db,
                                     "kind = 'maintenance' AND status IN ('in_progress', "
                                     "'verifying') ORDER BY scheduled_for_ms",
                                     false));
        }
        if (summary || which == PublicDocument::Status) {
            // The indicator: the worst open incident's impact, raised by outages on components.
            int rank = 0;
            for (const QJsonValue& incident : unresolved)
                rank = std::max(
                    rank,
                    impactRank(incident.toObject().value(QLatin1String("impact")).toString()));
            for (const QJsonValue& component : components) {
                const int status = componentStatusRank(
                    component.toObject().value(QLatin1String("status")).toString());
                rank = std::max(rank, status == 4 ? 2 : status >= 2 ? 1 : 0);
            }
            bool maintenanceNow = false;
            for (const QJsonValue& m : upcomingOrActive) {
                const QString status = m.toObject().value(QLatin1String("status")).toString();
                maintenanceNow = maintenanceNow || status == QLatin1String("in_progress") ||
                                 status == QLatin1String("verifying");
            }
            static const char* kIndicators[] = {"none", "minor", "major", "critical"};
            static const char* kDescriptions[] = {"All Systems Operational", "Minor Service Outage",
                                                  "Partial System Outage", "Major System Outage"};
            rank = std::clamp(rank, 0, 3);
            doc.insert(
                QStringLiteral("status"),
                QJsonObject{{QStringLiteral("indicator"), QString::fromLatin1(kIndicators[rank])},
                            {QStringLiteral("description"),
                             rank == 0 && maintenanceNow
                                 ? QStringLiteral("Service Under Maintenance")
                                 : QString::fromLatin1(kDescriptions[rank])}});
        }
        if (summary) {
            // OneStream extension: notices to every tenant (clients of other pages ignore it).
            QJsonArray notices;
            auto s = db.prepare("SELECT id, kind, title, body, published_ms, effective_ms FROM "
                                "status_notices WHERE tenant_id IS NULL ORDER BY published_ms "
                                "DESC LIMIT 20");
            if (s) {
                while (s->step().valueOr(false)) {
                    notices.append(QJsonObject{
                        {QStringLiteral("id"), qs(s->columnText(0))},
                        {QStringLiteral("kind"), qs(s->columnText(1))},
                        {QStringLiteral("title"), qs(s->columnText(2))},
                        {QStringLiteral("body"), qs(s->columnText(3))},
                        {QStringLiteral("published_at"), isoMs(s->columnInt(4))},
                        {QStringLiteral("effective_at"), isoOrNull(optionalInt(*s, 5))}});
                }
            }
            doc.insert(QStringLiteral("notices"), notices);
        }
        return doc;
    });
}

PublicBody StatusService::publicDocument(PublicDocument which)
{
    const unsigned long long version = m_version.load();
    {
        std::lock_guard lock(m_cacheMutex);
        const auto it = m_cache.find(which);
        if (it != m_cache.end() && it->second.first == version)
            return it->second.second;
    }
    const QByteArray json = QJsonDocument(buildDocument(which)).toJson(QJsonDocument::Compact);
    PublicBody body;
    body.json.assign(json.constData(), static_cast<std::size_t>(json.size()));
    body.etag =
        "\"" +
        QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(32).toStdString() +
        "\"";
    std::lock_guard lock(m_cacheMutex);
    m_cache[which] = {version, body};
    return body;
}

} // namespace Server
