// The member rules of json_object_traits: R checks always, V checks only in strict mode.
#include <bedrock/json/traits.hpp>
#include <bedrock/json/traits.hpp>  // include guard works

#include <bedrock/json/api.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/files.hpp>

#include <string>

namespace bj = boost::json;
using bedrock::json_errc;

namespace {
using bedrock_test::fixture;
} // namespace

TEST_CASE("responses: R checks always, V checks only in strict mode", "[json][rules]") {
    std::string const get = fixture("list-inference-profiles.cli.json");
    CHECK(bedrock::parse_document<bedrock::list_inference_profiles_response>(get).has_value());
    // SYSTEM_DEFINED names break the request pattern: strict mode says so, at the first one
    auto s = bedrock::parse_document<bedrock::list_inference_profiles_response>(get, bedrock::read_mode::strict);
    REQUIRE_FALSE(s.has_value());
    CHECK(s.error().pointer == "/inferenceProfileSummaries/0/description");  // the name has no '.', the description a ','
    CHECK(s.error().value_error.code == bedrock::errc::invalid_character);
    // a region-less model ARN (global profiles) passes R
    auto g = bedrock::parse_document<bedrock::inference_profile_model>(
        R"({"modelArn":"arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0"})");
    CHECK(g.has_value());
    auto six = bj::value_from(bedrock::inference_profile_summary{});
    six.as_object()["inferenceProfileArn"] = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.a.b";
    six.as_object()["inferenceProfileId"] = "us.a.b";
    six.as_object()["inferenceProfileName"] = "n";
    six.as_object()["models"] = bj::array(6, bj::value{{"modelArn", "arn:aws:bedrock:us-east-1::foundation-model/a.b"}});
    CHECK(bedrock::from_json_value<bedrock::inference_profile_summary>(six).has_value());  // max 5 is not enforced on read
    auto strict = bedrock::from_json_value<bedrock::inference_profile_summary>(six, bedrock::read_mode::strict);
    CHECK(strict.error().code == json_errc::too_many_items);
    CHECK(strict.error().pointer == "/models");
}
