// Issue 11: every Bedrock resource kind of the Service Authorization Reference parses with its own id grammar,
// account rule and region rule (rows in bedrock_arn_kind_rows.hpp), and parse_bedrock_arn, classify and
// check_strict give one verdict on every row.
#include <bedrock/bedrock_arn.hpp>

#include <bedrock/arn_environment.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/shape.hpp>
#include <bedrock_test/catch.hpp>

#include <string>

#include "bedrock_arn_kind_rows.hpp"

using bedrock::errc;
using bedrock::resource_kind;

TEST_CASE("bedrock_arn kinds: each row parses to its kind or fails with its code and offset", "[bedrock_arn][kinds]") {
    for (auto const& row : bedrock_test::arn_kind_rows) {
        CAPTURE(row.input);
        auto const b = bedrock::parse_bedrock_arn(row.input);
        if (row.code == errc::ok) {
            REQUIRE(b.has_value());
            CHECK(b->kind == row.kind);
        } else {
            REQUIRE_FALSE(b.has_value());
            CHECK(bedrock::to_string(b.error().code) == bedrock::to_string(row.code));
            CHECK(b.error().offset == row.offset);
        }
        // classify reads as text from the service is read (read_bedrock_arn: an unrecognised geo is kept); its
        // strict verdict and the strict layer of the ARN-carrying shapes agree with parse_bedrock_arn
        auto const c = bedrock::classify_model_identifier(row.input);
        CHECK(c.valid() == bedrock::read_bedrock_arn(row.input).has_value());
        auto const strict = bedrock::check_model_identifier(row.input);
        CHECK(!strict == b.has_value());
        if (!b) CHECK(strict->code == b.error().code);
        auto const relaxed = bedrock::check_strict(bedrock::shape::foundation_model_arn_relaxed, row.input);
        CHECK(relaxed.has_value() == !(b && b->kind == resource_kind::foundation_model));
    }
}

TEST_CASE("bedrock_arn kinds: every kind has a valid row and the table rules", "[bedrock_arn][kinds]") {
    for (auto const k : bedrock::all_resource_kinds) {
        CAPTURE(bedrock::to_string(k));
        CHECK(bedrock::parse_resource_kind(bedrock::to_string(k)) == k);
    }
    static_assert(bedrock::account_rule_of(resource_kind::foundation_model) == bedrock::account_rule::empty);
    static_assert(bedrock::region_rule_of(resource_kind::foundation_model) == bedrock::region_rule::empty_allowed);
    static_assert(bedrock::region_rule_of(resource_kind::system_tool) == bedrock::region_rule::empty);
    static_assert(bedrock::account_rule_of(resource_kind::blueprint) == bedrock::account_rule::twelve_digits_or_aws);
    static_assert(bedrock::account_rule_of(resource_kind::agent) == bedrock::account_rule::twelve_digits);
    static_assert(bedrock::has_empty_account(resource_kind::foundation_model));
    static_assert(!bedrock::has_empty_account(resource_kind::system_tool));
    // each issue-11 kind has at least one valid row
    for (auto k : {resource_kind::agent, resource_kind::agent_alias, resource_kind::knowledge_base, resource_kind::flow,
                   resource_kind::session, resource_kind::data_automation_project, resource_kind::data_automation_profile,
                   resource_kind::data_automation_invocation, resource_kind::blueprint,
                   resource_kind::blueprint_optimization_invocation, resource_kind::data_automation_library,
                   resource_kind::data_automation_library_ingestion_job, resource_kind::marketplace_model_endpoint,
                   resource_kind::project, resource_kind::system_tool}) {
        CAPTURE(bedrock::to_string(k));
        bool found = false;
        for (auto const& row : bedrock_test::arn_kind_rows) found = found || (row.code == errc::ok && row.kind == k);
        CHECK(found);
    }
}

TEST_CASE("bedrock_arn kinds: typed parts", "[bedrock_arn][kinds]") {
    constexpr auto fm = bedrock::parse_bedrock_arn("arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0");
    static_assert(fm && fm->region_less() && fm->model == "anthropic.claude-sonnet-4-20250514-v1:0");
    static_assert(fm->partition == bedrock::partition::aws && !fm->aws_owned());
    constexpr auto alias = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU/TSTALIASID");
    static_assert(alias && alias->parent == "DNCJJYQKSU" && alias->alias == "TSTALIASID" && alias->execution.empty());
    constexpr auto flow = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ");
    static_assert(flow && flow->parent == "ABCDEFGHIJ" && flow->alias.empty());
    constexpr auto exec = bedrock::parse_bedrock_arn(
        "arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/KLMNOPQRST/execution/2f3d-11aa");
    static_assert(exec && exec->parent == "ABCDEFGHIJ" && exec->alias == "KLMNOPQRST" && exec->execution == "2f3d-11aa");
    constexpr auto owned = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1:aws:data-automation-project/public-rag-default");
    static_assert(owned && owned->aws_owned() && owned->id == "public-rag-default");
    constexpr auto tool = bedrock::parse_bedrock_arn("arn:aws:bedrock::834212829299:system-tool/amazon.nova_grounding");
    static_assert(tool && tool->region_less() && tool->kind == resource_kind::system_tool);
    REQUIRE(fm);
}

TEST_CASE("bedrock_arn kinds: new error codes have wire names and messages", "[bedrock_arn][kinds]") {
    for (auto c : {errc::region_not_allowed, errc::bad_alias_id, errc::bad_execution_id, errc::missing_alias}) {
        CHECK_FALSE(bedrock::to_string(c).empty());
        CHECK_FALSE(bedrock::message(c).empty());
    }
    CHECK(bedrock::to_string(errc::region_not_allowed) == "region_not_allowed");
}

TEST_CASE("bedrock_arn kinds: the one ARN builder builds every valid row back", "[bedrock_arn][kinds]") {
    for (auto const& row : bedrock_test::arn_kind_rows) {
        if (row.code != errc::ok) continue;
        CAPTURE(row.input);
        auto const b = bedrock::parse_bedrock_arn(row.input);
        REQUIRE(b);
        auto const built = bedrock::make_bedrock_arn(b->kind, b->partition, b->arn.region(), b->arn.account(), b->id);
        REQUIRE(built);
        CHECK(*built == row.input);
    }
    auto const global = bedrock::make_region_less_foundation_model_arn(bedrock::partition::aws_us_gov, "anthropic.claude-3-5-sonnet-20240620-v1:0");
    REQUIRE(global);
    CHECK(*global == "arn:aws-us-gov:bedrock:::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0");
    CHECK(bedrock::make_region_less_foundation_model_arn(bedrock::partition::unknown, "amazon.nova-pro-v1:0").error().code == errc::unknown_partition);
    CHECK(bedrock::make_region_less_foundation_model_arn(bedrock::partition::aws, "us.amazon.nova-pro-v1:0").error().code == errc::geo_prefixed_model_id);
    // the rules hold in the builder too
    CHECK(bedrock::make_bedrock_arn(resource_kind::system_tool, bedrock::partition::aws, "us-east-1", "834212829299", "amazon.nova_grounding").error().code == errc::region_not_allowed);
    CHECK(bedrock::make_bedrock_arn(resource_kind::agent, bedrock::partition::aws, "us-east-1", "aws", "PXINSLJAOL").error().code == errc::bad_account);
    CHECK(bedrock::make_bedrock_arn(resource_kind::blueprint, bedrock::partition::aws, "us-east-1", "aws", "bedrock-data-automation-public-invoice").has_value());
}
