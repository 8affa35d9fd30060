#include "server/router.h"

#include <gtest/gtest.h>

namespace {

using namespace Server;

Request makeRequest(http::verb method, std::string_view target)
{
    Request request{method, target, 11};
    request.keep_alive(true);
    return request;
}

Router makeRouter()
{
    Router router;
    router.add(http::verb::get, "/v1/users/{id}",
               [](const Request& request, const RequestContext& context) {
                   return jsonResponse(
                       request, http::status::ok,
                       QJsonObject{{QStringLiteral("id"),
                                    QString::fromStdString(std::string(context.param("id")))}});
               });
    router.add(http::verb::delete_, "/v1/users/{id}",
               [](const Request& request, const RequestContext&) {
                   return jsonResponse(request, http::status::no_content, QJsonObject{});
               });
    router.add(http::verb::get, "/healthz", [](const Request& request, const RequestContext&) {
        return jsonResponse(request, http::status::ok, QJsonObject{});
    });
    return router;
}

TEST(SplitPath, Split_QueryAndSlashes_AreIgnored)
{
    EXPECT_EQ(splitPath("/v1//users/7/?q=1"), (std::vector<std::string>{"v1", "users", "7"}));
    EXPECT_TRUE(splitPath("/").empty());
}

TEST(Router, Dispatch_PathParameter_ReachesHandler)
{
    const Router router = makeRouter();
    const Response response = router.dispatch(makeRequest(http::verb::get, "/v1/users/42"), {});
    EXPECT_EQ(response.result(), http::status::ok);
    EXPECT_EQ(response.body(), R"({"id":"42"})");
}

TEST(Router, Dispatch_UnknownPath_Is404Problem)
{
    const Router router = makeRouter();
    const Response response = router.dispatch(makeRequest(http::verb::get, "/v1/nothing"), {});
    EXPECT_EQ(response.result(), http::status::not_found);
    EXPECT_EQ(response[http::field::content_type], "application/problem+json");
}

TEST(Router, Dispatch_WrongMethod_Is405WithAllow)
{
    const Router router = makeRouter();
    const Response response = router.dispatch(makeRequest(http::verb::post, "/v1/users/1"), {});
    EXPECT_EQ(response.result(), http::status::method_not_allowed);
    EXPECT_EQ(response[http::field::allow], "DELETE, GET, HEAD");
}

TEST(Router, Dispatch_Head_UsesGetWithoutBody)
{
    const Router router = makeRouter();
    const Response response = router.dispatch(makeRequest(http::verb::head, "/v1/users/42"), {});
    EXPECT_EQ(response.result(), http::status::ok);
    EXPECT_TRUE(response.body().empty());
    EXPECT_EQ(response[http::field::content_length], "11");
}

TEST(Router, Routes_ListsEveryRegistration)
{
    EXPECT_EQ(makeRouter().routes().size(), 3U);
}

} // namespace
