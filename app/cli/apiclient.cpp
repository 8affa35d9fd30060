#include "app/cli/apiclient.h"

#include "core/api/tlspolicy.h"

#include <QJsonDocument>
#include <QProcessEnvironment>

namespace Cli {

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString ApiReply::reason() const
{
    if (status == 0)
        return error;
    const QJsonObject problem = json();
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (problem.contains(QStringLiteral("title")))
        text += QStringLiteral(": ") + problem.value(QStringLiteral("title")).toString();
    if (problem.contains(QStringLiteral("detail")))
        text += QStringLiteral(" (") + problem.value(QStringLiteral("detail")).toString() +
                QStringLiteral(")");
    return text;
}

void ApiClient::addOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("server"), QStringLiteral("Server base URL (default: $ONESTREAM_SERVER)."),
        QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("token"),
        QStringLiteral("Access token (default: $ONESTREAM_TOKEN; prefer the environment)."),
        QStringLiteral("TOKEN")));
}

ApiClient::ApiClient(const QString& command) : m_session(std::make_unique<ApiSession>(command)) {}

ApiClient::~ApiClient() = default;

bool ApiClient::configure(const QCommandLineParser& parser, QString* problem)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString serverOption =
        parser.isSet(QStringLiteral("server")) ? parser.value(QStringLiteral("server")) : QString();
    const QString token = parser.isSet(QStringLiteral("token"))
                              ? parser.value(QStringLiteral("token"))
                              : environment.value(QStringLiteral("ONESTREAM_TOKEN"));
    if (token.isEmpty()) {
        // The keychain login of `onestream login` (ApiSession prints why when there is none).
        problem->clear();
        if (!m_session->open(serverOption))
            return false;
        m_server = m_session->client().baseUrl();
        return true;
    }
    const QString server = serverOption.isEmpty()
                               ? environment.value(QStringLiteral("ONESTREAM_SERVER"))
                               : serverOption;
    m_server = QUrl(server);
    if (server.isEmpty() || !m_server.isValid() || m_server.scheme().isEmpty()) {
        *problem = QStringLiteral("give the server with --server URL or ONESTREAM_SERVER, for "
                                  "example http://127.0.0.1:8443");
        return false;
    }
    if (auto allowed = Api::checkServerUrl(m_server); !allowed) {
        *problem = allowed.error().detail;
        return false;
    }
    if (!m_session->openAnonymous(server))
        return false;
    m_session->client().setTokens({token, {}});
    return true;
}

QByteArray ApiClient::authorization() const
{
    return "Bearer " + m_session->client().tokens().accessToken.toUtf8();
}

void ApiClient::refresh(std::function<void(bool)> done)
{
    // Api::ApiClient refreshes on a 401 and repeats the request; a cheap authenticated GET
    // therefore leaves fresh tokens behind (stored in the keychain by ApiSession).
    Api::ApiClient& client = m_session->client();
    client.send("GET", QStringLiteral("/v1/me"), {}, &client,
                [done = std::move(done)](Core::Result<Api::ApiResponse> response) {
                    done(response && response->ok());
                });
}

QUrl ApiClient::url(const QString& pathAndQuery) const
{
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (question < 0 ? pathAndQuery : pathAndQuery.left(question)));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    return url;
}

ApiReply ApiClient::call(const QByteArray& method, const QString& pathAndQuery,
                         const QJsonObject& body)
{
    ApiReply result;
    auto response = m_session->call(method, pathAndQuery, body,
                                    method == "POST" ? Api::Creates::Yes : Api::Creates::No);
    if (!response) {
        result.error = response.error().detail;
        return result;
    }
    result.status = response->status;
    result.body = response->body;
    return result;
}

} // namespace Cli
