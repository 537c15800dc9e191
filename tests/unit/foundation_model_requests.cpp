// The @code examples of foundation_model_requests.hpp, compiled and run (style guide §2.7).
#include <bedrock/foundation_model_requests.hpp>
#include <bedrock/foundation_model_requests.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <cassert>
#include <string>
#include <vector>

TEST_CASE("foundation_model_requests.hpp doc examples", "[requests]") {
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
}
