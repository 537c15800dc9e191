#include <bedrock/bedrock_arn.hpp>
#include <bedrock/bedrock_arn.hpp>  // include guard works

#include <bedrock/arn_environment.hpp>  // make_bedrock_arn (the round trip below)

#include <bedrock_test/catch.hpp>

#include <string>
#include <string_view>

using bedrock::errc;
using bedrock::partition;
using bedrock::resource_kind;

TEST_CASE("parse_bedrock_arn: every resource kind, with its typed parts", "[arn]") {
    struct row {
        std::string_view s;
        resource_kind kind;
        std::string_view model;
        std::string_view suffix;
        std::string_view version;
    };
    constexpr std::string_view A = "arn:aws:bedrock:us-east-1:123456789012:";
    (void)A;
    constexpr row rows[] = {
        {"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0", resource_kind::foundation_model, "anthropic.claude-3-5-sonnet-20241022-v2:0", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0", resource_kind::inference_profile, "amazon.nova-pro-v1:0", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6", resource_kind::application_inference_profile, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1", resource_kind::default_prompt_router, "anthropic.claude:1", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345", resource_kind::prompt_router, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef012345", resource_kind::provisioned_model, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdef012345", resource_kind::custom_model, "amazon.titan-text-express-v1:0:8k", "abcdef012345", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:custom-model/imported/abcdef012345", resource_kind::custom_model, "imported", "abcdef012345", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:imported-model/abcdef012345", resource_kind::imported_model, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abcdef012345", resource_kind::custom_model_deployment, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT12AB:3", resource_kind::prompt, "", "", "3"},
        {"arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT12AB", resource_kind::prompt, "", "", ""},
        {"arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint-1", resource_kind::sagemaker_endpoint, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:async-invoke/abcdef012345", resource_kind::async_invoke, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123", resource_kind::guardrail, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:guardrail-profile/us.guardrail.v1:0", resource_kind::guardrail_profile, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:automated-reasoning-policy/abcdef012345:12", resource_kind::automated_reasoning_policy, "", "", "12"},
        {"arn:aws:bedrock:us-east-1:123456789012:automated-reasoning-policy/abcdef012345", resource_kind::automated_reasoning_policy, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:model-customization-job/amazon.titan-text-express-v1:0:8k/abcdef012345", resource_kind::model_customization_job, "amazon.titan-text-express-v1:0:8k", "abcdef012345", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:fine-tuning-job/amazon.nova-micro-v1:0/abcdef012345", resource_kind::fine_tuning_job, "amazon.nova-micro-v1:0", "abcdef012345", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:evaluation-job/abcdef012345", resource_kind::evaluation_job, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:model-evaluation-job/abcdef012345", resource_kind::model_evaluation_job, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:model-copy-job/abcdef012345", resource_kind::model_copy_job, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:model-import-job/abcdef012345", resource_kind::model_import_job, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/abcdef012345", resource_kind::model_invocation_job, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:advanced-prompt-optimization-job/abcdef012345", resource_kind::advanced_prompt_optimization_job, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:provisioned-model-v2/abcdef012345", resource_kind::provisioned_model_v2, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:provisioned-model-reservation/abcdef012345", resource_kind::provisioned_model_reservation, "", "", ""},
        // issue 11: the other resource types of the Service Authorization Reference
        {"arn:aws:bedrock:us-east-1:061051260563:agent/PXINSLJAOL", resource_kind::agent, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU/TCLCITFZTN", resource_kind::agent_alias, "", "", ""},
        {"arn:aws:bedrock:us-east-1:061051260563:knowledge-base/LD5AKXTEHU", resource_kind::knowledge_base, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/TSTALIASID", resource_kind::flow, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:session/6f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", resource_kind::session, "", "", ""},
        {"arn:aws:bedrock:us-east-1:aws:data-automation-project/public-rag-default", resource_kind::data_automation_project, "", "", ""},
        {"arn:aws:bedrock:us-east-1:aws:data-automation-profile/us.data-automation-v1", resource_kind::data_automation_profile, "", "", ""},
        {"arn:aws:bedrock:us-west-2:396608773413:data-automation-invocation/c8bfa474-8812-4451-a845-d6e7af27b6ed", resource_kind::data_automation_invocation, "", "", ""},
        {"arn:aws:bedrock:us-west-2:396608773413:blueprint/7f74210af17f", resource_kind::blueprint, "", "", ""},
        {"arn:aws:bedrock:us-west-2:396608773413:blueprint-optimization-invocation/a1b2c3_d4", resource_kind::blueprint_optimization_invocation, "", "", ""},
        {"arn:aws:bedrock:us-west-2:396608773413:data-automation-library/0123456789ab", resource_kind::data_automation_library, "", "", ""},
        {"arn:aws:bedrock:us-west-2:396608773413:data-automation-library-ingestion-job/0123456789ab", resource_kind::data_automation_library_ingestion_job, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:marketplace/model-endpoint/all-access", resource_kind::marketplace_model_endpoint, "", "", ""},
        {"arn:aws:bedrock:us-east-1:123456789012:project/default", resource_kind::project, "", "", ""},
        {"arn:aws:bedrock::834212829299:system-tool/amazon.nova_grounding", resource_kind::system_tool, "", "", ""},
    };
    bool seen[bedrock::all_resource_kinds.size()]{};
    for (auto const& r : rows) {
        CAPTURE(r.s);
        auto b = bedrock::parse_bedrock_arn(r.s);
        REQUIRE(b);
        REQUIRE(b->kind == r.kind);
        REQUIRE(b->model == r.model);
        REQUIRE(b->suffix == r.suffix);
        REQUIRE(b->version == r.version);
        REQUIRE(b->partition == partition::aws);
        REQUIRE(b->str() == r.s);
        REQUIRE(b->id == b->arn.resource_id());
        REQUIRE(b->geo.has_value() == (r.kind == resource_kind::inference_profile));
        seen[static_cast<std::size_t>(r.kind)] = true;
        // the builder gives the same text back
        auto built = bedrock::make_bedrock_arn(b->kind, b->partition, b->arn.region(), b->arn.account(), b->id);
        REQUIRE(built);
        REQUIRE(*built == r.s);
    }
    for (bool s : seen) REQUIRE(s);
}

TEST_CASE("parse_bedrock_arn: every strict error path", "[arn]") {
    struct row {
        std::string s;
        errc code;
        std::uint32_t offset;
    };
    std::string const A = "arn:aws:bedrock:us-east-1:123456789012:";
    row const rows[] = {
        {"nope", errc::not_an_arn, 0},
        {"arn:aws:bedrock:us-east-1", errc::missing_component, 25},
        {A + "inference-profile/" + std::string(2000, 'a'), errc::too_long, 2048},
        {"arn:aws-foo:bedrock:us-east-1::foundation-model/a.b", errc::unknown_partition, 4},
        {"arn:azure:bedrock:us-east-1::foundation-model/a.b", errc::bad_partition, 5},
        {"arn:awsx:bedrock:us-east-1::foundation-model/a.b", errc::bad_partition, 7},
        {"arn:aws-cn:sagemaker:cn-north-1:123456789012:endpoint/my-ep", errc::bad_partition, 7},
        {"arn:aws:bedrock-runtime:us-east-1::foundation-model/a.b", errc::bad_service, 15},
        {"arn:aws:sagemaker:us-east-1:123456789012:provisioned-model/abcdef012345", errc::bad_service, 8},
        {"arn:aws:bedrock:us-east-1:123456789012:endpoint/my-ep", errc::bad_service, 8},
        {"arn:aws:bedrock:::provisioned-model/abcdef012345", errc::region_required, 16},
        {"arn:aws:bedrock:US-east-1::foundation-model/a.b", errc::uppercase, 16},
        {"arn:aws:bedrock:us_east_1::foundation-model/a.b", errc::bad_region, 18},
        {"arn:aws:bedrock:ap-southeast-12345678::foundation-model/a.b", errc::bad_region, 36},
        {"arn:aws:bedrock:xx-east-1::foundation-model/a.b", errc::unknown_region, 16},
        {"arn:aws:bedrock:us-gov-west-1::foundation-model/a.b", errc::region_partition_mismatch, 16},
        {"arn:aws:bedrock:us-east-1:123456789012:foundation-model/a.b", errc::account_not_allowed, 26},
        {"arn:aws:bedrock:us-east-1::provisioned-model/abcdef012345", errc::account_required, 26},
        {"arn:aws:bedrock:us-east-1:12345678901:provisioned-model/abcdef012345", errc::bad_account, 37},
        {"arn:aws:bedrock:us-east-1:1234567890123:provisioned-model/abcdef012345", errc::bad_account, 38},
        {"arn:aws:bedrock:us-east-1:12345678901x:provisioned-model/abcdef012345", errc::bad_account, 37},
        {A + "knowledge-bases/abcdef012345", errc::unknown_resource_type, 39},
        {A + "inference-profile:us.amazon.nova-pro-v1:0", errc::missing_resource_delimiter, 56},
        {A + "provisioned-model", errc::missing_resource_delimiter, 56},
        {A + "provisioned-model/", errc::missing_resource_id, 57},
        {"arn:aws:bedrock:us-east-1::foundation-model/Amazon.nova", errc::uppercase, 44},
        {"arn:aws:bedrock:us-east-1::foundation-model/us.amazon.nova-pro-v1:0", errc::geo_prefixed_model_id, 44},
        {A + "inference-profile/zz.amazon.nova-pro-v1:0", errc::unknown_geo, 57},
        {A + "inference-profile/us.us.amazon.nova-pro-v1:0", errc::doubled_geo, 60},
        {A + "inference-profile/us-gov.amazon.nova-pro-v1:0", errc::geo_partition_mismatch, 57},
        {A + "inference-profile/us.amazon." + std::string(60, 'a'), errc::too_long, 121},
        {A + "application-inference-profile/a1b2c3d4e5f", errc::unexpected_end, 80},
        {A + "default-prompt-router/x", errc::unexpected_end, 62},
        {A + "custom-model/amazon.t/abcdef012345", errc::invalid_character, 60},
        {A + "custom-model/imported", errc::unexpected_end, 60},
        {A + "custom-model/imported/ABCDEF012345", errc::uppercase, 61},
        {A + "model-customization-job/imported/abcdef012345", errc::invalid_character, 71},
        {A + "prompt/PROMPT12AB:123456", errc::bad_resource_id, 62},
        {A + "prompt/PROMPT12A", errc::unexpected_end, 55},
        {A + "automated-reasoning-policy/abcdef012345:0", errc::bad_resource_id, 79},
        {"arn:aws:sagemaker:us-east-1:123456789012:endpoint/my_ep", errc::bad_resource_id, 52},
        {A + "guardrail/ABC", errc::uppercase, 49},
        {A + "guardrail-profile/us.guardrail", errc::unexpected_end, 69},
        {A + "async-invoke/abcdef01234x5", errc::bad_resource_id, 64},
    };
    for (auto const& r : rows) {
        CAPTURE(r.s);
        auto e = bedrock::parse_bedrock_arn(r.s);
        REQUIRE_FALSE(e);
        CHECK(bedrock::to_string(e.error().code) == bedrock::to_string(r.code));
        CHECK(e.error().offset == r.offset);
    }
}

TEST_CASE("arn_literal and _arn are compile-time constants", "[arn]") {
    using namespace bedrock::literals;
    constexpr auto a = "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.anthropic.claude-3-5-sonnet-20240620-v1:0"_arn;
    STATIC_REQUIRE(a.get().geo == bedrock::geo::us_gov);
    STATIC_REQUIRE(a.get().partition == partition::aws_us_gov);
    STATIC_REQUIRE(a.view().region() == "us-gov-west-1");
    bedrock::bedrock_arn const& typed = a;
    REQUIRE(typed.kind == resource_kind::inference_profile);
    REQUIRE(a.str().substr(0, 14) == "arn:aws-us-gov");
}

// parse_bedrock_arn is a function template (a TU that parses no ARN instantiates no parser): taking its address
// needs `<>`. `"…"_arn` is a literal operator template, written as before.
static_assert([] {
    using namespace bedrock::literals;
    auto const by_address = &bedrock::parse_bedrock_arn<>;
    constexpr auto a = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef012345"_arn;
    auto const b = by_address(a.str());
    return b && b->kind == resource_kind::provisioned_model && b->str() == a.str() &&
           a.str() == "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef012345";
}());
