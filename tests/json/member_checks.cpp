// The fast paths of the identifier member checks (<bedrock/json/member_checks.hpp>, issue 13) against their exact
// verdicts: check_identifier<S> against check_typed<S>, read_profile_identifier<S> against
// read_profile_identifier_exact<S>, with the same code and offset, on every ARN and id of the test tables
// (tests/data/field-identifiers.tsv, the kind rows, the identifier table, the strings below) and on every
// single-byte mutation of each. Also: the fast paths do accept (most valid rows never reach the pattern) and
// the parts they read from the typed parser's result matter (without them, some string here would be accepted
// wrongly).
#include <bedrock/json/member_checks.hpp>

#include <bedrock/bedrock_arn.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/shape.hpp>
#include <bedrock_test/catch.hpp>
#include <bedrock_test/mutations.hpp>

#include <cstddef>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../unit/bedrock_arn_kind_rows.hpp"
#include "../unit/identifier_table_rows.hpp"

namespace {

using bedrock::parse_error;
using bedrock::shape;

std::vector<std::string> table_strings() {
    std::vector<std::string> out{
        // the partitions outside the profile patterns' five, region-less and regional models, unknown geos
        "arn:aws:bedrock:::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws-eusc:bedrock:eusc-de-east-1::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws-iso-e:bedrock:eu-isoe-west-1::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws-iso-f:bedrock:us-isof-south-1::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws-eusc:bedrock:eusc-de-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p",
        "arn:aws-iso-f:bedrock:us-isof-south-1:123456789012:application-inference-profile/k3x9q2mz7w4p",
        "arn:aws-cn:bedrock:cn-north-1:123456789012:application-inference-profile/k3x9q2mz7w4p",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0",
        "arn:aws-eusc:bedrock:eusc-de-east-1:123456789012:inference-profile/eu-sov.amazon.nova-pro-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0",
        "arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1",
        "zz.amazon.nova-pro-v1:0",
        "eu-sov.amazon.nova-pro-v1:0",
        "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
        "k3x9q2mz7w4p",
    };
    for (auto const& row : bedrock_test::identifier_rows()) out.push_back(row.input);
    for (auto const& row : bedrock_test::arn_kind_rows) out.emplace_back(row.input);
    std::ifstream in(BEDROCK_TEST_DATA_DIR "/field-identifiers.tsv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) out.push_back(line.substr(0, line.find('\t')));
    return out;
}

bool same(std::optional<parse_error> const& a, std::optional<parse_error> const& b) {
    return a.has_value() == b.has_value() && (!a || (a->code == b->code && a->offset == b->offset));
}

struct tally {
    std::size_t compared = 0;
    std::size_t accepted = 0;      ///< by the exact verdict
    std::size_t accepted_fast = 0; ///< decided by the fast path (the pattern never ran)
};

template <shape S>
void compare_identifier(std::string const& s, tally& t) {
    auto const fast = bedrock::detail::check_identifier<S>(s);
    auto const exact = bedrock::check_typed<S>(s);
    ++t.compared;
    t.accepted += exact ? 0 : 1;
    auto const b = bedrock::parse_bedrock_arn(s);
    t.accepted_fast += b && bedrock::detail::typed_implies_pattern<S>(*b) ? 1 : 0;
    if (same(fast, exact)) return;
    CAPTURE(s, static_cast<int>(S));
    REQUIRE(fast.has_value() == exact.has_value());
    REQUIRE(bedrock::to_string(fast->code) == bedrock::to_string(exact->code));
    REQUIRE(fast->offset == exact->offset);
}

template <shape S>
void compare_profile_reading(std::string const& s, tally& t) {
    auto const fast = bedrock::detail::read_profile_identifier<S>(s);
    auto const exact = bedrock::detail::read_profile_identifier_exact<S>(s);
    ++t.compared;
    t.accepted += exact ? 0 : 1;
    if (same(fast, exact)) return;
    CAPTURE(s, static_cast<int>(S));
    REQUIRE(fast.has_value() == exact.has_value());
    REQUIRE(bedrock::to_string(fast->code) == bedrock::to_string(exact->code));
    REQUIRE(fast->offset == exact->offset);
}

} // namespace

TEST_CASE("member checks: the fast paths give the exact verdict on every table row and mutation", "[json][member_checks]") {
    tally fm, profile_arn, source_arn, target_arn, read_arn, read_id;
    auto const check = [&](std::string const& s) {
        if (s.rfind("arn:", 0) == 0) {
            compare_identifier<shape::foundation_model_arn_relaxed>(s, fm);
            compare_identifier<shape::inference_profile_arn>(s, profile_arn);
            compare_identifier<shape::inference_profile_model_source_arn>(s, source_arn);
            compare_identifier<shape::prompt_router_target_model_arn>(s, target_arn);
            compare_profile_reading<shape::inference_profile_arn>(s, read_arn);
        } else {
            compare_profile_reading<shape::inference_profile_id>(s, read_id);
        }
    };
    for (auto const& s : table_strings()) {
        check(s);
        bedrock_test::for_each_single_byte_mutation(s, check);
    }
    for (tally const* t : {&fm, &profile_arn, &source_arn, &target_arn}) {
        CHECK(t->accepted > 100);
        CHECK(t->accepted_fast * 10 > t->accepted * 9); // nearly every accepted ARN skips the pattern
    }
    CHECK(read_arn.accepted > 100);
    CHECK(read_id.accepted > 100);
}

TEST_CASE("member checks: the parts the fast paths read from the typed parser's result are needed", "[json][member_checks]") {
    using bedrock::detail::typed_implies_pattern;
    // typed ARNs that the patterns refuse: a profile outside the five partitions, a region-less model as a target
    constexpr std::string_view eusc_profile = "arn:aws-eusc:bedrock:eusc-de-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p";
    constexpr std::string_view region_less = "arn:aws:bedrock:::foundation-model/amazon.nova-pro-v1:0";
    REQUIRE(bedrock::parse_bedrock_arn(eusc_profile));
    CHECK(bedrock::check_typed<shape::inference_profile_arn>(eusc_profile).has_value());
    CHECK(!typed_implies_pattern<shape::inference_profile_arn>(*bedrock::parse_bedrock_arn(eusc_profile)));
    CHECK(bedrock::detail::check_identifier<shape::inference_profile_arn>(eusc_profile).has_value());
    CHECK(bedrock::detail::read_profile_identifier<shape::inference_profile_arn>(eusc_profile).has_value());
    REQUIRE(bedrock::parse_bedrock_arn(region_less));
    CHECK(!bedrock::check_typed<shape::foundation_model_arn_relaxed>(region_less));
    CHECK(bedrock::check_typed<shape::prompt_router_target_model_arn>(region_less).has_value());
    CHECK(!typed_implies_pattern<shape::prompt_router_target_model_arn>(*bedrock::parse_bedrock_arn(region_less)));
    CHECK(bedrock::detail::check_identifier<shape::prompt_router_target_model_arn>(region_less).has_value());
    // constant evaluation, as the checkers are used in the member rules
    STATIC_REQUIRE(!bedrock::detail::check_identifier<shape::foundation_model_arn_relaxed>(
        "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"));
    STATIC_REQUIRE(!bedrock::detail::read_profile_identifier<shape::inference_profile_id>("zz.amazon.nova-pro-v1:0"));
}
