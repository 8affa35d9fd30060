#pragma once

// Where tokens live: the OS keychain (Keychain on macOS, Credential Manager on Windows, the
// Secret Service — gnome-keyring, KWallet — on Linux). Nothing secret is ever written to a
// file or a log by the app itself.

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Platform {

class ISecretStore
{
public:
    using WriteCallback = std::function<void(Core::Status)>;
    using ReadCallback = std::function<void(Core::Result<QByteArray>)>;

    virtual ~ISecretStore() = default;

    // Each call finishes asynchronously and calls done exactly once on the caller's thread,
    // unless guard is destroyed first. Reading a key that was never written gives NotFound.
    virtual void writeSecret(const QString& key, const QByteArray& secret, QObject* guard,
                             WriteCallback done) = 0;
    virtual void readSecret(const QString& key, QObject* guard, ReadCallback done) = 0;
    virtual void deleteSecret(const QString& key, QObject* guard, WriteCallback done) = 0;
};

// The OS keychain through QtKeychain. service names the application entry in the keychain.
[[nodiscard]] std::unique_ptr<ISecretStore> createKeychainSecretStore(const QString& service);

} // namespace Platform
