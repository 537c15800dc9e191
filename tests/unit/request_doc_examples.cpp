// The @code examples of the typed request headers, compiled and run (style guide §2.7).
#include <bedrock/foundation_model_requests.hpp>
#include <bedrock/inference_profile_requests.hpp>
#include <bedrock/prompt_router_requests.hpp>
#include <bedrock/prompt_router_type.hpp>
#include <bedrock/request_error.hpp>
#include <bedrock/tagging_requests.hpp>

#include <bedrock_test/catch.hpp>

#include <cassert>
#include <string>
#include <vector>

TEST_CASE("inference_profile_requests.hpp doc examples", "[requests]") {
    // javadoc (create_inference_profile)
    {
        auto r = bedrock::requests::create_inference_profile::make({
            .inference_profile_name = "support-chatbot",
            .copy_from = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0",
            .tags = std::vector<bedrock::tag>{{"team", "support"}}});
        assert(r && bedrock::requests::to_http_request(*r).success_status == 201);
        CHECK(bedrock::requests::to_http_request(*r).success_status == 201);
    }
    // javadoc (get_inference_profile)
    {
        bedrock::requests::get_inference_profile g{"us.amazon.nova-pro-v1:0"};
        assert(bedrock::requests::to_http_request(g).path == "/inference-profiles/us.amazon.nova-pro-v1%3A0");
        CHECK(bedrock::requests::to_http_request(g).path == "/inference-profiles/us.amazon.nova-pro-v1%3A0");
    }
    // javadoc (list_inference_profiles)
    {
        constexpr bedrock::max_results ten{10};
        bedrock::requests::list_inference_profiles l{.max_results = ten,
                                                     .type_equals = bedrock::inference_profile_type::application};
        assert(bedrock::target(bedrock::requests::to_http_request(l)) == "/inference-profiles?maxResults=10&type=APPLICATION");
        CHECK(bedrock::target(bedrock::requests::to_http_request(l)) == "/inference-profiles?maxResults=10&type=APPLICATION");
        constexpr bedrock::pagination_token abc{"abc"}; // named: clang 14 crashes on several consteval temporaries
        auto next = l.with_next_token(abc);
        CHECK(bedrock::target(bedrock::requests::to_http_request(next)) ==
              "/inference-profiles?maxResults=10&nextToken=abc&type=APPLICATION");
    }
}

TEST_CASE("prompt_router_requests.hpp doc examples", "[requests]") {
    static_assert(bedrock::to_string(bedrock::prompt_router_type::custom) == "custom");
    static_assert(!bedrock::parse_prompt_router_type("CUSTOM"));
    static_assert(bedrock::parse_prompt_router_type("default") == bedrock::prompt_router_type::default_);
    // javadoc (create_prompt_router)
    {
        auto r = bedrock::requests::create_prompt_router::make({
            .prompt_router_name = "support-router",
            .models = {"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
                       "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0"},
            .response_quality_difference = 25,
            .fallback_model = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"});
        assert(r && bedrock::requests::to_http_request(*r).path == "/prompt-routers");
        CHECK(bedrock::requests::to_http_request(*r).path == "/prompt-routers");
    }
    // javadoc (get_prompt_router)
    {
        bedrock::requests::get_prompt_router g{"arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345"};
        assert(bedrock::requests::to_http_request(g).path ==
               "/prompt-routers/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aprompt-router%2Fabcdef012345");
        CHECK(bedrock::requests::to_http_request(g).path ==
              "/prompt-routers/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aprompt-router%2Fabcdef012345");
    }
    bedrock::requests::list_prompt_routers l{.type = bedrock::prompt_router_type::default_};
    constexpr bedrock::pagination_token t{"t"};
    auto next = l.with_next_token(t);
    CHECK(bedrock::target(bedrock::requests::to_http_request(next)) == "/prompt-routers?nextToken=t&type=default");
}

TEST_CASE("foundation_model_requests.hpp and tagging_requests.hpp doc examples", "[requests]") {
    // javadoc (list_foundation_models)
    {
        auto r = bedrock::requests::list_foundation_models::make({.by_provider = "Amazon", .by_output_modality = "EMBEDDING"});
        assert(bedrock::target(bedrock::requests::to_http_request(*r)) ==
               "/foundation-models?byProvider=Amazon&byOutputModality=EMBEDDING");
        CHECK(bedrock::target(bedrock::requests::to_http_request(*r)) ==
              "/foundation-models?byProvider=Amazon&byOutputModality=EMBEDDING");
    }
    // javadoc (get_foundation_model)
    {
        bedrock::requests::get_foundation_model g{"anthropic.claude-3-5-sonnet-20241022-v2:0"};
        assert(bedrock::requests::to_http_request(g).path == "/foundation-models/anthropic.claude-3-5-sonnet-20241022-v2%3A0");
        CHECK(bedrock::requests::to_http_request(g).path == "/foundation-models/anthropic.claude-3-5-sonnet-20241022-v2%3A0");
    }
    // javadoc (tag_resource)
    {
        auto r = bedrock::requests::tag_resource::make({
            .resource_arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6",
            .tags = {{"team", "support"}}});
        assert(r && bedrock::requests::to_http_request(*r).path == "/tagResource");
        CHECK(bedrock::requests::to_http_request(*r).path == "/tagResource");
    }
    // javadoc (request_error)
    {
        auto r = bedrock::requests::list_inference_profiles::make({.max_results = 0});
        assert(!r && r.error().pointer == "/maxResults" && r.error().code == bedrock::request_errc::out_of_range);
        CHECK(r.error().message() == "/maxResults: 0 is outside 1..1000");
    }
}
