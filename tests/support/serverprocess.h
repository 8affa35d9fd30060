#pragma once

// Starts the real onestream-server binary on 127.0.0.1 with a temporary data folder and a
// free port, as every integration test does (STYLE.md §4).

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>

namespace TestSupport {

class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Starts the server; false (with reason in error()) when it did not print its
    // "listening on" line before the deadline.
    bool start(const QStringList& extraArguments = {},
               std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // SIGTERM, then waits for exit; returns the exit code, or -1 when it did not exit cleanly.
    int terminate(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    void kill();

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QUrl url(const QString& path) const;
    [[nodiscard]] QString dataDir() const { return m_dataDir.path(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QByteArray standardError();
    [[nodiscard]] QProcess& process() { return m_process; }

    [[nodiscard]] static QString binary();

private:
    QTemporaryDir m_dataDir;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace TestSupport
