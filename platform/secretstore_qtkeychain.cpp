// QtKeychain is itself the per-OS layer (Security.framework, wincred, libsecret/KWallet), so
// one file serves every platform here.
#include "platform/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcKeychain, "onestream.platform.keychain")

namespace Platform {
namespace {

Core::Error keychainError(const QKeychain::Job& job)
{
    using QKeychain::Error;
    switch (job.error()) {
    case Error::EntryNotFound:
        return Core::makeError(Core::ErrorCode::NotFound,
                               QStringLiteral("no keychain entry: %1").arg(job.key()), job.error());
    case Error::AccessDenied:
    case Error::AccessDeniedByUser:
        return Core::makeError(Core::ErrorCode::PermissionDenied,
                               QStringLiteral("keychain access denied: %1").arg(job.errorString()),
                               job.error());
    case Error::NoBackendAvailable:
    case Error::NotImplemented:
        return Core::makeError(Core::ErrorCode::Unsupported,
                               QStringLiteral("no keychain available: %1").arg(job.errorString()),
                               job.error());
    default:
        return Core::makeError(Core::ErrorCode::Io,
                               QStringLiteral("keychain error: %1").arg(job.errorString()),
                               job.error());
    }
}

class KeychainSecretStore final : public ISecretStore
{
public:
    explicit KeychainSecretStore(QString service) : m_service(std::move(service)) {}

    void writeSecret(const QString& key, const QByteArray& secret, QObject* guard,
                     WriteCallback done) override
    {
        auto* job = new QKeychain::WritePasswordJob(m_service);
        job->setAutoDelete(true);
        job->setKey(key);
        job->setBinaryData(secret);
        finishStatus(job, guard, std::move(done));
        job->start();
    }

    void readSecret(const QString& key, QObject* guard, ReadCallback done) override
    {
        auto* job = new QKeychain::ReadPasswordJob(m_service);
        job->setAutoDelete(true);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, guard,
                         [job, done = std::move(done)](QKeychain::Job*) {
                             if (job->error() != QKeychain::NoError) {
                                 done(keychainError(*job));
                                 return;
                             }
                             done(job->binaryData());
                         });
        job->start();
    }

    void deleteSecret(const QString& key, QObject* guard, WriteCallback done) override
    {
        auto* job = new QKeychain::DeletePasswordJob(m_service);
        job->setAutoDelete(true);
        job->setKey(key);
        finishStatus(job, guard, std::move(done));
        job->start();
    }

private:
    static void finishStatus(QKeychain::Job* job, QObject* guard, WriteCallback done)
    {
        QObject::connect(job, &QKeychain::Job::finished, guard,
                         [done = std::move(done)](QKeychain::Job* finished) {
                             if (finished->error() != QKeychain::NoError) {
                                 qCWarning(lcKeychain)
                                     << "keychain job failed for key" << finished->key()
                                     << finished->errorString();
                                 done(keychainError(*finished));
                                 return;
                             }
                             done(Core::Status{});
                         });
    }

    QString m_service;
};

} // namespace

std::unique_ptr<ISecretStore> createKeychainSecretStore(const QString& service)
{
    return std::make_unique<KeychainSecretStore>(service);
}

} // namespace Platform
