// <bedrock/json/identifiers.hpp>: the JSON form of a bedrock_arn and of a classification (written through the
// generic converter, read back as the owning *_fields aggregates, errors naming the JSON Pointer).
#include <bedrock/json/identifiers.hpp>

#include <bedrock_test/catch.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>

#include <string>
#include <string_view>

namespace identifiers_json_test {

using bedrock::tag_invoke;

// A described aggregate of the caller's with a parsed ARN in it: the member is written in its JSON form.
struct arn_holder {
    std::string name;
    bedrock::bedrock_arn arn;
};
BOOST_DESCRIBE_STRUCT(arn_holder, (), (name, arn))

std::string compact(boost::json::value const& v) { return boost::json::serialize(v); }

// The JSON of `s` parsed as a Bedrock ARN (the test's input is valid).
std::string arn_json(std::string_view s) {
    auto const b = bedrock::parse_bedrock_arn(s);
    REQUIRE(b);
    return compact(bedrock::to_json_value(*b));
}

// A valid bedrock_arn_fields document with one member replaced (or removed when `value` is empty).
std::string arn_document_with(std::string_view member, std::string_view value) {
    struct part {
        std::string_view name, json;
    };
    constexpr part parts[] = {{"resourceType", R"("foundation-model")"}, {"partition", R"("aws")"},
                              {"service", R"("bedrock")"},                {"region", R"("us-east-1")"},
                              {"account", R"("")"},                       {"resourceId", R"("amazon.nova-pro-v1:0")"},
                              {"modelId", R"("amazon.nova-pro-v1:0")"}};
    std::string out = "{";
    bool found = false;
    for (auto const& p : parts) {
        std::string_view json = p.json;
        if (p.name == member) {
            found = true;
            if (value.empty()) continue;
            json = value;
        }
        if (out.size() > 1) out += ',';
        out += '"' + std::string(p.name) + "\":" + std::string(json);
    }
    if (!found && !value.empty()) out += ",\"" + std::string(member) + "\":" + std::string(value);
    return out + "}";
}

} // namespace identifiers_json_test

using namespace identifiers_json_test;

TEST_CASE("identifiers json: a bedrock_arn is written as its typed parts, by wire name", "[json][identifiers]") {
    CHECK(arn_json("arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU/TSTALIASID") ==
          R"({"resourceType":"agent-alias","partition":"aws","service":"bedrock","region":"us-east-1","account":"123456789012",)"
          R"("resourceId":"DNCJJYQKSU/TSTALIASID","agentId":"DNCJJYQKSU","aliasId":"TSTALIASID"})");
    CHECK(arn_json("arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/KLMNOPQRST/execution/2f3d-11aa") ==
          R"({"resourceType":"flow","partition":"aws","service":"bedrock","region":"us-east-1","account":"123456789012",)"
          R"("resourceId":"ABCDEFGHIJ/alias/KLMNOPQRST/execution/2f3d-11aa","flowId":"ABCDEFGHIJ","aliasId":"KLMNOPQRST","executionId":"2f3d-11aa"})");
    CHECK(arn_json("arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.amazon.nova-pro-v1:0") ==
          R"({"resourceType":"inference-profile","partition":"aws-us-gov","service":"bedrock","region":"us-gov-west-1",)"
          R"("account":"123456789012","resourceId":"us-gov.amazon.nova-pro-v1:0","geo":"us-gov","modelId":"amazon.nova-pro-v1:0"})");
    CHECK(arn_json("arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0") ==
          R"({"resourceType":"foundation-model","partition":"aws","service":"bedrock","region":"","account":"",)"
          R"("resourceId":"anthropic.claude-sonnet-4-20250514-v1:0","modelId":"anthropic.claude-sonnet-4-20250514-v1:0"})");
    CHECK(arn_json("arn:aws:bedrock:us-east-1:aws:blueprint/bedrock-data-automation-public-invoice") ==
          R"({"resourceType":"blueprint","partition":"aws","service":"bedrock","region":"us-east-1","account":"aws",)"
          R"("resourceId":"bedrock-data-automation-public-invoice","owner":"aws"})");
    CHECK(arn_json("arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdef012345") ==
          R"({"resourceType":"custom-model","partition":"aws","service":"bedrock","region":"us-east-1","account":"123456789012",)"
          R"("resourceId":"amazon.titan-text-express-v1:0:8k/abcdef012345","suffix":"abcdef012345","modelId":"amazon.titan-text-express-v1:0:8k"})");
    CHECK(arn_json("arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT12AB:3").find(R"("resourceId":"PROMPT12AB:3","version":"3"})") !=
          std::string::npos);

    // An ARN read leniently (read_bedrock_arn) with a geo the library does not know: written as it was.
    auto const lenient = bedrock::read_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0");
    REQUIRE(lenient);
    CHECK(compact(bedrock::to_json_value(*lenient)).find(R"("unrecognisedGeo":"zz","modelId":"amazon.nova-pro-v1:0"})") != std::string::npos);

    // value_from, to_json_value and the fields' own form agree.
    auto const b = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU/TSTALIASID");
    REQUIRE(b);
    CHECK(boost::json::value_from(*b) == bedrock::to_json_value(*b));
    CHECK(bedrock::to_json_value(bedrock::make_bedrock_arn_fields(*b)) == bedrock::to_json_value(*b));
}

TEST_CASE("identifiers json: a bedrock_arn member of a described aggregate is written in its form", "[json][identifiers]") {
    auto const b = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p");
    REQUIRE(b);
    arn_holder const h{"mine", *b};
    std::string const expected =
        R"({"name":"mine","arn":{"resourceType":"application-inference-profile","partition":"aws","service":"bedrock",)"
        R"("region":"us-east-1","account":"123456789012","resourceId":"k3x9q2mz7w4p"}})";
    CHECK(compact(bedrock::to_json_value(h)) == expected);
    CHECK(compact(boost::json::value_from(h)) == expected);
    CHECK(bedrock::serialize_document(h) == expected); // the direct writer takes the same leaf
}

TEST_CASE("identifiers json: bedrock_arn_fields round trip (DOM and one-pass reader)", "[json][identifiers]") {
    constexpr std::string_view arns[] = {
        "arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU/TSTALIASID",
        "arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/KLMNOPQRST/execution/2f3d-11aa",
        "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.amazon.nova-pro-v1:0",
        "arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0",
        "arn:aws:bedrock:us-east-1:aws:data-automation-project/public-rag-default",
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdef012345",
        "arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT12AB:3",
        "arn:aws:bedrock::834212829299:system-tool/amazon.nova_grounding",
    };
    for (auto const s : arns) {
        INFO(s);
        auto const b = bedrock::parse_bedrock_arn(s);
        REQUIRE(b);
        auto const f = bedrock::make_bedrock_arn_fields(*b);
        auto const v = bedrock::to_json_value(*b);
        auto const dom = bedrock::from_json_value<bedrock::bedrock_arn_fields>(v);
        REQUIRE(dom);
        CHECK(*dom == f);
        std::string const text = bedrock::serialize_document(f);
        CHECK(text == compact(v));
        auto const streamed = bedrock::parse_document<bedrock::bedrock_arn_fields>(text);
        REQUIRE(streamed);
        CHECK(*streamed == f);
    }
}

TEST_CASE("identifiers json: a classification is written as its kind, parts, geo and model", "[json][identifiers]") {
    auto const json_of = [](std::string_view s) { return compact(bedrock::to_json_value(bedrock::classify_model_identifier(s))); };
    CHECK(json_of("us.anthropic.claude-3-5-sonnet-20241022-v2:0") ==
          R"({"kind":"cross_region_profile_id","geo":"us","modelId":"anthropic.claude-3-5-sonnet-20241022-v2:0"})");
    CHECK(json_of("zz.anthropic.claude-3-haiku-20240307-v1:0") ==
          R"({"kind":"cross_region_profile_id","unrecognisedGeo":"zz","modelId":"anthropic.claude-3-haiku-20240307-v1:0"})");
    CHECK(json_of("k3x9q2mz7w4p") == R"({"kind":"application_profile_id"})");
    CHECK(json_of("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0") ==
          R"({"kind":"arn","resourceType":"inference-profile","partition":"aws","service":"bedrock","region":"us-east-1",)"
          R"("account":"123456789012","resourceId":"us.anthropic.claude-3-5-sonnet-20241022-v2:0","geo":"us",)"
          R"("modelId":"anthropic.claude-3-5-sonnet-20241022-v2:0"})");
    // invalid: the error's code, offset and sentence
    auto const c = bedrock::classify_model_identifier("arn:aws:bedrock:us-east-1:12345:agent/PXINSLJAOL");
    REQUIRE_FALSE(c.valid());
    CHECK(compact(bedrock::to_json_value(c)) == R"({"kind":"invalid","error":{"code":")" + std::string(to_string(c.error.code)) +
                                                    R"(","offset":)" + std::to_string(c.error.offset) + R"(,"message":")" +
                                                    std::string(c.error.message()) + R"("}})");
    CHECK(boost::json::value_from(c) == bedrock::to_json_value(c));
}

TEST_CASE("identifiers json: classification_fields round trip", "[json][identifiers]") {
    constexpr std::string_view inputs[] = {
        "anthropic.claude-3-5-sonnet-20241022-v2:0", "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
        "zz.anthropic.claude-3-haiku-20240307-v1:0", "k3x9q2mz7w4p", "my-provisioned_model",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.anthropic.claude-3-haiku-20240307-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU/TSTALIASID", "us.us.anthropic.claude-v2",
    };
    for (auto const s : inputs) {
        INFO(s);
        auto const f = bedrock::make_classification_fields(bedrock::classify_model_identifier(s));
        std::string const text = bedrock::serialize_document(f);
        auto const dom = bedrock::from_json_value<bedrock::classification_fields>(boost::json::parse(text));
        REQUIRE(dom);
        CHECK(*dom == f);
        auto const streamed = bedrock::parse_document<bedrock::classification_fields>(text);
        REQUIRE(streamed);
        CHECK(*streamed == f);
    }
}

TEST_CASE("identifiers json: bad input is refused with its JSON Pointer", "[json][identifiers]") {
    using bedrock::json_errc;
    struct row {
        std::string_view member, value; // value empty: the member is removed
        json_errc code;
        std::string_view pointer;
        bedrock::errc value_code = bedrock::errc::ok;
        std::uint32_t value_offset = 0;
    };
    constexpr row rows[] = {
        {"resourceType", R"("widget")", json_errc::unknown_enum_value, "/resourceType"},
        {"partition", R"("aws-moon")", json_errc::unknown_enum_value, "/partition"},
        {"partition", "3", json_errc::wrong_type, "/partition"},
        {"service", "", json_errc::missing_member, "/service"},
        {"resourceId", "", json_errc::missing_member, "/resourceId"},
        {"geo", R"("zz")", json_errc::unknown_enum_value, "/geo"},
        {"arn", R"("arn:aws:bedrock")", json_errc::unknown_member, "/arn"}, // strict: the form is the library's own
        {"region", R"("us-EAST-1")", json_errc::invalid_value, "/region", bedrock::errc::uppercase, 3},
        {"account", R"("12345")", json_errc::invalid_value, "/account", bedrock::errc::bad_account, 5},
        {"modelId", "[]", json_errc::wrong_type, "/modelId"},
    };
    auto const valid = bedrock::parse_document<bedrock::bedrock_arn_fields>(arn_document_with("", ""));
    REQUIRE(valid);
    CHECK(valid->resource_type == bedrock::resource_kind::foundation_model);
    for (auto const& r : rows) {
        std::string const text = arn_document_with(r.member, r.value);
        INFO(text);
        auto const streamed = bedrock::parse_document<bedrock::bedrock_arn_fields>(text);
        auto const dom = bedrock::from_json_value<bedrock::bedrock_arn_fields>(boost::json::parse(text));
        for (auto const* e : {&streamed, &dom}) {
            REQUIRE_FALSE(*e);
            CHECK(e->error().code == r.code);
            CHECK(e->error().pointer == r.pointer);
            if (r.code == json_errc::invalid_value) {
                CHECK(e->error().value_error.code == r.value_code);
                CHECK(e->error().value_error.offset == r.value_offset);
            }
        }
    }

    // classification_fields: the nested error names its pointer too
    auto const bad_code = bedrock::parse_document<bedrock::classification_fields>(
        R"({"kind":"invalid","error":{"code":"no_such_code","offset":0,"message":""}})");
    REQUIRE_FALSE(bad_code);
    CHECK(bad_code.error().code == json_errc::unknown_enum_value);
    CHECK(bad_code.error().pointer == "/error/code");
    auto const no_kind = bedrock::parse_document<bedrock::classification_fields>(R"({"geo":"us"})");
    REQUIRE_FALSE(no_kind);
    CHECK(no_kind.error().code == json_errc::missing_member);
    CHECK(no_kind.error().pointer == "/kind");
    auto const bad_account = bedrock::parse_document<bedrock::classification_fields>(R"({"kind":"arn","account":"aws1"})");
    REQUIRE_FALSE(bad_account);
    CHECK(bad_account.error().pointer == "/account");
}
