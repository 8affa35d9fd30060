#include "core/api/apiclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcApi, "onestream.api")

namespace Api {

QJsonObject ApiResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray ApiResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiResponse::problemSummary() const
{
    const QJsonObject problem = json();
    QString text = QString::number(status);
    const QString title = problem.value(QStringLiteral("title")).toString();
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    if (!title.isEmpty())
        text += QLatin1Char(' ') + title;
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}

struct ApiClient::Call
{
    QByteArray method;
    QString pathAndQuery;
    QByteArray body;
    QByteArray contentType;
    QPointer<QObject> guard;
    Callback done;
    QByteArray idempotencyKey;
    int retries = 0;
    bool refreshed = false;
};

ApiClient::ApiClient(QNetworkAccessManager& network, QUrl baseUrl, ApiClientOptions options)
    : m_network(network), m_baseUrl(std::move(baseUrl)), m_options(options)
{}

QUrl ApiClient::urlFor(const QString& pathAndQuery) const
{
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (question < 0 ? pathAndQuery : pathAndQuery.left(question)));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    return url;
}

std::chrono::milliseconds ApiClient::backoff(int attempt) const
{
    const qint64 cap = std::min<qint64>(m_options.backoffMax.count(), m_options.backoffBase.count()
                                                                          << std::min(attempt, 20));
    return std::chrono::milliseconds(
        cap > 0 ? QRandomGenerator::global()->bounded(static_cast<quint64>(cap)) : 0);
}

void ApiClient::send(const QByteArray& method, const QString& pathAndQuery,
                     const QByteArray& jsonBody, QObject* guard, Callback done, Creates creates,
                     const QByteArray& contentType)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->pathAndQuery = pathAndQuery;
    call->body = jsonBody;
    call->contentType = contentType;
    call->guard = guard;
    call->done = std::move(done);
    if (creates == Creates::Yes)
        call->idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    attempt(std::move(call));
}

void ApiClient::attempt(std::shared_ptr<Call> call)
{
    QNetworkRequest request(urlFor(call->pathAndQuery));
    request.setTransferTimeout(static_cast<int>(m_options.timeout.count()));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!m_tokens.accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toUtf8());
    if (!call->idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call->idempotencyKey);
    QNetworkReply* reply = call->body.isEmpty() && call->method == "GET"
                               ? m_network.get(request)
                               : m_network.sendCustomRequest(request, call->method, call->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            finished(call,
                     Core::makeError(reply->error() == QNetworkReply::OperationCanceledError ||
                                             reply->error() == QNetworkReply::TimeoutError
                                         ? Core::ErrorCode::Timeout
                                         : Core::ErrorCode::Network,
                                     reply->errorString(), reply->error()));
            return;
        }
        ApiResponse response;
        response.status = status;
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        finished(call, std::move(response));
    });
}

void ApiClient::finished(std::shared_ptr<Call> call, Core::Result<ApiResponse> response)
{
    if (response)
        checkClock(response.value());
    const bool retryable = !response || response->status >= 500;
    if (retryable && call->retries < m_options.maxRetries) {
        ++call->retries;
        const auto wait = backoff(call->retries);
        qCInfo(lcApi).noquote() << call->method << call->pathAndQuery << "failed ("
                                << (response ? QString::number(response->status)
                                             : response.error().detail)
                                << "); retry" << call->retries << "in" << wait.count() << "ms";
        QTimer::singleShot(wait, this, [this, call] { attempt(call); });
        return;
    }
    if (response && response->status == 401 && !call->refreshed &&
        !m_tokens.refreshToken.isEmpty() &&
        !call->pathAndQuery.startsWith(QLatin1String("/v1/auth/"))) {
        refreshThenRetry(call, response.value());
        return;
    }
    if (call->guard)
        call->done(std::move(response));
}

void ApiClient::refresh(QObject* guard, std::function<void(bool)> done)
{
    if (m_tokens.refreshToken.isEmpty()) {
        done(false);
        return;
    }
    // One refresh at a time: a second refresh with the same (then rotated) refresh token would
    // count as reuse and end the whole session.
    m_refreshWaiters.push_back({QPointer<QObject>(guard), std::move(done)});
    if (m_refreshWaiters.size() > 1)
        return;
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), m_tokens.refreshToken}})
            .toJson(QJsonDocument::Compact);
    send("POST", QStringLiteral("/v1/auth/refresh"), body, this,
         [this](Core::Result<ApiResponse> refreshed) {
             const bool ok = refreshed && refreshed->status == 200;
             if (ok) {
                 const QJsonObject tokens = refreshed->json();
                 m_tokens.accessToken = tokens.value(QStringLiteral("access_token")).toString();
                 m_tokens.refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
                 emit tokensChanged(m_tokens);
             } else if (refreshed && refreshed->status >= 400 && refreshed->status < 500) {
                 emit sessionEnded();
             }
             const auto waiters = std::exchange(m_refreshWaiters, {});
             for (const auto& [owner, callback] : waiters) {
                 if (owner)
                     callback(ok);
             }
         });
}

void ApiClient::refreshThenRetry(std::shared_ptr<Call> call, ApiResponse unauthorized)
{
    call->refreshed = true;
    refresh(this, [this, call, unauthorized](bool ok) {
        if (!ok) {
            if (call->guard)
                call->done(unauthorized);
            return;
        }
        call->retries = 0;
        attempt(call);
    });
}

void ApiClient::checkClock(const ApiResponse& response)
{
    if (m_skewReported)
        return;
    const QByteArray date = response.header("Date");
    if (date.isEmpty())
        return;
    // HTTP-date (RFC 9110): "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime server = QLocale::c().toDateTime(QString::fromLatin1(date).trimmed(),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!server.isValid())
        server = QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date);
    if (!server.isValid())
        return;
    server.setTimeSpec(Qt::UTC);
    const qint64 skew = QDateTime::currentDateTimeUtc().secsTo(server);
    if (std::abs(skew) > m_options.skewWarning.count()) {
        m_skewReported = true;
        qCWarning(lcApi) << "the server's clock differs from this computer's by" << skew
                         << "seconds; sign-in and codes may fail until the clock is set right";
        emit clockSkewDetected(skew);
    }
}

} // namespace Api
