#include <bedrock/arn_environment.hpp>

#include <bedrock_test/catch.hpp>

#undef NDEBUG  // the doc examples compiled here use assert(); keep it live in release builds too
#include <cassert>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

using bedrock::errc;
using bedrock::partition;
using bedrock::resource_kind;

// javadoc
namespace javadoc {
constexpr auto a = bedrock::parse_arn("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0");
static_assert(a && a->region() == "us-east-1" && a->resource_type() == "inference-profile");
static_assert(a->resource_id() == "us.amazon.nova-pro-v1:0");
static_assert(bedrock::to_string(bedrock::resource_kind::application_inference_profile) == "application-inference-profile");
static_assert(bedrock::parse_resource_kind("prompt-router") == bedrock::resource_kind::prompt_router);
constexpr auto b = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0");
static_assert(b && b->kind == bedrock::resource_kind::inference_profile && b->geo == bedrock::geo::us);
static_assert(b->model == "anthropic.claude-3-5-sonnet-20241022-v2:0");
constexpr bedrock::arn_literal fm{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"};
static_assert(fm.get().kind == bedrock::resource_kind::foundation_model);
static_assert(fm.get().model == "amazon.nova-pro-v1:0");
using namespace bedrock::literals;
constexpr auto lit = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef012345"_arn;
static_assert(lit.get().kind == bedrock::resource_kind::provisioned_model);
} // namespace javadoc

TEST_CASE("arn javadoc run-time examples", "[arn]") {
    bedrock::arn_parts p{"aws", "bedrock", "us-east-1", "", "foundation-model/amazon.nova-pro-v1:0"};
    assert(bedrock::to_string(p) == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    REQUIRE(bedrock::to_string(p) == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    char buf[128];
    char* end = bedrock::format_to(bedrock::arn_parts{"aws", "bedrock", "us-east-1", "123456789012", "prompt-router/abcdef012345"}, buf, buf + sizeof buf);
    assert(end && std::string_view(buf, end) == "arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345");
    REQUIRE(end);
    auto a = bedrock::parse_arn("arn:aws:s3:::my-bucket");
    assert(a && a->service() == "s3" && a->resource_type().empty() && a->resource_id() == "my-bucket");
    REQUIRE(a);
    assert(bedrock::parse_arn("arn:aws:bedrock").error().code == bedrock::errc::missing_component);
    auto b = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    assert(b && b->kind == bedrock::resource_kind::foundation_model && b->model == "amazon.nova-pro-v1:0");
    REQUIRE(b);
    auto e = bedrock::parse_bedrock_arn("arn:aws-us-gov:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-v2:1");
    assert(e.error().code == bedrock::errc::region_partition_mismatch && e.error().offset == 23);
    REQUIRE_FALSE(e);
    auto s = bedrock::make_bedrock_arn(bedrock::resource_kind::imported_model, bedrock::partition::aws, "us-east-1", "123456789012", "abcdef012345");
    assert(s && *s == "arn:aws:bedrock:us-east-1:123456789012:imported-model/abcdef012345");
    REQUIRE(s);
    auto f = bedrock::make_foundation_model_arn(bedrock::partition::aws, "us-east-1", "amazon.nova-pro-v1:0");
    assert(f && *f == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    REQUIRE(f);
    auto i = bedrock::make_inference_profile_arn("us-east-1", "123456789012", "us.amazon.nova-pro-v1:0");
    assert(i && *i == "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0");
    REQUIRE(i);
}

TEST_CASE("parse_arn: generic structure and its errors", "[arn]") {
    constexpr auto a = bedrock::parse_arn("arn:aws:iam::123456789012:role/service-role/my-role");
    STATIC_REQUIRE(a);
    STATIC_REQUIRE(a->partition() == "aws" && a->service() == "iam" && a->region().empty());
    STATIC_REQUIRE(a->account() == "123456789012");
    STATIC_REQUIRE(a->resource() == "role/service-role/my-role");
    STATIC_REQUIRE(a->resource_type() == "role" && a->resource_delimiter() == '/');
    STATIC_REQUIRE(a->resource_id() == "service-role/my-role");
    STATIC_REQUIRE(a->partition_id() == partition::aws);
    STATIC_REQUIRE(a->offset_of(0) == 4 && a->offset_of(1) == 8 && a->offset_of(2) == 12 && a->offset_of(3) == 13 && a->offset_of(4) == 26);

    constexpr auto colon = bedrock::parse_arn("arn:aws:logs:us-east-1:123456789012:log-group:/my/group:*");
    STATIC_REQUIRE(colon->resource_type() == "log-group" && colon->resource_delimiter() == ':');
    STATIC_REQUIRE(colon->resource_id() == "/my/group:*");
    constexpr auto none = bedrock::parse_arn("arn:aws-foo:s3:::bucket");
    STATIC_REQUIRE(none->resource_type().empty() && none->resource_delimiter() == '\0' && none->resource_id() == "bucket");
    STATIC_REQUIRE(none->partition_id() == partition::unknown);

    struct row {
        std::string_view s;
        errc code;
        std::uint32_t offset;
    };
    constexpr row rows[] = {
        {"", errc::unexpected_end, 0},
        {"ar", errc::unexpected_end, 2},
        {"ARN:aws:bedrock:us-east-1::x", errc::not_an_arn, 0},
        {"arx:aws", errc::not_an_arn, 2},
        {"arn:aws:bedrock", errc::missing_component, 15},
        {"arn:aws:bedrock:us-east-1:123456789012", errc::missing_component, 38},
        {"arn::bedrock:us-east-1::x", errc::bad_partition, 4},
        {"arn:aws::us-east-1::x", errc::bad_service, 8},
        {"arn:aws:bedrock:us-east-1::", errc::missing_resource_id, 27},
    };
    for (auto const& r : rows) {
        CAPTURE(r.s);
        auto e = bedrock::parse_arn(r.s);
        REQUIRE_FALSE(e);
        REQUIRE(bedrock::to_string(e.error().code) == bedrock::to_string(r.code));
        REQUIRE(e.error().offset == r.offset);
    }
}

TEST_CASE("arn_view: formatting, comparison and hashing", "[arn]") {
    std::string const text = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef012345";
    auto a = bedrock::parse_arn(text);
    REQUIRE(a);
    REQUIRE(a->str().data() == text.data()); // a view: no copy
    REQUIRE(bedrock::formatted_size(*a) == text.size());
    REQUIRE(bedrock::to_string(*a) == text);
    std::string buf(text.size(), '\0');
    REQUIRE(bedrock::format_to(*a, buf.data(), buf.data() + buf.size()) == buf.data() + buf.size());
    REQUIRE(buf == text);
    REQUIRE(bedrock::format_to(*a, buf.data(), buf.data() + buf.size() - 1) == nullptr); // too small: nothing written
    REQUIRE(bedrock::format_to(*a, nullptr, nullptr) == nullptr);
    auto parts = a->parts();
    parts.region = "eu-west-1";
    auto moved = bedrock::to_string(parts);
    REQUIRE(moved == "arn:aws:bedrock:eu-west-1:123456789012:provisioned-model/abcdef012345");
    auto b = bedrock::parse_arn(moved);
    REQUIRE(b);
    REQUIRE(*a != *b);
    REQUIRE(*b < *a); // byte order of the text
    REQUIRE(*a == *bedrock::parse_arn(std::string(text)));
    std::unordered_set<bedrock::arn_view> set{*a, *b, *bedrock::parse_arn(text)};
    REQUIRE(set.size() == 2);
    REQUIRE(std::hash<bedrock::arn_view>{}(*a) == std::hash<std::string_view>{}(text));
    auto typed = bedrock::parse_bedrock_arn(text);
    REQUIRE(typed);
    REQUIRE(std::hash<bedrock::bedrock_arn>{}(*typed) == std::hash<std::string_view>{}(text));
    REQUIRE(*typed == *bedrock::parse_bedrock_arn(text));
    bool const after = (*typed <=> *bedrock::parse_bedrock_arn(moved)) > 0;
    REQUIRE(after);
    constexpr bedrock::arn_view empty;
    STATIC_REQUIRE(empty.str().empty());
}

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
        {A + "inference-profile/ca.amazon.nova-pro-v1:0", errc::unknown_geo, 57},
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

TEST_CASE("builders check what they build", "[arn]") {
    auto p = bedrock::make_provisioned_model_arn(partition::aws, "us-west-2", "123456789012", "abcdef012345");
    REQUIRE(p);
    REQUIRE(*p == "arn:aws:bedrock:us-west-2:123456789012:provisioned-model/abcdef012345");
    auto r = bedrock::make_prompt_router_arn(partition::aws, "us-west-2", "123456789012", "abcdef012345");
    REQUIRE(*r == "arn:aws:bedrock:us-west-2:123456789012:prompt-router/abcdef012345");
    auto d = bedrock::make_default_prompt_router_arn(partition::aws, "us-west-2", "123456789012", "meta.llama:1");
    REQUIRE(*d == "arn:aws:bedrock:us-west-2:123456789012:default-prompt-router/meta.llama:1");
    auto c = bedrock::make_custom_model_arn(partition::aws_us_gov, "us-gov-west-1", "123456789012", "imported", "abcdef012345");
    REQUIRE(*c == "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:custom-model/imported/abcdef012345");
    auto i = bedrock::make_imported_model_arn(partition::aws, "eu-west-1", "123456789012", "abcdef012345");
    REQUIRE(*i == "arn:aws:bedrock:eu-west-1:123456789012:imported-model/abcdef012345");
    auto a = bedrock::make_application_profile_arn(partition::aws, "us-east-1", "123456789012", "a1b2c3d4e5f6");
    REQUIRE(*a == "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6");
    auto g = bedrock::make_inference_profile_arn("us-gov-west-1", "123456789012", "us-gov.amazon.nova-pro-v1:0");
    REQUIRE(*g == "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.amazon.nova-pro-v1:0");
    constexpr bedrock::model_id nova{"amazon.nova-pro-v1:0"};
    auto fm = bedrock::make_foundation_model_arn(partition::aws_eusc, "eusc-de-east-1", nova);
    REQUIRE(*fm == "arn:aws-eusc:bedrock:eusc-de-east-1::foundation-model/amazon.nova-pro-v1:0");
    // the typed overloads (checked values) give the same text as the string_view ones
    constexpr bedrock::profile_id eu{"eu.amazon.nova-pro-v1:0"};
    constexpr bedrock::application_profile_id app{"a1b2c3d4e5f6"};
    REQUIRE(bedrock::make_inference_profile_arn("eu-west-1", "123456789012", eu).value() ==
            bedrock::make_inference_profile_arn("eu-west-1", "123456789012", eu.str()).value());
    REQUIRE(bedrock::make_application_profile_arn(partition::aws, "us-east-1", "123456789012", app).value() ==
            "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6");
    // the account is dropped for foundation models
    auto fm2 = bedrock::make_bedrock_arn(resource_kind::foundation_model, partition::aws, "us-east-1", "123456789012", "a.b");
    REQUIRE(*fm2 == "arn:aws:bedrock:us-east-1::foundation-model/a.b");
    // errors point into the built text
    REQUIRE(bedrock::make_provisioned_model_arn(partition::aws, "us-west-2", "1234", "abcdef012345").error() ==
            bedrock::parse_error{errc::bad_account, 30});
    REQUIRE(bedrock::make_provisioned_model_arn(partition::aws, "cn-north-1", "123456789012", "abcdef012345").error().code ==
            errc::region_partition_mismatch);
    REQUIRE(bedrock::make_inference_profile_arn("us-east-1", "123456789012", "us-gov.amazon.nova-pro-v1:0").error().code ==
            errc::region_partition_mismatch);
    REQUIRE(bedrock::make_inference_profile_arn("us-east-1", "123456789012", "ca.amazon.nova-pro-v1:0").error() ==
            bedrock::parse_error{errc::unknown_geo, 0}); // offset into the profile id
    REQUIRE(bedrock::make_bedrock_arn(resource_kind::guardrail, partition::unknown, "us-east-1", "123456789012", "abc").error().code ==
            errc::bad_partition); // "unknown" is not an aws partition id
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
