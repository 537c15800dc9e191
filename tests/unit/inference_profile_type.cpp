#include <bedrock/inference_profile_type.hpp>
#include <bedrock/inference_profile_type.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

// javadoc
static_assert(bedrock::to_string(bedrock::inference_profile_type::system_defined) == "SYSTEM_DEFINED");
static_assert(bedrock::parse_inference_profile_type("APPLICATION") == bedrock::inference_profile_type::application);
static_assert(!bedrock::parse_inference_profile_type("system_defined"));

TEST_CASE("inference_profile_type: wire names", "[cross_region]") {
    static_assert(bedrock::to_string(bedrock::inference_profile_type::application) == "APPLICATION");
    REQUIRE(bedrock::parse_inference_profile_type("SYSTEM_DEFINED") == bedrock::inference_profile_type::system_defined);
    REQUIRE_FALSE(bedrock::parse_inference_profile_type(""));
    REQUIRE_FALSE(bedrock::parse_inference_profile_type("APPLICATION "));
}
