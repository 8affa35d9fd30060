// The signed-in session against the real server: restored from the keychain, every token
// rotation written back, and a session the server ended is announced (not a silent failure).
#include "core/api/apiclient.h"
#include "platform/secretstore.h"
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"
#include "ui/session.h"
#include "ui/signinpage.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace {

using TestSupport::waitUntil;

class MemoryStore : public Platform::ISecretStore
{
public:
    void writeSecret(const QString& key, const QByteArray& secret, QObject*,
                     WriteCallback done) override
    {
        secrets[key] = secret;
        done({});
    }
    void readSecret(const QString& key, QObject*, ReadCallback done) override
    {
        if (!secrets.contains(key)) {
            done(Core::Error{Core::ErrorCode::NotFound, QStringLiteral("no such key")});
            return;
        }
        done(secrets.value(key));
    }
    void deleteSecret(const QString& key, QObject*, WriteCallback done) override
    {
        secrets.remove(key);
        done({});
    }
    QMap<QString, QByteArray> secrets;
};

class SessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(TestSupport::initOperator(m_server));
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
        TestSupport::IdentityFixture identity(m_server);
        auto tenant = identity.createTenant(QStringLiteral("Session"));
        ASSERT_TRUE(tenant) << identity.lastError().toStdString();
        m_owner = tenant->owner;
    }

    QString storedRefreshToken() const
    {
        return QJsonDocument::fromJson(m_store.secrets.value(Gui::SignInPage::kKeychainKey))
            .object()
            .value(QStringLiteral("refresh_token"))
            .toString();
    }

    TestSupport::ServerProcess m_server;
    TestSupport::Account m_owner;
    QNetworkAccessManager m_network;
    MemoryStore m_store;
};

TEST_F(SessionTest, Restore_KeychainForThisServer_ClientWithTokensAndRotationStored)
{
    m_store.secrets[Gui::SignInPage::kKeychainKey] = Gui::Session::encodeLogin(
        m_server.baseUrl(), m_owner.email, {m_owner.accessToken, m_owner.refreshToken});
    Gui::Session session(m_network, &m_store);
    QSignalSpy clients(&session, &Gui::Session::clientChanged);
    bool restored = false;
    session.restore(m_server.baseUrl(), [&](bool ok) { restored = ok; });
    ASSERT_TRUE(waitUntil([&] { return restored; }));
    ASSERT_NE(session.client(), nullptr);
    EXPECT_EQ(clients.count(), 1);
    EXPECT_EQ(session.email(), m_owner.email);

    bool refreshed = false;
    session.client()->refresh(&session, [&](bool ok) { refreshed = ok; });
    ASSERT_TRUE(waitUntil([&] { return refreshed; }));
    EXPECT_NE(session.client()->tokens().refreshToken, m_owner.refreshToken);
    EXPECT_EQ(storedRefreshToken(), session.client()->tokens().refreshToken);

    // Another server: nothing restored.
    Gui::Session other(m_network, &m_store);
    bool answered = false;
    other.restore(QUrl(QStringLiteral("https://elsewhere.example")), [&](bool ok) {
        answered = true;
        restored = ok;
    });
    ASSERT_TRUE(waitUntil([&] { return answered; }));
    EXPECT_FALSE(restored);
    EXPECT_EQ(other.client(), nullptr);
}

TEST_F(SessionTest, ServerEndsSession_SessionEndedWithEmail_TokensForgotten)
{
    Gui::Session session(m_network, &m_store);
    session.start(m_server.baseUrl(), m_owner.email, {m_owner.accessToken, m_owner.refreshToken});
    session.saveToKeychain();
    ASSERT_FALSE(storedRefreshToken().isEmpty());
    // Signed out elsewhere: the session is revoked on the server.
    const auto logout =
        TestSupport::httpRequest("POST", m_server.url(QStringLiteral("/v1/auth/logout")), {},
                                 {TestSupport::bearer(m_owner.accessToken)});
    ASSERT_EQ(logout.status, 204) << logout.body.toStdString();

    QSignalSpy ended(&session, &Gui::Session::sessionEnded);
    QSignalSpy clients(&session, &Gui::Session::clientChanged);
    int status = 0;
    session.client()->send(
        "GET", QStringLiteral("/v1/videos"), {}, &session,
        [&](Core::Result<Api::ApiResponse> reply) { status = reply ? reply->status : -1; });
    ASSERT_TRUE(waitUntil([&] { return ended.count() == 1; }));
    EXPECT_EQ(ended.at(0).at(0).toString(), m_owner.email);
    EXPECT_TRUE(waitUntil([&] { return status == 401; })); // the caller gets its answer too
    EXPECT_EQ(session.client(), nullptr);
    ASSERT_GE(clients.count(), 1);
    EXPECT_EQ(clients.last().at(0).value<Api::ApiClient*>(), nullptr);
    EXPECT_FALSE(m_store.secrets.contains(Gui::SignInPage::kKeychainKey));
}

} // namespace
