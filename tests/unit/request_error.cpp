// The @code examples of request_error.hpp, compiled and run (style guide §2.7).
#include <bedrock/request_error.hpp>
#include <bedrock/request_error.hpp>  // include guard works

#include <bedrock/inference_profile_requests.hpp>

#include <bedrock_test/catch.hpp>

#include <cassert>
#include <string>
#include <vector>

TEST_CASE("request_error.hpp doc examples", "[requests]") {
    // javadoc (request_error)
    {
        auto r = bedrock::requests::list_inference_profiles::make({.max_results = 0});
        assert(!r && r.error().pointer == "/maxResults" && r.error().code == bedrock::request_errc::out_of_range);
        CHECK(r.error().message() == "/maxResults: 0 is outside 1..1000");
    }
}
