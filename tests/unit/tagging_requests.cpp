// The @code examples of tagging_requests.hpp, compiled and run (style guide §2.7).
#include <bedrock/tagging_requests.hpp>
#include <bedrock/tagging_requests.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <cassert>
#include <string>
#include <vector>

TEST_CASE("tagging_requests.hpp doc examples", "[requests]") {
    // javadoc (tag_resource)
    {
        auto r = bedrock::requests::tag_resource::make({
            .resource_arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6",
            .tags = {{"team", "support"}}});
        assert(r && bedrock::requests::to_http_request(*r).path == "/tagResource");
        CHECK(bedrock::requests::to_http_request(*r).path == "/tagResource");
    }
}
