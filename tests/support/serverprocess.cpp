#include "tests/support/serverprocess.h"

#include <QDeadlineTimer>

#include <csignal>

namespace TestSupport {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    kill();
}

QString ServerProcess::binary()
{
    return QStringLiteral(ONESTREAM_SERVER_BINARY);
}

bool ServerProcess::start(const QStringList& extraArguments, std::chrono::milliseconds timeout)
{
    if (!m_dataDir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary data folder");
        return false;
    }
    QStringList arguments{QStringLiteral("--data"), m_dataDir.path(), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0")};
    arguments += extraArguments;
    m_process.setProgram(binary());
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(static_cast<int>(timeout.count()))) {
        m_error = m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(timeout);
    QByteArray firstLine;
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("server printed no listening line; stderr: ") +
                      QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(deadline.remainingTime(), 1)));
    }
    firstLine = m_process.readLine().trimmed();
    const QByteArray prefix = "listening on ";
    if (!firstLine.startsWith(prefix)) {
        m_error = QStringLiteral("unexpected first line: ") + QString::fromUtf8(firstLine);
        return false;
    }
    m_baseUrl = QUrl(QString::fromUtf8(firstLine.mid(prefix.size())));
    return m_baseUrl.isValid() && m_baseUrl.port() > 0;
}

QUrl ServerProcess::url(const QString& path) const
{
    QUrl result = m_baseUrl;
    result.setPath(path);
    return result;
}

QByteArray ServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

int ServerProcess::terminate(std::chrono::milliseconds timeout)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate(); // SIGTERM
    if (!m_process.waitForFinished(static_cast<int>(timeout.count())))
        return -1;
    m_stderr += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace TestSupport
