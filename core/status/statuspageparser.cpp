#include "core/status/statuspageparser.h"

#include "core/status/plaintext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Status {

namespace {

QString str(const QJsonObject& object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

QDateTime time(const QJsonObject& object, QLatin1String key)
{
    return parseTimestamp(str(object, key));
}

QString trimmedHead(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes.left(200)).simplified().left(80);
}

Component parseComponent(const QJsonObject& object)
{
    Component component;
    component.id = str(object, QLatin1String("id"));
    component.name = toSafePlainText(str(object, QLatin1String("name")));
    component.description = toSafePlainText(str(object, QLatin1String("description")));
    component.status = parseComponentStatus(str(object, QLatin1String("status")));
    component.position = object.value(QLatin1String("position")).toInt();
    component.groupId = str(object, QLatin1String("group_id"));
    const QJsonValue children = object.value(QLatin1String("components"));
    component.isGroup = object.value(QLatin1String("group")).toBool() || children.isArray();
    for (const QJsonValue& child : children.toArray()) {
        if (child.isString())
            component.childIds << child.toString();
    }
    component.updatedAt = time(object, QLatin1String("updated_at"));
    return component;
}

IncidentUpdate parseUpdate(const QJsonObject& object)
{
    IncidentUpdate update;
    update.id = str(object, QLatin1String("id"));
    update.status = parseIncidentStatus(str(object, QLatin1String("status")));
    update.body = toSafePlainText(str(object, QLatin1String("body")));
    update.createdAt = time(object, QLatin1String("created_at"));
    update.displayAt = time(object, QLatin1String("display_at"));
    for (const QJsonValue& value : object.value(QLatin1String("affected_components")).toArray()) {
        const QJsonObject affected = value.toObject();
        update.affected.append(
            AffectedComponent{str(affected, QLatin1String("code")),
                              toSafePlainText(str(affected, QLatin1String("name"))),
                              parseComponentStatus(str(affected, QLatin1String("old_status"))),
                              parseComponentStatus(str(affected, QLatin1String("new_status")))});
    }
    return update;
}

Incident parseIncident(const QJsonObject& object)
{
    Incident incident;
    incident.id = str(object, QLatin1String("id"));
    incident.name = toSafePlainText(str(object, QLatin1String("name")));
    incident.status = parseIncidentStatus(str(object, QLatin1String("status")));
    incident.impact = parseImpact(str(object, QLatin1String("impact")));
    incident.shortlink = str(object, QLatin1String("shortlink"));
    incident.createdAt = time(object, QLatin1String("created_at"));
    incident.updatedAt = time(object, QLatin1String("updated_at"));
    incident.startedAt = time(object, QLatin1String("started_at"));
    incident.monitoringAt = time(object, QLatin1String("monitoring_at"));
    incident.resolvedAt = time(object, QLatin1String("resolved_at"));
    incident.scheduledFor = time(object, QLatin1String("scheduled_for"));
    incident.scheduledUntil = time(object, QLatin1String("scheduled_until"));
    for (const QJsonValue& value : object.value(QLatin1String("incident_updates")).toArray()) {
        if (value.isObject())
            incident.updates.append(parseUpdate(value.toObject()));
    }
    for (const QJsonValue& value : object.value(QLatin1String("components")).toArray()) {
        const QString id =
            value.isObject() ? str(value.toObject(), QLatin1String("id")) : value.toString();
        if (!id.isEmpty())
            incident.componentIds << id;
    }
    return incident;
}

QList<Incident> parseIncidents(const QJsonArray& array, QStringList& warnings, const char* what)
{
    QList<Incident> incidents;
    for (const QJsonValue& value : array) {
        if (!value.isObject()) {
            warnings << QStringLiteral("skipped a %1 entry that is not an object")
                            .arg(QLatin1String(what));
            continue;
        }
        Incident incident = parseIncident(value.toObject());
        if (incident.id.isEmpty()) {
            warnings << QStringLiteral("skipped a %1 without an id").arg(QLatin1String(what));
            continue;
        }
        if (incident.status.value == IncidentStatus::Unknown)
            warnings << QStringLiteral("%1 %2 has unknown status \"%3\"")
                            .arg(QLatin1String(what), incident.id, incident.status.raw);
        incidents.append(std::move(incident));
    }
    return incidents;
}

} // namespace

QDateTime parseTimestamp(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

Core::Result<StatusDocument> parseStatusDocument(const QByteArray& bytes)
{
    if (bytes.size() > kMaxDocumentBytes) {
        return Core::makeError(Core::ErrorCode::Protocol,
                               QStringLiteral("status document too large: %1 bytes (limit %2)")
                                   .arg(bytes.size())
                                   .arg(kMaxDocumentBytes));
    }
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty()) {
        return Core::makeError(Core::ErrorCode::Protocol,
                               QStringLiteral("not a Statuspage document: the body is empty"));
    }
    if (trimmed.startsWith('<')) {
        return Core::makeError(
            Core::ErrorCode::Protocol,
            QStringLiteral("not a Statuspage document: received HTML (an error or login page?) "
                           "starting \"%1\"")
                .arg(trimmedHead(trimmed)));
    }
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Core::makeError(Core::ErrorCode::Protocol,
                               QStringLiteral("not a Statuspage document: invalid JSON (%1 at "
                                              "offset %2)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    }
    if (!json.isObject()) {
        return Core::makeError(Core::ErrorCode::Protocol,
                               QStringLiteral("not a Statuspage document: JSON is not an object"));
    }
    const QJsonObject root = json.object();
    StatusDocument doc;

    const QJsonValue statusValue = root.value(QLatin1String("status"));
    const QJsonValue componentsValue = root.value(QLatin1String("components"));
    const QJsonValue incidentsValue = root.value(QLatin1String("incidents"));
    const QJsonValue maintenancesValue = root.value(QLatin1String("scheduled_maintenances"));
    const QJsonValue pageValue = root.value(QLatin1String("page"));

    doc.hasStatus =
        statusValue.isObject() && statusValue.toObject().contains(QLatin1String("indicator"));
    doc.hasComponents = componentsValue.isArray();
    doc.hasIncidents = incidentsValue.isArray();
    doc.hasMaintenances = maintenancesValue.isArray();
    const bool hasPage = pageValue.isObject();
    const int parts = int(doc.hasStatus) + int(doc.hasComponents) + int(doc.hasIncidents) +
                      int(doc.hasMaintenances);
    // A bare array member without "page" could be any API: insist on the page object unless the
    // document has the status indicator, which is distinctive enough.
    if (parts == 0 || (!hasPage && !doc.hasStatus)) {
        QStringList keys = root.keys();
        if (keys.size() > 6)
            keys = keys.mid(0, 6) << QStringLiteral("...");
        return Core::makeError(
            Core::ErrorCode::Protocol,
            QStringLiteral("not a Statuspage v2 document: expected \"page\" with \"status\", "
                           "\"components\", \"incidents\" or \"scheduled_maintenances\"; found "
                           "keys [%1]")
                .arg(keys.join(QStringLiteral(", "))));
    }
    if (!hasPage)
        doc.warnings << QStringLiteral("document has no \"page\" object");
    if (!statusValue.isUndefined() && !doc.hasStatus)
        doc.warnings << QStringLiteral("\"status\" is not an object with an indicator: ignored");

    if (doc.hasComponents && doc.hasIncidents && doc.hasMaintenances)
        doc.kind = DocumentKind::Summary;
    else if (doc.hasMaintenances)
        doc.kind = DocumentKind::ScheduledMaintenances;
    else if (doc.hasIncidents)
        doc.kind = DocumentKind::Incidents;
    else if (doc.hasComponents)
        doc.kind = DocumentKind::Components;
    else
        doc.kind = DocumentKind::Status;

    const QJsonObject page = pageValue.toObject();
    doc.page.id = str(page, QLatin1String("id"));
    doc.page.name = toSafePlainText(str(page, QLatin1String("name")));
    doc.page.url = str(page, QLatin1String("url"));
    doc.page.timeZone = str(page, QLatin1String("time_zone"));
    doc.page.updatedAt = time(page, QLatin1String("updated_at"));

    if (doc.hasStatus) {
        const QJsonObject status = statusValue.toObject();
        doc.indicator = parseIndicator(str(status, QLatin1String("indicator")));
        doc.description = toSafePlainText(str(status, QLatin1String("description")));
        if (doc.indicator.value == Indicator::Unknown)
            doc.warnings << QStringLiteral("unknown indicator \"%1\"").arg(doc.indicator.raw);
    }

    if (doc.hasComponents) {
        QSet<QString> groups;
        for (const QJsonValue& value : componentsValue.toArray()) {
            if (!value.isObject()) {
                doc.warnings << QStringLiteral("skipped a component that is not an object");
                continue;
            }
            Component component = parseComponent(value.toObject());
            if (component.id.isEmpty()) {
                doc.warnings << QStringLiteral("skipped a component without an id");
                continue;
            }
            if (component.isGroup)
                groups.insert(component.id);
            doc.components.append(std::move(component));
        }
        for (Component& component : doc.components) {
            if (!component.groupId.isEmpty() && !groups.contains(component.groupId)) {
                component.danglingGroup = true;
                doc.warnings << QStringLiteral("component %1 names group %2 that is not on the "
                                               "page; shown ungrouped")
                                    .arg(component.id, component.groupId);
            }
            if (component.status.value == ComponentStatus::Unknown)
                doc.warnings << QStringLiteral("component %1 has unknown status \"%2\"")
                                    .arg(component.id, component.status.raw);
        }
        std::stable_sort(
            doc.components.begin(), doc.components.end(),
            [](const Component& a, const Component& b) { return a.position < b.position; });
    }
    if (doc.hasIncidents)
        doc.incidents = parseIncidents(incidentsValue.toArray(), doc.warnings, "incident");
    if (doc.hasMaintenances) {
        doc.maintenances = parseIncidents(maintenancesValue.toArray(), doc.warnings, "maintenance");
    }

    for (const QJsonValue& value : root.value(QLatin1String("notices")).toArray()) {
        const QJsonObject object = value.toObject();
        Notice notice;
        notice.id = str(object, QLatin1String("id"));
        if (notice.id.isEmpty())
            continue;
        notice.kind = str(object, QLatin1String("kind"));
        notice.title = toSafePlainText(str(object, QLatin1String("title")));
        notice.body = toSafePlainText(str(object, QLatin1String("body")));
        notice.publishedAt = time(object, QLatin1String("published_at"));
        notice.effectiveAt = time(object, QLatin1String("effective_at"));
        doc.notices.append(std::move(notice));
    }
    return doc;
}

QJsonObject toCompactJson(const StatusDocument& document)
{
    const auto timeText = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject out;
    if (document.hasStatus)
        out.insert(QStringLiteral("indicator"), document.indicator.raw);
    if (document.hasComponents) {
        QJsonArray components;
        for (const Component& c : document.components) {
            components.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("status"), c.status.raw},
                {QStringLiteral("group_id"),
                 c.groupId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.groupId)}});
        }
        out.insert(QStringLiteral("components"), components);
    }
    if (document.hasIncidents) {
        QJsonArray incidents;
        for (const Incident& i : document.incidents) {
            incidents.append(QJsonObject{{QStringLiteral("id"), i.id},
                                         {QStringLiteral("name"), i.name},
                                         {QStringLiteral("status"), i.status.raw},
                                         {QStringLiteral("impact"), i.impact.raw}});
        }
        out.insert(QStringLiteral("incidents"), incidents);
    }
    if (document.hasMaintenances) {
        QJsonArray maintenances;
        for (const Incident& m : document.maintenances) {
            maintenances.append(
                QJsonObject{{QStringLiteral("id"), m.id},
                            {QStringLiteral("name"), m.name},
                            {QStringLiteral("status"), m.status.raw},
                            {QStringLiteral("scheduled_for"), timeText(m.scheduledFor)},
                            {QStringLiteral("scheduled_until"), timeText(m.scheduledUntil)}});
        }
        out.insert(QStringLiteral("maintenances"), maintenances);
    }
    return out;
}

} // namespace Status
