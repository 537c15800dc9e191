#include <bedrock/reference_flavor.hpp>
#include <bedrock/reference_flavor.hpp>  // include guard works

#include <bedrock/cross_region_profile.hpp>

#include <bedrock_test/catch.hpp>

using bedrock::errc;
using bedrock::geo;
namespace models = bedrock::models;

TEST_CASE("the reference flavor keeps the references' verdict: their flag is the only gate", "[geo][cris]") {
    using bedrock::reference_flavor;
    auto const eu_sol = bedrock::make_cross_region_profile(geo::eu, models::openai_gpt_5_6_sol, reference_flavor::alpha);
    REQUIRE(eu_sol);
    REQUIRE(eu_sol->id() == "eu.openai.gpt-5.6-sol");
    auto const opus = bedrock::make_cross_region_profile(geo::us, models::anthropic_claude_opus_v1_0, reference_flavor::genai);
    REQUIRE_FALSE(opus);
    REQUIRE(opus.error().code == errc::not_cross_region_capable);
    // a model genai does not declare: the union of the flags (sol is alpha-only)
    REQUIRE(bedrock::make_cross_region_profile(geo::jp, models::openai_gpt_5_6_sol, reference_flavor::genai));
    for (auto const& m : bedrock::catalog)
        for (geo g : bedrock::reference_geos) {
            CAPTURE(m.id, bedrock::to_string(g));
            REQUIRE(bedrock::make_cross_region_profile(g, m, reference_flavor::alpha).has_value() ==
                    bedrock::has(m.declared_by(bedrock::reference_package::alpha) ? m.alpha_capabilities : m.capabilities,
                                 bedrock::capability::cross_region));
        }
}
