#include <bedrock/json/error.hpp>
#include <bedrock/json/error.hpp>  // include guard works

#include <bedrock/json/api.hpp>

#include <bedrock_test/catch.hpp>

// javadoc
TEST_CASE("json/error.hpp doc examples compile", "[json]") {
    {
        auto r = bedrock::parse_document<bedrock::get_inference_profile_response>("{\"status\": 1}");
        CHECK((r.error().code == bedrock::json_errc::wrong_type && r.error().pointer == "/status"));
    }
    {
        bedrock::json_result<int> r = bedrock::json_error{bedrock::json_errc::syntax, "", 3, "bad", {}};
        CHECK((!r && r.error().offset == 3));
        CHECK_THROWS_AS(r.value(), bedrock::json_exception);
    }
}
