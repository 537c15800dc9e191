// Reading text from the service (issue 10, point 1): a profile id whose geo is unrecognised but geo-shaped,
// followed by a valid model id, is a cross-region profile id with the geo kept as text; strict parsing and
// literals still refuse it.
#include <bedrock/classify.hpp>

#include <bedrock/profile_id.hpp>
#include <bedrock/runtime_invocation.hpp>
#include <bedrock/shape.hpp>

#include <bedrock_test/catch.hpp>

#include <string>
#include <string_view>

using bedrock::errc;
using bedrock::identifier_kind;

// javadoc
namespace javadoc_lenient_geo {
static_assert(bedrock::is_geo_shaped("zz") && bedrock::is_geo_shaped("us-gov"));
static_assert(!bedrock::is_geo_shaped("ZZ") && !bedrock::is_geo_shaped("anthropic") && !bedrock::is_geo_shaped("z"));
static_assert(!bedrock::check_profile_id_lenient("zz.anthropic.claude-3-haiku-20240307-v1:0"));
static_assert(bedrock::check_profile_id_lenient("zz.anthropic")->code == bedrock::errc::unknown_geo);
static_assert(bedrock::check_profile_id_lenient("ZZ.anthropic.claude-v2")->code == bedrock::errc::unknown_geo);
constexpr auto p = bedrock::read_profile_id("zz.anthropic.claude-3-haiku-20240307-v1:0");
static_assert(p && !p->geo && p->geo_text == "zz" && p->model == "anthropic.claude-3-haiku-20240307-v1:0");
constexpr auto b = bedrock::read_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0");
static_assert(b && b->kind == bedrock::resource_kind::inference_profile && !b->geo && b->model == "amazon.nova-pro-v1:0");
static_assert(!bedrock::parse_bedrock_arn(b->str()));
static_assert(!bedrock::check_model_identifier("zz.anthropic.claude-v2"));
static_assert(bedrock::check_model_identifier(
                  "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0")->code == bedrock::errc::unknown_geo);
} // namespace javadoc_lenient_geo

TEST_CASE("lenient geo: what is geo-shaped", "[lenient_geo]") {
    struct row {
        std::string_view head;
        bool shaped;
    };
    constexpr row rows[] = {
        {"zz", true},      {"mx", true},        {"sa", true},      {"us", true},      {"global", true},
        {"us-gov", true},  {"eu-sov", true},    {"a-b", true},     {"abcdef", true},  {"", false},
        {"z", false},      {"abcdefg", false},  {"ZZ", false},     {"Zz", false},     {"z1", false},
        {"-zz", false},    {"zz-", false},      {"a--b", false},   {"a-b-c", false},  {"z_z", false},
        {"anthropic", false}, {"zz.", false},   {"z z", false},
    };
    for (auto const& r : rows) {
        CAPTURE(r.head);
        CHECK(bedrock::is_geo_shaped(r.head) == r.shaped);
    }
}

TEST_CASE("lenient geo: the lenient profile-id check accepts an unrecognised geo, the strict one does not", "[lenient_geo]") {
    // accepted leniently, refused strictly (unknown_geo at 0)
    for (std::string_view s : {"zz.anthropic.claude-3-haiku-20240307-v1:0", "mx.amazon.nova-pro-v1:0",
                               "eu-sov.amazon.nova-pro-v1:0", "sa.openai.gpt-5.6-sol"}) {
        CAPTURE(s);
        CHECK_FALSE(bedrock::check_profile_id_lenient(s));
        auto const strict = bedrock::check_profile_id(s);
        REQUIRE(strict);
        CHECK(strict->code == errc::unknown_geo);
        CHECK_FALSE(bedrock::parse_profile_id(s));
        auto const parts = bedrock::read_profile_id(s);
        REQUIRE(parts);
        CHECK_FALSE(parts->geo);
        CHECK_FALSE(parts->geo_recognised());
        CHECK(parts->geo_text == s.substr(0, s.find('.')));
        CHECK(parts->model == s.substr(s.find('.') + 1));
    }
    // known geos: both accept, and the lenient reader names the geo
    auto const known = bedrock::read_profile_id("us-gov.anthropic.claude-3-haiku-20240307-v1:0");
    REQUIRE(known);
    CHECK(known->geo == bedrock::geo::us_gov);
    CHECK(known->geo_recognised());
    CHECK(known->geo_text == "us-gov");
    // refused by both, with the strict checker's error
    struct row {
        std::string_view s;
        errc code;
        std::uint32_t offset;
    };
    constexpr row rows[] = {
        {"zz.Anthropic.claude-v2", errc::unknown_geo, 0},            // an invalid model id after zz
        {"zz.anthropic", errc::unknown_geo, 0},                      // no model id after zz (no `.`)
        {"zz.anthropic.claude v2", errc::unknown_geo, 0},            // whitespace in the model id
        {"zz.us.anthropic.claude-v2", errc::unknown_geo, 0},         // the model id is itself geo-prefixed
        {"ZZ.anthropic.claude-v2", errc::unknown_geo, 0},            // uppercase is no geo
        {"Zz.anthropic.claude-v2", errc::unknown_geo, 0},
        {"abcdefg.anthropic.claude-v2", errc::unknown_geo, 1},       // 7 bytes: too long for a geo (`a` starts `apac`)
        {"z.anthropic.claude-v2", errc::unknown_geo, 0},             // 1 byte: too short
        {"z1.anthropic.claude-v2", errc::unknown_geo, 0},            // a digit
        {"US.anthropic.claude-v2", errc::uppercase, 0},              // a known geo in the wrong case
        {"us.us.anthropic.claude-v2", errc::doubled_geo, 3},
        {"", errc::empty, 0},
    };
    for (auto const& r : rows) {
        CAPTURE(r.s);
        auto const lenient = bedrock::check_profile_id_lenient(r.s);
        auto const strict = bedrock::check_profile_id(r.s);
        REQUIRE(lenient);
        REQUIRE(strict);
        CHECK(*lenient == *strict);
        CHECK(bedrock::to_string(lenient->code) == bedrock::to_string(r.code));
        CHECK(lenient->offset == r.offset);
        CHECK_FALSE(bedrock::read_profile_id(r.s));
    }
    // the 64-byte limit of InferenceProfileId holds for an unrecognised geo too
    std::string const long_id = "zz.amazon." + std::string(54, 'a');
    REQUIRE(long_id.size() == 64);
    CHECK_FALSE(bedrock::check_profile_id_lenient(long_id));
    CHECK(bedrock::check_profile_id_lenient(long_id + "a").has_value());
    CHECK(bedrock::check_profile_id_lenient(long_id + "a")->code == bedrock::check_profile_id(long_id + "a")->code);
}

TEST_CASE("lenient geo: the classifier reads an unrecognised geo as a profile id kept as text", "[lenient_geo]") {
    auto const c = bedrock::classify_model_identifier("zz.anthropic.claude-3-haiku-20240307-v1:0");
    REQUIRE(c.kind == identifier_kind::cross_region_profile_id);
    CHECK_FALSE(c.geo); // callers that need a known geo must look
    CHECK(c.geo_unrecognised());
    CHECK(c.geo_text == "zz");
    CHECK(c.model == "anthropic.claude-3-haiku-20240307-v1:0");
    CHECK(c.note == bedrock::classification_note::unrecognised_geo);
    CHECK(c.valid());
    // a known geo: geo set, geo_text the same text, no note
    auto const k = bedrock::classify_model_identifier("apac.amazon.nova-pro-v1:0");
    CHECK(k.geo == bedrock::geo::apac);
    CHECK(k.geo_text == "apac");
    CHECK_FALSE(k.geo_unrecognised());
    CHECK(k.note == bedrock::classification_note::none);
    // not a model id as a whole (five dotted segments) but a valid profile id after the geo: a profile id
    auto const five = bedrock::classify_model_identifier("zz.a.b.c.d");
    CHECK(five.kind == identifier_kind::cross_region_profile_id);
    CHECK(five.geo_text == "zz");
    // zz followed by an invalid model id: invalid, with the model-id error
    auto const bad = bedrock::classify_model_identifier("zz.Anthropic.claude-v2");
    CHECK(bad.kind == identifier_kind::invalid);
    CHECK(bad.error.code == errc::uppercase);
    CHECK(bad.error.offset == 3);
    // uppercase and too-long heads are no geos: the model-id verdicts of before
    CHECK(bedrock::classify_model_identifier("ZZ.anthropic.claude-v2").kind == identifier_kind::invalid);
    CHECK(bedrock::classify_model_identifier("abcdefg.anthropic.claude-v2").kind == identifier_kind::foundation_model_id);
    CHECK(bedrock::classify_model_identifier("abcdefg.anthropic.claude-v2").geo_text.empty());
}

TEST_CASE("lenient geo: a profile ARN with an unrecognised geo is read, not parsed", "[lenient_geo]") {
    constexpr std::string_view arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0";
    auto const strict = bedrock::parse_bedrock_arn(arn);
    REQUIRE_FALSE(strict);
    CHECK(strict.error().code == errc::unknown_geo);
    auto const read = bedrock::read_bedrock_arn(arn);
    REQUIRE(read);
    CHECK(read->kind == bedrock::resource_kind::inference_profile);
    CHECK(read->partition == bedrock::partition::aws);
    CHECK(read->id == "zz.amazon.nova-pro-v1:0");
    CHECK_FALSE(read->geo);
    CHECK(read->model == "amazon.nova-pro-v1:0");
    CHECK(read->arn.region() == "us-east-1");
    // the classifier
    auto const c = bedrock::classify_model_identifier(arn);
    REQUIRE(c.kind == identifier_kind::arn);
    CHECK(c.resource == bedrock::resource_kind::inference_profile);
    CHECK_FALSE(c.geo);
    CHECK(c.geo_text == "zz");
    CHECK(c.model == "amazon.nova-pro-v1:0");
    CHECK(c.note == bedrock::classification_note::unrecognised_geo);
    // a known geo: geo and geo_text
    auto const k = bedrock::classify_model_identifier("arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0");
    CHECK(k.geo == bedrock::geo::eu);
    CHECK(k.geo_text == "eu");
    CHECK(k.note == bedrock::classification_note::none);
    // every other part is as strict as before; the error is parse_bedrock_arn's
    for (std::string_view s : {
             "arn:aws:bedrock:us-east-1:12345678901:inference-profile/zz.amazon.nova-pro-v1:0",  // account
             "arn:aws:bedrock:xx-east-9:123456789012:inference-profile/zz.amazon.nova-pro-v1:0", // region
             "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.Amazon.nova-pro-v1:0", // model id
             "arn:aws:bedrock:us-east-1:123456789012:inference-profile/ZZ.amazon.nova-pro-v1:0", // uppercase head
             "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.us.amazon.nova-pro-v1:0",
             "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz",
             "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/zz.amazon.nova-pro-v1:0",
             "arn:aws:s3:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0",
         }) {
        CAPTURE(s);
        auto const p = bedrock::parse_bedrock_arn(s);
        auto const r = bedrock::read_bedrock_arn(s);
        REQUIRE_FALSE(p);
        REQUIRE_FALSE(r);
        CHECK(r.error() == p.error());
        auto const cl = bedrock::classify_model_identifier(s);
        CHECK_FALSE(cl.valid());
        CHECK(cl.error == p.error());
    }
}

TEST_CASE("lenient geo: strict checks and literals still refuse an unrecognised geo", "[lenient_geo]") {
    constexpr std::string_view id = "zz.anthropic.claude-3-haiku-20240307-v1:0";
    constexpr std::string_view arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0";
    // the checker of the profile_id literal (tests/compile_fail/profile_id_unknown_geo.cpp builds the literal)
    STATIC_REQUIRE(bedrock::profile_id::check(id).has_value());
    STATIC_REQUIRE(bedrock::profile_id::check(id)->code == errc::unknown_geo);
    // the strict layer of the shapes
    CHECK(bedrock::check_strict(bedrock::shape::inference_profile_id, id)->code == errc::unknown_geo);
    CHECK(bedrock::check_strict(bedrock::shape::inference_profile_arn, arn)->code == errc::unknown_geo);
    CHECK(bedrock::check_strict(bedrock::shape::invoke_model_identifier, arn)->code == errc::unknown_geo);
    CHECK(bedrock::invocation_target::check(arn)->code == errc::unknown_geo);
    // a string that is also a canonical model id stays the model id it always was for the strict layer
    CHECK_FALSE(bedrock::check_strict(bedrock::shape::invoke_model_identifier, id));
    CHECK(bedrock::check_model_identifier("zz.a.b.c.d")->code == bedrock::check_model_id("zz.a.b.c.d")->code);
}
