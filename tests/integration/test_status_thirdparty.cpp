// The client core against a plain static Statuspage-like site (Python's http.server over the
// fixtures): no event stream there, so StatusWatcher polls with If-None-Match, and the events
// still come exactly once.
#include "core/status/statuswatcher.h"
#include "tests/support/testhttp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using TestSupport::waitUntil;

TEST(StatusThirdParty, StaticPage_PollsWithoutSse_EventsOnce)
{
    QTemporaryDir site;
    ASSERT_TRUE(QDir(site.path()).mkpath(QStringLiteral("api/v2")));
    const QDir unitDir = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    ASSERT_TRUE(
        QFile::copy(unitDir.absoluteFilePath(QStringLiteral("../data/statuspage/summary.json")),
                    site.filePath(QStringLiteral("api/v2/summary.json"))));
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess http;
    http.setWorkingDirectory(site.path());
    http.start(QStringLiteral("python3"),
               {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
                QStringLiteral("127.0.0.1"), QString::number(port)});
    ASSERT_TRUE(http.waitForStarted(10000));
    ASSERT_TRUE(waitUntil([&] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(200);
    }));

    QNetworkAccessManager network;
    Status::WatcherOptions options;
    options.pageBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    options.pollInterval = std::chrono::milliseconds(100);
    Status::StatusWatcher watcher(network, options);
    QStringList keys;
    QObject::connect(&watcher, &Status::StatusWatcher::eventArrived,
                     [&](const Status::StatusEvent& event) { keys << event.key; });
    int documents = 0;
    QObject::connect(&watcher, &Status::StatusWatcher::documentChanged, [&] { ++documents; });
    watcher.start();
    ASSERT_TRUE(waitUntil([&] { return documents >= 2; })); // two full reads at least
    EXPECT_FALSE(watcher.sseConnected());
    EXPECT_FALSE(watcher.stale());
    ASSERT_TRUE(watcher.lastGood().has_value());
    EXPECT_EQ(watcher.lastGood()->page.name, QStringLiteral("OneStream Example"));
    EXPECT_EQ(keys.count(QStringLiteral("incident/inc-1/new")), 1);

    http.kill(); // the page goes away: last good state kept, marked stale
    http.waitForFinished(5000);
    EXPECT_TRUE(waitUntil([&] { return watcher.stale(); }));
    EXPECT_TRUE(watcher.lastGood().has_value());
    EXPECT_EQ(keys.count(QStringLiteral("incident/inc-1/new")), 1);
}

} // namespace
