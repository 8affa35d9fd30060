// server/loginthrottle.h: the curve, and the counters surviving a new throttle on the same
// database (a server restart).
#include "server/database.h"
#include "server/loginthrottle.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

namespace {

using Server::Database;
using Server::LoginThrottle;

class LoginThrottleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(std::filesystem::path(m_dir.path().toStdString()) / "t.db");
        ASSERT_TRUE(db) << db.error().detail.toStdString();
        m_db = std::move(db).value();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::int64_t m_now = 1'800'000'000;
    Server::Clock m_clock = [this] { return m_now; };
};

TEST_F(LoginThrottleTest, Failures_SlowedThenLocked)
{
    LoginThrottle throttle(m_clock, m_db.get());
    for (int i = 0; i < 2; ++i)
        throttle.recordFailure("a@example.test", "10.0.0.1");
    EXPECT_EQ(throttle.retryAfterS("a@example.test", "10.0.0.1"), 0);
    throttle.recordFailure("a@example.test", "10.0.0.1");
    EXPECT_EQ(throttle.retryAfterS("a@example.test", "10.0.0.1"), 1);
    throttle.recordFailure("a@example.test", "10.0.0.1");
    throttle.recordFailure("a@example.test", "10.0.0.1");
    EXPECT_EQ(throttle.retryAfterS("a@example.test", "10.0.0.1"), 60);
    throttle.recordSuccess("a@example.test");
    EXPECT_EQ(throttle.retryAfterS("a@example.test", "10.0.0.2"), 0);
}

TEST_F(LoginThrottleTest, Restart_SameDatabase_LockoutKept)
{
    {
        LoginThrottle throttle(m_clock, m_db.get());
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure("a@example.test", "10.0.0.1");
        ASSERT_EQ(throttle.retryAfterS("a@example.test", "10.0.0.9"), 60);
    }
    m_now += 10;
    LoginThrottle restarted(m_clock, m_db.get());
    EXPECT_EQ(restarted.retryAfterS("a@example.test", "10.0.0.9"), 50);
    // The count goes on where it was: the next failure doubles the lock.
    m_now += 50;
    restarted.recordFailure("a@example.test", "10.0.0.9");
    EXPECT_EQ(restarted.retryAfterS("a@example.test", "10.0.0.9"), 120);
}

TEST_F(LoginThrottleTest, Restart_AfterSuccess_NothingKept)
{
    {
        LoginThrottle throttle(m_clock, m_db.get());
        for (int i = 0; i < 3; ++i)
            throttle.recordFailure("a@example.test", "10.0.0.1");
        throttle.recordSuccess("a@example.test");
    }
    LoginThrottle restarted(m_clock, m_db.get());
    EXPECT_EQ(restarted.retryAfterS("a@example.test", "10.0.0.2"), 0);
}

} // namespace
