#include "app/cli/apiclient.h"

#include "core/api/tlspolicy.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
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

bool ApiClient::configure(const QCommandLineParser& parser, QString* problem)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString server = parser.isSet(QStringLiteral("server"))
                               ? parser.value(QStringLiteral("server"))
                               : environment.value(QStringLiteral("ONESTREAM_SERVER"));
    m_server = QUrl(server);
    m_token = (parser.isSet(QStringLiteral("token"))
                   ? parser.value(QStringLiteral("token"))
                   : environment.value(QStringLiteral("ONESTREAM_TOKEN")))
                  .toUtf8();
    if (server.isEmpty() || !m_server.isValid() || m_server.scheme().isEmpty()) {
        *problem = QStringLiteral("give the server with --server URL or ONESTREAM_SERVER, for "
                                  "example http://127.0.0.1:8443");
        return false;
    }
    if (auto allowed = Api::checkServerUrl(m_server); !allowed) {
        *problem = allowed.error().detail;
        return false;
    }
    if (m_token.isEmpty()) {
        *problem = QStringLiteral("sign in first: set ONESTREAM_TOKEN to an access token");
        return false;
    }
    return true;
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
    QNetworkRequest request(url(pathAndQuery));
    request.setRawHeader("Authorization", authorization());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30000);
    QByteArray payload;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, payload);
    QList<QSslError> sslErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors,
                     [&sslErrors](const QList<QSslError>& errors) { sslErrors += errors; });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = Api::describeNetworkFailure(*reply, sslErrors);
    reply->deleteLater();
    return result;
}

} // namespace Cli
