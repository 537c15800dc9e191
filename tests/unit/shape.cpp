#include <bedrock/shape.hpp>

#include <bedrock_test/catch.hpp>

#include <string>
#include <string_view>

#include "identifier_table_rows.hpp"

using bedrock::errc;
using bedrock::shape;

// javadoc
static_assert(bedrock::to_string(bedrock::shape::inference_profile_arn) == "InferenceProfileArn");
static_assert(!bedrock::check_syntax(bedrock::shape::tag_key, "project:cost-center"));
static_assert(!bedrock::check_syntax(bedrock::shape::foundation_model_arn,
    "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"));
namespace javadoc {
constexpr auto e = bedrock::check_syntax(bedrock::shape::foundation_model_arn,
    "arn:aws:bedrock:us-east-1:123456789012:foundation-model/anthropic.claude-v2");
static_assert(e->code == bedrock::errc::account_not_allowed && e->offset == 26);
constexpr auto s = bedrock::check_strict(bedrock::shape::inference_profile_id,
    "zz.anthropic.claude-3-5-sonnet-20241022-v2:0");
static_assert(s->code == bedrock::errc::unknown_geo && s->offset == 0);
} // namespace javadoc

TEST_CASE("shape names round-trip and limits are the model's", "[shape]") {
    for (auto sh : bedrock::all_shapes) {
        CAPTURE(bedrock::to_string(sh));
        REQUIRE(bedrock::parse_shape(bedrock::to_string(sh)) == sh);
        auto const l = bedrock::limits(sh);
        REQUIRE(l.min <= l.max);
    }
    REQUIRE(bedrock::to_string(static_cast<shape>(200)) == "unknown");
    REQUIRE_FALSE(bedrock::parse_shape("inferenceProfileArn"));
    REQUIRE(bedrock::limits(static_cast<shape>(200)).max == bedrock::shape_limits::unbounded);
    REQUIRE(bedrock::check_syntax(static_cast<shape>(200), "x")->code == errc::invalid_character);
    REQUIRE_FALSE(bedrock::check_strict(static_cast<shape>(200), "x") == std::nullopt); // syntax fails first
    STATIC_REQUIRE(bedrock::limits(shape::inference_profile_name).max == 64);
    STATIC_REQUIRE(bedrock::limits(shape::bedrock_model_id).min == 0);
    STATIC_REQUIRE(bedrock::limits(shape::foundation_model_arn).max == bedrock::shape_limits::unbounded);
}

TEST_CASE("every shape has accepted and rejected rows in the identifier table", "[shape]") {
    for (auto sh : bedrock::all_shapes) {
        CAPTURE(bedrock::to_string(sh));
        bool accepted = false;
        bool rejected = false;
        for (auto const& r : bedrock_test::identifier_rows()) {
            if (r.sh != sh) continue;
            accepted = accepted || r.syntax_code == errc::ok;
            rejected = rejected || r.syntax_code != errc::ok;
        }
        CHECK(accepted);
        CHECK(rejected);
    }
}

TEST_CASE("strict layer: each extra rule", "[shape]") {
    struct row {
        shape sh;
        std::string_view s;
        errc code; // errc::ok: accepted by the strict layer
        std::uint32_t offset;
    };
    constexpr row rows[] = {
        // region-less FM ARNs (global profiles) pass the relaxed shape when partition and model id are valid
        {shape::foundation_model_arn_relaxed, "arn:aws:bedrock:::foundation-model/amazon.nova-pro-v1:0", errc::ok, 0},
        {shape::foundation_model_arn_relaxed, "arn:aws-x:bedrock:::foundation-model/amazon.nova-pro-v1:0", errc::unknown_partition, 4},
        {shape::foundation_model_arn_relaxed, "arn:aws:bedrock:::foundation-model/us.amazon.nova-pro-v1:0", errc::geo_prefixed_model_id, 35},
        {shape::foundation_model_arn_relaxed, "arn:aws:bedrock:xx-east-1::foundation-model/amazon.nova-pro-v1:0", errc::unknown_region, 16},
        // bare ids
        {shape::inference_profile_id, "a1b2c3d4e5f6", errc::ok, 0},
        {shape::inference_profile_identifier, "us.us.amazon.nova-pro-v1:0", errc::doubled_geo, 3},
        {shape::inference_profile_identifier, "arn:aws:bedrock:::inference-profile/us.amazon.nova-pro-v1:0", errc::region_required, 16},
        {shape::bedrock_model_id, "us.amazon.nova-pro-v1:0", errc::geo_prefixed_model_id, 0},
        {shape::bedrock_model_id, "amazon.nova-pro-v1:0/abcdef012345", errc::ok, 0},
        {shape::get_foundation_model_identifier, "us.amazon.nova-pro-v1:0", errc::geo_prefixed_model_id, 0},
        {shape::get_foundation_model_identifier, "arn:aws:bedrock:xx-east-1::foundation-model/a.bc", errc::unknown_region, 16},
        // names and descriptions: no trailing separator
        {shape::prompt_router_name, "router_", errc::trailing_separator, 6},
        {shape::inference_profile_description, "Profile for team A ", errc::trailing_separator, 18},
        {shape::prompt_router_description, "ok.", errc::ok, 0},
        // model identifiers go through the classifier
        {shape::model_id, "us.us.nova-pro-v1:0", errc::doubled_geo, 3},
        {shape::model_identifier, "my-model", errc::ok, 0},
        {shape::invoke_model_identifier, "-:.", errc::bad_model_id, 1},
        {shape::conversational_model_id, "ARN:AWS:BEDROCK", errc::not_an_arn, 0},
        {shape::async_invoke_identifier, "a/b", errc::invalid_character, 1},
        {shape::foundation_model_version_identifier, "amazon.nova-pro-v1:0", errc::ok, 0},
        {shape::provisioned_model_id, "arn:aws:bedrock:cn-north-1:123456789012:provisioned-model/abcdef012345", errc::region_partition_mismatch, 16},
        // ARN shapes go through parse_bedrock_arn
        {shape::invoked_model_id, "arn:aws:bedrock:::inference-profile/us.amazon.nova-pro-v1:0", errc::region_required, 16},
        {shape::async_invoke_arn, "arn:aws:bedrock:us-east-1:123456789012:foundation-model/a.b", errc::account_not_allowed, 26},
        {shape::taggable_resources_arn, "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.x.y", errc::unknown_geo, 57},
        // shapes without extra rules
        {shape::account_id, "000000000000", errc::ok, 0},
        {shape::tag_value, "", errc::ok, 0},
        {shape::provisioned_model_name, "pm-", errc::ok, 0},
        {shape::idempotency_token, "abc", errc::ok, 0},
        {shape::pagination_token, "", errc::empty, 0},
        {shape::provider, "Meta", errc::ok, 0},
        {shape::branded_name, "Llama", errc::ok, 0},
    };
    for (auto const& r : rows) {
        CAPTURE(bedrock::to_string(r.sh), r.s);
        auto e = bedrock::check_strict(r.sh, r.s);
        if (r.code == errc::ok) {
            REQUIRE_FALSE(e);
        } else {
            REQUIRE(e);
            CHECK(bedrock::to_string(e->code) == bedrock::to_string(r.code));
            CHECK(e->offset == r.offset);
        }
    }
}

TEST_CASE("scanner: length limits, too_short and the first failure beyond max", "[shape][scan]") {
    namespace d = bedrock::detail;
    constexpr auto letters = d::run_of(d::lower_chars, 1, d::unbounded);
    STATIC_REQUIRE(d::check_full(letters, "ab", 3, 10)->code == errc::too_short);
    STATIC_REQUIRE(d::check_full(letters, "ab", 3, 10)->offset == 2);
    STATIC_REQUIRE(d::check_full(letters, "", 0, 10)->code == errc::empty);
    STATIC_REQUIRE(d::check_full(letters, "abcdefghijkl", 1, 10)->code == errc::too_long);
    STATIC_REQUIRE(d::check_full(letters, "abcdefghijkl", 1, 10)->offset == 10);
    STATIC_REQUIRE(d::check_full(letters, "abc1efghijkl", 1, 10)->offset == 3); // the pattern failed earlier
    STATIC_REQUIRE(d::check_full(letters, "abcdefghij1", 1, 10)->code == errc::too_long); // fails at max: too_long
    STATIC_REQUIRE(!d::check_full(letters, "abcdefghij", 1, 10));
    // a rule that matched a prefix, then extra input
    STATIC_REQUIRE(d::check_full(d::lit("arn"), "arnx", 0, d::unbounded)->offset == 3);
    STATIC_REQUIRE(d::check_full(d::lit("arn"), "arnx", 0, d::unbounded)->code == errc::invalid_character);
    // position sets merge and stay ordered
    d::pos_set s;
    s.add(10, 12);
    s.add(1, 2);
    s.add(4, 4);
    s.add(3, 3); // bridges [1,2] and [4,4]
    REQUIRE(s.intervals() == 2);
    REQUIRE(s[0].lo == 1);
    REQUIRE(s[0].hi == 4);
    REQUIRE(s.contains(11));
    REQUIRE_FALSE(s.contains(5));
    s.add(0, 20);
    REQUIRE(s.intervals() == 1);
    REQUIRE(s.max() == 20);
    d::pos_set many;
    for (std::uint32_t i = 0; i < 2 * d::pos_set::capacity; ++i) many.add(3 * i, 3 * i); // overflow stays a superset
    REQUIRE(many.intervals() == d::pos_set::capacity);
    for (std::uint32_t i = 0; i < 2 * d::pos_set::capacity; ++i) REQUIRE(many.contains(3 * i));
}
