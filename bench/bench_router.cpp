// Route matching cost against a baseline measured in the same run: a plain std::map lookup of
// the whole path. The ratio says what templates ({id}) cost per request.
#include "server/router.h"

#include <benchmark/benchmark.h>

#include <map>

namespace {

Server::Router makeRouter()
{
    Server::Router router;
    const char* resources[] = {"users",     "tenants",      "groups",  "videos",    "uploads",
                               "incidents", "maintenances", "notices", "approvals", "audit"};
    for (const char* resource : resources) {
        const std::string base = std::string("/v1/") + resource;
        auto handler = [](const Server::Request& request, const Server::RequestContext&) {
            return Server::jsonResponse(request, Server::http::status::ok, QJsonObject{});
        };
        router.add(Server::http::verb::get, base, handler);
        router.add(Server::http::verb::post, base, handler);
        router.add(Server::http::verb::get, base + "/{id}", handler);
        router.add(Server::http::verb::patch, base + "/{id}", handler);
        router.add(Server::http::verb::delete_, base + "/{id}", handler);
    }
    return router;
}

void BM_RouterMatch(benchmark::State& state)
{
    const Server::Router router = makeRouter();
    for (auto _ : state) {
        auto match = router.match(Server::http::verb::patch, "/v1/audit/12345?x=1");
        benchmark::DoNotOptimize(match.handler);
    }
}
BENCHMARK(BM_RouterMatch);

void BM_BaselineMapLookup(benchmark::State& state)
{
    std::map<std::string, int, std::less<>> paths;
    for (int i = 0; i < 50; ++i)
        paths.emplace("/v1/resource" + std::to_string(i) + "/12345", i);
    for (auto _ : state) {
        auto it = paths.find(std::string_view("/v1/resource49/12345"));
        benchmark::DoNotOptimize(it);
    }
}
BENCHMARK(BM_BaselineMapLookup);

} // namespace

BENCHMARK_MAIN();
