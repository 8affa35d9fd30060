#pragma once

// The CLI's small JSON-over-HTTP helper for the control API: server URL and access token from
// the command line or the environment (ONESTREAM_SERVER, ONESTREAM_TOKEN; the token is never
// printed). The CLI runs no GUI, so a request may wait in a local event loop.

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Cli {

struct ApiReply
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QString error;
    [[nodiscard]] QJsonObject json() const;
    // The problem+json title/detail or the transport error, for stderr.
    [[nodiscard]] QString reason() const;
};

class ApiClient
{
public:
    // Adds --server and --token to parser.
    static void addOptions(QCommandLineParser& parser);
    // Reads them (or the environment); false with a usage message when the server is missing.
    bool configure(const QCommandLineParser& parser, QString* problem);

    [[nodiscard]] ApiReply call(const QByteArray& method, const QString& pathAndQuery,
                                const QJsonObject& body = {});
    [[nodiscard]] QUrl url(const QString& pathAndQuery) const;
    [[nodiscard]] QByteArray authorization() const { return "Bearer " + m_token; }
    [[nodiscard]] QNetworkAccessManager& network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QUrl m_server;
    QByteArray m_token;
};

} // namespace Cli
