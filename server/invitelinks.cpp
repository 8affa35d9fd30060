#include "server/invitelinks.h"

#include "server/credentials.h"
#include "server/sql.h"

#include <QJsonArray>

namespace Server {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

constexpr std::string_view kLinkColumns =
    "SELECT id, role, max_signups, signups, expires_at, requires_approval, created_by, "
    "created_at, revoked_at FROM invite_links ";

QJsonObject linkJson(const Statement& row, std::int64_t now)
{
    const std::int64_t expiresAt = row.columnInt(4);
    const long long max = row.columnInt(2);
    const long long used = row.columnInt(3);
    QString status = QStringLiteral("active");
    if (!row.columnIsNull(8))
        status = QStringLiteral("revoked");
    else if (expiresAt <= now)
        status = QStringLiteral("expired");
    else if (used >= max)
        status = QStringLiteral("full");
    QJsonObject link{{QStringLiteral("id"), qs(row.columnText(0))},
                     {QStringLiteral("role"), qs(row.columnText(1))},
                     {QStringLiteral("max_signups"), max},
                     {QStringLiteral("signups"), used},
                     {QStringLiteral("expires_at"), qs(isoTime(expiresAt))},
                     {QStringLiteral("requires_approval"), row.columnInt(5) != 0},
                     {QStringLiteral("created_by"), qs(row.columnText(6))},
                     {QStringLiteral("created_at"), qs(isoTime(row.columnInt(7)))},
                     {QStringLiteral("status"), status}};
    if (!row.columnIsNull(8))
        link.insert(QStringLiteral("revoked_at"), qs(isoTime(row.columnInt(8))));
    return link;
}

constexpr std::string_view kSignupColumns =
    "SELECT id, link_id, email, display_name, role, status, created_at, "
    "COALESCE(decided_by, ''), decided_at, COALESCE(user_id, '') FROM link_signups ";

QJsonObject signupJson(const Statement& row)
{
    QJsonObject signup{{QStringLiteral("id"), qs(row.columnText(0))},
                       {QStringLiteral("link_id"), qs(row.columnText(1))},
                       {QStringLiteral("email"), qs(row.columnText(2))},
                       {QStringLiteral("display_name"), qs(row.columnText(3))},
                       {QStringLiteral("role"), qs(row.columnText(4))},
                       {QStringLiteral("status"), qs(row.columnText(5))},
                       {QStringLiteral("created_at"), qs(isoTime(row.columnInt(6)))}};
    if (!row.columnIsNull(8)) {
        signup.insert(QStringLiteral("decided_by"), qs(row.columnText(7)));
        signup.insert(QStringLiteral("decided_at"), qs(isoTime(row.columnInt(8))));
    }
    if (!row.columnText(9).empty())
        signup.insert(QStringLiteral("user_id"), qs(row.columnText(9)));
    return signup;
}

} // namespace

InviteLinks::InviteLinks(Database& db, IdentityStore& identity, Clock clock)
    : m_db(db), m_identity(identity), m_clock(std::move(clock))
{}

Core::Result<std::optional<QJsonObject>> InviteLinks::link(const std::string& tenantId,
                                                           const std::string& linkId)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<QJsonObject>> {
        auto rows = sqlQuery(db, std::string(kLinkColumns) + "WHERE tenant_id = ?1 AND id = ?2",
                             {tenantId, linkId});
        if (!rows)
            return rows.error();
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value())
            return std::optional<QJsonObject>{};
        return std::optional<QJsonObject>{linkJson(*rows, m_clock())};
    });
}

Core::Result<QJsonObject> InviteLinks::create(const std::string& tenantId,
                                              const InviteLinkFields& fields,
                                              const std::string& createdBy)
{
    const std::string id = "lnk_" + randomHex();
    const std::string token = randomToken();
    auto stored = m_db.withLock([&](Database& db) {
        return sqlExec(db,
                       "INSERT INTO invite_links(id, tenant_id, token_hash, role, max_signups, "
                       "expires_at, requires_approval, created_by, created_at) VALUES(?1, ?2, "
                       "?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                       {id, tenantId, sha256Hex(token), fields.role, fields.maxSignups,
                        static_cast<long long>(fields.expiresAt),
                        static_cast<long long>(fields.requiresApproval ? 1 : 0), createdBy,
                        static_cast<long long>(m_clock())});
    });
    if (!stored)
        return stored.error();
    auto created = link(tenantId, id);
    if (!created)
        return created.error();
    QJsonObject object = created.value().value_or(QJsonObject{});
    object.insert(QStringLiteral("token"), qs(token));
    return object;
}

Core::Result<QJsonObject> InviteLinks::list(const std::string& tenantId)
{
    return m_db.withLock([&](Database& db) -> Core::Result<QJsonObject> {
        auto rows = sqlQuery(
            db, std::string(kLinkColumns) + "WHERE tenant_id = ?1 ORDER BY created_at DESC, id",
            {tenantId});
        if (!rows)
            return rows.error();
        QJsonArray items;
        const std::int64_t now = m_clock();
        while (true) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            items.append(linkJson(*rows, now));
        }
        return QJsonObject{{QStringLiteral("items"), items}};
    });
}

Core::Result<std::optional<QJsonObject>> InviteLinks::revoke(const std::string& tenantId,
                                                             const std::string& linkId)
{
    auto revoked = m_db.withLock([&](Database& db) {
        return sqlExec(db,
                       "UPDATE invite_links SET revoked_at = ?3 WHERE tenant_id = ?1 AND id = ?2 "
                       "AND revoked_at IS NULL",
                       {tenantId, linkId, static_cast<long long>(m_clock())});
    });
    if (!revoked)
        return revoked.error();
    return link(tenantId, linkId);
}

Core::Result<long long> InviteLinks::seatLimitReached(const std::string& tenantId)
{
    return m_db.withLock([&](Database& db) -> Core::Result<long long> {
        auto limit = sqlScalar(db, "SELECT seat_limit FROM tenants WHERE id = ?1", {tenantId});
        if (!limit)
            return limit.error();
        if (limit.value() <= 0)
            return 0;
        auto used = sqlScalar(db, "SELECT COUNT(*) FROM users WHERE tenant_id = ?1", {tenantId});
        if (!used)
            return used.error();
        return used.value() >= limit.value() ? limit.value() : 0;
    });
}

Core::Result<SignupOutcome> InviteLinks::signup(const std::string& token, const std::string& email,
                                                const std::string& displayName,
                                                const std::string& passwordHash)
{
    // One lock for the checks and the writes: two sign-ups never both take the last place.
    return m_db.withLock([&](Database& db) -> Core::Result<SignupOutcome> {
        SignupOutcome outcome;
        std::string linkId;
        std::string tenantId;
        std::string role;
        bool approval = false;
        {
            // In a block: the statement ends before anything is written.
            auto rows = sqlQuery(db,
                                 "SELECT l.id, l.tenant_id, l.role, l.max_signups, l.signups, "
                                 "l.expires_at, l.requires_approval, l.revoked_at, t.status FROM "
                                 "invite_links l JOIN tenants t ON t.id = l.tenant_id WHERE "
                                 "l.token_hash = ?1",
                                 {sha256Hex(token)});
            if (!rows)
                return rows.error();
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                return outcome; // UnknownLink
            linkId = rows->columnText(0);
            tenantId = rows->columnText(1);
            role = rows->columnText(2);
            approval = rows->columnInt(6) != 0;
            if (!rows->columnIsNull(7))
                outcome.result = SignupResult::Revoked;
            else if (rows->columnInt(5) <= m_clock())
                outcome.result = SignupResult::Expired;
            else if (rows->columnText(8) != "active")
                outcome.result = SignupResult::TenantInactive;
            else if (rows->columnInt(4) >= rows->columnInt(3))
                outcome.result = SignupResult::Full;
        }
        if (outcome.result != SignupResult::UnknownLink)
            return outcome;

        auto taken = m_identity.emailTaken(email);
        if (!taken)
            return taken.error();
        auto pending = sqlScalar(db,
                                 "SELECT COUNT(*) FROM link_signups WHERE email = ?1 AND status "
                                 "= 'pending'",
                                 {email});
        if (!pending)
            return pending.error();
        if (taken.value() || pending.value() > 0) {
            outcome.result = SignupResult::EmailTaken;
            return outcome;
        }
        if (!approval) {
            auto full = seatLimitReached(tenantId);
            if (!full)
                return full.error();
            if (full.value() > 0) {
                outcome.result = SignupResult::SeatLimit;
                return outcome;
            }
        }
        if (auto counted = sqlExec(
                db, "UPDATE invite_links SET signups = signups + 1 WHERE id = ?1", {linkId});
            !counted) {
            return counted.error();
        }
        const std::string signupId = "sgn_" + randomHex();
        std::string userId;
        if (!approval) {
            auto user =
                m_identity.createActiveUser(tenantId, email, displayName, passwordHash, role);
            if (!user) {
                (void)sqlExec(db, "UPDATE invite_links SET signups = signups - 1 WHERE id = ?1",
                              {linkId});
                return user.error();
            }
            userId = user->value(QStringLiteral("id")).toString().toStdString();
            outcome.result = SignupResult::Active;
            outcome.object = user.value();
        } else {
            outcome.result = SignupResult::Pending;
        }
        // Pending sign-ups keep the password hash until decided; approved and rejected ones
        // forget it.
        if (auto recorded = sqlExec(db,
                                    "INSERT INTO link_signups(id, link_id, tenant_id, email, "
                                    "display_name, password_hash, role, status, created_at, "
                                    "user_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                                    "NULLIF(?10, ''))",
                                    {signupId, linkId, tenantId, email, displayName,
                                     approval ? SqlValue(passwordHash) : SqlValue(nullptr), role,
                                     std::string(approval ? "pending" : "approved"),
                                     static_cast<long long>(m_clock()), userId});
            !recorded) {
            return recorded.error();
        }
        if (approval) {
            auto signup = signupById(tenantId, signupId);
            if (!signup)
                return signup.error();
            outcome.object = signup.value().value_or(QJsonObject{});
        }
        return outcome;
    });
}

Core::Result<std::optional<QJsonObject>> InviteLinks::signupById(const std::string& tenantId,
                                                                 const std::string& id)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<QJsonObject>> {
        auto rows = sqlQuery(db, std::string(kSignupColumns) + "WHERE tenant_id = ?1 AND id = ?2",
                             {tenantId, id});
        if (!rows)
            return rows.error();
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value())
            return std::optional<QJsonObject>{};
        return std::optional<QJsonObject>{signupJson(*rows)};
    });
}

Core::Result<QJsonObject> InviteLinks::listSignups(const std::string& tenantId,
                                                   const std::string& status)
{
    return m_db.withLock([&](Database& db) -> Core::Result<QJsonObject> {
        auto rows = sqlQuery(db,
                             std::string(kSignupColumns) +
                                 "WHERE tenant_id = ?1 AND (?2 = '' OR status = ?2) ORDER BY "
                                 "created_at DESC, id LIMIT 500",
                             {tenantId, status});
        if (!rows)
            return rows.error();
        QJsonArray items;
        while (true) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            items.append(signupJson(*rows));
        }
        return QJsonObject{{QStringLiteral("items"), items}};
    });
}

Core::Result<SignupDecision> InviteLinks::decide(const std::string& tenantId,
                                                 const std::string& signupId, bool approve,
                                                 const std::string& decidedBy)
{
    return m_db.withLock([&](Database& db) -> Core::Result<SignupDecision> {
        SignupDecision outcome;
        std::string email;
        std::string displayName;
        std::string passwordHash;
        std::string role;
        {
            auto rows = sqlQuery(db,
                                 "SELECT email, display_name, COALESCE(password_hash, ''), role, "
                                 "status FROM link_signups WHERE tenant_id = ?1 AND id = ?2",
                                 {tenantId, signupId});
            if (!rows)
                return rows.error();
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                return outcome; // NotFound
            if (rows->columnText(4) != "pending") {
                outcome.result = SignupDecisionResult::NotPending;
                return outcome;
            }
            email = rows->columnText(0);
            displayName = rows->columnText(1);
            passwordHash = rows->columnText(2);
            role = rows->columnText(3);
        }
        std::string userId;
        if (approve) {
            auto taken = m_identity.emailTaken(email);
            if (!taken)
                return taken.error();
            if (taken.value()) {
                outcome.result = SignupDecisionResult::EmailTaken;
                return outcome;
            }
            auto full = seatLimitReached(tenantId);
            if (!full)
                return full.error();
            if (full.value() > 0) {
                outcome.result = SignupDecisionResult::SeatLimit;
                return outcome;
            }
            auto user =
                m_identity.createActiveUser(tenantId, email, displayName, passwordHash, role);
            if (!user)
                return user.error();
            userId = user->value(QStringLiteral("id")).toString().toStdString();
            outcome.user = user.value();
        }
        if (auto decided =
                sqlExec(db,
                        "UPDATE link_signups SET status = ?3, decided_by = ?4, "
                        "decided_at = ?5, password_hash = NULL, user_id = "
                        "NULLIF(?6, '') WHERE tenant_id = ?1 AND id = ?2",
                        {tenantId, signupId, std::string(approve ? "approved" : "rejected"),
                         decidedBy, static_cast<long long>(m_clock()), userId});
            !decided) {
            return decided.error();
        }
        auto signup = signupById(tenantId, signupId);
        if (!signup)
            return signup.error();
        outcome.signup = signup.value().value_or(QJsonObject{});
        outcome.result = SignupDecisionResult::Done;
        return outcome;
    });
}

} // namespace Server
