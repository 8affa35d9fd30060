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
    };
    return kMigrations;
}

} // namespace Server
