#include <bedrock/json.hpp>

#include <bedrock_test/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

std::string slurp(std::string const& path) {
    std::ifstream f(path, std::ios::binary);
    REQUIRE(f.good());
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}
std::string fixture(std::string_view name) { return slurp(std::string(BEDROCK_FIXTURES_DIR) + "/" + std::string(name)); }

std::string without_final_newline(std::string s) {
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

template <class T>
void round_trip_cli(std::string_view name) {
    CAPTURE(name);
    std::string const text = fixture(name);
    auto r = bedrock::parse_document<T>(text);
    INFO((r ? std::string() : r.error().message));
    REQUIRE(r.has_value());
    REQUIRE(bedrock::serialize_document(*r, bedrock::json_output::cli) == text);
    // and the value survives the wire form too
    auto again = bedrock::parse_document<T>(bedrock::serialize_document(*r, bedrock::json_output::wire));
    REQUIRE(again.has_value());
    REQUIRE(*again == *r);
}

} // namespace

TEST_CASE("CLI fixtures parse and print back byte for byte", "[json][fixtures]") {
    round_trip_cli<bedrock::list_inference_profiles_response>("list-inference-profiles.cli.json");
    round_trip_cli<bedrock::get_inference_profile_response>("get-inference-profile.json");
    round_trip_cli<bedrock::create_inference_profile_request>("create-inference-profile.request.json");
    round_trip_cli<bedrock::create_inference_profile_response>("create-inference-profile.response.json");
    round_trip_cli<bedrock::list_foundation_models_response>("list-foundation-models.cli.json");
    round_trip_cli<bedrock::cfn_template>("cfn-application-inference-profile.json");
}

TEST_CASE("the wire fixture parses and writes back in wire form; it holds the CLI fixture's data", "[json][fixtures]") {
    std::string const wire = fixture("list-inference-profiles.wire.json");
    auto w = bedrock::parse_document<bedrock::list_inference_profiles_response>(wire);
    REQUIRE(w.has_value());
    REQUIRE(bedrock::serialize_document(*w, bedrock::json_output::wire) == without_final_newline(wire));
    auto c = bedrock::parse_document<bedrock::list_inference_profiles_response>(fixture("list-inference-profiles.cli.json"));
    REQUIRE(c.has_value());
    REQUIRE(*c == *w);
    // wire -> CLI gives the CLI fixture, CLI -> wire gives the wire fixture
    REQUIRE(bedrock::serialize_document(*w, bedrock::json_output::cli) == fixture("list-inference-profiles.cli.json"));
    REQUIRE(bedrock::serialize_document(*c, bedrock::json_output::wire) == without_final_newline(wire));
}

TEST_CASE("GetInferenceProfile equals the fifth summary of the list", "[json][fixtures]") {
    auto g = bedrock::parse_document<bedrock::get_inference_profile_response>(fixture("get-inference-profile.json"));
    auto l = bedrock::parse_document<bedrock::list_inference_profiles_response>(fixture("list-inference-profiles.cli.json"));
    REQUIRE((g && l));
    REQUIRE(l->inference_profile_summaries->size() == 6);
    REQUIRE((*l->inference_profile_summaries)[4] == *g);
    REQUIRE(g->type == bedrock::inference_profile_type::application);
    REQUIRE(g->created_at->time_since_epoch().count() == 1741703272604918);
}

namespace {
struct invalid_case {
    std::string_view file;
    bedrock::json_errc code;
    std::string_view pointer;
    std::uint64_t offset; // checked for document-level errors (pointer "") and UTF-8
};

template <class T>
bedrock::json_error read_invalid(std::string const& text) {
    auto r = bedrock::parse_document<T>(text);
    REQUIRE_FALSE(r.has_value());
    return r.error();
}

bedrock::json_error read_any(std::string_view file, std::string const& text) {
    if (file.starts_with("create-request")) return read_invalid<bedrock::create_inference_profile_request>(text);
    if (file.starts_with("cfn-")) return read_invalid<bedrock::cfn_template>(text);
    if (file == "wrong-type-boolean.json" || file == "unknown-lifecycle-status.json")
        return read_invalid<bedrock::list_foundation_models_response>(text);
    if (file == "missing-required-arn.json" || file == "unknown-type-enum.json" || file == "bad-model-arn.json")
        return read_invalid<bedrock::list_inference_profiles_response>(text);
    return read_invalid<bedrock::get_inference_profile_response>(text);
}
} // namespace

TEST_CASE("every invalid fixture is rejected at the pointer its README names", "[json][fixtures][invalid]") {
    using bedrock::json_errc;
    auto [file, code, pointer, offset] = GENERATE(table<std::string_view, json_errc, std::string_view, std::uint64_t>({
        {"wrong-type-status.json", json_errc::wrong_type, "/status", 0},
        {"missing-required-arn.json", json_errc::missing_member, "/inferenceProfileSummaries/1/inferenceProfileArn", 0},
        {"unknown-status-enum.json", json_errc::unknown_enum_value, "/status", 0},
        {"unknown-type-enum.json", json_errc::unknown_enum_value, "/inferenceProfileSummaries/0/type", 0},
        {"bad-timestamp.json", json_errc::bad_timestamp, "/createdAt", 8},
        {"timestamp-without-offset.json", json_errc::bad_timestamp, "/updatedAt", 26},
        {"bad-model-arn.json", json_errc::invalid_value, "/inferenceProfileSummaries/2/models/0/modelArn", 0},
        {"wrong-arn-resource-type.json", json_errc::invalid_value, "/inferenceProfileArn", 39},
        {"models-not-array.json", json_errc::wrong_type, "/models", 0},
        {"empty-models.json", json_errc::too_few_items, "/models", 0},
        {"null-required-id.json", json_errc::missing_member, "/inferenceProfileId", 0},
        {"duplicate-key.json", json_errc::duplicate_key, "/type", 867},
        {"nested-depth-bomb.json", json_errc::too_deep, "", 64},
        {"truncated.json", json_errc::incomplete, "", 1449},
        {"not-utf8.json", json_errc::invalid_utf8, "/description", 106},
        {"trailing-garbage.json", json_errc::trailing_garbage, "", 859},
        {"wrong-type-boolean.json", json_errc::wrong_type, "/modelSummaries/0/responseStreamingSupported", 0},
        {"unknown-lifecycle-status.json", json_errc::unknown_enum_value, "/modelSummaries/1/modelLifecycle/status", 0},
        {"create-request-bad-name.json", json_errc::invalid_value, "/inferenceProfileName", 0},
        {"create-request-tag-missing-value.json", json_errc::missing_member, "/tags/1/value", 0},
        {"cfn-lowercase-tag-keys.json", json_errc::unknown_member, "/Resources/AnalyticsNovaProProfile/Properties/Tags/0/key", 0},
    }));
    CAPTURE(file);
    std::string const text = fixture(std::string("invalid/") + std::string(file));
    bedrock::json_error const e = read_any(file, text);
    CAPTURE(e.message);
    CHECK(e.code == code);
    CHECK(e.pointer == pointer);
    if (offset != 0) CHECK(e.offset == offset);
    CHECK_FALSE(e.message.empty());
}

TEST_CASE("the invalid fixtures count matches the README (21 documents)", "[json][fixtures][invalid]") {
    std::string const readme = fixture("invalid/README.md");
    std::size_t rows = 0;
    for (std::size_t p = readme.find("\n| `"); p != std::string::npos; p = readme.find("\n| `", p + 1)) ++rows;
    REQUIRE(rows == 21);
}

TEST_CASE("the CloudFormation fixture imports as an application profile", "[json][fixtures][cfn]") {
    auto t = bedrock::parse_cfn_application_profiles(fixture("cfn-application-inference-profile.json"));
    REQUIRE(t.has_value());
    REQUIRE(t->size() == 1);
    auto const& p = (*t)[0];
    CHECK(p.logical_id == "AnalyticsNovaProProfile");
    CHECK(p.name == "analytics-nova-pro");
    CHECK(p.source.kind() == bedrock::model_source_kind::arn);
    CHECK(*p.source.arn_text() == "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0");
    CHECK(p.tags == std::vector<bedrock::tag>{{"CostCenter", "cc-5120"}, {"team", "analytics"}});
    CHECK(bedrock::validate(p).empty());
    // and back: the same Properties (the fixture's tags are already in CDK order)
    auto r = bedrock::make_cfn_resource(p);
    REQUIRE(r.has_value());
    auto fx = bedrock::parse_document<bedrock::cfn_template>(fixture("cfn-application-inference-profile.json"));
    CHECK(r->properties == fx->resources[0].second.properties);

    auto bad = bedrock::parse_cfn_application_profiles(
        R"({"Resources":{"P/1":{"Type":"AWS::Bedrock::ApplicationInferenceProfile","Properties":{"InferenceProfileName":{"Ref":"Name"}}}}})");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().pointer == "/Resources/P~11/Properties/InferenceProfileName");
    auto one = bedrock::parse_cfn_application_profile(R"({"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":"p","ModelSource":{"CopyFrom":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}}})",
                                                      "Profile");
    REQUIRE(one.has_value());
    CHECK(one->name == "p");
    CHECK(one->source.kind() == bedrock::model_source_kind::arn);
    CHECK(bedrock::parse_cfn_application_profile("{}", "P").error().code == bedrock::json_errc::missing_member);
    auto ref = bedrock::parse_cfn_application_profile(
        R"({"Type":"AWS::Bedrock::ApplicationInferenceProfile","Properties":{"InferenceProfileName":{"Ref":"N"}}})", "P");
    CHECK(ref.error().pointer == "/Properties/InferenceProfileName");
}
