// Issue 11, "every new kind and every error path has a row": iterates the kinds table (all_resource_kinds and
// its region and account rules) and checks that tests/unit/bedrock_arn_kind_rows.hpp holds, for each kind, a
// valid row and an invalid row for every error its rules and grammar can produce: each region rule's and
// account rule's codes, a missing id, a missing `/`, and an error inside the id (the kind's id grammar).
#include <bedrock/bedrock_arn.hpp>

#include <bedrock/arn.hpp>
#include <bedrock_test/catch.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bedrock_arn_kind_rows.hpp"

namespace {

using bedrock::account_rule;
using bedrock::errc;
using bedrock::region_rule;
using bedrock::resource_kind;

// The kind a row is about, from its text (also for rows that fail): the resource type before the first `/`.
struct row_kind {
    resource_kind kind;
    std::uint32_t id_offset; // where the id starts (after `<type>/`)
};

std::optional<row_kind> kind_of(std::string_view input) {
    auto const a = bedrock::parse_arn(input);
    if (!a) return std::nullopt;
    auto const resource = a->resource();
    auto const type = resource.substr(0, resource.find('/'));
    auto const k = bedrock::parse_resource_kind(type);
    if (!k) return std::nullopt;
    return row_kind{*k, static_cast<std::uint32_t>(a->offset_of(4) + type.size() + 1)};
}

// The codes a kind's region and account rules, and the ARN structure, can produce.
std::vector<errc> rule_codes(resource_kind k) {
    std::vector<errc> codes{errc::missing_resource_id, errc::missing_resource_delimiter};
    switch (bedrock::region_rule_of(k)) {
    case region_rule::required:
        codes.insert(codes.end(), {errc::region_required, errc::unknown_region, errc::region_partition_mismatch});
        break;
    case region_rule::empty_allowed: codes.insert(codes.end(), {errc::unknown_region, errc::region_partition_mismatch}); break;
    case region_rule::empty: codes.push_back(errc::region_not_allowed); break;
    }
    switch (bedrock::account_rule_of(k)) {
    case account_rule::empty: codes.push_back(errc::account_not_allowed); break;
    case account_rule::twelve_digits:
    case account_rule::twelve_digits_or_aws: codes.insert(codes.end(), {errc::account_required, errc::bad_account}); break;
    }
    return codes;
}

} // namespace

TEST_CASE("kind coverage: every kind of the kinds table has a valid row and a row for each of its error paths", "[bedrock_arn][kinds][coverage]") {
    for (auto const k : bedrock::all_resource_kinds) {
        CAPTURE(bedrock::to_string(k));
        bool valid = false;
        bool id_error = false;
        bool aws_account_valid = false;
        bool aws_account_refused = false;
        std::vector<errc> seen;
        for (auto const& row : bedrock_test::arn_kind_rows) {
            auto const rk = kind_of(row.input);
            if (!rk || rk->kind != k) continue;
            auto const b = bedrock::parse_bedrock_arn(row.input);
            bool const aws_account = bedrock::parse_arn(row.input)->account() == "aws";
            if (row.code == errc::ok) {
                valid = valid || (b && b->kind == k);
                aws_account_valid = aws_account_valid || (aws_account && b);
                continue;
            }
            seen.push_back(row.code);
            if (row.offset >= rk->id_offset && row.code != errc::missing_resource_id) id_error = true;
            if (aws_account && row.code == errc::bad_account) aws_account_refused = true;
        }
        CHECK(valid);
        CHECK(id_error);
        for (auto const c : rule_codes(k)) {
            CAPTURE(bedrock::to_string(c));
            bool found = false;
            for (auto const s : seen) found = found || s == c;
            CHECK(found);
        }
        // the account `aws`: a valid row where AWS owns resources of the kind, a refused one everywhere else
        if (bedrock::account_rule_of(k) == account_rule::twelve_digits_or_aws) CHECK(aws_account_valid);
        if (bedrock::account_rule_of(k) == account_rule::twelve_digits) CHECK(aws_account_refused);
    }
}

TEST_CASE("kind coverage: every error code parse_bedrock_arn can return on a well-formed ARN has a row", "[bedrock_arn][kinds][coverage]") {
    // the codes of parse_bedrock_arn's steps 2-7 (docs/identifiers.md); model-id and profile-id codes come from
    // the id grammars of foundation-model and inference-profile ARNs
    for (auto const c : {errc::unknown_partition, errc::bad_partition, errc::bad_service, errc::region_required,
                         errc::region_not_allowed, errc::bad_region, errc::unknown_region, errc::region_partition_mismatch,
                         errc::account_not_allowed, errc::account_required, errc::bad_account, errc::unknown_resource_type,
                         errc::missing_resource_delimiter, errc::missing_resource_id, errc::bad_resource_id,
                         errc::bad_alias_id, errc::bad_execution_id, errc::missing_alias, errc::geo_prefixed_model_id,
                         errc::geo_partition_mismatch, errc::unknown_geo, errc::doubled_geo, errc::uppercase,
                         errc::unexpected_end, errc::invalid_character}) {
        CAPTURE(bedrock::to_string(c));
        bool found = false;
        for (auto const& row : bedrock_test::arn_kind_rows) found = found || row.code == c;
        CHECK(found);
    }
}
