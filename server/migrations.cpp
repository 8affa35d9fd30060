// The schema, one numbered step at a time. Never edit a step that has shipped: add a new one.
#include "server/database.h"

namespace Server {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> kMigrations = {
        {1, "server-instance",
         R"sql(
CREATE TABLE server_instance (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    instance_id TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
INSERT INTO server_instance(id, instance_id) VALUES (1, lower(hex(randomblob(16))));
)sql"},
        // 300-399: service status (issue 5). Times are milliseconds since the epoch, UTC.
        {300, "status-components-incidents-notices-events",
         R"sql(
CREATE TABLE status_components (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    group_id TEXT REFERENCES status_components(id),
    is_group INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'operational',
    monitor TEXT UNIQUE,
    start_ms INTEGER NOT NULL,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    created_by TEXT
);
CREATE TABLE status_component_history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    component_id TEXT NOT NULL REFERENCES status_components(id),
    status TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE INDEX status_component_history_by_component
    ON status_component_history(component_id, at_ms);
CREATE TABLE status_incidents (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('incident', 'maintenance')),
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    impact TEXT NOT NULL,
    draft INTEGER NOT NULL DEFAULT 0,
    maintenance_type TEXT CHECK (maintenance_type IS NULL OR
                                 maintenance_type IN ('planned', 'emergency')),
    detected_ms INTEGER,
    first_notice_ms INTEGER,
    scheduled_for_ms INTEGER,
    scheduled_until_ms INTEGER,
    started_ms INTEGER,
    monitoring_ms INTEGER,
    resolved_ms INTEGER,
    source TEXT NOT NULL DEFAULT 'operator',
    created_by TEXT,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);
CREATE TABLE status_incident_updates (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES status_incidents(id),
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    created_by TEXT,
    created_ms INTEGER NOT NULL
);
CREATE INDEX status_incident_updates_by_incident ON status_incident_updates(incident_id);
CREATE TABLE status_incident_components (
    incident_id TEXT NOT NULL REFERENCES status_incidents(id),
    component_id TEXT NOT NULL REFERENCES status_components(id),
    PRIMARY KEY (incident_id, component_id)
);
CREATE TABLE status_notices (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('general', 'sla_change', 'service_end')),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    tenant_id TEXT,
    published_ms INTEGER NOT NULL,
    effective_ms INTEGER,
    created_by TEXT
);
CREATE TABLE status_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    tenant_id TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    created_ms INTEGER NOT NULL
);
)sql"},
    };
    return kMigrations;
}

} // namespace Server
