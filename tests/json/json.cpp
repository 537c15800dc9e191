#include <bedrock/json.hpp>
#include <bedrock/json/api.hpp>
#include <bedrock/json.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <boost/json/serialize.hpp>

#include <optional>
#include <string>

namespace bj = boost::json;

// javadoc
TEST_CASE("json doc examples compile", "[json]") {
    {
        boost::json::value v = boost::json::value_from(bedrock::tag{"team", "support"});
        CHECK(bj::serialize(v) == R"({"key":"team","value":"support"})");
        auto r = boost::json::try_value_to<bedrock::tag>(boost::json::value{{"key", "a"}, {"value", "b"}});
        CHECK((r.has_value() && r->key == "a"));
    }
    {
        bedrock::create_inference_profile_response r{
            "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", std::nullopt};
        boost::json::value v = bedrock::to_json_value(r);
        CHECK(v.as_object().size() == 1);
    }
    {
        boost::json::value v = {{"inferenceProfileArn", "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p"},
                                {"status", "DELETING"}};
        auto r = bedrock::from_json_value<bedrock::create_inference_profile_response>(v);
        CHECK((r.error().code == bedrock::json_errc::unknown_enum_value && r.error().pointer == "/status"));
    }
    {
        auto r = bedrock::parse_document<bedrock::list_inference_profiles_response>(R"({"nextToken": "abc"})");
        CHECK((r.has_value() && r->next_token == "abc" && !r->inference_profile_summaries));
    }
    {
        std::string s = bedrock::serialize_document(bedrock::tag{"team", "support"}, bedrock::json_output::cli);
        CHECK(s == "{\n    \"key\": \"team\",\n    \"value\": \"support\"\n}\n");
    }
}
