#pragma once

// Turns successive status documents into user-facing events (new incident, update, resolved,
// maintenance starting within 24 h, new notice) exactly once, also across restarts: every
// event has a stable key and a SeenStore remembers the keys already delivered in a small JSON
// file.

#include "core/result.h"
#include "core/status/statusmodel.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Status {

enum class EventKind
{
    Invalid = 0,
    NewIncident,
    IncidentUpdated,
    IncidentResolved,
    MaintenanceSoon, // scheduled maintenance starting within 24 hours
    NewNotice,
};

[[nodiscard]] const char* eventKindName(EventKind kind);

struct StatusEvent
{
    EventKind kind = EventKind::Invalid;
    QString key;     // stable: "incident/<id>/new", "update/<id>", ... (never reused)
    QString subject; // incident, maintenance or notice id
    QString title;   // plain text
    QString status;  // raw status of the incident / update
    QString body;    // latest update body or notice body, plain text
    QDateTime at;    // when it happened, by the page's clock
};

// Every event the document implies at `now`, oldest first. Pure: does not know what was seen.
[[nodiscard]] QList<StatusEvent>
impliedEvents(const StatusDocument& document, const QDateTime& now,
              std::chrono::hours soonWindow = std::chrono::hours(24));

// The keys already delivered, persisted as JSON. A missing file is an empty store.
class SeenStore
{
public:
    explicit SeenStore(QString path = {});
    [[nodiscard]] Core::Status load();
    [[nodiscard]] Core::Status save() const;
    [[nodiscard]] bool contains(const QString& key) const { return m_keys.contains(key); }
    void insert(const QString& key);
    [[nodiscard]] bool isEmpty() const { return m_keys.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_keys.size(); }

    // Open incidents last seen (id -> name): summary.json lists only unresolved incidents, so
    // one that vanishes from it was resolved, also while the watcher was not running.
    [[nodiscard]] const QMap<QString, QString>& openIncidents() const { return m_open; }
    void setOpen(const QString& id, const QString& name) { m_open.insert(id, name); }
    void clearOpen(const QString& id) { m_open.remove(id); }

private:
    QString m_path;
    QMap<QString, QString> m_open;
    QSet<QString> m_keys;
    QStringList m_order; // insertion order, to forget the oldest beyond the cap
};

// Filters implied events through the store: returns the ones not seen yet and marks them.
// On the first sync of an empty store, closed incidents and completed maintenance are
// recorded silently (history, not news) and only open matters are announced. For an incident
// announced as new, its earlier updates are recorded silently too.
[[nodiscard]] QList<StatusEvent> takeNewEvents(const StatusDocument& document, SeenStore& store,
                                               const QDateTime& now);

} // namespace Status
