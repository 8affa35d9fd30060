#pragma once

// The upload and video commands' connection to the control API: a thin adapter over
// Cli::ApiSession, so that they take the same credentials as every other command: --token /
// ONESTREAM_TOKEN (with --server / ONESTREAM_SERVER) for scripts, else the keychain login of
// `onestream login`, with the access token refreshed on a 401 (and written back). The token is
// never printed. The CLI runs no GUI, so a request may wait in a local event loop.

#include "app/cli/apisession.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include <functional>
#include <memory>

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
    explicit ApiClient(const QString& command = QStringLiteral("upload"));
    ~ApiClient();
    ApiClient(const ApiClient&) = delete;
    ApiClient& operator=(const ApiClient&) = delete;

    // Adds --server and --token to parser.
    static void addOptions(QCommandLineParser& parser);
    // Reads them (or the environment, or the keychain login). On false, problem holds a usage
    // message (exit 2), or is empty when the reason was printed already (exit 1).
    bool configure(const QCommandLineParser& parser, QString* problem);

    // One request; a 401 refreshes the tokens once and repeats it.
    [[nodiscard]] ApiReply call(const QByteArray& method, const QString& pathAndQuery,
                                const QJsonObject& body = {});
    [[nodiscard]] QUrl url(const QString& pathAndQuery) const;
    // The current access token as a header value (it changes when refreshed).
    [[nodiscard]] QByteArray authorization() const;
    // Gets new tokens when the current access token was refused (for Upload::UploadAuth);
    // done(true) when the next request may succeed.
    void refresh(std::function<void(bool)> done);
    [[nodiscard]] QNetworkAccessManager& network() { return m_network; }

private:
    QNetworkAccessManager m_network; // uploads (long transfers) use their own
    std::unique_ptr<ApiSession> m_session;
    QUrl m_server;
};

// The upload id of a video's poster frame: "poster" (the encoder's best, poster.jpg) or
// "poster:N" (poster_candidate_N.jpg), from the video's files (GET /v1/videos/{id}).
[[nodiscard]] Core::Result<QString> posterUpload(const QJsonObject& video, const QString& choice);

} // namespace Cli
