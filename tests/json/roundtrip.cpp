#include <bedrock/json.hpp>
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

// ---- Boost 1.81 pitfalls: one test each -------------------------------------------------

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

TEST_CASE("open enums keep unknown values; closed enums reject them", "[json][enum]") {
    auto r = bedrock::parse_document<bedrock::list_foundation_models_response>(fixture("list-foundation-models.cli.json"));
    REQUIRE(r.has_value());
    auto const& nova = (*r->model_summaries)[0];
    REQUIRE(nova.input_modalities->size() == 3);
    CHECK((*nova.input_modalities)[2].raw() == "VIDEO");
    CHECK_FALSE((*nova.input_modalities)[2].is_known());
    CHECK((*nova.input_modalities)[0] == bedrock::model_modality::text);
    auto const& sonnet = (*r->model_summaries)[5];
    CHECK((*sonnet.inference_types_supported)[0].raw() == "INFERENCE_PROFILE");
    auto bad = bedrock::parse_document<bedrock::foundation_model_lifecycle>(R"({"status":"active"})");
    CHECK(bad.error().code == json_errc::unknown_enum_value);
    auto num = bedrock::parse_document<bedrock::foundation_model_summary>(
        R"({"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/a.b","modelId":"a.b","inputModalities":[1]})");
    CHECK(num.error().pointer == "/inputModalities/0");
    CHECK(num.error().code == json_errc::wrong_type);
}

TEST_CASE("safe reader: document-level errors with offsets", "[json][reader]") {
    auto [text, code, pointer, offset] = GENERATE(table<std::string, json_errc, std::string, std::uint64_t>({
        {"", json_errc::empty_document, "", 0},
        {" \n\t ", json_errc::empty_document, "", 4},
        {"{", json_errc::incomplete, "", 1},
        {"{\"a\":1}x", json_errc::trailing_garbage, "", 7},
        {"{\"a\":1} {}", json_errc::trailing_garbage, "", 8},
        {"{\"a\":1,}", json_errc::syntax, "", 7},
        {"{'a':1}", json_errc::syntax, "", 1},
        {"[1,2]//c", json_errc::trailing_garbage, "", 5},
        {"{\"a\":1,\"b\":{\"c\":1,\"c\":2}}", json_errc::duplicate_key, "/b/c", 20},
        {"{\"a~b/c\":1,\"a~b/c\":2}", json_errc::duplicate_key, "/a~0b~1c", 17},
        {"[{\"x\":\"\xff\"}]", json_errc::invalid_utf8, "/0/x", 7},
        {"{\"\xc0\xaf\":1}", json_errc::invalid_utf8, "", 2},
        {"\"\xed\xa0\x80\"", json_errc::invalid_utf8, "", 1},
        {std::string(65, '[') + std::string(65, ']'), json_errc::too_deep, "", 64},
        {"[1 2]", json_errc::syntax, "", 3},
    }));
    CAPTURE(text);
    auto r = bedrock::parse_json(text);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == code);
    CHECK(r.error().pointer == pointer);
    CHECK(r.error().offset == offset);
    CHECK(r.error().message.find("offset") != std::string::npos);
    CHECK(bedrock::parse_json(std::string(64, '[') + std::string(64, ']')).has_value());
    // a number beyond double range (Boost.JSON reads it as infinity) is refused by the reader itself (issue 14, F2)
    auto inf = bedrock::parse_document<bedrock::foundation_model_lifecycle>(R"({"status":"ACTIVE","legacyTime":1e99999})");
    CHECK(inf.error().code == json_errc::too_large);
    CHECK(inf.error().pointer == "/legacyTime");
    bedrock::json_read_options small;
    small.max_size = 4;
    CHECK(bedrock::parse_json("[1,2,3]", small).error().code == json_errc::too_large);
    small.max_depth = 2;
    small.max_size = 100;
    CHECK(bedrock::parse_json("[[[1]]]", small).error().code == json_errc::too_deep);
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

TEST_CASE("CloudFormation documents: intrinsic functions, strict members, Type, V rules", "[json][cfn]") {
    auto ok = bedrock::parse_document<bedrock::cfn_template>(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":{"Fn::Sub":"${AWS::StackName}-p"},"ModelSource":{"CopyFrom":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":bedrock:us-east-1::foundation-model/a.b"]]}}}}}})");
    REQUIRE(ok.has_value());
    CHECK(std::holds_alternative<bedrock::cfn_sub>(ok->resources[0].second.properties.inference_profile_name.value));
    auto type = bedrock::parse_document<bedrock::cfn_template>(
        R"({"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"InferenceProfileName":"x"}}}})");
    REQUIRE_FALSE(type.has_value());
    CHECK(type.error().pointer == "/Resources/B/Type");
    CHECK(type.error().code == json_errc::invalid_value);
    CHECK(type.error().offset == 5);
    auto name = bedrock::parse_document<bedrock::cfn_template>(
        R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile","Properties":{"InferenceProfileName":"bad.name"}}}})");
    CHECK(name.error().pointer == "/Resources/P/Properties/InferenceProfileName");
    CHECK(name.error().value_error.code == bedrock::errc::invalid_character);
    CHECK(name.error().value_error.offset == 3);
    auto copy = bedrock::parse_document<bedrock::cfn_template>(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":"p","ModelSource":{"CopyFrom":"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p"}}}}})");
    CHECK(copy.error().pointer == "/Resources/P/Properties/ModelSource/CopyFrom");
    auto fn = bedrock::parse_document<bedrock::cfn_template>(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":{"Fn::If":["c","a","b"]}}}}})");
    CHECK(fn.error().pointer == "/Resources/P/Properties/InferenceProfileName/Fn::If");
    CHECK(fn.error().code == json_errc::unknown_member);
    auto join = bedrock::parse_document<bedrock::cfn_template>(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":{"Fn::Join":["",["a",{"Ref":7}]]}}}}})");
    CHECK(join.error().pointer == "/Resources/P/Properties/InferenceProfileName/Fn::Join/1/1/Ref");
    auto many = bj::value{{"InferenceProfileName", "p"}, {"Tags", bj::array(201, bj::value{{"Key", "k"}, {"Value", "v"}})}};
    auto t = bedrock::from_json_value<bedrock::cfn_application_inference_profile_properties>(many);
    CHECK(t.error().code == json_errc::too_many_items);
    CHECK(t.error().pointer == "/Tags");
}

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

// javadoc
TEST_CASE("json doc examples compile", "[json]") {
    {
        auto r = bedrock::parse_document<bedrock::get_inference_profile_response>("{\"status\": 1}");
        CHECK((r.error().code == bedrock::json_errc::wrong_type && r.error().pointer == "/status"));
    }
    {
        bedrock::json_result<int> r = bedrock::json_error{bedrock::json_errc::syntax, "", 3, "bad", {}};
        CHECK((!r && r.error().offset == 3));
        CHECK_THROWS_AS(r.value(), bedrock::json_exception);
    }
    {
        auto r = bedrock::parse_json(R"({"a": 1, "a": 2})");
        CHECK((!r && r.error().code == bedrock::json_errc::duplicate_key && r.error().pointer == "/a"));
    }
    {
        boost::json::value v = {{"a", 1}};
        CHECK(bedrock::format_json(v, bedrock::json_layout::cli) == "{\n    \"a\": 1\n}\n");
        CHECK(bedrock::format_json(v, bedrock::json_layout::compact) == "{\"a\":1}");
    }
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
        auto t = bedrock::parse_cfn_application_profiles(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":"p"}}}})");
        CHECK((t->size() == 1 && (*t)[0].logical_id == "P"));
    }
    {
        std::string s = bedrock::serialize_document(bedrock::tag{"team", "support"}, bedrock::json_output::cli);
        CHECK(s == "{\n    \"key\": \"team\",\n    \"value\": \"support\"\n}\n");
    }
}

TEST_CASE("the CLI printer escapes like Python's json.dumps(ensure_ascii=False)", "[json][printer]") {
    bj::value v = {{"s", "q\"b\\n\n r\r t\t \x01 \x1f \x7f caf\xc3\xa9 /"}, {"e", bj::array{}}, {"o", bj::object{}},
                   {"n", bj::array{-1, 18446744073709551615ull, 1.5, 1e300, true, nullptr}}};
    CHECK(bedrock::format_json(v, bedrock::json_layout::compact) ==
          "{\"s\":\"q\\\"b\\\\n\\n r\\r t\\t \\u0001 \\u001f \x7f caf\xc3\xa9 /\",\"e\":[],\"o\":{},"
          "\"n\":[-1,18446744073709551615,1.5,1e+300,true,null]}");
    CHECK(bedrock::format_json(bj::value(2.0), bedrock::json_layout::compact) == "2.0");
    CHECK(bedrock::format_json(bj::array{1, bj::array{}}, bedrock::json_layout::cli) == "[\n    1,\n    []\n]\n");
}
