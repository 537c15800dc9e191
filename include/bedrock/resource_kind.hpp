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

/// Every resource kind, in enum order (a literal list: `all_wire_values<resource_kind>()` cost every including TU
/// ~41 kB of g++ memory; `tests/unit/resource_kind.cpp` checks the two are equal).
inline constexpr std::array<resource_kind, 40> all_resource_kinds{
    resource_kind::foundation_model, resource_kind::inference_profile, resource_kind::application_inference_profile,
    resource_kind::default_prompt_router, resource_kind::prompt_router, resource_kind::provisioned_model,
    resource_kind::custom_model, resource_kind::imported_model, resource_kind::custom_model_deployment,
    resource_kind::prompt, resource_kind::sagemaker_endpoint, resource_kind::async_invoke, resource_kind::guardrail,
    resource_kind::guardrail_profile, resource_kind::automated_reasoning_policy,
    resource_kind::model_customization_job, resource_kind::fine_tuning_job, resource_kind::evaluation_job,
    resource_kind::model_evaluation_job, resource_kind::model_copy_job, resource_kind::model_import_job,
    resource_kind::model_invocation_job, resource_kind::advanced_prompt_optimization_job,
    resource_kind::provisioned_model_v2, resource_kind::provisioned_model_reservation, resource_kind::agent,
    resource_kind::agent_alias, resource_kind::knowledge_base, resource_kind::flow, resource_kind::session,
    resource_kind::data_automation_project, resource_kind::data_automation_profile,
    resource_kind::data_automation_invocation, resource_kind::blueprint,
    resource_kind::blueprint_optimization_invocation, resource_kind::data_automation_library,
    resource_kind::data_automation_library_ingestion_job, resource_kind::marketplace_model_endpoint,
    resource_kind::project, resource_kind::system_tool
};

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
    the botocore patterns; `docs/identifiers.md`). An empty row is the default (12 digits, region required, the
    kind's own id grammar). One literal row per kind (`tests/unit/resource_kind.cpp` checks the rows against the
    list of exceptions): building the table by a lambda cost every including TU ~156 kB of g++ memory. */
inline constexpr std::array<resource_kind_rule, 40> resource_kind_rules{{
    {.account = account_rule::empty, .region = region_rule::empty_allowed},    // foundation_model
    {},                                                                        // inference_profile
    {.id = id_rule::twelve_lower_alnum},                                       // application_inference_profile
    {},                                                                        // default_prompt_router
    {.id = id_rule::twelve_lower_alnum},                                       // prompt_router
    {.id = id_rule::twelve_lower_alnum},                                       // provisioned_model
    {},                                                                        // custom_model
    {.id = id_rule::twelve_lower_alnum},                                       // imported_model
    {.id = id_rule::twelve_lower_alnum},                                       // custom_model_deployment
    {},                                                                        // prompt
    {},                                                                        // sagemaker_endpoint
    {.id = id_rule::twelve_lower_alnum},                                       // async_invoke
    {},                                                                        // guardrail
    {},                                                                        // guardrail_profile
    {},                                                                        // automated_reasoning_policy
    {},                                                                        // model_customization_job
    {},                                                                        // fine_tuning_job
    {.id = id_rule::twelve_lower_alnum},                                       // evaluation_job
    {.id = id_rule::twelve_lower_alnum},                                       // model_evaluation_job
    {.id = id_rule::twelve_lower_alnum},                                       // model_copy_job
    {.id = id_rule::twelve_lower_alnum},                                       // model_import_job
    {.id = id_rule::twelve_lower_alnum},                                       // model_invocation_job
    {.id = id_rule::twelve_lower_alnum},                                       // advanced_prompt_optimization_job
    {.id = id_rule::twelve_lower_alnum},                                       // provisioned_model_v2
    {.id = id_rule::twelve_lower_alnum},                                       // provisioned_model_reservation
    {},                                                                        // agent
    {},                                                                        // agent_alias
    {},                                                                        // knowledge_base
    {},                                                                        // flow
    {},                                                                        // session
    {.account = account_rule::twelve_digits_or_aws},                           // data_automation_project
    {.account = account_rule::twelve_digits_or_aws},                           // data_automation_profile
    {},                                                                        // data_automation_invocation
    {.account = account_rule::twelve_digits_or_aws},                           // blueprint
    {},                                                                        // blueprint_optimization_invocation
    {},                                                                        // data_automation_library
    {},                                                                        // data_automation_library_ingestion_job
    {},                                                                        // marketplace_model_endpoint
    {},                                                                        // project
    {.region = region_rule::empty},                                            // system_tool
}};

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

/** Slot -> 1 + the kind whose spelling hashes there, or 0. A literal plain array, not computed at every include (the
    pass over the 40 spellings and the std::array cost every including TU ~190 kB of g++ memory):
    `tests/unit/resource_kind.cpp` proves it equal to the computed one, and says how to rewrite it after a change of
    the kinds or of @ref resource_kind_slot. */
inline constexpr std::uint8_t resource_kind_slots[128]{
    17, 0, 0, 0, 0, 32, 0, 0, 2, 0, 0, 0, 12, 0, 0, 0,
    0, 0, 0, 0, 31, 0, 27, 0, 0, 36, 10, 0, 0, 0, 37, 0,
    0, 40, 0, 0, 39, 0, 0, 13, 0, 0, 24, 0, 1, 7, 0, 21,
    14, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 4, 19, 38, 26,
    0, 0, 28, 0, 33, 18, 0, 0, 35, 0, 0, 0, 6, 0, 0, 0,
    0, 22, 0, 11, 0, 0, 3, 30, 0, 0, 0, 0, 5, 23, 0, 0,
    0, 16, 25, 9, 15, 0, 0, 29, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 20, 34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

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
