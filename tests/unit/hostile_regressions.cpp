// Regression tests for the defects of issue 14 (hostile input) in the core headers. Each TEST_CASE names
// the defect class, the minimal input, and the behaviour AWS defines; every one FAILS on the commit that
// introduced this file and must pass once its fix lands. Only public names are used, so the tests survive
// the header re-cut of issue 9.
//
// Timing tests (quadratic paths) use inputs large enough that an O(n^2) implementation needs tens of
// seconds while a linear one needs milliseconds; the bound (5 s) leaves a 50x margin for a loaded machine.
#include <bedrock/profiles.hpp>

#include <bedrock/application_profile.hpp>
#include <bedrock/application_profile_alpha.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/iam.hpp>
#include <bedrock/shape.hpp>
#include <bedrock/timestamp.hpp>
#include <bedrock_test/catch.hpp>
#include <bedrock_test/profiles.hpp>
#include <bedrock_test/linear_time.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using bedrock::errc;

namespace {

using bedrock_test::linear_budget_seconds;
using bedrock_test::seconds_of;

// n distinct keys that are valid TagKeys: "k0", "k1", ...
std::vector<bedrock::tag> distinct_tags(std::size_t n) {
    std::vector<bedrock::tag> tags;
    tags.reserve(n);
    for (std::size_t i = 0; i < n; ++i) tags.push_back({"k" + std::to_string(i), "v"});
    return tags;
}

bedrock::application_profile hostile_profile() { return bedrock_test::valid_profile("hostile"); }

bool has_violation(std::vector<bedrock::profile_violation> const& v, errc code, std::string_view field) {
    return std::any_of(v.begin(), v.end(), [&](auto const& x) { return x.code == code && x.field == field; });
}

} // namespace

// ---- a value changed silently: timestamps -----------------------------------------------------------
// RFC 3339 text whose UTC offset moves the instant outside 0000-01-01T00:00:00Z .. 9999-12-31T23:59:59.999999Z
// is accepted today and written back by format_timestamp as a different (clamped) instant. The library's
// timestamp range is the one its text forms can express (years 0000-9999, as timestamp_from_epoch_seconds
// already enforces with errc::too_long); the text reader must reject such input instead of clamping later.
// Proposed error: errc::too_long at the offset of the UTC-offset sign (byte 19), the field that moved it.
TEST_CASE("hostile: a timestamp whose UTC offset moves it past year 9999 is rejected", "[hostile][timestamp]") {
    for (std::string_view in : {"9999-12-31T23:59:59-00:01", "9999-12-31T23:00:00-23:59", "9999-12-31T23:59:59.999999-00:01"}) {
        CAPTURE(in);
        auto const r = bedrock::parse_timestamp(in);
        // the property: no accepted value is changed on the way out
        if (r) CHECK(bedrock::parse_timestamp(bedrock::format_timestamp(*r)).value() == *r);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == errc::too_long);
        CHECK(r.error().offset == 19u + (in.find('.') != std::string_view::npos ? 7u : 0u));
    }
}

TEST_CASE("hostile: a timestamp whose UTC offset moves it before year 0000 is rejected", "[hostile][timestamp]") {
    for (std::string_view in : {"0000-01-01T00:00:00+00:01", "0000-01-01T23:58:59+23:59"}) {
        CAPTURE(in);
        auto const r = bedrock::parse_timestamp(in);
        if (r) CHECK(bedrock::is_formattable(*r));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == errc::too_long);
        CHECK(r.error().offset == 19u);
    }
}

TEST_CASE("hostile: the last formattable instants with an offset are still accepted", "[hostile][timestamp]") {
    // Guard against an over-eager fix: these stay inside the range.
    for (std::string_view in : {"9999-12-31T23:59:59+00:00", "9999-12-31T23:59:59+23:59", "0000-01-01T00:00:00-23:59"}) {
        CAPTURE(in);
        auto const r = bedrock::parse_timestamp(in);
        REQUIRE(r.has_value());
        CHECK(bedrock::parse_timestamp(bedrock::format_timestamp(*r)).value() == *r);
    }
}

// ---- what the library builds, its own parser rejects: cross-region ARNs in a foreign partition -------
// A system-defined profile lives in its geo's partition (us-gov -> aws-us-gov, every other geo -> aws;
// the Bedrock user guide's "Supported Regions and models for inference profiles"). parse_bedrock_arn
// rejects `arn:aws:…:inference-profile/us-gov.…` with geo_partition_mismatch; the builder must not emit it.
TEST_CASE("hostile: cross_region_profile::arn refuses a partition its geo does not belong to", "[hostile][cross_region]") {
    constexpr bedrock::cross_region_profile gov{bedrock::geo::us_gov, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    constexpr bedrock::cross_region_profile us{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    struct row {
        bedrock::cross_region_profile const& p;
        bedrock::partition part;
        std::string_view region;
    };
    for (auto const& [p, part, region] : {row{gov, bedrock::partition::aws, "us-east-1"},
                                          row{us, bedrock::partition::aws_us_gov, "us-gov-west-1"}}) {
        CAPTURE(p.id(), region);
        auto const s = p.arn(part, region, "123456789012");
        if (s) CHECK(bedrock::parse_bedrock_arn(*s).has_value()); // the property: builder output parses
        REQUIRE_FALSE(s.has_value());
        CHECK(s.error().code == errc::geo_partition_mismatch);
        CHECK(s.error().offset == 4u); // the partition
        char buf[bedrock::max_cross_region_arn_size];
        auto const v = p.arn(part, region, "123456789012", buf);
        REQUIRE_FALSE(v.has_value());
        CHECK(v.error().code == errc::geo_partition_mismatch);
    }
}

TEST_CASE("hostile: make_create_request refuses a cross-region source in a foreign partition", "[hostile][cross_region]") {
    auto p = hostile_profile();
    p.source = bedrock::model_source{bedrock::cross_region_profile{bedrock::geo::us_gov, bedrock::models::anthropic_claude_3_5_sonnet_v2_0}};
    auto const env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    auto const r = bedrock::make_create_request(p, env);
    if (r) {
        CHECK_FALSE(bedrock::check_strict(bedrock::shape::inference_profile_model_source_arn, r->model_source.copy_from));
    }
    REQUIRE_FALSE(r.has_value());
    CHECK(has_violation(r.error(), errc::geo_partition_mismatch, "/modelSource/copyFrom"));
}

TEST_CASE("hostile: validate rejects a copyFrom ARN text whose geo is in another partition", "[hostile][cross_region]") {
    auto p = hostile_profile();
    p.source = bedrock::model_source::from_arn(
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us-gov.anthropic.claude-3-5-sonnet-20241022-v2:0");
    auto const v = bedrock::validate(p);
    CHECK(has_violation(v, errc::geo_partition_mismatch, "/modelSource/copyFrom"));
}

// ---- quadratic time on the library's paths ----------------------------------------------------------
TEST_CASE("hostile: validate is linear in the number of tags", "[hostile][quadratic]") {
    auto p = hostile_profile();
    p.tags = distinct_tags(100'000);
    std::vector<bedrock::profile_violation> v;
    double const s = seconds_of([&] { v = bedrock::validate(p); });
    CHECK(s < linear_budget_seconds);
    REQUIRE_FALSE(v.empty());
    CHECK(v.front().code == errc::too_many_items);
}

TEST_CASE("hostile: validate still reports every repeated tag key", "[hostile][quadratic]") {
    // Guard for the linear rewrite: same report as the quadratic loop (first repeat of each later index).
    auto p = hostile_profile();
    p.tags = {{"a", "1"}, {"b", "2"}, {"a", "3"}, {"a", "4"}};
    auto const v = bedrock::validate(p);
    REQUIRE(v.size() == 2);
    CHECK(v[0].field == "/tags/2/key");
    CHECK(v[0].code == errc::duplicate_key);
    CHECK(v[1].field == "/tags/3/key");
}

TEST_CASE("hostile: sort_tags_like_cdk is n log n in the number of tags", "[hostile][quadratic]") {
    auto tags = distinct_tags(100'000);
    std::reverse(tags.begin(), tags.end());
    double const s = seconds_of([&] { bedrock::sort_tags_like_cdk(tags); });
    CHECK(s < linear_budget_seconds);
    REQUIRE(tags.size() == 100'000);
    CHECK(bedrock::cdk_collate(tags.front().key, tags.back().key) < 0);
}

TEST_CASE("hostile: validate is linear in a copyFrom full of '${' without '}'", "[hostile][quadratic]") {
    auto p = hostile_profile();
    std::string text = "arn:";
    while (text.size() < 2'000'000) text += "${";
    p.source = bedrock::model_source::from_arn(text);
    std::vector<bedrock::profile_violation> v;
    double const s = seconds_of([&] { v = bedrock::validate(p); });
    CHECK(s < linear_budget_seconds);
    CHECK(has_violation(v, errc::bad_partition, "/modelSource/copyFrom")); // `$` where the partition starts
}

// ---- counting the wrong unit ------------------------------------------------------------------------
// check_alpha reproduces the CDK alpha construct, which measures JavaScript `length` (UTF-16 code units).
// Bytes that are not UTF-8 reach node as U+FFFD (one unit each, WHATWG decoder); a stray continuation byte
// counts zero today, so 65 of them pass the 64-unit limit.
TEST_CASE("hostile: a stray UTF-8 continuation byte counts as one UTF-16 unit", "[hostile][unit]") {
    auto p = hostile_profile();
    p.name = std::string(65, '\x80');
    auto const v = bedrock::check_alpha(p);
    REQUIRE(v.has_value());
    CHECK(v->rule == "ProfileNameTooLong");
    CHECK(v->code == errc::too_long);
    p.name = "hostile";
    p.description = std::string(201, '\xBF');
    auto const d = bedrock::check_alpha(p);
    REQUIRE(d.has_value());
    CHECK(d->rule == "DescriptionTooLong");
}

// AWS length traits on strings count Unicode code points (Smithy: "length trait … the number of Unicode
// code points when applied to string shapes"; botocore validates len() of a Python str). BrandedName is
// `.*` with length 1..20 and PaginationToken is `\S*` 1..2048; both accept non-ASCII text, and the library
// counts their limits in bytes.
TEST_CASE("hostile: BrandedName and PaginationToken limits count characters, not bytes", "[hostile][unit]") {
    std::string name;
    for (int i = 0; i < 20; ++i) name += "\xC3\xA9"; // 20 x U+00E9: 20 characters, 40 bytes
    CHECK_FALSE(bedrock::check_syntax(bedrock::shape::branded_name, name));
    auto const over = bedrock::check_syntax(bedrock::shape::branded_name, name + "\xC3\xA9");
    REQUIRE(over.has_value());
    CHECK(over->code == errc::too_long);
    CHECK(over->offset == 40u); // the byte offset where the 21st character starts
    std::string token;
    for (int i = 0; i < 2048; ++i) token += "\xE2\x82\xAC"; // 2048 x U+20AC
    CHECK_FALSE(bedrock::check_syntax(bedrock::shape::pagination_token, token));
}

// The classifier's model_name branch has no length limit. A bare name is a provisioned-model or custom-model
// name, ProvisionedModelName / CustomModelName: `([0-9a-zA-Z][_-]?)+` with length 1..63.
TEST_CASE("hostile: the classifier caps a model name at 63 characters", "[hostile][unit]") {
    auto const ok = bedrock::classify_model_identifier(std::string(63, 'A'));
    CHECK(ok.kind == bedrock::identifier_kind::model_name);
    for (std::size_t n : {std::size_t{64}, std::size_t{1'000'000}}) {
        CAPTURE(n);
        std::string const s(n, 'A');
        auto const c = bedrock::classify_model_identifier(s);
        REQUIRE(c.kind == bedrock::identifier_kind::invalid);
        CHECK(c.error.code == errc::too_long);
        CHECK(c.error.offset == 63u);
    }
}
