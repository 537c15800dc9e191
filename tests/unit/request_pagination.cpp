#include <bedrock/request_pagination.hpp>
#include <bedrock/request_pagination.hpp>  // include guard works

#include <bedrock/inference_profile_requests.hpp>
#include <bedrock/prompt_router_requests.hpp>

#include <bedrock_test/catch.hpp>

#include <optional>
#include <string>
#include <vector>

TEST_CASE("paginate_request drives the typed list requests", "[pagination]") {
    // Named constants, not consteval temporaries: clang 14 crashes on several of those in one function.
    constexpr bedrock::max_results two{2};
    constexpr bedrock::pagination_token start{"start"};
    bedrock::requests::list_inference_profiles first{.max_results = two, .type_equals = bedrock::inference_profile_type::application};
    std::vector<std::string> targets;
    auto all = bedrock::paginate_request(first, [&](bedrock::requests::list_inference_profiles const& r) {
        targets.push_back(bedrock::target(bedrock::requests::to_http_request(r)));
        if (!r.next_token) return bedrock::page<std::string>{{"a", "b"}, "n 1"};
        return bedrock::page<std::string>{{"c"}, std::nullopt};
    });
    // "n 1" has a space: the paginator refuses it and never sends it
    CHECK(all.error == bedrock::pagination_errc::invalid_token);
    CHECK(targets == std::vector<std::string>{"/inference-profiles?maxResults=2&type=APPLICATION"});

    targets.clear();
    auto ok = bedrock::paginate_request(first, [&](bedrock::requests::list_inference_profiles const& r) {
        targets.push_back(bedrock::target(bedrock::requests::to_http_request(r)));
        if (!r.next_token) return bedrock::page<std::string>{{"a", "b"}, "n/1="};
        return bedrock::page<std::string>{{"c"}, std::nullopt};
    }, {.max_items = 3});
    CHECK(ok.complete());
    CHECK(ok.items == std::vector<std::string>{"a", "b", "c"});
    CHECK(targets == std::vector<std::string>{"/inference-profiles?maxResults=2&type=APPLICATION",
                                              "/inference-profiles?maxResults=1&nextToken=n%2F1%3D&type=APPLICATION"});

    auto routers = bedrock::paginate_request(
        bedrock::requests::list_prompt_routers{.next_token = start, .type = bedrock::prompt_router_type::custom},
        [&](bedrock::requests::list_prompt_routers const& r) {
            CHECK(r.next_token->str() == "start");
            CHECK(bedrock::target(bedrock::requests::to_http_request(r)) == "/prompt-routers?nextToken=start&type=custom");
            return bedrock::page<int>{{1}, std::nullopt};
        });
    CHECK(routers.complete());
}
