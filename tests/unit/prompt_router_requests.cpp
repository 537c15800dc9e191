// The @code examples of prompt_router_requests.hpp, compiled and run (style guide §2.7).
#include <bedrock/prompt_router_requests.hpp>
#include <bedrock/prompt_router_requests.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <cassert>
#include <string>
#include <vector>

TEST_CASE("prompt_router_requests.hpp doc examples", "[requests]") {
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
