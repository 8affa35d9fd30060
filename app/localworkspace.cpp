#include "app/localworkspace.h"

#include "server/bootstrap.h"
#include "server/database.h"
#include "server/identitystore.h"
#include "server/serverapp.h"
#include "server/sql.h"

namespace App {

Core::Result<std::unique_ptr<LocalWorkspace>> LocalWorkspace::start(const QString& dataDir)
{
    Server::ServerConfig config;
    config.dataDir = dataDir.toStdString();
    config.listenAddress = "127.0.0.1";
    config.port = 0;
    config.threads = 2;
    auto server = Server::ServerApp::create(std::move(config));
    if (!server)
        return server.error();
    std::unique_ptr<LocalWorkspace> workspace(new LocalWorkspace);
    workspace->m_server = std::move(server).value();
    workspace->m_server->start();
    workspace->m_baseUrl = QUrl(QString::fromStdString(workspace->m_server->baseUrl()));
    workspace->m_dataDir = dataDir;
    return workspace;
}

Core::Result<bool> LocalWorkspace::hasAccounts() const
{
    auto db =
        Server::Database::open(std::filesystem::path(m_dataDir.toStdString()) / "onestream.db");
    if (!db)
        return db.error();
    Server::IdentityStore identity(*db.value(), Server::epochNow);
    auto operators = identity.operatorCount();
    if (!operators)
        return operators.error();
    return operators.value() > 0;
}

Core::Status LocalWorkspace::createOperator(const QString& email, const QString& password) const
{
    return Server::initPlatformOperator(m_dataDir.toStdString(), email, password);
}

LocalWorkspace::~LocalWorkspace()
{
    if (m_server)
        m_server->stop();
}

} // namespace App
