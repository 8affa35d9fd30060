// Core's connection monitor and the CLI's `health` command against the real server binary.
#include "core/api/connectionmonitor.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>

namespace {

using TestSupport::ServerProcess;
using TestSupport::waitUntil;

TEST(ConnectionMonitor, RealServer_BecomesReady_ThenUnreachableWhenItStops)
{
    ServerProcess server;
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    QNetworkAccessManager network;
    Api::ConnectionMonitor monitor(network);
    monitor.setServer(server.baseUrl());
    monitor.setInterval(std::chrono::milliseconds(100));
    std::vector<Api::ConnectionState> seen;
    QObject::connect(&monitor, &Api::ConnectionMonitor::stateChanged,
                     [&seen](Api::ConnectionState state) { seen.push_back(state); });
    monitor.start();
    ASSERT_TRUE(waitUntil([&] { return monitor.state() == Api::ConnectionState::Ready; }))
        << monitor.detail().toStdString();
    EXPECT_EQ(seen.front(), Api::ConnectionState::Connecting);

    ASSERT_EQ(server.terminate(), 0);
    EXPECT_TRUE(waitUntil([&] { return monitor.state() == Api::ConnectionState::Unreachable; }));
    EXPECT_FALSE(monitor.detail().isEmpty());
}

TEST(ConnectionMonitor, NothingListening_IsUnreachable)
{
    QNetworkAccessManager network;
    Api::ConnectionMonitor monitor(network);
    // Port 1 on loopback: nothing listens there for an unprivileged test.
    monitor.setServer(QUrl(QStringLiteral("http://127.0.0.1:1")));
    monitor.start();
    EXPECT_TRUE(waitUntil([&] { return monitor.state() == Api::ConnectionState::Unreachable; }));
}

QString cliBinary()
{
    return QStringLiteral(ONESTREAM_CLI_BINARY);
}

TEST(CliHealth, RealServer_JsonSaysReady)
{
    ServerProcess server;
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    QProcess cli;
    cli.start(cliBinary(), {QStringLiteral("health"), QStringLiteral("--server"),
                            server.baseUrl().toString(), QStringLiteral("--json")});
    ASSERT_TRUE(cli.waitForFinished(15000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    const QJsonObject body = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    EXPECT_EQ(body.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    EXPECT_EQ(body.value(QStringLiteral("checks")).toObject().value(QStringLiteral("database")),
              QStringLiteral("ok"));
}

TEST(CliHealth, NoServer_ExitsNonZeroWithReason)
{
    QProcess cli;
    cli.start(cliBinary(), {QStringLiteral("health"), QStringLiteral("--server"),
                            QStringLiteral("http://127.0.0.1:1")});
    ASSERT_TRUE(cli.waitForFinished(15000));
    EXPECT_EQ(cli.exitCode(), 1);
    EXPECT_TRUE(cli.readAllStandardError().contains("cannot reach"));
}

TEST(CliHealth, MissingServerOption_IsUsageError)
{
    QProcess cli;
    cli.start(cliBinary(), {QStringLiteral("health")});
    ASSERT_TRUE(cli.waitForFinished(15000));
    EXPECT_EQ(cli.exitCode(), 2);
}

TEST(CliPasswordCheck, WeakPassword_NamesEachFailedRule)
{
    QProcess cli;
    cli.start(cliBinary(), {QStringLiteral("password-check"), QStringLiteral("--json")});
    cli.write("abc\n");
    cli.closeWriteChannel();
    ASSERT_TRUE(cli.waitForFinished(15000));
    EXPECT_EQ(cli.exitCode(), 1);
    const QJsonObject body = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    EXPECT_FALSE(body.value(QStringLiteral("acceptable")).toBool());
    EXPECT_EQ(body.value(QStringLiteral("failed")).toVariant().toStringList(),
              (QStringList{QStringLiteral("min-length"), QStringLiteral("uppercase"),
                           QStringLiteral("digit")}));
}

} // namespace
