#pragma once

// The local workspace (`onestream-studio --local`): the reference server embedded in-process,
// bound to 127.0.0.1 on a free port, with its data in the user's app-data folder.

#include "core/result.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace Server {
class ServerApp;
}

namespace App {

class LocalWorkspace
{
public:
    [[nodiscard]] static Core::Result<std::unique_ptr<LocalWorkspace>>
    start(const QString& dataDir);
    ~LocalWorkspace();

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }

    // False while the workspace has no account at all (first run: the GUI offers to create
    // the first owner).
    [[nodiscard]] Core::Result<bool> hasAccounts() const;
    // Seats the workspace's platform operator in-process (`onestream-server init`); only
    // possible while there is none. Blocking (password hashing): call it off the GUI thread.
    [[nodiscard]] Core::Status createOperator(const QString& email, const QString& password) const;

private:
    LocalWorkspace() = default;
    std::unique_ptr<Server::ServerApp> m_server;
    QUrl m_baseUrl;
    QString m_dataDir;
};

} // namespace App
