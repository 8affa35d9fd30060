#include "core/status/statusevents.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace Status {

namespace {

constexpr qsizetype kMaxSeenKeys = 20000;

QDateTime updateTime(const IncidentUpdate& update)
{
    return update.displayAt.isValid() ? update.displayAt : update.createdAt;
}

} // namespace

const char* eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::NewIncident:
        return "new-incident";
    case EventKind::IncidentUpdated:
        return "incident-updated";
    case EventKind::IncidentResolved:
        return "incident-resolved";
    case EventKind::MaintenanceSoon:
        return "maintenance-soon";
    case EventKind::NewNotice:
        return "new-notice";
    case EventKind::Invalid:
        break;
    }
    return "invalid";
}

QList<StatusEvent> impliedEvents(const StatusDocument& document, const QDateTime& now,
                                 std::chrono::hours soonWindow)
{
    QList<StatusEvent> events;
    for (const Incident& incident : document.incidents) {
        const IncidentUpdate* latest =
            incident.updates.isEmpty() ? nullptr : &incident.updates.front();
        events.append(StatusEvent{
            EventKind::NewIncident, QStringLiteral("incident/%1/new").arg(incident.id), incident.id,
            incident.name, incident.status.raw, latest ? latest->body : QString(),
            incident.createdAt.isValid() ? incident.createdAt : incident.updatedAt});
        // Updates oldest first (pages send newest first).
        QList<IncidentUpdate> updates = incident.updates;
        std::stable_sort(updates.begin(), updates.end(),
                         [](const IncidentUpdate& a, const IncidentUpdate& b) {
                             return updateTime(a) < updateTime(b);
                         });
        for (const IncidentUpdate& update : updates) {
            if (update.id.isEmpty() || isClosed(update.status.value))
                continue;
            events.append(StatusEvent{
                EventKind::IncidentUpdated, QStringLiteral("update/%1").arg(update.id), incident.id,
                incident.name, update.status.raw, update.body, updateTime(update)});
        }
        if (incident.closed()) {
            QString body;
            QDateTime at = incident.resolvedAt.isValid() ? incident.resolvedAt : incident.updatedAt;
            for (const IncidentUpdate& update : incident.updates) {
                if (isClosed(update.status.value)) {
                    body = update.body;
                    break;
                }
            }
            events.append(StatusEvent{EventKind::IncidentResolved,
                                      QStringLiteral("incident/%1/resolved").arg(incident.id),
                                      incident.id, incident.name, incident.status.raw, body, at});
        }
    }
    for (const Incident& maintenance : document.maintenances) {
        if (maintenance.closed() || !maintenance.scheduledFor.isValid())
            continue;
        const qint64 secondsAhead = now.secsTo(maintenance.scheduledFor);
        const bool started = maintenance.status.value == IncidentStatus::InProgress ||
                             maintenance.status.value == IncidentStatus::Verifying;
        if (started || secondsAhead > std::chrono::seconds(soonWindow).count())
            continue;
        events.append(StatusEvent{
            EventKind::MaintenanceSoon, QStringLiteral("maintenance/%1/soon").arg(maintenance.id),
            maintenance.id, maintenance.name, maintenance.status.raw,
            maintenance.updates.isEmpty() ? QString() : maintenance.updates.front().body,
            maintenance.scheduledFor});
    }
    for (const Notice& notice : document.notices) {
        events.append(StatusEvent{EventKind::NewNotice, QStringLiteral("notice/%1").arg(notice.id),
                                  notice.id, notice.title, notice.kind, notice.body,
                                  notice.publishedAt});
    }
    return events;
}

SeenStore::SeenStore(QString path) : m_path(std::move(path)) {}

Core::Status SeenStore::load()
{
    m_keys.clear();
    m_order.clear();
    m_open.clear();
    if (m_path.isEmpty())
        return {};
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        return Core::makeError(
            Core::ErrorCode::Io,
            QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    for (const QJsonValue& value : doc.object().value(QLatin1String("seen")).toArray())
        insert(value.toString());
    const QJsonObject open = doc.object().value(QLatin1String("open")).toObject();
    for (auto it = open.begin(); it != open.end(); ++it)
        m_open.insert(it.key(), it.value().toString());
    return {};
}

Core::Status SeenStore::save() const
{
    if (m_path.isEmpty())
        return {};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Core::makeError(
            Core::ErrorCode::Io,
            QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    }
    QJsonObject open;
    for (auto it = m_open.begin(); it != m_open.end(); ++it)
        open.insert(it.key(), it.value());
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                  {QStringLiteral("seen"), QJsonArray::fromStringList(m_order)},
                                  {QStringLiteral("open"), open}})
            .toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        return Core::makeError(
            Core::ErrorCode::Io,
            QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    }
    return {};
}

void SeenStore::insert(const QString& key)
{
    if (key.isEmpty() || m_keys.contains(key))
        return;
    m_keys.insert(key);
    m_order.append(key);
    while (m_order.size() > kMaxSeenKeys)
        m_keys.remove(m_order.takeFirst());
}

QList<StatusEvent> takeNewEvents(const StatusDocument& document, SeenStore& store,
                                 const QDateTime& now)
{
    const bool firstSync = store.isEmpty();
    QSet<QString> closedIncidents;
    for (const Incident& incident : document.incidents) {
        if (incident.closed())
            closedIncidents.insert(incident.id);
    }
    QSet<QString> announcedNow;
    QList<StatusEvent> fresh;
    for (StatusEvent& event : impliedEvents(document, now)) {
        if (store.contains(event.key))
            continue;
        store.insert(event.key);
        const bool history =
            firstSync &&
            (event.kind == EventKind::IncidentResolved ||
             ((event.kind == EventKind::NewIncident || event.kind == EventKind::IncidentUpdated) &&
              closedIncidents.contains(event.subject)));
        if (history)
            continue;
        if (event.kind == EventKind::NewIncident) {
            announcedNow.insert(event.subject);
        } else if (event.kind == EventKind::IncidentUpdated &&
                   announcedNow.contains(event.subject)) {
            continue; // the new-incident event already carries the latest text
        }
        // An incident opened and closed between two looks is announced both ways: the user
        // never saw it.
        fresh.append(std::move(event));
    }

    // Remember which incidents are open; in a summary, an open one that vanished was resolved.
    QSet<QString> present;
    for (const Incident& incident : document.incidents) {
        present.insert(incident.id);
        if (incident.closed())
            store.clearOpen(incident.id);
        else
            store.setOpen(incident.id, incident.name);
    }
    if (document.kind == DocumentKind::Summary) {
        const QMap<QString, QString> open = store.openIncidents();
        for (auto it = open.begin(); it != open.end(); ++it) {
            if (present.contains(it.key()))
                continue;
            store.clearOpen(it.key());
            const QString key = QStringLiteral("incident/%1/resolved").arg(it.key());
            if (store.contains(key))
                continue;
            store.insert(key);
            fresh.append(StatusEvent{EventKind::IncidentResolved, key, it.key(), it.value(),
                                     QStringLiteral("resolved"), QString(), now});
        }
    }
    return fresh;
}

} // namespace Status
