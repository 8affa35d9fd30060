// Bulk users: POST /v1/tenants/{tid}/users/import (CSV "email,role,display_name"; ?dry_run=true
// reports every row's problem without changing anything) and GET /v1/tenants/{tid}/users/export.
// A commit invites the new rows in chunks of kImportChunk (each row atomic) and skips addresses
// that are already users of this tenant, so running the same file again after a failure
// resumes where it stopped. No row limit beyond the request body limit (--max-body-bytes).
#include "server/authz.h"
#include "server/identityroutes.h"
#include "server/sql.h"

#include "core/csv.h"

#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace Server {

namespace {

constexpr int kImportChunk = 500;
const RoleList kManagers = {"owner", "admin"};

using Core::csvCells;

QByteArray csvCell(const QString& value)
{
    QByteArray cell = value.toUtf8();
    if (!cell.isEmpty() && QByteArray("=+-@\t\r").contains(cell.front()))
        cell.prepend('\'');
    cell.replace('"', "\"\"");
    return '"' + cell + '"';
}

struct Row
{
    int line = 0;
    std::string email;
    std::string role;
    std::string displayName;
};

} // namespace

void addUserImportRoutes(Router& router, IdentityDeps deps)
{
    router.add(
        http::verb::post, "/v1/tenants/{tid}/users/import",
        [deps](const Request& request, const RequestContext& context) {
            const std::string tenantId(context.param("tid"));
            if (auto denied = requireTenantRole(request, context, tenantId, kManagers))
                return *denied;
            const bool dryRun = queryParam(request, "dry_run") == "true";
            auto tenant = deps.identity.tenant(tenantId);
            if (!tenant)
                return internalError(request, tenant.error().detail);
            if (!tenant.value())
                return notFound(request);
            const QStringList lines =
                QString::fromUtf8(request.body().data(),
                                  static_cast<qsizetype>(request.body().size()))
                    .split(QLatin1Char('\n'));
            QJsonArray problems;
            std::vector<Row> rows;
            std::vector<Row> existing;
            QSet<QString> seen;
            const auto problem = [&](int line, const QString& email, const QString& what) {
                problems.append(QJsonObject{{QStringLiteral("line"), line},
                                            {QStringLiteral("email"), email},
                                            {QStringLiteral("problem"), what}});
            };
            int dataRows = 0;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString text = lines.at(i).trimmed();
                const int line = static_cast<int>(i + 1);
                if (text.isEmpty() || (line == 1 && text.startsWith(QLatin1String("email"))))
                    continue;
                ++dataRows;
                const QStringList cells = csvCells(text);
                const QString rawEmail = cells.value(0);
                const std::string email = normalizeEmail(rawEmail);
                const std::string role =
                    cells.value(1).isEmpty() ? "viewer" : cells.value(1).toLower().toStdString();
                if (email.empty()) {
                    problem(line, rawEmail, QStringLiteral("not an email address"));
                    continue;
                }
                if (!isTenantRole(role)) {
                    problem(line, rawEmail,
                            QStringLiteral("unknown role '%1'").arg(cells.value(1)));
                    continue;
                }
                if (role == "owner" || role == "admin") {
                    problem(line, rawEmail,
                            QStringLiteral("owner and admin need a second owner's approval: "
                                           "invite them one by one"));
                    continue;
                }
                if (seen.contains(QString::fromStdString(email))) {
                    problem(line, rawEmail, QStringLiteral("listed twice in this file"));
                    continue;
                }
                seen.insert(QString::fromStdString(email));
                auto inTenant = deps.db.withLock([&](Database& db) {
                    return sqlScalar(db,
                                     "SELECT CASE WHEN tenant_id IS ?2 THEN 1 ELSE 2 END FROM "
                                     "users WHERE email = ?1",
                                     {email, tenantId});
                });
                if (!inTenant)
                    return internalError(request, inTenant.error().detail);
                Row row{line, email, role, cells.value(2).left(200).toStdString()};
                if (inTenant.value() == 1) {
                    existing.push_back(row); // already imported: skipped (resume)
                    continue;
                }
                if (inTenant.value() == 2) {
                    problem(line, rawEmail,
                            QStringLiteral("the address belongs to an account elsewhere; one "
                                           "person, one account"));
                    continue;
                }
                rows.push_back(row);
            }
            const qint64 seatLimit =
                tenant.value()->value(QStringLiteral("seat_limit")).toInteger();
            const qint64 seatsUsed =
                tenant.value()->value(QStringLiteral("seats_used")).toInteger();
            if (seatLimit > 0 && seatsUsed + static_cast<qint64>(rows.size()) > seatLimit) {
                problem(0, {},
                        QStringLiteral("%1 new users would exceed the seat limit of %2 (%3 used)")
                            .arg(rows.size())
                            .arg(seatLimit)
                            .arg(seatsUsed));
            }
            QJsonObject report{
                {QStringLiteral("dry_run"), dryRun},
                {QStringLiteral("rows"), dataRows},
                {QStringLiteral("new"), static_cast<qint64>(rows.size())},
                {QStringLiteral("already_present"), static_cast<qint64>(existing.size())},
                {QStringLiteral("problems"), problems}};
            if (dryRun)
                return jsonResponse(request, http::status::ok, report);
            if (!problems.isEmpty())
                return problemResponse(request, http::status::unprocessable_entity,
                                       "import-problems", QStringLiteral("The file has problems"),
                                       QStringLiteral("nothing was imported; fix the rows listed "
                                                      "in problems (a dry run lists them too)"),
                                       report);
            QJsonArray created;
            for (std::size_t start = 0; start < rows.size(); start += kImportChunk) {
                const std::size_t end = std::min(rows.size(), start + kImportChunk);
                // Each row commits on its own (user, role and invitation together); a chunk
                // holds the database lock so that other requests interleave between chunks.
                auto chunk = deps.db.withLock([&](Database&) -> Core::Status {
                    for (std::size_t i = start; i < end; ++i) {
                        auto invitation =
                            deps.identity.inviteUser(tenantId, rows[i].email, rows[i].displayName,
                                                     rows[i].role, context.principal->userId);
                        if (!invitation)
                            return invitation.error();
                        created.append(QJsonObject{
                            {QStringLiteral("line"), rows[i].line},
                            {QStringLiteral("id"), invitation->user.value(QStringLiteral("id"))},
                            {QStringLiteral("email"), QString::fromStdString(rows[i].email)},
                            {QStringLiteral("invite_token"),
                             QString::fromStdString(invitation->token)}});
                    }
                    return Core::Status{};
                });
                if (!chunk) {
                    report.insert(QStringLiteral("created"), created);
                    return problemResponse(request, http::status::internal_server_error,
                                           "import-interrupted",
                                           QStringLiteral("Import interrupted"),
                                           QStringLiteral("%1 rows were imported; send the same "
                                                          "file again to resume")
                                               .arg(created.size()),
                                           report);
                }
            }
            report.insert(QStringLiteral("created"), created);
            return jsonResponse(request, http::status::ok, report);
        });

    router.add(
        http::verb::get, "/v1/tenants/{tid}/users/export",
        [deps](const Request& request, const RequestContext& context) {
            const std::string tenantId(context.param("tid"));
            if (auto denied = requireTenantRole(request, context, tenantId, kManagers,
                                                {"operator", "auditor"}))
                return *denied;
            QByteArray csv = "email,role,display_name,status,created_at\r\n";
            UserFilter filter;
            filter.limit = 500;
            while (true) {
                auto page = deps.identity.listUsers(tenantId, filter);
                if (!page)
                    return internalError(request, page.error().detail);
                for (const QJsonValue& value : page->value(QStringLiteral("items")).toArray()) {
                    const QJsonObject user = value.toObject();
                    QStringList roles;
                    for (const QJsonValue& role : user.value(QStringLiteral("roles")).toArray())
                        roles.append(role.toString());
                    csv += csvCell(user.value(QStringLiteral("email")).toString()) + ',' +
                           csvCell(roles.join(QLatin1Char(' '))) + ',' +
                           csvCell(user.value(QStringLiteral("display_name")).toString()) + ',' +
                           csvCell(user.value(QStringLiteral("status")).toString()) + ',' +
                           csvCell(user.value(QStringLiteral("created_at")).toString()) + "\r\n";
                }
                const QJsonValue next = page->value(QStringLiteral("next_cursor"));
                if (next.isNull())
                    break;
                filter.cursor = next.toString().toStdString();
            }
            Response response{http::status::ok, request.version()};
            response.set(http::field::server, kServerHeader);
            response.set(http::field::content_type, "text/csv; charset=utf-8");
            response.set(http::field::cache_control, "no-store");
            response.keep_alive(request.keep_alive());
            response.body().assign(csv.constData(), static_cast<std::size_t>(csv.size()));
            response.prepare_payload();
            return response;
        });
}

} // namespace Server
