// The real onestream-server binary over HTTP on 127.0.0.1.
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace {

using TestSupport::httpRequest;
using TestSupport::ServerProcess;

class ServerHttp : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start({QStringLiteral("--max-body-bytes"), QStringLiteral("65536")}))
            << m_server.error().toStdString();
    }
    ServerProcess m_server;
};

QJsonObject jsonOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

TEST_F(ServerHttp, Healthz_Running_IsAliveJson)
{
    const auto reply = httpRequest("GET", m_server.url(QStringLiteral("/healthz")));
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.header("Content-Type"), "application/json");
    EXPECT_EQ(jsonOf(reply.body).value(QStringLiteral("status")).toString(),
              QStringLiteral("alive"));
}

TEST_F(ServerHttp, Readyz_FreshDataFolder_IsReadyWithChecks)
{
    const auto reply = httpRequest("GET", m_server.url(QStringLiteral("/readyz")));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject body = jsonOf(reply.body);
    EXPECT_EQ(body.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    const QJsonObject checks = body.value(QStringLiteral("checks")).toObject();
    EXPECT_EQ(checks.value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(checks.value(QStringLiteral("storage")).toString(), QStringLiteral("ok"));
    EXPECT_TRUE(QFile::exists(m_server.dataDir() + QStringLiteral("/onestream.db")));
    EXPECT_TRUE(QFile::exists(m_server.dataDir() + QStringLiteral("/onestream.db-wal")));
}

TEST_F(ServerHttp, Readyz_StorageBroken_Is503NamingStorage)
{
    // Replace the storage's temporary folder with a file: writes there now fail.
    const QString tmp = m_server.dataDir() + QStringLiteral("/objects/tmp");
    ASSERT_TRUE(QDir(tmp).removeRecursively());
    QFile blocker(tmp);
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto reply = httpRequest("GET", m_server.url(QStringLiteral("/readyz")));
    EXPECT_EQ(reply.status, 503);
    const QJsonObject body = jsonOf(reply.body);
    EXPECT_EQ(body.value(QStringLiteral("status")).toString(), QStringLiteral("not-ready"));
    EXPECT_NE(body.value(QStringLiteral("checks")).toObject().value(QStringLiteral("storage")),
              QStringLiteral("ok"));
}

TEST_F(ServerHttp, UnknownPath_Is404ProblemJson)
{
    const auto reply = httpRequest("GET", m_server.url(QStringLiteral("/v1/no-such-thing")));
    EXPECT_EQ(reply.status, 404);
    EXPECT_EQ(reply.header("Content-Type"), "application/problem+json");
    const QJsonObject problem = jsonOf(reply.body);
    EXPECT_EQ(problem.value(QStringLiteral("status")).toInt(), 404);
    EXPECT_TRUE(
        problem.value(QStringLiteral("type")).toString().endsWith(QLatin1String("/not-found")));
}

TEST_F(ServerHttp, WrongMethod_Is405WithAllow)
{
    const auto reply = httpRequest("POST", m_server.url(QStringLiteral("/healthz")), "{}",
                                   {{"Content-Type", "application/json"}});
    EXPECT_EQ(reply.status, 405);
    EXPECT_EQ(reply.header("Allow"), "GET, HEAD");
    EXPECT_EQ(reply.header("Content-Type"), "application/problem+json");
}

TEST_F(ServerHttp, Head_Healthz_HasNoBody)
{
    const auto reply = httpRequest("HEAD", m_server.url(QStringLiteral("/healthz")));
    EXPECT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.body.isEmpty());
}

TEST_F(ServerHttp, OverLimitBody_Is413)
{
    const QByteArray body(256 * 1024, 'x'); // four times the 64 KiB limit
    const auto reply = httpRequest("POST", m_server.url(QStringLiteral("/healthz")), body,
                                   {{"Content-Type", "application/octet-stream"}});
    EXPECT_EQ(reply.status, 413) << reply.errorString.toStdString();
    EXPECT_EQ(jsonOf(reply.body).value(QStringLiteral("status")).toInt(), 413);
}

TEST_F(ServerHttp, OverLimitContentLength_Is413BeforeAnyBodyByte)
{
    // Declares 10 GB and sends nothing: the answer must come from the headers alone.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"),
                         static_cast<quint16>(m_server.baseUrl().port()));
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write("PUT /v1/anything HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Content-Length: 10000000000\r\n\r\n");
    ASSERT_TRUE(socket.waitForBytesWritten(5000));
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 413")) << answer.toStdString();
}

TEST_F(ServerHttp, ChunkedBodyOverLimit_Is413)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"),
                         static_cast<quint16>(m_server.baseUrl().port()));
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write("POST /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk(32 * 1024, 'y');
    for (int i = 0; i < 4; ++i) {
        socket.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    }
    socket.write("0\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 413")) << answer.toStdString();
}

TEST_F(ServerHttp, MalformedRequest_Is400)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"),
                         static_cast<quint16>(m_server.baseUrl().port()));
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write("THIS IS NOT HTTP\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 400")) << answer.toStdString();
}

TEST_F(ServerHttp, KeepAlive_TwoRequestsOnOneConnection_BothAnswered)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"),
                         static_cast<quint16>(m_server.baseUrl().port()));
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /readyz HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    while (answer.count("HTTP/1.1 200") < 2 && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    EXPECT_EQ(answer.count("HTTP/1.1 200"), 2) << answer.toStdString();
}

TEST_F(ServerHttp, Sigterm_ShutsDownCleanly)
{
    EXPECT_EQ(httpRequest("GET", m_server.url(QStringLiteral("/healthz"))).status, 200);
    EXPECT_EQ(m_server.terminate(), 0);
    EXPECT_TRUE(m_server.standardError().contains("SIGTERM received"));
}

TEST(ServerCli, MissingData_IsUsageError)
{
    QProcess process;
    process.start(ServerProcess::binary(),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("--data"));
}

TEST(ServerCli, PortInUse_FailsWithClearMessage)
{
    ServerProcess first;
    ASSERT_TRUE(first.start()) << first.error().toStdString();
    QTemporaryDir data;
    QProcess second;
    second.start(ServerProcess::binary(),
                 {QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:%1").arg(first.baseUrl().port())});
    ASSERT_TRUE(second.waitForFinished(10000));
    EXPECT_EQ(second.exitCode(), 1);
    EXPECT_TRUE(second.readAllStandardError().contains("cannot listen"));
}

} // namespace
