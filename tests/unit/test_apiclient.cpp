// Api::ApiClient against a scripted HTTP peer on 127.0.0.1 (a fake behind the network, so that
// 5xx answers, 401s and server clocks can be staged): retries, refresh, Idempotency-Key and the
// clock-skew warning.
#include "core/api/apiclient.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>

#include <deque>
#include <memory>
#include <optional>

namespace {

using TestSupport::waitUntil;

struct Staged
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct Seen
{
    QByteArray method;
    QByteArray path;
    QByteArray authorization;
    QByteArray idempotencyKey;
    QByteArray body;
};

// Answers each request with the next staged response, then closes the connection.
class ScriptedPeer
{
public:
    ScriptedPeer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    qsizetype length = 0;
                    Seen seen;
                    const QList<QByteArray> lines = head.split('\n');
                    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
                    seen.method = requestLine.value(0);
                    seen.path = requestLine.value(1);
                    for (const QByteArray& line : lines.mid(1)) {
                        const qsizetype colon = line.indexOf(':');
                        const QByteArray name = line.left(colon).trimmed().toLower();
                        const QByteArray value = line.mid(colon + 1).trimmed();
                        if (name == "content-length")
                            length = value.toLongLong();
                        else if (name == "authorization")
                            seen.authorization = value;
                        else if (name == "idempotency-key")
                            seen.idempotencyKey = value;
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    seen.body = buffer->mid(end + 4, length);
                    requests.push_back(seen);
                    Staged reply = responses.empty() ? Staged{404, {}, {}} : responses.front();
                    if (!responses.empty())
                        responses.pop_front();
                    QByteArray out =
                        "HTTP/1.1 " + QByteArray::number(reply.status) +
                        " X\r\nConnection: close\r\nContent-Type: application/json\r\n";
                    for (const auto& [name, value] : reply.headers)
                        out += name + ": " + value + "\r\n";
                    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n" +
                           reply.body;
                    socket->write(out);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    std::deque<Staged> responses;
    std::vector<Seen> requests;

private:
    QTcpServer m_server;
};

class ApiClientTest : public ::testing::Test
{
protected:
    Api::ApiClientOptions fastOptions()
    {
        Api::ApiClientOptions options;
        options.backoffBase = std::chrono::milliseconds(2);
        options.backoffMax = std::chrono::milliseconds(10);
        options.timeout = std::chrono::milliseconds(5000);
        return options;
    }
    Core::Result<Api::ApiResponse> run(Api::ApiClient& client, const QByteArray& method,
                                       const QString& path, const QByteArray& body = {},
                                       Api::Creates creates = Api::Creates::No)
    {
        std::optional<Core::Result<Api::ApiResponse>> result;
        client.send(
            method, path, body, &m_guard,
            [&](Core::Result<Api::ApiResponse> r) { result = std::move(r); }, creates);
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }, std::chrono::seconds(10)));
        return result.value_or(Core::makeError(Core::ErrorCode::Timeout, QStringLiteral("t")));
    }

    QNetworkAccessManager m_network;
    ScriptedPeer m_peer;
    QObject m_guard;
};

TEST_F(ApiClientTest, Send_5xxThenOk_RetriesAndSucceeds)
{
    m_peer.responses = {{503, {}, {}}, {502, {}, {}}, {200, R"({"ok":true})", {}}};
    Api::ApiClient client(m_network, m_peer.url(), fastOptions());
    const auto result = run(client, "GET", QStringLiteral("/v1/me"));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200);
    EXPECT_EQ(m_peer.requests.size(), 3u);
}

TEST_F(ApiClientTest, Send_4xx_NeverRetried)
{
    m_peer.responses = {{400, R"({"title":"Bad request","detail":"no"})", {}}, {200, {}, {}}};
    Api::ApiClient client(m_network, m_peer.url(), fastOptions());
    const auto result = run(client, "GET", QStringLiteral("/v1/me"));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 400);
    EXPECT_EQ(result->problemSummary(), QStringLiteral("400 Bad request: no"));
    EXPECT_EQ(m_peer.requests.size(), 1u);
}

TEST_F(ApiClientTest, Send_PersistentNetworkError_GivesUpAfterRetries)
{
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there any more: connection refused
    Api::ApiClient client(m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                          fastOptions());
    const auto result = run(client, "GET", QStringLiteral("/v1/me"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, Core::ErrorCode::Network);
}

TEST_F(ApiClientTest, Send_401_RefreshesOnceThenRepeatsWithNewToken)
{
    m_peer.responses = {{401, {}, {}},
                        {200, R"({"access_token":"new-access","refresh_token":"new-refresh"})", {}},
                        {200, R"({"email":"a@b.test"})", {}}};
    Api::ApiClient client(m_network, m_peer.url(), fastOptions());
    client.setTokens({QStringLiteral("old-access"), QStringLiteral("old-refresh")});
    std::optional<Api::ApiTokens> announced;
    QObject::connect(&client, &Api::ApiClient::tokensChanged, &m_guard,
                     [&](const Api::ApiTokens& tokens) { announced = tokens; });
    const auto result = run(client, "GET", QStringLiteral("/v1/me"));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200);
    ASSERT_EQ(m_peer.requests.size(), 3u);
    EXPECT_EQ(m_peer.requests[0].authorization, "Bearer old-access");
    EXPECT_EQ(m_peer.requests[1].path, "/v1/auth/refresh");
    EXPECT_TRUE(m_peer.requests[1].body.contains("old-refresh"));
    EXPECT_EQ(m_peer.requests[2].authorization, "Bearer new-access");
    ASSERT_TRUE(announced);
    EXPECT_EQ(announced->refreshToken, QStringLiteral("new-refresh"));
}

TEST_F(ApiClientTest, Send_401AndRefreshRefused_ReturnsTheOriginal401Once)
{
    m_peer.responses = {{401, R"({"title":"Unauthorized"})", {}}, {401, {}, {}}, {200, {}, {}}};
    Api::ApiClient client(m_network, m_peer.url(), fastOptions());
    client.setTokens({QStringLiteral("a"), QStringLiteral("r")});
    const auto result = run(client, "GET", QStringLiteral("/v1/me"));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 401);
    EXPECT_EQ(m_peer.requests.size(), 2u);
}

TEST_F(ApiClientTest, CreatingPost_SameIdempotencyKeyAcrossRetries)
{
    m_peer.responses = {{500, {}, {}}, {201, R"({"id":"x"})", {}}};
    Api::ApiClient client(m_network, m_peer.url(), fastOptions());
    const auto result =
        run(client, "POST", QStringLiteral("/v1/tenants"), R"({"name":"A"})", Api::Creates::Yes);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 201);
    ASSERT_EQ(m_peer.requests.size(), 2u);
    EXPECT_FALSE(m_peer.requests[0].idempotencyKey.isEmpty());
    EXPECT_EQ(m_peer.requests[0].idempotencyKey, m_peer.requests[1].idempotencyKey);
    EXPECT_EQ(m_peer.requests[1].body, R"({"name":"A"})");
    // A second creating POST gets a new key.
    m_peer.responses = {{201, {}, {}}};
    (void)run(client, "POST", QStringLiteral("/v1/tenants"), R"({"name":"B"})", Api::Creates::Yes);
    EXPECT_NE(m_peer.requests[2].idempotencyKey, m_peer.requests[0].idempotencyKey);
}

TEST_F(ApiClientTest, ServerDateFarOff_WarnsOnce)
{
    const QByteArray anHourAgo = QLocale::c()
                                     .toString(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                     .toLatin1();
    m_peer.responses = {{200, {}, {{"Date", anHourAgo}}}, {200, {}, {{"Date", anHourAgo}}}};
    Api::ApiClient client(m_network, m_peer.url(), fastOptions());
    QList<qint64> warnings;
    QObject::connect(&client, &Api::ApiClient::clockSkewDetected, &m_guard,
                     [&](qint64 skew) { warnings.append(skew); });
    (void)run(client, "GET", QStringLiteral("/healthz"));
    (void)run(client, "GET", QStringLiteral("/healthz"));
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_NEAR(static_cast<double>(warnings.first()), -3600.0, 5.0);
}

TEST_F(ApiClientTest, ServerDateClose_NoWarning)
{
    const QByteArray now = QLocale::c()
                               .toString(QDateTime::currentDateTimeUtc(),
                                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                               .toLatin1();
    m_peer.responses = {{200, {}, {{"Date", now}}}};
    Api::ApiClient client(m_network, m_peer.url(), fastOptions());
    int warnings = 0;
    QObject::connect(&client, &Api::ApiClient::clockSkewDetected, &m_guard,
                     [&](qint64) { ++warnings; });
    (void)run(client, "GET", QStringLiteral("/healthz"));
    EXPECT_EQ(warnings, 0);
}

TEST_F(ApiClientTest, Backoff_StaysWithinTheCappedWindow)
{
    Api::ApiClientOptions options;
    options.backoffBase = std::chrono::milliseconds(100);
    options.backoffMax = std::chrono::milliseconds(1000);
    Api::ApiClient client(m_network, QUrl(QStringLiteral("http://127.0.0.1:1")), options);
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const auto wait = client.backoff(attempt);
        EXPECT_GE(wait.count(), 0);
        EXPECT_LT(wait.count(), std::min<qint64>(1000, 100LL << attempt));
    }
}

} // namespace
