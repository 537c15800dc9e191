// Issue 10, point 4: where AWS's data gives a system-defined profile's destination regions (the models[] of
// ListInferenceProfiles output, the user guide, a listed description), those are the profile's own; the geo's
// list is only the fallback. The documented invoke policy grants the model in exactly those regions.
#include <bedrock/catalog.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/grants.hpp>

#include <bedrock_test/catch.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

using bedrock::geo;
namespace models = bedrock::models;

// javadoc (catalog.hpp, cross_region_profile.hpp)
static_assert(bedrock::find_profile_destinations(bedrock::geo::us, "anthropic.claude-3-5-sonnet-20240620-v1:0")->regions.size() == 2);
static_assert(!bedrock::find_profile_destinations(bedrock::geo::eu, "anthropic.claude-3-5-sonnet-20240620-v1:0"));
static_assert(bedrock::profile_destination_regions(bedrock::geo::us, "anthropic.claude-3-5-sonnet-20240620-v1:0").size() == 2);
static_assert(bedrock::profile_destination_regions(bedrock::geo::eu, "amazon.nova-lite-v1:0").size() == 8);

namespace {

constexpr bedrock::cross_region_profile sonnet_v1{geo::us, models::anthropic_claude_3_5_sonnet_v1_0};
static_assert(sonnet_v1.destination_regions().size() == 2 && sonnet_v1.destination_regions_from_aws());
static_assert(sonnet_v1.destination_regions()[0] == "us-east-1" && sonnet_v1.destination_regions()[1] == "us-west-2");
// The same model in another geo: no AWS list, the geo's.
constexpr bedrock::cross_region_profile sonnet_v1_eu{geo::eu, models::anthropic_claude_3_5_sonnet_v1_0};
static_assert(!sonnet_v1_eu.destination_regions_from_aws());
static_assert(sonnet_v1_eu.destination_regions().data() == bedrock::destination_regions(geo::eu).data());
// A listed profile whose list is the geo's: still its own (from AWS), same regions.
constexpr bedrock::cross_region_profile nova_us{geo::us, models::amazon_nova_lite_v1};
static_assert(nova_us.destination_regions_from_aws() && nova_us.destination_regions().size() == 3);
// The user guide gives claude-3-haiku two destinations from us-west-2 and three from us-east-2: the union.
static_assert(bedrock::profile_destination_regions(geo::us, "anthropic.claude-3-haiku-20240307-v1:0").size() == 3);
// A model id the catalog lacks falls back to the geo as well.
static_assert(bedrock::profile_destination_regions(geo::apac, "example.unknown-v1:0").size() == bedrock::destination_regions(geo::apac).size());

std::vector<std::string> strings(bedrock::one_or_many<bedrock::cfn_expr> const& resources) {
    std::vector<std::string> out;
    for (auto const& r : resources.items) {
        auto const* s = std::get_if<std::string>(&r.value);
        REQUIRE(s);
        out.push_back(*s);
    }
    return out;
}

} // namespace

TEST_CASE("every profile destination list of the catalog is well-formed", "[catalog][issue-10]") {
    auto const table = bedrock::profile_destinations_table();
    REQUIRE(table.size() == 25);  // 23 listed from us-east-2, the user guide's haiku (also listed), opus and sonnet 3
    for (std::size_t i = 0; i < table.size(); ++i) {
        auto const& d = table[i];
        CAPTURE(d.model_id, bedrock::to_string(d.geo_region));
        if (i > 0) {
            auto const& p = table[i - 1];
            REQUIRE((p.model_id < d.model_id || (p.model_id == d.model_id && p.geo_region < d.geo_region)));
        }
        // AWS lists the profile, so the catalog offers it (some listed models are not in the catalog yet: the
        // references lack them, e.g. meta.llama3-1-405b-instruct-v1:0)
        if (auto const* m = bedrock::find_model(d.model_id)) REQUIRE(m->offered_in(d.geo_region));
        REQUIRE_FALSE(d.regions.empty());
        for (std::size_t k = 0; k < d.regions.size(); ++k) {
            CAPTURE(d.regions[k]);
            if (k > 0) REQUIRE(d.regions[k - 1] < d.regions[k]);
            REQUIRE(bedrock::partition_of_region(d.regions[k]) == bedrock::partition_of(d.geo_region));
            REQUIRE(bedrock::has_bedrock_endpoint(d.regions[k]));
        }
        REQUIRE(bedrock::find_profile_destinations(d.geo_region, d.model_id) == &d);
        REQUIRE(bedrock::profile_destination_regions(d.geo_region, d.model_id).data() == d.regions.data());
    }
}

TEST_CASE("the run-time builder's profile has the profile's own destination regions", "[cross-region][issue-10]") {
    auto const opus = bedrock::make_cross_region_profile(geo::us, "anthropic.claude-3-opus-20240229-v1:0");
    REQUIRE(opus);
    REQUIRE(opus->destination_regions_from_aws());
    std::vector<std::string_view> const regions(opus->destination_regions().begin(), opus->destination_regions().end());
    REQUIRE(regions == std::vector<std::string_view>{"us-east-1", "us-west-2"});
    auto const lite_eu = bedrock::make_cross_region_profile(geo::eu, "amazon.nova-lite-v1:0");
    REQUIRE(lite_eu);
    REQUIRE_FALSE(lite_eu->destination_regions_from_aws());
    REQUIRE(lite_eu->destination_regions().size() == bedrock::destination_regions(geo::eu).size());
}

TEST_CASE("the documented invoke policy grants the model in the profile's own destination regions", "[grants][issue-10]") {
    auto const env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-2", "123456789012").value();
    auto const doc = bedrock::make_documented_invoke_policy(sonnet_v1, env);
    REQUIRE(doc.statements.size() == 2);
    // The source region first (the user guide's shape), then the profile's destinations: us-east-2 is not one.
    CHECK(strings(doc.statements[1].resources) ==
          std::vector<std::string>{"arn:aws:bedrock:us-east-2::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
                                   "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
                                   "arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0"});
    auto const env_east1 = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    auto const opus_doc = bedrock::make_documented_invoke_policy(
        bedrock::cross_region_profile{geo::us, models::anthropic_claude_opus_v1_0}, env_east1);
    CHECK(strings(opus_doc.statements[1].resources) ==
          std::vector<std::string>{"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-opus-20240229-v1:0",
                                   "arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-opus-20240229-v1:0"});
    // A profile without an AWS list: the geo's regions, as before.
    auto const lite_doc = bedrock::make_documented_invoke_policy(bedrock::cross_region_profile{geo::eu, models::amazon_nova_lite_v1},
                                                                 bedrock::arn_environment::make(bedrock::partition::aws, "eu-west-1", "123456789012").value());
    CHECK(lite_doc.statements[1].resources.items.size() == bedrock::destination_regions(geo::eu).size());
}
