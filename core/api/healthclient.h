#pragma once

// Asks a OneStream server whether it is ready (GET /readyz). Asynchronous on the calling
// thread's event loop; never blocks.

#include "core/api/healthreport.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace Api {

class HealthClient
{
public:
    using Callback = std::function<void(Core::Result<HealthReport>)>;

    explicit HealthClient(QNetworkAccessManager& network);

    // Calls done exactly once, on the network manager's thread, unless guard is destroyed
    // first (then never). A 503 with a readiness body is a successful answer: not ready.
    void checkReady(const QUrl& baseUrl, QObject* guard, Callback done,
                    std::chrono::milliseconds timeout = std::chrono::seconds(5));

private:
    QNetworkAccessManager& m_network;
};

} // namespace Api
