#include "core/api/healthclient.h"

#include "core/api/tlspolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Api {

HealthClient::HealthClient(QNetworkAccessManager& network) : m_network(network) {}

void HealthClient::checkReady(const QUrl& baseUrl, QObject* guard, Callback done,
                              std::chrono::milliseconds timeout)
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("readyz"));

    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply = m_network.get(request);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    QObject::connect(reply, &QNetworkReply::sslErrors, guard,
                     [sslErrors](const QList<QSslError>& errors) { *sslErrors += errors; });
    QObject::connect(
        reply, &QNetworkReply::finished, guard, [reply, sslErrors, done = std::move(done)] {
            reply->deleteLater();
            const int httpStatus =
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError && httpStatus != 503) {
                const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                      reply->error() == QNetworkReply::TimeoutError;
                done(Core::makeError(timedOut ? Core::ErrorCode::Timeout : Core::ErrorCode::Network,
                                     Api::describeNetworkFailure(*reply, *sslErrors),
                                     httpStatus ? httpStatus : reply->error()));
                return;
            }
            done(parseHealthReport(reply->readAll()));
        });
}

} // namespace Api
