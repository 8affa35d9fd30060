#include "server/auditlog.h"

#include "server/authz.h"
#include "server/credentials.h"
#include "server/sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAudit, "onestream.server.audit")

namespace Server {

namespace {

const std::string kGenesis(64, '0');

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

struct Row
{
    long long seq = 0;
    std::string at, actorId, actorEmail, tenantId, action, target, source;
    long long status = 0;
    std::string outcome, prevHash, hash;
};

// The hashed form of a row: a compact JSON array of every field but the hash itself.
std::string rowHash(const Row& row)
{
    const QJsonArray fields{row.seq,          qs(row.at),      qs(row.actorId), qs(row.actorEmail),
                            qs(row.tenantId), qs(row.action),  qs(row.target),  qs(row.source),
                            row.status,       qs(row.outcome), qs(row.prevHash)};
    return sha256Hex(QJsonDocument(fields).toJson(QJsonDocument::Compact).toStdString());
}

constexpr std::string_view kColumns =
    "SELECT seq, at, actor_id, actor_email, tenant_id, action, target, source_address, status, "
    "outcome, prev_hash, hash FROM audit_log ";

Row readRow(const Statement& statement)
{
    Row row;
    row.seq = statement.columnInt(0);
    row.at = statement.columnText(1);
    row.actorId = statement.columnText(2);
    row.actorEmail = statement.columnText(3);
    row.tenantId = statement.columnText(4);
    row.action = statement.columnText(5);
    row.target = statement.columnText(6);
    row.source = statement.columnText(7);
    row.status = statement.columnInt(8);
    row.outcome = statement.columnText(9);
    row.prevHash = statement.columnText(10);
    row.hash = statement.columnText(11);
    return row;
}

QJsonObject rowJson(const Row& row)
{
    return QJsonObject{{QStringLiteral("seq"), row.seq},
                       {QStringLiteral("at"), qs(row.at)},
                       {QStringLiteral("actor_id"), qs(row.actorId)},
                       {QStringLiteral("actor_email"), qs(row.actorEmail)},
                       {QStringLiteral("tenant_id"), qs(row.tenantId)},
                       {QStringLiteral("action"), qs(row.action)},
                       {QStringLiteral("target"), qs(row.target)},
                       {QStringLiteral("source_address"), qs(row.source)},
                       {QStringLiteral("status"), row.status},
                       {QStringLiteral("outcome"), qs(row.outcome)},
                       {QStringLiteral("hash"), qs(row.hash)}};
}

// A CSV cell: quoted, quotes doubled, and a leading formula character neutralised so that a
// spreadsheet never evaluates a value an attacker chose (CSV injection).
QByteArray csvCell(const std::string& value)
{
    QByteArray cell = QByteArray::fromStdString(value);
    if (!cell.isEmpty() && QByteArray("=+-@\t\r").contains(cell.front()))
        cell.prepend('\'');
    cell.replace('"', "\"\"");
    return '"' + cell + '"';
}

Core::Result<Statement> filtered(Database& db, const AuditFilter& filter, bool newestFirst)
{
    return sqlQuery(db,
                    std::string(kColumns) +
                        "WHERE (?1 = '' OR tenant_id = ?1) AND (?2 = '' OR actor_email = ?2) "
                        "AND (?3 = '' OR instr(action, ?3) > 0) AND (?4 = '' OR outcome = ?4) "
                        "AND (?5 = '' OR at >= ?5) AND (?6 = '' OR at < ?6) "
                        "AND (?7 = 0 OR seq < ?7) ORDER BY seq " +
                        (newestFirst ? "DESC" : "ASC") + " LIMIT ?8",
                    {filter.tenantId, filter.actorEmail, filter.action, filter.outcome,
                     filter.since, filter.until, filter.beforeSeq,
                     filter.limit > 0 ? static_cast<long long>(filter.limit + 1) : -1LL});
}

} // namespace

std::string auditOutcome(int status)
{
    if (status < 400)
        return "success";
    if (status == 401 || status == 403 || status == 429)
        return "denied";
    return "failure";
}

AuditLog::AuditLog(Database& db) : m_db(db) {}

Core::Status AuditLog::append(const AuditEntry& entry)
{
    return m_db.withLock([&](Database& db) -> Core::Status {
        if (auto begun = db.exec("BEGIN IMMEDIATE"); !begun)
            return begun.error();
        auto finish = [&db](Core::Status status) -> Core::Status {
            if (!status) {
                (void)db.exec("ROLLBACK");
                return status;
            }
            return db.exec("COMMIT");
        };
        auto head = sqlQuery(db, "SELECT seq, hash FROM audit_head WHERE id = 1");
        if (!head)
            return finish(head.error());
        auto found = head->step();
        if (!found)
            return finish(found.error());
        Row row;
        row.seq = found.value() ? head->columnInt(0) + 1 : 1;
        row.prevHash = found.value() ? head->columnText(1) : kGenesis;
        row.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
        row.actorId = entry.actorId;
        row.actorEmail = entry.actorEmail;
        row.tenantId = entry.tenantId;
        row.action = entry.action;
        row.target = entry.target;
        row.source = entry.sourceAddress;
        row.status = entry.status;
        row.outcome = auditOutcome(entry.status);
        row.hash = rowHash(row);
        auto inserted =
            sqlExec(db,
                    "INSERT INTO audit_log(seq, at, actor_id, actor_email, tenant_id, "
                    "action, target, source_address, status, outcome, prev_hash, "
                    "hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                    {row.seq, row.at, row.actorId, row.actorEmail, row.tenantId, row.action,
                     row.target, row.source, row.status, row.outcome, row.prevHash, row.hash});
        if (!inserted)
            return finish(inserted);
        return finish(sqlExec(db,
                              "INSERT INTO audit_head(id, seq, hash) VALUES(1, ?1, ?2) "
                              "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = "
                              "excluded.hash",
                              {row.seq, row.hash}));
    });
}

Core::Result<QJsonObject> AuditLog::list(const AuditFilter& filter)
{
    return m_db.withLock([&](Database& db) -> Core::Result<QJsonObject> {
        auto rows = filtered(db, filter, true);
        if (!rows)
            return rows.error();
        QJsonArray items;
        QJsonValue next = QJsonValue::Null;
        while (true) {
            auto step = rows->step();
            if (!step)
                return step.error();
            if (!step.value())
                break;
            if (filter.limit > 0 && items.size() == filter.limit) {
                next = QString::number(
                    items.last().toObject().value(QStringLiteral("seq")).toInteger());
                break;
            }
            items.append(rowJson(readRow(rows.value())));
        }
        return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), next}};
    });
}

Core::Result<QByteArray> AuditLog::exportCsv(AuditFilter filter)
{
    filter.limit = 0;
    filter.beforeSeq = 0;
    return m_db.withLock([&](Database& db) -> Core::Result<QByteArray> {
        auto rows = filtered(db, filter, false);
        if (!rows)
            return rows.error();
        QByteArray csv = "seq,at,actor_id,actor_email,tenant_id,action,target,source_address,"
                         "status,outcome,prev_hash,hash\r\n";
        while (true) {
            auto step = rows->step();
            if (!step)
                return step.error();
            if (!step.value())
                break;
            const Row row = readRow(rows.value());
            csv += QByteArray::number(row.seq) + ',' + csvCell(row.at) + ',' +
                   csvCell(row.actorId) + ',' + csvCell(row.actorEmail) + ',' +
                   csvCell(row.tenantId) + ',' + csvCell(row.action) + ',' + csvCell(row.target) +
                   ',' + csvCell(row.source) + ',' + QByteArray::number(row.status) + ',' +
                   csvCell(row.outcome) + ',' + csvCell(row.prevHash) + ',' + csvCell(row.hash) +
                   "\r\n";
        }
        return csv;
    });
}

Core::Result<AuditVerification> AuditLog::verify()
{
    return m_db.withLock([&](Database& db) -> Core::Result<AuditVerification> {
        AuditVerification result;
        auto rows = sqlQuery(db, std::string(kColumns) + "ORDER BY seq");
        if (!rows)
            return rows.error();
        std::string previousHash = kGenesis;
        long long previousSeq = 0;
        const auto broken = [&result](long long seq, QString reason) {
            result.intact = false;
            result.firstBrokenSeq = seq;
            result.reason = std::move(reason);
        };
        while (true) {
            auto step = rows->step();
            if (!step)
                return step.error();
            if (!step.value())
                break;
            const Row row = readRow(rows.value());
            ++result.entries;
            if (row.seq != previousSeq + 1) {
                broken(previousSeq + 1, QStringLiteral("entries %1 to %2 are missing")
                                            .arg(previousSeq + 1)
                                            .arg(row.seq - 1));
                return result;
            }
            if (row.prevHash != previousHash) {
                broken(row.seq, QStringLiteral("entry %1 does not follow the hash of entry %2")
                                    .arg(row.seq)
                                    .arg(previousSeq));
                return result;
            }
            if (rowHash(row) != row.hash) {
                broken(row.seq, QStringLiteral("entry %1 was altered (its hash does not match "
                                               "its content)")
                                    .arg(row.seq));
                return result;
            }
            previousHash = row.hash;
            previousSeq = row.seq;
        }
        auto head = sqlQuery(db, "SELECT seq, hash FROM audit_head WHERE id = 1");
        if (!head)
            return head.error();
        auto found = head->step();
        if (!found)
            return found.error();
        const long long headSeq = found.value() ? head->columnInt(0) : 0;
        const std::string headHash = found.value() ? head->columnText(1) : kGenesis;
        if (headSeq != previousSeq || headHash != previousHash) {
            broken(previousSeq + 1,
                   QStringLiteral("the log ends at entry %1 but entry %2 was written: entries at "
                                  "the end were deleted")
                       .arg(previousSeq)
                       .arg(headSeq));
        }
        return result;
    });
}

DispatchObserver makeAuditObserver(AuditLog& log)
{
    return [&log](const Request& request, const RequestContext& context, std::string_view pattern,
                  const Response& response) {
        const http::verb method = request.method();
        if (method != http::verb::post && method != http::verb::put &&
            method != http::verb::patch && method != http::verb::delete_) {
            return;
        }
        AuditEntry entry;
        entry.action = std::string(request.method_string()) + " " + std::string(pattern);
        entry.sourceAddress = context.remoteAddress;
        entry.status = static_cast<int>(response.result_int());
        if (context.principal) {
            entry.actorId = context.principal->userId;
            entry.actorEmail = context.principal->email;
            entry.tenantId = context.principal->tenantId;
        } else if (pattern == "/v1/auth/login") {
            // The account a sign-in attempt named (never the password).
            if (const auto body = jsonBody(request))
                entry.actorEmail = body->value(QStringLiteral("email"))
                                       .toString()
                                       .trimmed()
                                       .toLower()
                                       .left(254)
                                       .toStdString();
        }
        if (!context.principal && pattern == "/v1/invites/accept" &&
            response.result() == http::status::ok) {
            // The account that accepted its invitation acts here.
            const QJsonObject user =
                QJsonDocument::fromJson(QByteArray::fromStdString(response.body())).object();
            entry.actorId = user.value(QStringLiteral("id")).toString().toStdString();
            entry.actorEmail = user.value(QStringLiteral("email")).toString().toStdString();
            entry.tenantId = user.value(QStringLiteral("tenant_id")).toString().toStdString();
        }
        for (const auto& [name, value] : context.params) {
            if (!entry.target.empty())
                entry.target += ' ';
            entry.target += name + "=" + value;
        }
        if (response.result() == http::status::created) {
            const QJsonObject created =
                QJsonDocument::fromJson(QByteArray::fromStdString(response.body())).object();
            const std::string id = created.value(QStringLiteral("id")).toString().toStdString();
            if (!id.empty())
                entry.target += (entry.target.empty() ? "id=" : " id=") + id;
        }
        if (entry.tenantId.empty()) {
            const std::string_view tenant = !context.param("tid").empty() ? context.param("tid")
                                            : pattern.rfind("/v1/tenants/{id}", 0) == 0
                                                ? context.param("id")
                                                : std::string_view{};
            entry.tenantId = std::string(tenant);
            if (entry.tenantId.empty() && pattern == "/v1/tenants" &&
                response.result() == http::status::created) {
                entry.tenantId = QJsonDocument::fromJson(QByteArray::fromStdString(response.body()))
                                     .object()
                                     .value(QStringLiteral("id"))
                                     .toString()
                                     .toStdString();
            }
        }
        if (auto appended = log.append(entry); !appended)
            qCWarning(lcAudit) << "cannot append to the audit log:" << appended.error().detail;
    };
}

} // namespace Server
