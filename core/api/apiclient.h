#pragma once

// One client for the OneStream control API (DESIGN.md §2), asynchronous on the calling
// thread's event loop:
// - sends the access token as `Authorization: Bearer`; on a 401 it refreshes the tokens once
//   (POST /v1/auth/refresh) and repeats the request, announcing the new tokens through
//   tokensChanged() so that the owner can store them (keychain);
// - retries network errors and 5xx answers with exponential backoff and full jitter, never
//   4xx ones;
// - gives a creating POST an `Idempotency-Key` that stays the same across its retries, so a
//   retried POST never creates twice;
// - warns once (clockSkewDetected) when the server's `Date` differs from the local clock by
//   more than two minutes (token expiry and TOTP depend on it).
// Tokens are never logged.

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <utility>
#include <vector>

class QNetworkAccessManager;

namespace Api {

struct ApiTokens
{
    QString accessToken;
    QString refreshToken;
};

struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    // "403 Forbidden: your role does not allow this action" from a problem+json body.
    [[nodiscard]] QString problemSummary() const;
};

struct ApiClientOptions
{
    int maxRetries = 3;
    std::chrono::milliseconds backoffBase{250};
    std::chrono::milliseconds backoffMax{4000};
    std::chrono::milliseconds timeout{20000};
    std::chrono::seconds skewWarning{120};
};

enum class Creates
{
    No = 1,
    Yes, // a creating POST: send an Idempotency-Key
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Core::Result<ApiResponse>)>;

    ApiClient(QNetworkAccessManager& network, QUrl baseUrl, ApiClientOptions options = {});

    void setTokens(ApiTokens tokens) { m_tokens = std::move(tokens); }
    [[nodiscard]] const ApiTokens& tokens() const { return m_tokens; }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }

    // Sends method to pathAndQuery ("/v1/tenants?limit=10") with an optional JSON body. done is
    // called exactly once with the final HTTP answer (any status) or a network error, unless
    // guard is destroyed first.
    void send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& jsonBody,
              QObject* guard, Callback done, Creates creates = Creates::No,
              const QByteArray& contentType = QByteArrayLiteral("application/json"));

    // Exchanges the refresh token for new tokens now (POST /v1/auth/refresh); done(true) when
    // new tokens are in place (tokensChanged() was emitted). Used by the upload engine's
    // UploadAuth::refresh. A refused refresh token emits sessionEnded().
    void refresh(QObject* guard, std::function<void(bool)> done);

    // The backoff before retry number attempt (1-based): uniform in [0, min(max, base*2^n)).
    [[nodiscard]] std::chrono::milliseconds backoff(int attempt) const;

signals:
    void tokensChanged(const Api::ApiTokens& tokens);
    void clockSkewDetected(qint64 skewSeconds);
    // The server refused the refresh token (expired, revoked, reused): the session is over and
    // the user has to sign in again.
    void sessionEnded();

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);
    void finished(std::shared_ptr<Call> call, Core::Result<ApiResponse> response);
    void refreshThenRetry(std::shared_ptr<Call> call, ApiResponse unauthorized);
    void checkClock(const ApiResponse& response);
    [[nodiscard]] QUrl urlFor(const QString& pathAndQuery) const;

    QNetworkAccessManager& m_network;
    QUrl m_baseUrl;
    ApiClientOptions m_options;
    ApiTokens m_tokens;
    bool m_skewReported = false;
    std::vector<std::pair<QPointer<QObject>, std::function<void(bool)>>> m_refreshWaiters;
};

} // namespace Api
