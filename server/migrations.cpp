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
        {100, "identity",
         R"sql(
CREATE TABLE tenants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    plan TEXT NOT NULL DEFAULT 'standard',
    seat_limit INTEGER NOT NULL DEFAULT 0,
    contract_end TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'terminated')),
    terminated_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    tenant_id TEXT REFERENCES tenants(id) ON DELETE CASCADE,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    password_hash TEXT,
    status TEXT NOT NULL CHECK (status IN ('invited', 'active', 'disabled')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX users_tenant ON users(tenant_id, email);
CREATE TABLE role_assignments (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('operator', 'auditor', 'owner', 'admin', 'editor',
                                       'uploader', 'viewer')),
    granted_by TEXT,
    granted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    expires_at INTEGER,
    PRIMARY KEY (user_id, role)
);
CREATE TABLE invites (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    device_name TEXT NOT NULL DEFAULT '',
    source_address TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    revoked_reason TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE access_tokens (
    token_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);
CREATE INDEX access_tokens_session ON access_tokens(session_id);
CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    issued_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX refresh_tokens_session ON refresh_tokens(session_id);
)sql"},
        {101, "audit-and-role-requests",
         R"sql(
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_email TEXT NOT NULL,
    tenant_id TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    source_address TEXT NOT NULL,
    status INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_tenant ON audit_log(tenant_id, seq);
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE role_requests (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    grant_duration_s INTEGER,
    requested_by TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    decide_by INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'approved', 'rejected', 'lapsed')),
    decided_by TEXT,
    decided_at INTEGER,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX role_requests_tenant ON role_requests(tenant_id, status);
)sql"},
        {102, "idempotency-keys",
         R"sql(
CREATE TABLE idempotency_keys (
    actor TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (actor, key)
);
)sql"},
        {103, "user-name-index",
         R"sql(
CREATE INDEX users_tenant_name ON users(tenant_id, display_name COLLATE NOCASE);
)sql"},
        {104, "totp",
         R"sql(
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0;
)sql"},
        {105, "groups",
         R"sql(
CREATE TABLE member_groups (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    UNIQUE (tenant_id, name)
);
CREATE TABLE member_group_users (
    group_id TEXT NOT NULL REFERENCES member_groups(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX member_group_users_user ON member_group_users(user_id);
)sql"},
        {106, "login-throttle",
         R"sql(
CREATE TABLE login_throttle (
    kind TEXT NOT NULL CHECK (kind IN ('account', 'address')),
    key TEXT NOT NULL,
    failures INTEGER NOT NULL,
    locked_until INTEGER NOT NULL,
    last_failure INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
);
)sql"},
        {107, "invite-links",
         R"sql(
CREATE TABLE invite_links (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('editor', 'uploader', 'viewer')),
    max_signups INTEGER NOT NULL CHECK (max_signups > 0),
    signups INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER NOT NULL,
    requires_approval INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX invite_links_tenant ON invite_links(tenant_id, created_at);
CREATE TABLE link_signups (
    id TEXT PRIMARY KEY,
    link_id TEXT NOT NULL REFERENCES invite_links(id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    password_hash TEXT,
    role TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    created_at INTEGER NOT NULL,
    decided_by TEXT,
    decided_at INTEGER,
    user_id TEXT
);
CREATE INDEX link_signups_tenant ON link_signups(tenant_id, status, created_at);
CREATE INDEX link_signups_email ON link_signups(email, status);
)sql"},
        {108, "tenant-require-totp",
         R"sql(
ALTER TABLE tenants ADD COLUMN require_totp INTEGER NOT NULL DEFAULT 0;
CREATE TABLE platform_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql"},
        {200, "uploads",
         R"sql(
CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    length INTEGER NOT NULL,
    offset INTEGER NOT NULL DEFAULT 0,
    metadata TEXT NOT NULL DEFAULT '',
    filename TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    video_id TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX uploads_tenant ON uploads(tenant_id);
CREATE INDEX uploads_video ON uploads(video_id);
)sql"},
        {201, "videos",
         R"sql(
CREATE TABLE videos (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    tenant_id TEXT NOT NULL,
    status TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX videos_tenant ON videos(tenant_id, seq);
CREATE TABLE video_terms (
    tenant_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('categories', 'tags')),
    name TEXT NOT NULL,
    PRIMARY KEY (tenant_id, kind, name)
);
)sql"},
        // What an upload is for: '' a video file, 'poster' a frame the encoder offered as a
        // thumbnail, 'thumbnail' an uploaded image (images keep one copy).
        {202, "uploads-role",
         R"sql(
ALTER TABLE uploads ADD COLUMN role TEXT NOT NULL DEFAULT '';
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
        {301, "status-inbox-outbox",
         R"sql(
CREATE TABLE status_inbox (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('notice', 'incident')),
    ref_id TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    read_ms INTEGER
);
CREATE INDEX status_inbox_by_user ON status_inbox(user_id, created_ms);
CREATE TABLE status_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms INTEGER NOT NULL,
    sent_ms INTEGER,
    last_error TEXT
);
CREATE INDEX status_outbox_due ON status_outbox(sent_ms, next_attempt_ms);
)sql"},
    };
    return kMigrations;
}

} // namespace Server
