// Identity figures for docs/identity.md (issue 3), each beside a baseline measured in the same
// run: with 100,000 users in one tenant, the first page of the user list and a search by email
// prefix (p50/p99 over 200 requests, real HTTP on loopback; baseline GET /healthz), audit
// appends per second (baseline: the same rows without the hash chain), and the sign-in latency
// that the password hash cost sets.
//
//   build/bench/bench_identity [users]
#include "bench/benchseed.h"
#include "server/auditlog.h"
#include "server/credentials.h"
#include "server/database.h"
#include "server/identitystore.h"
#include "server/serverapp.h"
#include "server/sql.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

struct Stats
{
    double p50 = 0;
    double p99 = 0;
};

Stats percentiles(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[std::min(samples.size() - 1, static_cast<std::size_t>(q * samples.size()))];
    };
    return {at(0.50), at(0.99)};
}

QByteArray request(QNetworkAccessManager& network, const QByteArray& method, const QUrl& url,
                   const QByteArray& body, const QByteArray& token, int* status)
{
    QNetworkRequest req(url);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = network.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

Stats timeRequests(QNetworkAccessManager& network, const QUrl& url, const QByteArray& token,
                   int count)
{
    std::vector<double> samples;
    for (int i = 0; i < count; ++i) {
        int status = 0;
        const auto start = Clock::now();
        (void)request(network, "GET", url, {}, token, &status);
        samples.push_back(ms(Clock::now() - start));
        if (status != 200)
            std::fprintf(stderr, "unexpected status %d for %s\n", status,
                         url.toString().toUtf8().constData());
    }
    return percentiles(samples);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int userCount = argc > 1 ? std::atoi(argv[1]) : 100000;
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
        std::printf("seeded %d users in %.0f ms\n", userCount, ms(Clock::now() - start));

        // Audit appends: the hash chain against plain inserts of the same rows.
        Server::AuditLog audit(*db.value());
        (void)db.value()->exec("CREATE TABLE plain_log AS SELECT * FROM audit_log WHERE 0");
        const int appends = 2000;
        Server::AuditEntry entry{
            "usr_x",           "x@bench.test", tenantId, "POST /v1/tenants/{tid}/users",
            "tid=" + tenantId, "127.0.0.1",    201};
        auto t0 = Clock::now();
        for (int i = 0; i < appends; ++i)
            (void)audit.append(entry);
        const double chained = appends / (ms(Clock::now() - t0) / 1000.0);
        t0 = Clock::now();
        for (int i = 0; i < appends; ++i) {
            (void)db.value()->withLock([&](Server::Database& locked) {
                (void)locked.exec("BEGIN IMMEDIATE");
                (void)Server::sqlExec(locked,
                                      "INSERT INTO plain_log(seq, at, actor_id, actor_email, "
                                      "tenant_id, action, target, source_address, status, "
                                      "outcome, prev_hash, hash) VALUES(?1, 'now', ?2, ?3, ?4, ?5, "
                                      "?6, ?7, 201, 'success', '', '')",
                                      {static_cast<long long>(i), entry.actorId, entry.actorEmail,
                                       entry.tenantId, entry.action, entry.target,
                                       entry.sourceAddress});
                return locked.exec("COMMIT");
            });
        }
        const double plain = appends / (ms(Clock::now() - t0) / 1000.0);
        std::printf("audit appends/s: %.0f chained, %.0f plain insert baseline (ratio %.2f)\n",
                    chained, plain, chained / plain);
    }

    // Password hash cost.
    const std::string stored = Server::hashPassword("Bench-Passw0rd");
    std::vector<double> hashes;
    for (int i = 0; i < 10; ++i) {
        const auto start = Clock::now();
        (void)Server::verifyPassword("Bench-Passw0rd", stored);
        hashes.push_back(ms(Clock::now() - start));
    }
    const Stats hash = percentiles(hashes);
    std::printf("PBKDF2-HMAC-SHA256 %d iterations: p50 %.1f ms\n", Server::kPasswordHashIterations,
                hash.p50);

    Server::ServerConfig config;
    config.dataDir = dir;
    auto server = Server::ServerApp::create(config);
    if (!server) {
        std::fprintf(stderr, "%s\n", server.error().detail.toUtf8().constData());
        return 1;
    }
    server.value()->start();
    const QUrl base(QString::fromStdString(server.value()->baseUrl()));
    QNetworkAccessManager network;

    std::vector<double> logins;
    QByteArray token;
    for (int i = 0; i < 20; ++i) {
        int status = 0;
        const auto start = Clock::now();
        const QByteArray answer =
            request(network, "POST", base.resolved(QUrl(QStringLiteral("/v1/auth/login"))),
                    R"({"email":"owner@bench.test","password":"Bench-Passw0rd"})", {}, &status);
        logins.push_back(ms(Clock::now() - start));
        token = QJsonDocument::fromJson(answer)
                    .object()
                    .value(QStringLiteral("access_token"))
                    .toString()
                    .toUtf8();
    }
    const Stats login = percentiles(logins);
    std::printf("login over HTTP: p50 %.1f ms, p99 %.1f ms\n", login.p50, login.p99);

    const QString users =
        QStringLiteral("/v1/tenants/%1/users").arg(QString::fromStdString(tenantId));
    const Stats healthz =
        timeRequests(network, base.resolved(QUrl(QStringLiteral("/healthz"))), {}, 200);
    const Stats me =
        timeRequests(network, base.resolved(QUrl(QStringLiteral("/v1/me"))), token, 200);
    const Stats firstPage =
        timeRequests(network, base.resolved(QUrl(users + QStringLiteral("?limit=50"))), token, 200);
    const Stats search = timeRequests(
        network, base.resolved(QUrl(users + QStringLiteral("?q=user0999&limit=50"))), token, 200);
    std::printf("GET /healthz baseline:        p50 %.2f ms, p99 %.2f ms\n", healthz.p50,
                healthz.p99);
    std::printf("GET /v1/me (token lookup):    p50 %.2f ms, p99 %.2f ms\n", me.p50, me.p99);
    std::printf("users first page (50 of %d): p50 %.2f ms, p99 %.2f ms (p50 %.1fx baseline)\n",
                userCount, firstPage.p50, firstPage.p99, firstPage.p50 / healthz.p50);
    std::printf("users search by email prefix: p50 %.2f ms, p99 %.2f ms (p50 %.1fx baseline)\n",
                search.p50, search.p99, search.p50 / healthz.p50);
    server.value()->stop();
    return 0;
}
