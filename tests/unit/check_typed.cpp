// check_typed (issue 11, the JSON reader's one verdict): the typed parser's code and offset first, the kind of
// the shape next, AWS's pattern last; at compile time, without allocating, and with check_strict's verdict
// (tests/json/one_verdict.cpp runs it through the JSON reader on every identifier-table row).
#include <bedrock/shape.hpp>

#include <bedrock/bedrock_arn.hpp>
#include <bedrock_test/allocations.hpp>
#include <bedrock_test/catch.hpp>

#include <cstddef>
#include <string_view>

#include "bedrock_arn_kind_rows.hpp"

using bedrock::errc;
using bedrock::shape;

namespace {
// named constexpr variables, not temporaries (clang 14, llvm#55871)
constexpr auto agent_as_profile = bedrock::check_typed(shape::inference_profile_arn, "arn:aws:bedrock:us-east-1:123456789012:agent/PXINSLJAOL");
constexpr auto unknown_region = bedrock::check_typed(shape::inference_profile_arn, "arn:aws:bedrock:mars-west-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0");
constexpr auto region_less_model = bedrock::check_typed(shape::foundation_model_arn_relaxed, "arn:aws:bedrock:::foundation-model/amazon.nova-pro-v1:0");
constexpr auto region_less_target = bedrock::check_typed(shape::prompt_router_target_model_arn, "arn:aws:bedrock:::foundation-model/amazon.nova-pro-v1:0");
constexpr auto eusc_source = bedrock::check_typed(shape::inference_profile_model_source_arn, "arn:aws-eusc:bedrock:eusc-de-east-1::foundation-model/amazon.nova-pro-v1:0");
constexpr auto doubled_geo_id = bedrock::check_typed(shape::inference_profile_id, "us.us.amazon.nova-pro-v1:0");
constexpr auto short_model_id = bedrock::check_typed(shape::bedrock_model_id, "a.b");
} // namespace

TEST_CASE("check_typed: parse's error, then the shape's kinds, then AWS's pattern", "[shape][check_typed]") {
    // the kind: wrong_resource_type at the resource type (the syntax layer would say account_not_allowed)
    STATIC_REQUIRE(agent_as_profile->code == errc::wrong_resource_type);
    STATIC_REQUIRE(agent_as_profile->offset == 39);
    // the typed parser's code where it rejects (the pattern admits any region)
    STATIC_REQUIRE(unknown_region->code == errc::unknown_region);
    STATIC_REQUIRE(unknown_region->offset == 16);
    STATIC_REQUIRE(!region_less_model);
    // AWS's pattern where it is narrower than the typed parser (docs/identifiers.md, "One verdict")
    STATIC_REQUIRE(region_less_target.has_value());
    STATIC_REQUIRE(eusc_source->code == errc::bad_partition);
    STATIC_REQUIRE(doubled_geo_id->code == errc::doubled_geo);
    STATIC_REQUIRE(short_model_id.has_value());
    STATIC_REQUIRE(bedrock::shape_takes_kind(shape::model_arn, bedrock::resource_kind::custom_model));
    STATIC_REQUIRE(!bedrock::shape_takes_kind(shape::model_id, bedrock::resource_kind::foundation_model)); // not ARN-only
}

TEST_CASE("check_typed: the verdict of check_strict on every kind row and every shape, without allocating", "[shape][check_typed][alloc]") {
    std::size_t rejected = 0;
    auto const before = bedrock_test::allocation_count.load();
    for (auto const& row : bedrock_test::arn_kind_rows)
        for (auto const sh : bedrock::all_shapes) {
            bool const typed = bedrock::check_typed(sh, row.input).has_value();
            bool const strict = bedrock::check_strict(sh, row.input).has_value();
            if (typed != strict) FAIL_CHECK(row.input);
            rejected += typed ? 1 : 0;
        }
    auto const after = bedrock_test::allocation_count.load();
    CHECK(after == before);
    CHECK(rejected > 1000);
}
