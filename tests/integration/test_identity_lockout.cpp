// Repeated sign-in failures are slowed, then locked out with 429 and Retry-After, per account
// and per source address (issue 3).
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace TestSupport;

class IdentityLockout : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
    }
    HttpResult attempt(const QString& email, const QString& password)
    {
        return httpRequest("POST", m_server.url(QStringLiteral("/v1/auth/login")),
                           QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                     {QStringLiteral("password"), password}})
                               .toJson());
    }
    ServerProcess m_server;
};

TEST_F(IdentityLockout, Account_SlowedThenLocked_SurvivesRestart)
{
    const QString wrong = QStringLiteral("Wrong-Passw0rd");
    EXPECT_EQ(attempt(kOperatorEmail, wrong).status, 401);
    EXPECT_EQ(attempt(kOperatorEmail, wrong).status, 401);
    EXPECT_EQ(attempt(kOperatorEmail, wrong).status, 401);
    // Slowed: the next attempt must wait, even with the right password.
    const HttpResult slowed = attempt(kOperatorEmail, kTestPassword);
    EXPECT_EQ(slowed.status, 429);
    EXPECT_GE(slowed.header("Retry-After").toInt(), 1);
    EXPECT_EQ(slowed.header("Content-Type"), "application/problem+json");

    // Keep failing as soon as allowed: the waits grow into a lockout of a minute or more.
    int retryAfter = 0;
    EXPECT_TRUE(waitUntil(
        [&] {
            const HttpResult reply = attempt(kOperatorEmail, wrong);
            retryAfter = reply.status == 429 ? reply.header("Retry-After").toInt() : 0;
            return retryAfter >= 50;
        },
        std::chrono::seconds(10)));
    EXPECT_EQ(attempt(kOperatorEmail, kTestPassword).status, 429);

    // The counters live in the database: a restart does not lift the lockout.
    ASSERT_EQ(m_server.terminate(), 0);
    ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
    const HttpResult afterRestart = attempt(kOperatorEmail, kTestPassword);
    EXPECT_EQ(afterRestart.status, 429);
    EXPECT_GE(afterRestart.header("Retry-After").toInt(), 30);
}

TEST_F(IdentityLockout, Address_ManyAccountsFromOneAddress_Throttled)
{
    int status = 0;
    int attempts = 0;
    while (attempts < 40) {
        status = attempt(QStringLiteral("spray%1@example.test").arg(attempts),
                         QStringLiteral("Spring2026!"))
                     .status;
        ++attempts;
        if (status != 401)
            break;
    }
    EXPECT_EQ(status, 429);
    EXPECT_GE(attempts, 20);
    // Every account is now refused from this address, the operator's too.
    EXPECT_EQ(attempt(kOperatorEmail, kTestPassword).status, 429);
}

} // namespace
