// Regression tests for what the fuzzing campaign of issue 14 found (docs/reliability.md §4). Each names the
// fuzz target that found it; each failed before its fix.
#include <bedrock/json/requests.hpp>

#include <bedrock_test/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace {
constexpr std::string_view haiku = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0";
} // namespace

// json_requests: CreatePromptRouter was built with no target model, and its own body reader
// (PromptRouterTargetModels, at least one item) refused the body it wrote.
TEST_CASE("fuzz finding: create_prompt_router::make refuses an empty models list, which its body reader refuses",
          "[json][requests][fuzz]") {
    auto const r = bedrock::requests::create_prompt_router::make(
        {.prompt_router_name = "support-router", .models = {}, .fallback_model = haiku});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == bedrock::request_errc::too_few_items);
    CHECK(r.error().pointer == "/models");
    CHECK(r.error().message() == "/models: fewer items than 1");

    // What the body reader says about the same body, and that one model is enough for both.
    auto const empty_body = bedrock::parse_document<bedrock::create_prompt_router_request>(
        R"({"promptRouterName":"support-router","models":[],"routingCriteria":{"responseQualityDifference":0},)"
        R"("fallbackModel":{"modelArn":")" + std::string(haiku) + R"("}})");
    REQUIRE_FALSE(empty_body.has_value());
    CHECK(empty_body.error().pointer == "/models");

    auto const one = bedrock::requests::create_prompt_router::make(
        {.prompt_router_name = "support-router", .models = {haiku}, .fallback_model = haiku});
    REQUIRE(one.has_value());
    auto const h = bedrock::to_http_request_with_body(*one);
    REQUIRE(h.body.has_value());
    auto const read = bedrock::parse_document<bedrock::create_prompt_router_request>(*h.body);
    INFO(*h.body);
    REQUIRE(read.has_value());
    CHECK(*read == bedrock::requests::to_body(*one));
}
