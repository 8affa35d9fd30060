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
    };
    return kMigrations;
}

} // namespace Server
