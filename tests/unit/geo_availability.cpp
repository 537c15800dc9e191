// Issue 10: the geos in and ca, and which geos AWS offers each catalog model in (documented or assumed).
#include <bedrock/cross_region_profile.hpp>

#include <bedrock_test/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>

using bedrock::errc;
using bedrock::geo;
namespace models = bedrock::models;

// javadoc (geo.hpp, foundation_model.hpp)
static_assert(bedrock::parse_geo("in") == bedrock::geo::in);
static_assert(bedrock::regions_basis(bedrock::geo::in) == bedrock::geo_regions_basis::documented_by_aws);
static_assert(bedrock::regions_basis(bedrock::geo::ca) == bedrock::geo_regions_basis::assumed);
constexpr auto javadoc_set = bedrock::geo_set_of(bedrock::geo::us) | bedrock::geo_set_of(bedrock::geo::in);
static_assert(bedrock::contains(javadoc_set, bedrock::geo::in) && !bedrock::contains(javadoc_set, bedrock::geo::eu));
static_assert(bedrock::size(javadoc_set) == 2);
static_assert(bedrock::models::openai_gpt_5_6_sol.offered_in(bedrock::geo::us));
static_assert(!bedrock::models::openai_gpt_5_6_sol.offered_in(bedrock::geo::eu));
static_assert(bedrock::reference_flavor::alpha != bedrock::reference_flavor::genai);

// The two new geos: wire names, partition, regions and where those come from.
static_assert(bedrock::to_string(geo::in) == "in" && bedrock::to_string(geo::ca) == "ca");
static_assert(bedrock::parse_geo("ca") == geo::ca && !bedrock::parse_geo("IN") && !bedrock::parse_geo("zz"));
static_assert(bedrock::partition_of(geo::in) == bedrock::partition::aws);
static_assert(bedrock::partition_of(geo::ca) == bedrock::partition::aws);
static_assert(bedrock::destination_regions(geo::in).size() == 2 && bedrock::destination_regions(geo::in)[1] == "ap-south-2");
static_assert(bedrock::destination_regions(geo::ca).size() == 2 && bedrock::destination_regions(geo::ca)[0] == "ca-central-1");
static_assert(bedrock::regions_basis(geo::eu) == bedrock::geo_regions_basis::documented_by_references);
static_assert(bedrock::regions_basis(geo::global) == bedrock::geo_regions_basis::assumed);
static_assert(bedrock::to_string(bedrock::geo_regions_basis::documented_by_aws) == "documented-by-aws");
static_assert(bedrock::reference_geos.size() == 7 && !bedrock::is_reference_geo(geo::in) && bedrock::is_reference_geo(geo::au));
// The broad geo keeps winning for a source region; ca-central-1 is not a `ca` source (AWS's Canada post).
static_assert(bedrock::geo_for_source_region("ap-south-1") == geo::apac);
static_assert(!bedrock::geo_for_source_region("ca-central-1"));
static_assert(bedrock::empty(bedrock::geo_set::none) && bedrock::size(bedrock::geo_set::none) == 0);

// Strict parsing knows in and ca; an unknown geo is still an error.
static_assert(!bedrock::check_profile_id("in.openai.gpt-5.6-terra"));
static_assert(!bedrock::check_profile_id("ca.anthropic.claude-v2"));
static_assert(bedrock::check_profile_id("zz.anthropic.claude-v2")->code == errc::unknown_geo);
static_assert(bedrock::check_model_id("in.openai.gpt-5.6-terra")->code == errc::geo_prefixed_model_id);

TEST_CASE("availability per geo: AWS data, then the references' docs, then their flags (assumed)", "[geo][catalog]") {
    using bedrock::geo_set_of;
    // the alpha package's model docs: "us. and global. inference profiles only"
    STATIC_REQUIRE(models::openai_gpt_5_6_sol.geos == (geo_set_of(geo::global) | geo_set_of(geo::us)));
    STATIC_REQUIRE(models::openai_gpt_5_6_sol.documented_geos == models::openai_gpt_5_6_sol.geos);
    // "us., in. and global.", and AWS's India announcement
    STATIC_REQUIRE(models::openai_gpt_5_6_terra.geos ==
                   (geo_set_of(geo::global) | geo_set_of(geo::us) | geo_set_of(geo::in)));
    STATIC_REQUIRE(models::openai_gpt_5_6_luna.offered_in_documented(geo::in));
    // real ListInferenceProfiles output lists us.anthropic.claude-3-opus-…, which both references call regional
    STATIC_REQUIRE(models::anthropic_claude_opus_v1_0.offered_in_documented(geo::us));
    STATIC_REQUIRE(!models::anthropic_claude_opus_v1_0.supports_cross_region());
    STATIC_REQUIRE(!models::anthropic_claude_opus_v1_0.offered_in(geo::eu));
    // us documented by the us-east-2 listing; the other reference geos assumed from supportsCrossRegion
    STATIC_REQUIRE(models::amazon_nova_lite_v1.offered_in_documented(geo::us));
    STATIC_REQUIRE(models::amazon_nova_lite_v1.offered_in(geo::eu) && !models::amazon_nova_lite_v1.offered_in_documented(geo::eu));
    // a regional model: no geo at all
    STATIC_REQUIRE(models::anthropic_claude_v2.geos == bedrock::geo_set::none);
    // in-Region invocation, from the references' docs
    STATIC_REQUIRE(models::openai_gpt_5_6_sol.in_region == bedrock::tristate::no);
    STATIC_REQUIRE(models::amazon_nova_lite_v1.in_region == bedrock::tristate::unknown);

    for (auto const& m : bedrock::catalog) {
        CAPTURE(m.id, m.vector_dimensions);
        // documented geos are offered geos; in and ca are never assumed
        REQUIRE((m.documented_geos & m.geos) == m.documented_geos);
        REQUIRE((m.offered_in(geo::in) == m.offered_in_documented(geo::in)));
        REQUIRE_FALSE(m.offered_in(geo::ca));  // no model is documented in ca
        // the flag's fallback: every cross-region capable model is offered somewhere
        if (m.supports_cross_region()) REQUIRE(m.geos != bedrock::geo_set::none);
    }
}

TEST_CASE("a hand-built entry without geos falls back to the cross-region flag over the reference geos", "[geo]") {
    constexpr bedrock::foundation_model m{.id = "acme.model-v1:0", .provider = "acme",
                                          .capabilities = bedrock::capability::cross_region};
    STATIC_REQUIRE(m.offered_in(geo::eu));
    STATIC_REQUIRE(!m.offered_in(geo::in));
    STATIC_REQUIRE(!m.offered_in(geo::ca));
    STATIC_REQUIRE(!m.offered_in_documented(geo::eu));
    constexpr bedrock::foundation_model regional{.id = "acme.model-v1:0", .provider = "acme"};
    STATIC_REQUIRE(!regional.offered_in(geo::us));
}

TEST_CASE("the builders refuse a geo the model is not offered in, with errc::geo_not_offered", "[geo][cris]") {
    constexpr auto eu_sol = bedrock::check_cross_region_profile(geo::eu, models::openai_gpt_5_6_sol);
    STATIC_REQUIRE(eu_sol->code == errc::geo_not_offered);
    STATIC_REQUIRE(eu_sol->offset == 0);
    constexpr auto in_terra = bedrock::make_cross_region_profile(geo::in, "openai.gpt-5.6-terra");
    STATIC_REQUIRE(in_terra->id() == "in.openai.gpt-5.6-terra");
    STATIC_REQUIRE(in_terra->destination_regions().size() == 2);
    constexpr auto us_opus = bedrock::make_cross_region_profile(geo::us, models::anthropic_claude_opus_v1_0);
    STATIC_REQUIRE(us_opus->id() == "us.anthropic.claude-3-opus-20240229-v1:0");

    // every (model, geo) of the catalog: the builder's verdict is offered_in
    for (auto const& m : bedrock::catalog)
        for (geo g : bedrock::all_geos) {
            CAPTURE(m.id, bedrock::to_string(g));
            auto const r = bedrock::make_cross_region_profile(g, m);
            REQUIRE(r.has_value() == m.offered_in(g));
            if (r) continue;
            bool const any = std::any_of(bedrock::all_geos.begin(), bedrock::all_geos.end(),
                                         [&](geo o) { return m.offered_in(o); });
            REQUIRE(r.error().code == (any ? errc::geo_not_offered : errc::not_cross_region_capable));
            REQUIRE(r.error().offset == 0);
        }

    REQUIRE(bedrock::message(errc::geo_not_offered) == "the model has no system-defined inference profile in this geo");
    REQUIRE(bedrock::to_string(errc::geo_not_offered) == "geo_not_offered");
    REQUIRE(bedrock::geo_not_offered_message(models::openai_gpt_5_6_sol, geo::eu) ==
            "Model openai.gpt-5.6-sol is not offered in geo eu (offered in: global, us)");
    REQUIRE(bedrock::geo_not_offered_message(models::amazon_nova_lite_v1, geo::in) ==
            "Model amazon.nova-lite-v1:0 is not offered in geo in (offered in: global (assumed), eu (assumed), us, "
            "us-gov (assumed), apac (assumed), jp (assumed), au (assumed))");
    REQUIRE(bedrock::geo_not_offered_message(models::anthropic_claude_v2, geo::us) ==
            "Model anthropic.claude-v2 is not offered in geo us (offered in: none)");
    REQUIRE(bedrock::cross_region_error_message(*eu_sol, "openai.gpt-5.6-sol") ==
            "Model openai.gpt-5.6-sol is not offered in this geo");
}
