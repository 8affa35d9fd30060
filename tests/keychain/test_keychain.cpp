// The real QtKeychain path against gnome-keyring in a private D-Bus session
// (tests/support/with-keyring.sh sets that up around this binary).
#include "platform/secretstore.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QUuid>

#include <optional>

namespace {

using TestSupport::waitUntil;

class Keychain : public ::testing::Test
{
protected:
    std::unique_ptr<Platform::ISecretStore> m_store =
        Platform::createKeychainSecretStore(QStringLiteral("onestream-studio-tests"));
    QObject m_guard;
    QString m_key =
        QStringLiteral("test-token-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    Core::Status write(const QByteArray& secret)
    {
        std::optional<Core::Status> result;
        m_store->writeSecret(m_key, secret, &m_guard, [&](Core::Status s) { result = s; });
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }, std::chrono::seconds(20)));
        return result.value_or(
            Core::makeError(Core::ErrorCode::Timeout, QStringLiteral("timeout")));
    }
    Core::Result<QByteArray> read()
    {
        std::optional<Core::Result<QByteArray>> result;
        m_store->readSecret(m_key, &m_guard, [&](Core::Result<QByteArray> r) { result = r; });
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }, std::chrono::seconds(20)));
        return result.value_or(
            Core::makeError(Core::ErrorCode::Timeout, QStringLiteral("timeout")));
    }
    Core::Status remove()
    {
        std::optional<Core::Status> result;
        m_store->deleteSecret(m_key, &m_guard, [&](Core::Status s) { result = s; });
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }, std::chrono::seconds(20)));
        return result.value_or(
            Core::makeError(Core::ErrorCode::Timeout, QStringLiteral("timeout")));
    }
};

TEST_F(Keychain, WriteReadDelete_RealBackend_RoundTrips)
{
    // Binary-safe: a refresh token is opaque bytes.
    const QByteArray secret =
        QByteArray("rt_") + QByteArray(1, '\0') + QByteArray("\xE2\x9C\x93 token");
    const auto written = write(secret);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();

    const auto readBack = read();
    ASSERT_TRUE(readBack.ok()) << readBack.error().toString().toStdString();
    EXPECT_EQ(*readBack, secret);

    const auto overwritten = write("second");
    ASSERT_TRUE(overwritten.ok());
    EXPECT_EQ(read().valueOr(QByteArray()), QByteArray("second"));

    const auto removed = remove();
    ASSERT_TRUE(removed.ok()) << removed.error().toString().toStdString();
    const auto gone = read();
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, Core::ErrorCode::NotFound);
}

TEST_F(Keychain, Read_NeverWritten_IsNotFound)
{
    const auto missing = read();
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Core::ErrorCode::NotFound);
}

TEST_F(Keychain, Callback_GuardDestroyed_NeverCalled)
{
    bool called = false;
    {
        QObject shortLived;
        m_store->readSecret(m_key, &shortLived, [&](Core::Result<QByteArray>) { called = true; });
    }
    // A second request on the same backend finishes after the first would have.
    EXPECT_FALSE(read().ok());
    EXPECT_FALSE(called);
}

} // namespace
