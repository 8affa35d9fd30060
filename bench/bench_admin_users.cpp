// Admin → Users with 100,000 users (issue 7, docs/gui.md "Measured"): seeds a tenant straight
// into a fresh data folder with bulk SQL, starts the real onestream-server binary on it, signs
// in as the owner and drives Admin::PagedListModel (the Users table's model) exactly as a
// QTableView does: reload() for the first page, then fetchMore() whenever canFetchMore() until
// the end. Prints time to first page, per-page latency and GUI-thread cost (parsing the reply
// and inserting rows: what a scrolling user could feel), total scroll-to-end time and the
// process's resident memory before and after (the server runs in its own process).
//
//   build/bench/bench_admin_users [users] [server-binary] [page-rows]
// (one page size per run, so that the memory figure is this model's alone)
#include "bench/benchseed.h"
#include "core/admin/adminclient.h"
#include "core/admin/pagedlistmodel.h"
#include "server/credentials.h"
#include "server/database.h"
#include "server/identitystore.h"
#include "server/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#ifndef ONESTREAM_SERVER_BINARY
#define ONESTREAM_SERVER_BINARY "onestream-server"
#endif

namespace {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

double percentile(std::vector<double> samples, double q)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples[std::min(samples.size() - 1, static_cast<std::size_t>(q * samples.size()))];
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int userCount = argc > 1 ? std::atoi(argv[1]) : 100000;
    const QString serverBinary =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(ONESTREAM_SERVER_BINARY);
    const int pageRows = argc > 3 ? std::max(1, std::atoi(argv[3])) : 200;
    QTemporaryDir data;
    const std::filesystem::path dir = data.path().toStdString();

    std::string tenantId;
    {
        auto db = Server::Database::open(dir / "onestream.db");
        if (!db) {
            std::fprintf(stderr, "%s\n", db.error().detail.toUtf8().constData());
            return 1;
        }
        const auto start = Clock::now();
        tenantId = Bench::seedUsers(*db.value(), userCount);
        if (tenantId.empty()) {
            std::fprintf(stderr, "cannot create the bench tenant\n");
            return 1;
        }
        std::printf("seeded %d users with bulk SQL in %.0f ms\n", userCount,
                    ms(Clock::now() - start));
    }

    QProcess server;
    server.setProgram(serverBinary);
    server.setArguments({QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")});
    server.start();
    if (!server.waitForStarted() || !waitFor([&] { return server.canReadLine(); }, 20000)) {
        std::fprintf(stderr, "server did not start: %s\n",
                     server.readAllStandardError().constData());
        return 1;
    }
    const QByteArray line = server.readLine().trimmed();
    const QUrl base(QString::fromUtf8(line.mid(QByteArray("listening on ").size())));

    QNetworkAccessManager network;
    Api::ApiClient api(network, base);
    QByteArray loginBody = R"({"email":"owner@bench.test","password":"Bench-Passw0rd"})";
    bool signedIn = false;
    api.send("POST", QStringLiteral("/v1/auth/login"), loginBody, &app,
             [&](Core::Result<Api::ApiResponse> reply) {
                 if (reply && reply->ok()) {
                     const QJsonObject tokens = reply->json();
                     api.setTokens({tokens.value(QStringLiteral("access_token")).toString(),
                                    tokens.value(QStringLiteral("refresh_token")).toString()});
                     signedIn = true;
                 }
             });
    if (!waitFor([&] { return signedIn; })) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }

    Admin::AdminClient client(api);
    const QString tenant = QString::fromStdString(tenantId);
    {
        const double rssBefore = residentMiB();
        Admin::PagedListModel model({QStringLiteral("email"), QStringLiteral("display_name"),
                                     QStringLiteral("roles"), QStringLiteral("status"),
                                     QStringLiteral("created_at"), QStringLiteral("id")},
                                    5);
        std::vector<double> pageLatency;
        std::vector<double> guiCost;
        Clock::time_point asked;
        model.setFetch([&](const QString& cursor, QObject* guard, Admin::Done done) {
            asked = Clock::now();
            client.users(tenant, {}, cursor, pageRows, guard,
                         [&, done = std::move(done)](Core::Result<Api::ApiResponse> reply) {
                             const auto arrived = Clock::now();
                             pageLatency.push_back(ms(arrived - asked));
                             done(std::move(reply)); // parse + beginInsertRows/endInsertRows
                             guiCost.push_back(ms(Clock::now() - arrived));
                         });
        });
        const auto start = Clock::now();
        model.reload();
        if (!waitFor([&] { return model.rowCount() > 0 || !model.lastError().isEmpty(); })) {
            std::fprintf(stderr, "no first page\n");
            return 1;
        }
        const double firstPage = ms(Clock::now() - start);
        while (model.hasMore() || model.loading()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            if (!waitFor([&] { return !model.loading(); })) {
                std::fprintf(stderr, "page timed out\n");
                return 1;
            }
            if (!model.lastError().isEmpty()) {
                std::fprintf(stderr, "%s\n", model.lastError().toUtf8().constData());
                return 1;
            }
        }
        const double total = ms(Clock::now() - start);
        const double rssAfter = residentMiB();
        std::printf("page size %d: first page %.1f ms; all %d rows in %d pages, %.0f ms "
                    "(%.0f rows/s)\n",
                    pageRows, firstPage, model.rowCount(), model.pagesLoaded(), total,
                    model.rowCount() / (total / 1000.0));
        std::printf("  per page: latency p50 %.1f ms, p99 %.1f ms; GUI-thread cost p50 %.2f ms, "
                    "p99 %.2f ms, max %.2f ms\n",
                    percentile(pageLatency, 0.5), percentile(pageLatency, 0.99),
                    percentile(guiCost, 0.5), percentile(guiCost, 0.99), percentile(guiCost, 1.0));
        std::printf("  resident memory: %.1f MiB before, %.1f MiB after (+%.1f MiB, %.0f bytes "
                    "per row)\n",
                    rssBefore, rssAfter, rssAfter - rssBefore,
                    (rssAfter - rssBefore) * 1024 * 1024 / std::max(1, model.rowCount()));
    }
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
