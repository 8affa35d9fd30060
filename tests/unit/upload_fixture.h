#pragma once

// In-process reference server with a test authenticator ("Bearer test:<tenant>:<user>:<role>")
// standing in for sign-in, plus file helpers, shared by the upload and video tests.
#include "core/upload/uploadtask.h"
#include "server/serverapp.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace UploadFixture {

using namespace Upload;
using TestSupport::waitUntil;

// "Authorization: Bearer test:<tenant>:<user>:<role>" becomes that principal.
inline std::optional<Server::Principal> testAuthenticator(const Server::Request& request,
                                                          const std::string&)
{
    const std::string_view header = request[Server::http::field::authorization];
    constexpr std::string_view prefix = "Bearer test:";
    if (header.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    const QStringList parts =
        QString::fromUtf8(header.substr(prefix.size()).data(),
                          static_cast<qsizetype>(header.size() - prefix.size()))
            .split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    Server::Principal principal;
    principal.tenantId = parts[0].toStdString();
    principal.userId = parts[1].toStdString();
    principal.roles = {parts[2].toStdString()};
    return principal;
}

inline QByteArray bearer(const char* tenant, const char* user, const char* role)
{
    return QByteArray("Bearer test:") + tenant + ':' + user + ':' + role;
}

inline UploadAuth authFor(const char* tenant, const char* user = "alice",
                          const char* role = "uploader")
{
    const QByteArray token = bearer(tenant, user, role);
    return UploadAuth{[token] {
                          return QList<QPair<QByteArray, QByteArray>>{{"Authorization", token}};
                      },
                      {}};
}

inline UploadOptions fastOptions()
{
    UploadOptions options;
    options.initialChunkBytes = 256 * 1024;
    options.minChunkBytes = 64 * 1024;
    options.backoffBase = std::chrono::milliseconds(20);
    options.backoffMax = std::chrono::milliseconds(200);
    options.transferTimeout = std::chrono::seconds(5);
    return options;
}

class UploadEngine : public ::testing::Test
{
protected:
    void startServer(Server::UploadLimits limits = {},
                     std::vector<std::filesystem::path> roots = {})
    {
        Server::ServerConfig config;
        config.dataDir = (m_dir.path() + QStringLiteral("/server")).toStdString();
        config.uploadLimits = limits;
        config.storageRoots = std::move(roots);
        auto app = Server::ServerApp::create(config);
        ASSERT_TRUE(app.ok()) << app.error().detail.toStdString();
        m_app = std::move(app).value();
        m_app->http().setAuthenticator(testAuthenticator);
        m_app->start();
    }

    QUrl endpoint(quint16 port = 0) const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/v1/uploads/").arg(port ? port : m_app->port()));
    }

    QString makeFile(const QString& name, qint64 size, char salt = 0)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray block(64 * 1024, '\0');
        quint32 x = 2463534242U + static_cast<quint32>(salt);
        for (qint64 written = 0; written < size; written += block.size()) {
            for (char& c : block) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                c = static_cast<char>(x);
            }
            file.write(block.constData(), std::min<qint64>(block.size(), size - written));
        }
        return path;
    }

    static QByteArray sha256Hex(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        return hash.result().toHex();
    }

    QString storedObject(const char* tenant, const QUrl& uploadUrl) const
    {
        return m_dir.path() + QStringLiteral("/server/objects/uploads/") +
               QString::fromLatin1(tenant) + QLatin1Char('/') + uploadUrl.fileName();
    }

    static bool finish(UploadTask& task,
                       std::chrono::milliseconds timeout = std::chrono::seconds(30))
    {
        bool done = false;
        QObject::connect(&task, &UploadTask::finished, [&done] { done = true; });
        task.start();
        return waitUntil([&] { return done; }, timeout);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Server::ServerApp> m_app;
    QNetworkAccessManager m_network;
};

} // namespace UploadFixture
