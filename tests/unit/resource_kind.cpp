#include <bedrock/resource_kind.hpp>
#include <bedrock/resource_kind.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

using bedrock::resource_kind;

TEST_CASE("resource kinds: wire names round-trip", "[arn]") {
    for (auto k : bedrock::all_resource_kinds) {
        CAPTURE(bedrock::to_string(k));
        REQUIRE(bedrock::parse_resource_kind(bedrock::to_string(k)) == k);
        REQUIRE(bedrock::service_of(k) == (k == resource_kind::sagemaker_endpoint ? "sagemaker" : "bedrock"));
        REQUIRE(bedrock::has_empty_account(k) == (k == resource_kind::foundation_model));
    }
    REQUIRE(bedrock::to_string(static_cast<resource_kind>(200)) == "unknown");
    REQUIRE_FALSE(bedrock::parse_resource_kind("Foundation-Model"));
    REQUIRE_FALSE(bedrock::parse_resource_kind(""));
}
