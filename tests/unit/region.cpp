#include <bedrock/region.hpp>

#include <bedrock_test/catch.hpp>

// javadoc
static_assert(bedrock::is_region_syntax("us-east-1") && !bedrock::is_region_syntax("US-EAST-1"));
static_assert(bedrock::is_known_region("ap-southeast-9") && !bedrock::is_known_region("xx-east-1"));
static_assert(bedrock::has_bedrock_endpoint("us-east-1"));
static_assert(!bedrock::has_bedrock_endpoint("ap-east-1"));   // listed region, but no Bedrock
static_assert(!bedrock::has_bedrock_endpoint("cn-north-1"));

TEST_CASE("region syntax is [a-z0-9-]{1,20}", "[region]") {
    for (auto ok : {"us-east-1", "a", "-", "abcdefghij0123456789", "ap-southeast-12"}) {
        CAPTURE(ok);
        REQUIRE(bedrock::is_region_syntax(ok));
    }
    for (auto bad : {"", "abcdefghij0123456789x", "us_east_1", "us-east-1 ", "*", "Us-east-1", "us.east"}) {
        CAPTURE(bad);
        REQUIRE_FALSE(bedrock::is_region_syntax(bad));
    }
}

TEST_CASE("bedrock endpoints per region (endpoints.json)", "[region]") {
    for (auto p : bedrock::all_partitions)
        for (auto r : bedrock::bedrock_regions(p)) {
            CAPTURE(r);
            REQUIRE(bedrock::has_bedrock_endpoint(r));
            REQUIRE(bedrock::is_known_region(r));
        }
    for (auto r : {"ap-east-1", "me-south-2", "cn-northwest-1", "us-iso-west-1", "us-isob-west-1", "eu-isoe-west-1",
                   "aws-global", "aws-us-gov-global", "xx-east-1", "", "US-EAST-1", "us-east-1\n"}) {
        CAPTURE(r);
        REQUIRE_FALSE(bedrock::has_bedrock_endpoint(r));
    }
    REQUIRE(bedrock::has_bedrock_endpoint("us-isof-south-1"));
    REQUIRE(bedrock::has_bedrock_endpoint("eusc-de-east-1"));
    REQUIRE(bedrock::has_bedrock_endpoint("us-gov-east-1"));
}
