// The purge of terminated tenants with a clock the test moves (issue 3).
#include "server/database.h"
#include "server/identitystore.h"
#include "server/sql.h"
#include "server/tenantpurge.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QTemporaryDir>

namespace {

using namespace Server;

std::int64_t at(const char* isoDate)
{
    return QDateTime::fromString(QString::fromLatin1(isoDate), Qt::ISODate).toSecsSinceEpoch();
}

class TenantPurgeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(std::filesystem::path(m_dir.path().toStdString()) / "t.db");
        ASSERT_TRUE(db);
        m_db = std::move(db).value();
    }
    std::string terminatedTenant(const char* contractEnd)
    {
        IdentityStore identity(*m_db, [this] { return m_now; });
        auto tenant = identity.createTenant({std::string("T"), {}, {}, std::string(contractEnd)});
        const std::string id = tenant->value(QStringLiteral("id")).toString().toStdString();
        EXPECT_TRUE(identity.inviteUser(id, "u" + id + "@x.test", "", "viewer", ""));
        EXPECT_TRUE(identity.terminateTenant(id, std::nullopt));
        return id;
    }
    long long count(const char* sql)
    {
        return m_db->withLock([&](Database& db) { return sqlScalar(db, sql).valueOr(-1); });
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::int64_t m_now = at("2026-11-25T12:00:00Z");
};

TEST_F(TenantPurgeTest, RunOnce_ErasesOnThe31stDayAfterContractEnd)
{
    const std::string id = terminatedTenant("2026-12-31");
    TenantPurge purge(*m_db, [this] { return m_now; });

    m_now = at("2027-01-30T23:59:59Z"); // 30 days after the end: kept
    auto kept = purge.runOnce();
    ASSERT_TRUE(kept);
    EXPECT_TRUE(kept->empty());
    EXPECT_EQ(count("SELECT COUNT(*) FROM tenants"), 1);

    m_now = at("2027-01-31T00:00:00Z"); // 30 days after the day after the end: erased
    auto erased = purge.runOnce();
    ASSERT_TRUE(erased);
    ASSERT_EQ(erased->size(), 1u);
    EXPECT_EQ(erased->front(), id);
    EXPECT_EQ(count("SELECT COUNT(*) FROM tenants"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM invites"), 0);
}

TEST_F(TenantPurgeTest, RunOnce_ActiveTenantPastContractEnd_Kept)
{
    IdentityStore identity(*m_db, [this] { return m_now; });
    ASSERT_TRUE(identity.createTenant({std::string("Active"), {}, {}, std::string("2020-01-01")}));
    TenantPurge purge(*m_db, [this] { return m_now; });
    auto erased = purge.runOnce();
    ASSERT_TRUE(erased);
    EXPECT_TRUE(erased->empty());
    EXPECT_EQ(count("SELECT COUNT(*) FROM tenants"), 1);
}

} // namespace
