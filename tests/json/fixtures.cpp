#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/cfn_import.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/files.hpp>

#include <set>
#include <vector>
#include <string>
#include <string_view>

namespace {

using bedrock_test::fixture;
using bedrock_test::slurp;

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
    REQUIRE(g->created_at->time_since_epoch().count() == 1746522843218834); // 2025-05-06T09:14:03.218834Z
}

namespace {
/// One row of tests/fixtures/invalid/manifest.json.
struct invalid_case {
    std::string file;
    std::string document;  // the response/request type the document claims to be
    bedrock::json_errc code;
    std::string pointer;
    std::uint64_t offset;  // checked when not 0: document-level errors (pointer ""), UTF-8, values
};

template <class T>
bedrock::json_error read_invalid(std::string const& text) {
    auto r = bedrock::parse_document<T>(text);
    REQUIRE_FALSE(r.has_value());
    return r.error();
}

bedrock::json_error read_as(std::string_view document, std::string const& text) {
    if (document == "get_inference_profile_response") return read_invalid<bedrock::get_inference_profile_response>(text);
    if (document == "list_inference_profiles_response") return read_invalid<bedrock::list_inference_profiles_response>(text);
    if (document == "list_foundation_models_response") return read_invalid<bedrock::list_foundation_models_response>(text);
    if (document == "create_inference_profile_request") return read_invalid<bedrock::create_inference_profile_request>(text);
    if (document == "cfn_template") return read_invalid<bedrock::cfn_template>(text);
    FAIL("manifest names an unknown document type: " << document);
    return {};
}

bedrock::json_errc errc_named(std::string_view name) {
    using bedrock::json_errc;
    for (auto c : {json_errc::wrong_type, json_errc::missing_member, json_errc::unknown_enum_value, json_errc::bad_timestamp,
                   json_errc::invalid_value, json_errc::too_few_items, json_errc::duplicate_key, json_errc::too_deep,
                   json_errc::incomplete, json_errc::invalid_utf8, json_errc::trailing_garbage, json_errc::unknown_member})
        if (bedrock::to_string(c) == name) return c;
    FAIL("manifest names an error code the test does not know: " << name);
    return {};
}

std::vector<invalid_case> invalid_manifest() {
    auto m = bedrock::parse_json(fixture("invalid/manifest.json"));
    REQUIRE(m.has_value());
    std::vector<invalid_case> rows;
    for (auto const& v : m->as_array()) {
        auto const& o = v.as_object();
        rows.push_back({std::string(o.at("file").as_string()), std::string(o.at("document").as_string()),
                        errc_named(o.at("code").as_string()), std::string(o.at("pointer").as_string()),
                        o.at("offset").to_number<std::uint64_t>()});
    }
    return rows;
}
} // namespace

TEST_CASE("every invalid fixture is rejected with the code and at the pointer its manifest names", "[json][fixtures][invalid]") {
    auto const rows = invalid_manifest();
    // every file of the folder is in the manifest, and the manifest covers each error class at least once
    REQUIRE(rows.size() == 21);
    std::set<bedrock::json_errc> classes;
    for (auto const& row : rows) {
        CAPTURE(row.file, row.document);
        std::string const text = fixture("invalid/" + row.file);
        bedrock::json_error const e = read_as(row.document, text);
        CAPTURE(e.message);
        CHECK(e.code == row.code);
        CHECK(e.pointer == row.pointer);
        if (row.offset != 0) CHECK(e.offset == row.offset);
        CHECK_FALSE(e.message.empty());
        classes.insert(row.code);
    }
    CHECK(classes.size() == 12);
}

TEST_CASE("the CloudFormation fixture imports as an application profile", "[json][fixtures][cfn]") {
    auto t = bedrock::parse_cfn_application_profiles(fixture("cfn-application-inference-profile.json"));
    REQUIRE(t.has_value());
    REQUIRE(t->size() == 1);
    auto const& p = (*t)[0];
    CHECK(p.logical_id == "ReportingNovaLiteProfile");
    CHECK(p.name == "nightly-report-nova-lite");
    CHECK(p.source.kind() == bedrock::model_source_kind::arn);
    CHECK(*p.source.arn_text() == "arn:aws:bedrock:us-west-2:482931057716:inference-profile/us.amazon.nova-lite-v1:0");
    CHECK(p.tags == std::vector<bedrock::tag>{{"Environment", "production"}, {"team", "reporting"}});
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
