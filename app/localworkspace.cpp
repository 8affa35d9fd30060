#include "app/localworkspace.h"

#include "server/serverapp.h"

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

LocalWorkspace::~LocalWorkspace()
{
    if (m_server)
        m_server->stop();
}

} // namespace App
