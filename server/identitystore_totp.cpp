// IdentityStore: TOTP enrolment and the secret at rest (sealed with AES-256-GCM, see
// server/secretbox.h; the sealed value is bound to the user id).
#include "server/identitystore.h"

#include "server/credentials.h"
#include "server/sql.h"
#include "server/totp.h"

#include <vector>

namespace Server {

namespace {

std::string totpContext(const std::string& userId)
{
    return "totp:" + userId;
}

} // namespace

Core::Result<std::string> IdentityStore::storeTotpSecret(const std::string& userId,
                                                         const QByteArray& secret) const
{
    if (m_secrets == nullptr)
        return secret.toBase64().toStdString();
    return m_secrets->seal(secret, totpContext(userId));
}

Core::Result<QByteArray> IdentityStore::openTotpSecret(const std::string& userId,
                                                       const std::string& stored) const
{
    if (stored.empty())
        return QByteArray();
    if (SecretBox::isSealed(stored)) {
        if (m_secrets == nullptr) {
            return Core::makeError(Core::ErrorCode::Internal,
                                   QStringLiteral("a sealed TOTP secret but no secret key"));
        }
        return m_secrets->open(stored, totpContext(userId));
    }
    // Written before secrets were sealed; sealPlaintextTotpSecrets() converts these at start.
    return QByteArray::fromBase64(QByteArray::fromStdString(stored));
}

Core::Result<std::optional<QByteArray>> IdentityStore::beginTotp(const std::string& userId)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<QByteArray>> {
        auto enabled = sqlScalar(db, "SELECT totp_enabled FROM users WHERE id = ?1", {userId});
        if (!enabled)
            return enabled.error();
        if (enabled.value() != 0)
            return std::optional<QByteArray>{};
        const QByteArray secret = QByteArray::fromHex(QByteArray::fromStdString(randomHex(20)));
        auto sealed = storeTotpSecret(userId, secret);
        if (!sealed)
            return sealed.error();
        if (auto stored = sqlExec(db, "UPDATE users SET totp_secret = ?2 WHERE id = ?1",
                                  {userId, sealed.value()});
            !stored) {
            return stored.error();
        }
        return std::optional<QByteArray>{secret};
    });
}

Core::Result<bool> IdentityStore::confirmTotp(const std::string& userId, const std::string& code)
{
    return m_db.withLock([&](Database& db) -> Core::Result<bool> {
        auto rows = sqlQuery(db,
                             "SELECT COALESCE(totp_secret, ''), totp_enabled, totp_last_step FROM "
                             "users WHERE id = ?1",
                             {userId});
        if (!rows)
            return rows.error();
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value() || rows->columnText(0).empty() || rows->columnInt(1) != 0)
            return false;
        auto secret = openTotpSecret(userId, rows->columnText(0));
        if (!secret)
            return secret.error();
        const auto step = verifyTotp(secret.value(), code, m_clock(), rows->columnInt(2));
        if (!step)
            return false;
        if (auto enabled = sqlExec(db,
                                   "UPDATE users SET totp_enabled = 1, totp_last_step = ?2 WHERE "
                                   "id = ?1",
                                   {userId, static_cast<long long>(*step)});
            !enabled) {
            return enabled.error();
        }
        return true;
    });
}

Core::Result<TotpOff> IdentityStore::disableTotp(const std::string& userId, const std::string& code)
{
    return m_db.withLock([&](Database& db) -> Core::Result<TotpOff> {
        auto rows = sqlQuery(db,
                             std::string("SELECT u.totp_enabled, COALESCE(u.totp_secret, ''), "
                                         "u.totp_last_step, ") +
                                 kTotpRequiredByPolicySql +
                                 " FROM users u LEFT JOIN tenants t ON t.id = u.tenant_id WHERE "
                                 "u.id = ?1",
                             {userId});
        if (!rows)
            return rows.error();
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value() || rows->columnInt(0) == 0)
            return TotpOff::NotEnabled;
        if (rows->columnInt(3) != 0)
            return TotpOff::RequiredByPolicy;
        auto secret = openTotpSecret(userId, rows->columnText(1));
        if (!secret)
            return secret.error();
        const auto step = verifyTotp(secret.value(), code, m_clock(), rows->columnInt(2));
        if (!step)
            return TotpOff::InvalidCode;
        if (auto off = sqlExec(db,
                               "UPDATE users SET totp_enabled = 0, totp_secret = NULL, "
                               "totp_last_step = ?2 WHERE id = ?1",
                               {userId, static_cast<long long>(*step)});
            !off) {
            return off.error();
        }
        return TotpOff::Off;
    });
}

Core::Result<bool> IdentityStore::resetTotp(const std::string& userId)
{
    return m_db.withLock([&](Database& db) -> Core::Result<bool> {
        auto had = sqlScalar(db,
                             "SELECT COUNT(*) FROM users WHERE id = ?1 AND (totp_enabled <> 0 OR "
                             "COALESCE(totp_secret, '') <> '')",
                             {userId});
        if (!had)
            return had.error();
        if (had.value() == 0)
            return false;
        if (auto reset = sqlExec(db,
                                 "UPDATE users SET totp_enabled = 0, totp_secret = NULL WHERE "
                                 "id = ?1",
                                 {userId});
            !reset) {
            return reset.error();
        }
        return true;
    });
}

Core::Status IdentityStore::recordTotpStep(const std::string& userId, std::int64_t step)
{
    return m_db.withLock([&](Database& db) {
        return sqlExec(db, "UPDATE users SET totp_last_step = ?2 WHERE id = ?1",
                       {userId, static_cast<long long>(step)});
    });
}

Core::Result<int> IdentityStore::sealPlaintextTotpSecrets()
{
    if (m_secrets == nullptr)
        return 0;
    return m_db.withLock([&](Database& db) -> Core::Result<int> {
        auto rows = sqlQuery(db, "SELECT id, totp_secret FROM users WHERE totp_secret IS NOT "
                                 "NULL AND totp_secret <> '' AND totp_secret NOT LIKE 'v1:%'");
        if (!rows)
            return rows.error();
        std::vector<std::pair<std::string, std::string>> plain;
        while (true) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            plain.emplace_back(rows->columnText(0), rows->columnText(1));
        }
        if (plain.empty())
            return 0;
        auto sealedAll = db.inTransaction([&]() -> Core::Status {
            for (const auto& [userId, stored] : plain) {
                auto sealed = m_secrets->seal(
                    QByteArray::fromBase64(QByteArray::fromStdString(stored)), totpContext(userId));
                if (!sealed)
                    return sealed.error();
                if (auto updated = sqlExec(db, "UPDATE users SET totp_secret = ?2 WHERE id = ?1",
                                           {userId, sealed.value()});
                    !updated) {
                    return updated;
                }
            }
            return {};
        });
        if (!sealedAll)
            return sealedAll.error();
        return static_cast<int>(plain.size());
    });
}

Core::Result<std::optional<QByteArray>> IdentityStore::pendingTotp(const std::string& userId)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<QByteArray>> {
        std::string stored;
        {
            auto rows = sqlQuery(db,
                                 "SELECT COALESCE(totp_secret, ''), totp_enabled FROM users WHERE "
                                 "id = ?1",
                                 {userId});
            if (!rows)
                return rows.error();
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value() || rows->columnInt(1) != 0)
                return std::optional<QByteArray>{};
            stored = rows->columnText(0);
        }
        if (!stored.empty()) {
            // Asked again (the person retries the sign-in): the secret they may have scanned
            // already stays valid.
            auto secret = openTotpSecret(userId, stored);
            if (!secret)
                return secret.error();
            return std::optional<QByteArray>{secret.value()};
        }
        return beginTotp(userId);
    });
}

Core::Result<std::optional<bool>> IdentityStore::tenantRequiresTotp(const std::string& tenantId)
{
    return m_db.withLock([&](Database& db) -> Core::Result<std::optional<bool>> {
        auto value =
            sqlScalar(db, "SELECT require_totp FROM tenants WHERE id = ?1", {tenantId}, -1);
        if (!value)
            return value.error();
        if (value.value() < 0)
            return std::optional<bool>{};
        return std::optional<bool>{value.value() != 0};
    });
}

Core::Result<bool> IdentityStore::setTenantRequiresTotp(const std::string& tenantId, bool required)
{
    return m_db.withLock([&](Database& db) -> Core::Result<bool> {
        if (auto updated = sqlExec(db, "UPDATE tenants SET require_totp = ?2 WHERE id = ?1",
                                   {tenantId, static_cast<long long>(required ? 1 : 0)});
            !updated) {
            return updated.error();
        }
        auto found = sqlScalar(db, "SELECT COUNT(*) FROM tenants WHERE id = ?1", {tenantId});
        if (!found)
            return found.error();
        return found.value() > 0;
    });
}

Core::Result<bool> IdentityStore::platformRequiresTotp()
{
    return m_db.withLock([&](Database& db) -> Core::Result<bool> {
        auto value =
            sqlScalar(db, "SELECT CAST(value AS INTEGER) FROM platform_settings WHERE key = "
                          "'require_totp'");
        if (!value)
            return value.error();
        return value.value() != 0;
    });
}

Core::Status IdentityStore::setPlatformRequiresTotp(bool required)
{
    return m_db.withLock([&](Database& db) {
        return sqlExec(db,
                       "INSERT INTO platform_settings(key, value) VALUES('require_totp', ?1) ON "
                       "CONFLICT(key) DO UPDATE SET value = excluded.value",
                       {std::string(required ? "1" : "0")});
    });
}

} // namespace Server
