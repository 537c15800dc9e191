#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/iam.hpp>
#include <bedrock/json/cfn_import.hpp>
#include <bedrock/grants.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/files.hpp>

#include <boost/json/serialize.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace bj = boost::json;
using bedrock::json_errc;

namespace {

using bedrock_test::fixture;

bedrock::timestamp ts(std::string_view s) { return bedrock::parse_timestamp(s).value(); }

/// value -> JSON -> value, through every public path (to_json_value/from_json_value, text in both forms,
/// boost::json::value_from / try_value_to / value_to).
template <class T>
void round_trip(T const& x) {
    for (auto form : {bedrock::json_output::wire, bedrock::json_output::cli}) {
        std::string const text = bedrock::serialize_document(x, form);
        CAPTURE(text);
        CHECK(text.find("null") == std::string::npos);
        auto r = bedrock::parse_document<T>(text);
        INFO((r ? std::string() : r.error().message));
        REQUIRE(r.has_value());
        CHECK(*r == x);
        CHECK(bedrock::serialize_document(*r, form) == text);
    }
    bj::value const v = bj::value_from(x);
    CHECK(v == bedrock::to_json_value(x));
    auto t = bj::try_value_to<T>(v);
    REQUIRE(t.has_value());
    CHECK(*t == x);
    CHECK(bj::value_to<T>(v) == x);
}

} // namespace

TEST_CASE("round trip: every JSON type of the library", "[json][roundtrip]") {
    bedrock::tag const tag{"team", "support"};
    round_trip(tag);
    round_trip(bedrock::inference_profile_model_source{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"});
    round_trip(bedrock::create_inference_profile_request{
        "support-chatbot", "Cost tracking", "7f3c9a2e-4b1d-4e8f-a6c5-0d2b9e1f3a47",
        {"arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0"}, std::vector<bedrock::tag>{tag}});
    round_trip(bedrock::create_inference_profile_request{
        "minimal", std::nullopt, std::nullopt, {"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}, std::nullopt});
    round_trip(bedrock::create_inference_profile_request{
        "empty-tags", std::nullopt, std::nullopt, {"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"},
        std::vector<bedrock::tag>{}});
    round_trip(bedrock::create_inference_profile_response{
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", bedrock::inference_profile_status::active});
    round_trip(bedrock::create_inference_profile_response{
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", std::nullopt});
    round_trip(bedrock::inference_profile_model{"arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0"});
    round_trip(bedrock::inference_profile_model{std::nullopt});

    bedrock::inference_profile_summary s;
    s.inference_profile_name = "US Nova Pro";
    s.description = "Routes requests to Nova Pro in us-east-1, us-west-2 and us-east-2.";
    s.created_at = ts("2024-12-02T00:00:00Z");
    s.updated_at = ts("2025-01-16T19:04:27.481305Z");
    s.inference_profile_arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0";
    s.models = {{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}};
    s.inference_profile_id = "us.amazon.nova-pro-v1:0";
    s.type = bedrock::inference_profile_type::system_defined;
    round_trip(s);
    round_trip(bedrock::list_inference_profiles_response{std::vector<bedrock::inference_profile_summary>{s, s}, "token=="});
    round_trip(bedrock::list_inference_profiles_response{std::vector<bedrock::inference_profile_summary>{}, std::nullopt});
    round_trip(bedrock::list_inference_profiles_response{});

    bedrock::foundation_model_lifecycle life{bedrock::foundation_model_lifecycle_status::legacy, ts("2023-11-21T00:00:00Z"),
                                             ts("2025-07-21T00:00:00Z"), ts("2025-01-21T00:00:00Z"),
                                             ts("2025-03-21T12:00:00.5Z")};
    round_trip(life);
    bedrock::foundation_model_summary m;
    m.model_arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0";
    m.model_id = "amazon.nova-pro-v1:0";
    m.model_name = "Nova Pro";
    m.provider_name = "Amazon";
    m.input_modalities = {{bedrock::model_modality::text, bedrock::open_enum<bedrock::model_modality>("VIDEO")}};
    m.output_modalities = std::vector<bedrock::open_enum<bedrock::model_modality>>{};
    m.response_streaming_supported = false;
    m.customizations_supported = {{bedrock::model_customization::distillation, bedrock::open_enum<bedrock::model_customization>("NEW_KIND")}};
    m.inference_types_supported = {{bedrock::open_enum<bedrock::inference_type>("INFERENCE_PROFILE")}};
    m.model_lifecycle = life;
    round_trip(m);
    round_trip(bedrock::list_foundation_models_response{std::vector<bedrock::foundation_model_summary>{m}});
    round_trip(bedrock::get_foundation_model_response{m});
    round_trip(bedrock::get_foundation_model_response{});

    bedrock::cfn_application_inference_profile r;
    r.properties.inference_profile_name = "analytics";
    r.properties.description = bedrock::cfn_expr{bedrock::cfn_sub{"Profile in ${AWS::Region}"}};
    r.properties.model_source = bedrock::cfn_model_source{
        bedrock::make_cfn_expr("arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/amazon.nova-pro-v1:0")};
    r.properties.tags = std::vector<bedrock::cfn_tag>{{"team", bedrock::cfn_ref{"TeamParameter"}}};
    round_trip(r.properties);
    round_trip(r);
    round_trip(bedrock::cfn_model_source{bedrock::cfn_get_att{"Inner", "InferenceProfileArn"}});
    round_trip(bedrock::cfn_tag{"k", ""});
    bedrock::cfn_template t;
    t.aws_template_format_version = "2010-09-09";
    t.resources.emplace_back("B", r);
    t.resources.emplace_back("A", r);  // document order is kept, not sorted
    t.outputs = bedrock::ordered_members<bedrock::cfn_output>{
        {"Z", {std::nullopt, bedrock::cfn_get_att{"B", "InferenceProfileArn"}, std::nullopt}},
        {"Y", {"the id", bedrock::cfn_get_att{"A", "InferenceProfileId"}, bedrock::cfn_export{bedrock::cfn_sub{"${AWS::StackName}-id"}}}}};
    round_trip(t);
    round_trip(bedrock::cfn_export{"name"});
    round_trip(bedrock::cfn_output{std::nullopt, "v", std::nullopt});

    round_trip(bedrock::iam_statement{"Sid1", bedrock::iam_effect::deny, {"bedrock:InvokeModel"}, {"*"}});
    round_trip(bedrock::iam_statement{std::nullopt, bedrock::iam_effect::allow, {"a", "b"},
                                      {bedrock::make_cfn_expr("arn:${AWS::Partition}:bedrock:*::foundation-model/x.y"), "z"}});
    round_trip(bedrock::make_management_policy("aws-cn", true));
    round_trip(bedrock::iam_policy_document{});
}

TEST_CASE("every row of tests/fixtures/timestamps.json holds", "[json][timestamp]") {
    auto rows = bedrock::parse_json(fixture("timestamps.json"));
    REQUIRE(rows.has_value());
    REQUIRE(rows->as_array().size() == 34);
    for (auto const& row : rows->as_array()) {
        auto const& o = row.as_object();
        bj::value const doc = {{"createdAt", o.at("input")}};  // put the input where a timestamp is read
        CAPTURE(bj::serialize(o.at("input")), bj::serialize(o.at("note")));
        bj::value const with_required = {{"inferenceProfileArn", "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p"},
                                         {"status", "ACTIVE"}};
        (void)with_required;
        bedrock::detail::read_ctx c;
        bedrock::timestamp t{};
        bool const ok = bedrock::detail::read_value(o.at("input"), t, c);
        if (o.at("valid").as_bool()) {
            REQUIRE(ok);
            CHECK(t.time_since_epoch().count() == o.at("epochMicros").to_number<std::int64_t>());
            auto const cli = bedrock::format_timestamp(t, bedrock::timestamp_format::cli);
            auto const wire = bedrock::format_timestamp(t, bedrock::timestamp_format::wire);
            CHECK(cli == std::string_view(o.at("cli").as_string()));
            CHECK(wire == std::string_view(o.at("wire").as_string()));
            // through a whole document too
            bedrock::foundation_model_lifecycle life;
            life.start_of_life_time = t;
            auto back = bedrock::parse_document<bedrock::foundation_model_lifecycle>(
                bj::serialize(bj::value{{"status", "ACTIVE"}, {"startOfLifeTime", o.at("input")}}));
            REQUIRE(back.has_value());
            CHECK(*back->start_of_life_time == t);
        } else if (o.at("input").is_null()) {
            // null means absent: an optional timestamp member stays empty
            auto back = bedrock::parse_document<bedrock::foundation_model_lifecycle>(R"({"status":"ACTIVE","legacyTime":null})");
            REQUIRE(back.has_value());
            CHECK_FALSE(back->legacy_time.has_value());
        } else {
            CHECK_FALSE(ok);
            CHECK(c.error.code == json_errc::bad_timestamp);
            auto back = bedrock::parse_document<bedrock::foundation_model_lifecycle>(
                bj::serialize(bj::value{{"status", "ACTIVE"}, {"legacyTime", o.at("input")}}));
            REQUIRE_FALSE(back.has_value());
            CHECK(back.error().pointer == "/legacyTime");
            CHECK(back.error().code == json_errc::bad_timestamp);
        }
    }
}

TEST_CASE("untrusted JSON never throws or crashes: truncations and byte flips of every fixture", "[json][robust]") {
    for (auto name : {"list-inference-profiles.cli.json", "list-foundation-models.cli.json", "cfn-application-inference-profile.json",
                      "create-inference-profile.request.json", "get-inference-profile.json"}) {
        std::string const text = fixture(name);
        std::uint32_t seed = 12345;
        auto rnd = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
        for (std::size_t cut = 0; cut < text.size(); cut += 7) {
            std::string t = text.substr(0, cut);
            CHECK_NOTHROW((void)bedrock::parse_document<bedrock::list_inference_profiles_response>(t));
        }
        for (int i = 0; i < 400; ++i) {
            std::string t = text;
            t[rnd() % t.size()] = static_cast<char>(rnd() & 0xff);
            t[rnd() % t.size()] = "\"{}[],:0n-.\\"[rnd() % 12];
            CHECK_NOTHROW((void)bedrock::parse_document<bedrock::list_inference_profiles_response>(t));
            CHECK_NOTHROW((void)bedrock::parse_document<bedrock::list_foundation_models_response>(t));
            CHECK_NOTHROW((void)bedrock::parse_document<bedrock::cfn_template>(t));
            CHECK_NOTHROW((void)bedrock::parse_document<bedrock::create_inference_profile_request>(t));
        }
    }
    // every JSON kind where each member type is expected
    for (auto const* v : {"null", "true", "1", "-1", "18446744073709551615", "1.5", "\"s\"", "[]", "{}", "[null]", "{\"Ref\":1}",
                          "{\"Fn::Join\":[\"\",[{\"Fn::Join\":1}]]}", "{\"Fn::GetAtt\":[\"a\"]}", "{\"Fn::If\":[]}"}) {
        std::string const doc = std::string(R"({"modelSummaries":[{"modelArn":)") + v + R"(,"modelId":)" + v +
                                R"(,"inputModalities":)" + v + R"(,"responseStreamingSupported":)" + v +
                                R"(,"modelLifecycle":{"status":"ACTIVE","legacyTime":)" + v + "}}]}";
        CAPTURE(doc);
        CHECK_NOTHROW((void)bedrock::parse_document<bedrock::list_foundation_models_response>(doc));
        std::string const cfn = std::string(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile","Properties":{"InferenceProfileName":)") +
                                v + R"(,"ModelSource":{"CopyFrom":)" + v + R"(},"Tags":[{"Key":)" + v + R"(,"Value":"x"}]}}}})";
        CHECK_NOTHROW((void)bedrock::parse_document<bedrock::cfn_template>(cfn));
        CHECK_NOTHROW((void)bedrock::parse_document<bedrock::iam_policy_document>(
            std::string(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":)") + v + R"(,"Resource":)" + v + "}]}"));
    }
}
