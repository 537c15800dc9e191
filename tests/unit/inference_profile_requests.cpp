// The @code examples of inference_profile_requests.hpp, compiled and run (style guide §2.7).
#include <bedrock/inference_profile_requests.hpp>
#include <bedrock/inference_profile_requests.hpp>  // include guard works

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
