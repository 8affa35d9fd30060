#pragma once

// Seeding shared by the identity benchmarks: a tenant "Bench" with an owner
// (owner@bench.test / Bench-Passw0rd) and userCount members added with bulk SQL in one
// transaction (user%06d@bench.test; every tenth an editor, the rest viewers). The API would
// hash a password per user; what the benchmarks measure is reading them back.

#include "server/credentials.h"
#include "server/database.h"
#include "server/identitystore.h"
#include "server/sql.h"

#include <cstdio>
#include <string>

namespace Bench {

// The tenant's id; empty when the tenant could not be created.
inline std::string seedUsers(Server::Database& db, int userCount)
{
    Server::IdentityStore identity(db, Server::epochNow);
    auto tenant = identity.createTenant({std::string("Bench"), {}, {}, {}});
    if (!tenant)
        return {};
    const std::string tenantId = tenant->value(QStringLiteral("id")).toString().toStdString();
    (void)identity.createActiveUser(tenantId, "owner@bench.test", "Owner",
                                    Server::hashPassword("Bench-Passw0rd"), "owner");
    (void)db.exec("BEGIN");
    for (int i = 0; i < userCount; ++i) {
        const std::string id = "usr_b" + std::to_string(i);
        char email[64];
        std::snprintf(email, sizeof email, "user%06d@bench.test", i);
        (void)Server::sqlExec(db,
                              "INSERT INTO users(id, tenant_id, email, display_name, status) "
                              "VALUES(?1, ?2, ?3, ?4, 'active')",
                              {id, tenantId, std::string(email), std::string("Bench User")});
        (void)Server::sqlExec(db, "INSERT INTO role_assignments(user_id, role) VALUES(?1, ?2)",
                              {id, std::string(i % 10 == 0 ? "editor" : "viewer")});
    }
    (void)db.exec("COMMIT");
    return tenantId;
}

} // namespace Bench
