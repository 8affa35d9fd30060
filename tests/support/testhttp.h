#pragma once

// Test helpers: a synchronous HTTP exchange over QNetworkAccessManager (tests only: the app
// never blocks on the network) and waiting for a condition with a deadline instead of sleeps.

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace TestSupport {

struct HttpResult
{
    int status = 0; // 0 when no HTTP answer came
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
};

HttpResult httpRequest(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                       const QList<QPair<QByteArray, QByteArray>>& headers = {},
                       std::chrono::milliseconds timeout = std::chrono::seconds(15));

// Processes events until condition() is true or the deadline passes; returns condition().
bool waitUntil(const std::function<bool()>& condition,
               std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace TestSupport
