// The umbrella header: one include gives the identifier layer, the catalog and the cross-region profiles.
#include <bedrock/profiles.hpp>
#include <bedrock/profiles.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <string>

TEST_CASE("profiles.hpp: the identifier layer, the catalog and cross-region profiles from one include", "[profiles]") {
    static_assert(bedrock::to_string(bedrock::geo::us) == "us");
    static_assert(!bedrock::check_model_id("amazon.nova-pro-v1:0"));
    static_assert(bedrock::models::amazon_nova_pro_v1.id == "amazon.nova-pro-v1:0");
    constexpr bedrock::cross_region_profile p{bedrock::geo::us, bedrock::models::amazon_nova_pro_v1};
    static_assert(p.id() == "us.amazon.nova-pro-v1:0");
    auto const env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012");
    REQUIRE(env);
    std::string const arn = bedrock::cross_region_profile_arn(p, *env);
    auto const parsed = bedrock::parse_bedrock_arn(arn);
    REQUIRE(parsed);
    CHECK(parsed->kind == bedrock::resource_kind::inference_profile);
    auto const c = bedrock::classify_model_identifier(arn);
    CHECK(c.kind == bedrock::identifier_kind::arn);
    CHECK(c.geo == bedrock::geo::us);
}
