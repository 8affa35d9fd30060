#include "tests/support/testhttp.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace TestSupport {

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResult httpRequest(const QByteArray& method, const QUrl& url, const QByteArray& body,
                       const QList<QPair<QByteArray, QByteArray>>& headers,
                       std::chrono::milliseconds timeout)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    for (const auto& [key, value] : headers)
        request.setRawHeader(key, value);
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    // A custom "HEAD" would make QNetworkAccessManager wait for a body: use its own head().
    QNetworkReply* reply = method == "HEAD" ? network.head(request)
                                            : network.sendCustomRequest(request, method, &buffer);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout + std::chrono::seconds(1), &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->abort();
    delete reply;
    return result;
}

bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents();
    }
    return true;
}

} // namespace TestSupport
