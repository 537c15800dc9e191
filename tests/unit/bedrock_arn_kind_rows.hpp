// The rows of tests/unit/bedrock_arn_kinds.cpp (issue 11: every resource type of the Service Authorization
// Reference for Amazon Bedrock, the region-less foundation-model ARN and the account `aws`), shared with
// tests/json/field_identifiers.cpp, which runs them through the JSON reader too.
#ifndef BEDROCK_TEST_BEDROCK_ARN_KIND_ROWS_HPP
#define BEDROCK_TEST_BEDROCK_ARN_KIND_ROWS_HPP

#include <bedrock/bedrock_arn.hpp>
#include <bedrock/error.hpp>

#include <cstdint>
#include <string_view>

namespace bedrock_test {

/// One ARN with its verdict: the kind it parses to (`code == ok`) or the error code and byte offset.
struct arn_kind_row {
    std::string_view input;
    bedrock::resource_kind kind;  // when code == ok
    bedrock::errc code;
    std::uint32_t offset;
};

inline constexpr arn_kind_row arn_kind_rows[] = {
    // region-less foundation-model ARNs (global profiles' models): valid, and only for foundation-model
    {"arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0", bedrock::resource_kind::foundation_model, bedrock::errc::ok, 0},
    {"arn:aws-us-gov:bedrock:::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0", bedrock::resource_kind::foundation_model, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:::foundation-model/us.amazon.nova-pro-v1:0", {}, bedrock::errc::geo_prefixed_model_id, 35},
    {"arn:aws-x:bedrock:::foundation-model/amazon.nova-pro-v1:0", {}, bedrock::errc::unknown_partition, 4},
    {"arn:aws:bedrock::123456789012:foundation-model/amazon.nova-pro-v1:0", {}, bedrock::errc::account_not_allowed, 17},
    {"arn:aws:bedrock:::inference-profile/global.anthropic.claude-sonnet-4-20250514-v1:0", {}, bedrock::errc::region_required, 16},
    {"arn:aws:bedrock::123456789012:agent/PXINSLJAOL", {}, bedrock::errc::region_required, 16},
    // system-tool: the region must be empty
    {"arn:aws:bedrock::834212829299:system-tool/amazon.nova_grounding", bedrock::resource_kind::system_tool, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:834212829299:system-tool/amazon.nova_grounding", {}, bedrock::errc::region_not_allowed, 16},
    {"arn:aws:bedrock:::system-tool/amazon.nova_grounding", {}, bedrock::errc::account_required, 17},
    {"arn:aws:bedrock::834212829299:system-tool/amazon", {}, bedrock::errc::unexpected_end, 48},
    {"arn:aws:bedrock::834212829299:system-tool/Amazon.nova_grounding", {}, bedrock::errc::uppercase, 42},
    // account `aws` (AWS-owned): data-automation projects and profiles, blueprints; nowhere else
    {"arn:aws:bedrock:us-east-1:aws:data-automation-project/public-rag-default", bedrock::resource_kind::data_automation_project, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-west-2:aws:data-automation-project/public-default", bedrock::resource_kind::data_automation_project, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:aws:data-automation-profile/us.data-automation-v1", bedrock::resource_kind::data_automation_profile, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:aws:blueprint/bedrock-data-automation-public-invoice", bedrock::resource_kind::blueprint, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:aws:blueprint/bedrock-data-insights-public-bank-statement", bedrock::resource_kind::blueprint, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:aws:agent/PXINSLJAOL", {}, bedrock::errc::bad_account, 26},
    {"arn:aws:bedrock:us-east-1:aws:inference-profile/us.amazon.nova-pro-v1:0", {}, bedrock::errc::bad_account, 26},
    {"arn:aws:bedrock:us-east-1:awsx:blueprint/bedrock-data-automation-public-invoice", {}, bedrock::errc::bad_account, 26},
    {"arn:aws:bedrock:us-east-1::data-automation-project/public-default", {}, bedrock::errc::account_required, 26},
    // data automation (customer-owned)
    {"arn:aws:bedrock:us-west-2:396608773413:data-automation-project/c2589191b6f2", bedrock::resource_kind::data_automation_project, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-west-2:396608773413:data-automation-project/bad.id", {}, bedrock::errc::bad_resource_id, 66},
    {"arn:aws:bedrock:us-west-2:396608773413:data-automation-invocation/c8bfa474-8812-4451-a845-d6e7af27b6ed", bedrock::resource_kind::data_automation_invocation, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-west-2:396608773413:data-automation-invocation/job:1", {}, bedrock::errc::bad_resource_id, 69},
    {"arn:aws:bedrock:us-west-2:396608773413:data-automation-profile/us.data-automation-v1", bedrock::resource_kind::data_automation_profile, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-west-2:396608773413:data-automation-profile/us:v1", {}, bedrock::errc::bad_resource_id, 65},
    {"arn:aws:bedrock:us-west-2:396608773413:blueprint/7f74210af17f", bedrock::resource_kind::blueprint, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-west-2:396608773413:blueprint/short", {}, bedrock::errc::unexpected_end, 54},
    {"arn:aws:bedrock:us-west-2:396608773413:blueprint-optimization-invocation/a1b2c3_d4", bedrock::resource_kind::blueprint_optimization_invocation, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-west-2:396608773413:data-automation-library/0123456789ab", bedrock::resource_kind::data_automation_library, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-west-2:396608773413:data-automation-library/0123456789a", {}, bedrock::errc::unexpected_end, 74},
    {"arn:aws:bedrock:us-west-2:396608773413:data-automation-library-ingestion-job/0123456789ab-cdef", bedrock::resource_kind::data_automation_library_ingestion_job, bedrock::errc::ok, 0},
    // agents, aliases, knowledge bases
    {"arn:aws:bedrock:us-east-1:061051260563:agent/PXINSLJAOL", bedrock::resource_kind::agent, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:061051260563:agent/PXINSLJAO", {}, bedrock::errc::unexpected_end, 54},
    {"arn:aws:bedrock:us-east-1:061051260563:agent/PXINSLJAOL1", {}, bedrock::errc::bad_resource_id, 55},
    {"arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU/TCLCITFZTN", bedrock::resource_kind::agent_alias, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU/TSTALIASID", bedrock::resource_kind::agent_alias, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU/TCLC-ITFZT", {}, bedrock::errc::bad_alias_id, 66},
    {"arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU", {}, bedrock::errc::unexpected_end, 61},
    {"arn:aws:bedrock:us-east-1:061051260563:knowledge-base/LD5AKXTEHU", bedrock::resource_kind::knowledge_base, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:061051260563:knowledge-base/LD5AKXTEH_", {}, bedrock::errc::bad_resource_id, 63},
    // flows, flow aliases, flow executions
    {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ", bedrock::resource_kind::flow, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/TSTALIASID", bedrock::resource_kind::flow, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/KLMNOPQRST/execution/2f3d-11aa", bedrock::resource_kind::flow, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHI", {}, bedrock::errc::bad_resource_id, 53},
    {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJK", {}, bedrock::errc::bad_resource_id, 54},
    {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/version/1", {}, bedrock::errc::missing_alias, 55},
    {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/KLMNOPQRS", {}, bedrock::errc::bad_alias_id, 70},
    {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/KLMNOPQRST/exec/1", {}, bedrock::errc::bad_execution_id, 76},
    {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/KLMNOPQRST/execution/", {}, bedrock::errc::bad_execution_id, 82},
    {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/KLMNOPQRST/execution/a_b", {}, bedrock::errc::bad_execution_id, 83},
    {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/KLMNOPQRST/execution/0123456789012345678901234567890123456", {}, bedrock::errc::bad_execution_id, 118},
    // sessions
    {"arn:aws:bedrock:us-east-1:123456789012:session/6f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", bedrock::resource_kind::session, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:123456789012:session/6F1E2D3C-4b5a-6978-8a9b-0c1d2e3f4a5b", {}, bedrock::errc::uppercase, 48},
    {"arn:aws:bedrock:us-east-1:123456789012:session/6f1e2d3c4b5a69788a9b0c1d2e3f4a5b", {}, bedrock::errc::bad_resource_id, 55},
    // SAR-only kinds
    {"arn:aws:bedrock:us-east-1:123456789012:marketplace/model-endpoint/all-access", bedrock::resource_kind::marketplace_model_endpoint, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:123456789012:marketplace/model-endpoint/some", {}, bedrock::errc::bad_resource_id, 66},
    {"arn:aws:bedrock:us-east-1:123456789012:project/default", bedrock::resource_kind::project, bedrock::errc::ok, 0},
    {"arn:aws:bedrock:us-east-1:123456789012:project/a.b", {}, bedrock::errc::bad_resource_id, 48},
    {"arn:aws:bedrock:us-east-1:123456789012:project/", {}, bedrock::errc::missing_resource_id, 47},
    {"arn:aws:bedrock:us-east-1:123456789012:agents/PXINSLJAOL", {}, bedrock::errc::unknown_resource_type, 39},
};

} // namespace bedrock_test

#endif // BEDROCK_TEST_BEDROCK_ARN_KIND_ROWS_HPP
