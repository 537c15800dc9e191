// Regression tests for the defects of issue 14 found "elsewhere": the same classes as the findings of
// tests/unit/hostile_regressions.cpp (a builder whose output its own parser rejects, a quadratic loop over
// a user-sized collection, a length counted in the wrong unit) in other functions. Each fails before its fix.
#include <bedrock/grants.hpp>

#include <bedrock/application_profile.hpp>
#include <bedrock/application_profile_alpha.hpp>
#include <bedrock/arn_environment.hpp>
#include <bedrock/bedrock_arn.hpp>
#include <bedrock/iam.hpp>
#include <bedrock_test/catch.hpp>
#include <bedrock_test/linear_time.hpp>

#include <string>
#include <vector>

using bedrock::errc;

namespace {
using bedrock_test::linear_budget_seconds;
using bedrock_test::seconds_of;

bedrock::application_profile imported_profile() {
    return bedrock::import_application_profile(
               "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", "k3x9q2mz7w4p")
        .value();
}
} // namespace

// ---- what the library builds, its own parser rejects -------------------------------------------------
TEST_CASE("hostile elsewhere: foundation_model_arn refuses a model id its parser rejects", "[hostile][builder]") {
    // A profile id where a model id belongs (`us.amazon…`) was written into the ARN unchecked.
    auto const s = bedrock::foundation_model_arn(bedrock::partition::aws, "us-east-1", "us.amazon.nova-pro-v1:0");
    if (s) CHECK(bedrock::parse_bedrock_arn(*s).has_value()); // the property: builder output parses
    REQUIRE_FALSE(s.has_value());
    CHECK(s.error().code == errc::geo_prefixed_model_id);
    char buf[bedrock::max_cross_region_arn_size];
    auto const v = bedrock::foundation_model_arn(bedrock::partition::aws, "us-east-1", "us.amazon.nova-pro-v1:0", buf);
    REQUIRE_FALSE(v.has_value());
    CHECK(v.error() == s.error());
    // a valid id is unchanged
    CHECK(bedrock::foundation_model_arn(bedrock::partition::aws, "us-east-1", "amazon.nova-pro-v1:0").value() ==
          "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
}

TEST_CASE("hostile elsewhere: the least-privilege policy never mixes partitions", "[hostile][builder]") {
    auto const env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    auto p = imported_profile();
    // A us-gov profile seen from an aws environment: the profile ARN was written in aws, its models in aws-us-gov.
    p.source = bedrock::cross_region_profile{bedrock::geo::us_gov, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    auto const gov = bedrock::make_least_privilege_invoke_policy(p, env);
    REQUIRE_FALSE(gov.has_value());
    REQUIRE(gov.error().size() == 1);
    CHECK(gov.error()[0].code == errc::geo_partition_mismatch);
    CHECK(gov.error()[0].field == "/modelSource/copyFrom");
    // A foundation-model ARN text in another partition threw bad_result_access from value().
    p.source = bedrock::model_source::from_arn("arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/amazon.nova-pro-v1:0");
    bedrock::checked<bedrock::iam_policy_document> fm = std::vector<bedrock::profile_violation>{};
    REQUIRE_NOTHROW(fm = bedrock::make_least_privilege_invoke_policy(p, env));
    REQUIRE_FALSE(fm.has_value());
    CHECK(fm.error()[0].code == errc::region_partition_mismatch);
    CHECK(fm.error()[0].field == "/modelSource/copyFrom");
}

// ---- quadratic time on the library's paths ----------------------------------------------------------
TEST_CASE("hostile elsewhere: make_policy_document is n log n in the number of statements", "[hostile][quadratic]") {
    std::vector<bedrock::iam_statement> statements;
    for (int i = 0; i < 100'000; ++i)
        statements.push_back(bedrock::make_allow_statement({bedrock::iam_actions::invoke_model},
                                                           {"arn:aws:bedrock:us-east-1::foundation-model/m" + std::to_string(i)},
                                                           bedrock::cfn_pseudo_style::join));
    statements.push_back(statements[7]);
    bedrock::iam_policy_document doc;
    double const s = seconds_of([&] { doc = bedrock::make_policy_document(statements); });
    CHECK(s < linear_budget_seconds);
    CHECK(doc.statements.size() == 100'000);
}

TEST_CASE("hostile elsewhere: make_policy_document keeps the first of equal statements, in order", "[hostile][quadratic]") {
    auto const a = bedrock::make_allow_statement({bedrock::iam_actions::invoke_model}, {"r1"}, bedrock::cfn_pseudo_style::join);
    auto const b = bedrock::make_allow_statement({bedrock::iam_actions::invoke_model}, {"r2"}, bedrock::cfn_pseudo_style::join);
    auto c = a;
    c.sid = "S";
    auto const doc = bedrock::make_policy_document({b, a, b, c, a, c});
    REQUIRE(doc.statements.size() == 3);
    CHECK(doc.statements[0] == b);
    CHECK(doc.statements[1] == a);
    CHECK(doc.statements[2] == c);
}

// ---- counting the wrong unit ------------------------------------------------------------------------
// node decodes each maximal invalid subpart to one U+FFFD: an overlong `C0 80` is two (C0 never starts a
// sequence, 80 is stray), a 4-byte sequence cut after 3 bytes is one. Counting lead bytes gave 1 and 2.
TEST_CASE("hostile elsewhere: check_alpha counts overlong and truncated sequences as node does", "[hostile][unit]") {
    bedrock::application_profile p;
    p.source = bedrock::model_source{bedrock::models::amazon_nova_pro_v1};
    p.name.clear();
    for (int i = 0; i < 33; ++i) p.name += "\xC0\x80"; // 66 units
    auto const v = bedrock::check_alpha(p);
    REQUIRE(v.has_value());
    CHECK(v->rule == "ProfileNameTooLong");
    p.name.clear();
    for (int i = 0; i < 64; ++i) p.name += "\xF0\x9F\x98"; // 64 units (one U+FFFD each), not 128
    auto const w = bedrock::check_alpha(p);
    REQUIRE(w.has_value());
    CHECK(w->rule == "ProfileNameInvalidPattern");
    p.name.clear();
    for (int i = 0; i < 32; ++i) p.name += "\xF0\x9F\x98\x80"; // 32 x U+1F600: 64 units
    auto const x = bedrock::check_alpha(p);
    REQUIRE(x.has_value());
    CHECK(x->rule == "ProfileNameInvalidPattern");
    p.name += "\xF0\x9F\x98\x80"; // 66 units
    CHECK(bedrock::check_alpha(p)->rule == "ProfileNameTooLong");
}
