// Helpers shared by the status service's files.
#include "server/statusdetail.h"

#include "server/statusutil.h"

Q_LOGGING_CATEGORY(lcStatusService, "onestream.server.status")

namespace Server::StatusDetail {

using namespace StatusUtil;

StatusReply badInput(const QString& detail)
{
    return StatusReply::error(400, "invalid-status-request", QStringLiteral("Invalid request"),
                              detail);
}

StatusReply notFound(const QString& what)
{
    return StatusReply::error(404, "not-found", QStringLiteral("Not found"), what);
}

StatusReply databaseError(const Core::Error& error)
{
    qCWarning(lcStatusService) << "database:" << error.detail;
    return StatusReply::error(500, "database", QStringLiteral("Database error"));
}

// Runs a statement that returns no rows.
Core::Status run(Database& db, std::string_view sql, const std::function<void(Statement&)>& bind)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    if (bind)
        bind(*statement);
    auto stepped = statement->step();
    if (!stepped)
        return stepped.error();
    return {};
}

bool exists(Database& db, std::string_view sql, const std::string& id)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return false;
    statement->bind(1, id);
    return statement->step().valueOr(false);
}

// Links a component to an incident or maintenance; linking twice is harmless.
void linkComponent(Database& db, const std::string& incidentId, const std::string& componentId)
{
    (void)run(db,
              "INSERT OR IGNORE INTO status_incident_components(incident_id, component_id) "
              "VALUES (?, ?)",
              [&](Statement& s) { s.bind(1, incidentId).bind(2, componentId); });
}

// Appends one entry to an incident's or maintenance's public timeline.
void appendTimeline(Database& db, const std::string& incidentId, const QString& status,
                    const QString& text, const std::string& actorId, long long atMs)
{
    (void)run(db,
              "INSERT INTO status_incident_updates(id, incident_id, status, body, created_by, "
              "created_ms) VALUES (?, ?, ?, ?, ?, ?)",
              [&](Statement& s) {
                  s.bind(1, newId())
                      .bind(2, incidentId)
                      .bind(3, ss(status))
                      .bind(4, ss(text))
                      .bind(5, actorId)
                      .bind(6, atMs);
              });
}

} // namespace Server::StatusDetail
