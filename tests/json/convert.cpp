// The generic converter (json/convert.hpp) on the Boost 1.81 pitfalls it exists for, one test each (open and
// closed enums: tests/json/api.cpp, beside the open-enum leaf).
#include <bedrock/json/convert.hpp>
#include <bedrock/json/convert.hpp>  // include guard works

#include <bedrock/json/api.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/files.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace bj = boost::json;
using bedrock::json_errc;

namespace {
using bedrock_test::fixture;
} // namespace

TEST_CASE("pitfall 1: unknown members are ignored in responses (1.81 built-in fails with size_mismatch)", "[json][pitfall]") {
    auto r = bedrock::parse_document<bedrock::foundation_model_lifecycle>(
        R"({"status":"LEGACY","publicExtendedAccessTime":"2026-02-01T00:00:00Z","someFutureMember":{"x":[1,2,3]}})");
    REQUIRE(r.has_value());
    CHECK(r->status == bedrock::foundation_model_lifecycle_status::legacy);
    // the CLI's own NextToken (--max-items) is an unknown member of a response
    auto l = bedrock::parse_document<bedrock::list_inference_profiles_response>(R"({"NextToken":"eyJ4Ijoy fQ=="})");
    REQUIRE(l.has_value());
    CHECK_FALSE(l->next_token.has_value());
    // the same through boost::json::try_value_to
    auto t = bj::try_value_to<bedrock::create_inference_profile_response>(
        bj::value{{"inferenceProfileArn", "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p"},
                  {"extra", true}});
    CHECK(t.has_value());
    // but rejected in request documents, and in strict mode
    auto q = bedrock::parse_document<bedrock::tag>(R"({"key":"k","value":"v","extra":1})");
    REQUIRE_FALSE(q.has_value());
    CHECK(q.error().code == json_errc::unknown_member);
    CHECK(q.error().pointer == "/extra");
    auto s = bedrock::parse_document<bedrock::foundation_model_lifecycle>(R"({"status":"ACTIVE","x":1})", bedrock::read_mode::strict);
    CHECK(s.error().pointer == "/x");
    CHECK(bedrock::parse_document<bedrock::tag>(R"({"key":"k","value":"v","extra":1})", bedrock::read_mode::lenient).has_value());
    auto u = bj::try_value_to<bedrock::tag>(bj::value{{"key", "k"}, {"value", "v"}, {"x", 1}});
    REQUIRE(u.has_error());
    CHECK(u.error() == bedrock::make_error_code(json_errc::unknown_member));
    CHECK(u.error().category().name() == std::string_view("bedrock.json"));
    CHECK_THROWS(bj::value_to<bedrock::tag>(bj::value{{"key", "k"}}));
}

TEST_CASE("pitfall 2: missing optional members are allowed (fixed only in 1.82)", "[json][pitfall]") {
    auto r = bedrock::parse_document<bedrock::foundation_model_summary>(
        R"({"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0","modelId":"amazon.nova-pro-v1:0"})");
    REQUIRE(r.has_value());
    CHECK_FALSE(r->model_name.has_value());
    CHECK_FALSE(r->input_modalities.has_value());
    CHECK_FALSE(r->response_streaming_supported.has_value());
    CHECK_FALSE(r->model_lifecycle.has_value());
    // a missing required member is still an error, named by its pointer
    auto m = bedrock::parse_document<bedrock::foundation_model_summary>(R"({"modelId":"amazon.nova-pro-v1:0"})");
    REQUIRE_FALSE(m.has_value());
    CHECK(m.error().code == json_errc::missing_member);
    CHECK(m.error().pointer == "/modelArn");
}

TEST_CASE("pitfall 3: no null is ever written; [] and absent stay apart", "[json][pitfall]") {
    bedrock::foundation_model_summary m;
    m.model_arn = "arn:aws:bedrock:us-east-1::foundation-model/a.b";
    m.model_id = "a.b";
    m.customizations_supported = std::vector<bedrock::open_enum<bedrock::model_customization>>{};
    std::string const text = bedrock::serialize_document(m);
    CHECK(text == R"({"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/a.b","modelId":"a.b","customizationsSupported":[]})");
    bj::value const v = bj::value_from(m);
    CHECK(v.as_object().size() == 3);
    auto back = bedrock::parse_document<bedrock::foundation_model_summary>(text);
    REQUIRE(back.has_value());
    CHECK(back->customizations_supported.has_value());
    CHECK(back->customizations_supported->empty());
    CHECK_FALSE(back->inference_types_supported.has_value());
    // null on read means absent
    auto n = bedrock::parse_document<bedrock::foundation_model_summary>(
        R"({"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/a.b","modelId":"a.b","modelName":null,"customizationsSupported":null})");
    REQUIRE(n.has_value());
    CHECK_FALSE(n->model_name.has_value());
    CHECK_FALSE(n->customizations_supported.has_value());
}
