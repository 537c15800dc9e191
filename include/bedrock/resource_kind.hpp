#ifndef BEDROCK_RESOURCE_KIND_HPP
#define BEDROCK_RESOURCE_KIND_HPP

/** @file
    The Bedrock resource kinds: `resource_kind` (the resource type of an ARN), its wire table and the account
    and region rule of each kind (one table). The ARN that carries a kind is in `<bedrock/bedrock_arn.hpp>`.

    @par Specification
    [Actions, resources, and condition keys for Amazon Bedrock](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html)
    (resource types and their ARN formats); `docs/identifiers.md`.
*/

#include <bedrock/detail/dependent.hpp>
#include <bedrock/wire_name.hpp>

#include <array>             // std::array (the resource-kind tables)
#include <cstddef>           // std::size_t
#include <cstdint>           // std::uint8_t
#include <initializer_list>  // std::initializer_list (the kinds with 12-character ids)
#include <optional>          // std::optional (parse_resource_kind)
#include <string_view>       // std::string_view

namespace bedrock {

/** A Bedrock (or SageMaker endpoint) resource kind: the resource type of an ARN (`docs/identifiers.md`).

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::resource_kind::application_inference_profile) == "application-inference-profile");
    static_assert(bedrock::parse_resource_kind("prompt-router") == bedrock::resource_kind::prompt_router);
    @endcode
*/
enum class resource_kind : std::uint8_t {
    foundation_model,                 ///< `foundation-model/<model-id>` (account empty)
    inference_profile,                ///< `inference-profile/<geo>.<model-id>` (system-defined, cross-region)
    application_inference_profile,    ///< `application-inference-profile/[a-z0-9]{12}`
    default_prompt_router,            ///< `default-prompt-router/<provider.family:N>`
    prompt_router,                    ///< `prompt-router/[a-z0-9]{12}` (custom router)
    provisioned_model,                ///< `provisioned-model/[a-z0-9]{12}`
    custom_model,                     ///< `custom-model/<base-model-id or imported>/[a-z0-9]{12}`
    imported_model,                   ///< `imported-model/[a-z0-9]{12}`
    custom_model_deployment,          ///< `custom-model-deployment/[a-z0-9]{12}`
    prompt,                           ///< `prompt/[0-9a-zA-Z]{10}[:version]` (Prompt management)
    sagemaker_endpoint,               ///< `endpoint/<name>`, service `sagemaker` (Marketplace model endpoint)
    async_invoke,                     ///< `async-invoke/[a-z0-9]{12}`
    guardrail,                        ///< `guardrail/[a-z0-9]+`
    guardrail_profile,                ///< `guardrail-profile/<prefix>.guardrail.v<N>`
    automated_reasoning_policy,       ///< `automated-reasoning-policy/[a-z0-9]{12}[:N]`
    model_customization_job,          ///< `model-customization-job/<base-model-id>/[a-z0-9]{12}`
    fine_tuning_job,                  ///< `fine-tuning-job/<base-model-id>/[a-z0-9]{12}`
    evaluation_job,                   ///< `evaluation-job/[a-z0-9]{12}`
    model_evaluation_job,             ///< `model-evaluation-job/[a-z0-9]{12}`
    model_copy_job,                   ///< `model-copy-job/[a-z0-9]{12}`
    model_import_job,                 ///< `model-import-job/[a-z0-9]{12}`
    model_invocation_job,             ///< `model-invocation-job/[a-z0-9]{12}`
    advanced_prompt_optimization_job, ///< `advanced-prompt-optimization-job/[a-z0-9]{12}`
    provisioned_model_v2,             ///< `provisioned-model-v2/[a-z0-9]{12}`
    provisioned_model_reservation,    ///< `provisioned-model-reservation/[a-z0-9]{12}`
    agent,                            ///< `agent/[0-9a-zA-Z]{10}` (Agents for Amazon Bedrock)
    agent_alias,                      ///< `agent-alias/<agent-id>/<alias-id>` (both `[0-9a-zA-Z]{10}`; draft: `TSTALIASID`)
    knowledge_base,                   ///< `knowledge-base/[0-9a-zA-Z]{10}`
    flow,                             ///< `flow/<flow-id>[/alias/<alias-id>[/execution/<execution-id>]]` (Prompt flows)
    session,                          ///< `session/<uuid>` (lower-case hex, 8-4-4-4-12)
    data_automation_project,          ///< `data-automation-project/[a-zA-Z0-9_-]+` (account: 12 digits or `aws`)
    data_automation_profile,          ///< `data-automation-profile/[a-zA-Z0-9_.-]+` (account: 12 digits or `aws`)
    data_automation_invocation,       ///< `data-automation-invocation/[a-zA-Z0-9_-]+`
    blueprint,                        ///< `blueprint/<public name or [a-zA-Z0-9-]{12,36}>` (account: 12 digits or `aws`)
    blueprint_optimization_invocation,///< `blueprint-optimization-invocation/[a-zA-Z0-9_-]+`
    data_automation_library,          ///< `data-automation-library/[a-zA-Z0-9-]{12,36}`
    data_automation_library_ingestion_job, ///< `data-automation-library-ingestion-job/[a-zA-Z0-9-]{12,36}`
    marketplace_model_endpoint,       ///< `marketplace/model-endpoint/all-access` (the fixed text)
    project,                          ///< `project/[a-zA-Z0-9_-]{1,64}` (SAR only; the user guide shows `project/default`)
    system_tool,                      ///< `system-tool/<provider>.<name>` (region must be empty)
};

namespace detail {
using std::string_view_literals::operator""sv;  // the tables' literals carry their length (nothing to evaluate)

/// The wire spellings of @ref resource_kind, in enum order: @ref wire_names<resource_kind>.
inline constexpr std::array<std::string_view, 40> resource_kind_names{
    "foundation-model"sv,
    "inference-profile"sv,
    "application-inference-profile"sv,
    "default-prompt-router"sv,
    "prompt-router"sv,
    "provisioned-model"sv,
    "custom-model"sv,
    "imported-model"sv,
    "custom-model-deployment"sv,
    "prompt"sv,
    "endpoint"sv,
    "async-invoke"sv,
    "guardrail"sv,
    "guardrail-profile"sv,
    "automated-reasoning-policy"sv,
    "model-customization-job"sv,
    "fine-tuning-job"sv,
    "evaluation-job"sv,
    "model-evaluation-job"sv,
    "model-copy-job"sv,
    "model-import-job"sv,
    "model-invocation-job"sv,
    "advanced-prompt-optimization-job"sv,
    "provisioned-model-v2"sv,
    "provisioned-model-reservation"sv,
    "agent"sv,
    "agent-alias"sv,
    "knowledge-base"sv,
    "flow"sv,
    "session"sv,
    "data-automation-project"sv,
    "data-automation-profile"sv,
    "data-automation-invocation"sv,
    "blueprint"sv,
    "blueprint-optimization-invocation"sv,
    "data-automation-library"sv,
    "data-automation-library-ingestion-job"sv,
    "marketplace"sv,
    "project"sv,
    "system-tool"sv,
};
} // namespace detail

/** The wire spellings of @ref resource_kind: the resource type as written in an ARN, in enum order.

    Together with @ref resource_kind_rules this is the one kinds table: a new Bedrock resource kind is an
    enumerator above, its spelling here, its account, region and id rule in @ref resource_kind_rules, and,
    unless its id is `[a-z0-9]{12}` (@ref id_rule), its id grammar as a `case` of `detail::check_kind_id` in
    `<bedrock/bedrock_arn.hpp>` (without one, every ARN of the kind is refused, which the kind-coverage test
    reports). The table is `detail::resource_kind_names`.
*/
template <>
struct wire_names<resource_kind> {
    static constexpr auto const& names = detail::resource_kind_names;
};

/// Every resource kind, in enum order.
inline constexpr std::array<resource_kind, 40> all_resource_kinds = all_wire_values<resource_kind>();

/** Who may own a resource of a kind: what the account component of its ARN holds. */
enum class account_rule : std::uint8_t {
    twelve_digits,         ///< exactly 12 digits (the customer's account)
    empty,                 ///< empty (`foundation-model`: AWS's models have no account)
    twelve_digits_or_aws,  ///< 12 digits, or the literal `aws` for resources AWS owns (public blueprints, …)
};

/** Whether the region component of a kind's ARN may be empty. */
enum class region_rule : std::uint8_t {
    required,       ///< a known region of the ARN's partition
    empty_allowed,  ///< a known region, or empty (`foundation-model`: the model in every region)
    empty,          ///< must be empty (`system-tool`)
};

/** The grammar of a kind's resource id, where the kinds table can name it. */
enum class id_rule : std::uint8_t {
    kind_grammar,        ///< the kind's own grammar (a `case` of `detail::check_kind_id`, `<bedrock/bedrock_arn.hpp>`)
    twelve_lower_alnum,  ///< `[a-z0-9]{12}` (application inference profiles, provisioned models, the jobs, …)
};

/// The account, region and id rule of one resource kind (a row of @ref resource_kind_rules).
struct resource_kind_rule {
    bedrock::account_rule account = bedrock::account_rule::twelve_digits; ///< what the account may hold
    bedrock::region_rule region = bedrock::region_rule::required;         ///< whether the region may be empty
    bedrock::id_rule id = bedrock::id_rule::kind_grammar;                 ///< the id's grammar
};

/** The account, region and id rule of every kind, in enum order (Service Authorization Reference ARN formats and
    the botocore patterns; `docs/identifiers.md`). Kinds not listed take the default row (12 digits, region
    required, the kind's own id grammar). */
inline constexpr std::array<resource_kind_rule, 40> resource_kind_rules = [] {
    std::array<resource_kind_rule, 40> t{};
    auto const at = [&t](resource_kind k) -> resource_kind_rule& { return t[static_cast<std::size_t>(k)]; };
    at(resource_kind::foundation_model) = {account_rule::empty, region_rule::empty_allowed};
    at(resource_kind::data_automation_project).account = account_rule::twelve_digits_or_aws;
    at(resource_kind::data_automation_profile).account = account_rule::twelve_digits_or_aws;
    at(resource_kind::blueprint).account = account_rule::twelve_digits_or_aws;
    at(resource_kind::system_tool).region = region_rule::empty;
    for (auto k : {resource_kind::application_inference_profile, resource_kind::prompt_router, resource_kind::provisioned_model,
                   resource_kind::imported_model, resource_kind::custom_model_deployment, resource_kind::async_invoke,
                   resource_kind::evaluation_job, resource_kind::model_evaluation_job, resource_kind::model_copy_job,
                   resource_kind::model_import_job, resource_kind::model_invocation_job,
                   resource_kind::advanced_prompt_optimization_job, resource_kind::provisioned_model_v2,
                   resource_kind::provisioned_model_reservation})
        at(k).id = id_rule::twelve_lower_alnum;
    return t;
}();

/** The account rule of a kind. */
[[nodiscard]] constexpr account_rule account_rule_of(resource_kind k) noexcept {
    return resource_kind_rules[static_cast<std::size_t>(k)].account;
}

/** The id rule of a kind (`twelve_lower_alnum`, or the kind's own grammar). */
[[nodiscard]] constexpr id_rule id_rule_of(resource_kind k) noexcept {
    return resource_kind_rules[static_cast<std::size_t>(k)].id;
}

/** The region rule of a kind. */
[[nodiscard]] constexpr region_rule region_rule_of(resource_kind k) noexcept {
    return resource_kind_rules[static_cast<std::size_t>(k)].region;
}

/** The resource type as written in an ARN (`"foundation-model"`, `"endpoint"` for SageMaker endpoints). */
[[nodiscard]] constexpr std::string_view to_string(resource_kind k) noexcept { return wire_name(k); }

// `template <int I = 0> constexpr auto` (parse_resource_kind, detail::find_resource_kind): the
// `std::optional<resource_kind>` they return names `resource_kind` through `I`, so a TU that includes this header
// but calls neither instantiates no `std::optional<resource_kind>` (issue 9). Callers inside templates call them
// dependently: `parse_resource_kind<I>(s)`.

/** Parses a resource type exactly (`"inference-profile"` → `resource_kind::inference_profile`). Returns a
    `std::optional<resource_kind>` (a function template: called as before; its address is `parse_resource_kind<>`). */
template <int I = 0>
[[nodiscard]] constexpr auto parse_resource_kind(std::string_view s) noexcept {
    return parse_wire_name<detail::dependent_t<resource_kind, I>>(s);
}

/** The ARN service of a kind: `"sagemaker"` for `sagemaker_endpoint`, `"bedrock"` otherwise. */
[[nodiscard]] constexpr std::string_view service_of(resource_kind k) noexcept {
    return k == resource_kind::sagemaker_endpoint ? "sagemaker" : "bedrock";
}

/** True when ARNs of this kind have an empty account (only `foundation_model`). */
[[nodiscard]] constexpr bool has_empty_account(resource_kind k) noexcept { return account_rule_of(k) == account_rule::empty; }

namespace detail {

/** The slot of a resource type in @ref resource_kind_slots: a hash of its length and three of its bytes that
    gives each of the 40 spellings its own slot of 128 (`tests/unit/bedrock_arn_fast_path.cpp` checks it). */
constexpr std::size_t resource_kind_slot(std::string_view type) noexcept {
    auto const byte = [&type](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(type[i])); };
    return (type.size() * 28 + byte(type.size() / 2) * 6 + byte(0) + byte(type.size() - 1)) & 127;
}

/// Slot -> 1 + the kind whose spelling hashes there, or 0 (one pass over the 40 spellings at include time).
inline constexpr std::array<std::uint8_t, 128> resource_kind_slots = [] {
    std::array<std::uint8_t, 128> t{};
    constexpr auto const& names = wire_names<resource_kind>::names;
    for (std::size_t k = 0; k < names.size(); ++k) t[resource_kind_slot(names[k])] = static_cast<std::uint8_t>(k + 1);
    return t;
}();

/** @ref parse_resource_kind by one hash and one comparison instead of a walk over the table (the one-pass
    ARN parser's kind dispatch). Same result for every input: a `std::optional<resource_kind>`. */
template <int I = 0>
constexpr auto find_resource_kind(std::string_view type) noexcept {
    using optional = std::optional<dependent_t<resource_kind, I>>;
    if (type.empty()) return optional();
    auto const slot = resource_kind_slots[resource_kind_slot(type)];
    if (slot == 0 || wire_names<resource_kind>::names[slot - 1u] != type) return optional();
    return optional(static_cast<resource_kind>(slot - 1u));
}

} // namespace detail

} // namespace bedrock

#endif // BEDROCK_RESOURCE_KIND_HPP
