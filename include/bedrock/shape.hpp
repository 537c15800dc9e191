#ifndef BEDROCK_SHAPE_HPP
#define BEDROCK_SHAPE_HPP

/** @file
    Every identifier shape of the Bedrock (`bedrock`, `bedrock-runtime`) service models, checked exactly as
    AWS states it (the *syntax* layer: pattern + lengths, full match) or with the library's extra checks
    (the *strict* layer: partitions, regions, geos, id grammars per kind).

    The checkers are hand-written grammar rules (`detail/scan.hpp`), one per shape, transcribed from the
    verbatim botocore patterns of `docs/identifiers.md` into `detail/shape_grammars.hpp` (with the table of
    shape names and lengths); `tests/unit/regex_oracle.cpp` runs those patterns through `std::regex` and
    compares. No `<regex>` here.

    @par Specification
    `docs/identifiers.md`; `docs/json.md`.
*/

#include <bedrock/bedrock_arn.hpp>
#include <bedrock/detail/scan.hpp>
#include <bedrock/detail/shape_grammars.hpp>
#include <bedrock/error.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/resource_kind.hpp>
#include <bedrock/wire_name.hpp>

#include <array>        // std::array (all_shapes, the wire names)
#include <cstdint>      // std::uint8_t, std::uint32_t, std::uint64_t (kind sets)
#include <optional>     // std::optional (checkers, parse_shape)
#include <string_view>  // std::string_view

namespace bedrock {

/** An AWS identifier shape (`docs/identifiers.md`) or one of the library's policy shapes (`docs/json.md`).

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::shape::inference_profile_arn) == "InferenceProfileArn");
    static_assert(!bedrock::check_syntax(bedrock::shape::tag_key, "project:cost-center"));
    @endcode
*/
enum class shape : std::uint8_t {
    // bedrock
    inference_profile_arn,                ///< InferenceProfileArn [1..2048]
    inference_profile_id,                 ///< InferenceProfileId [1..64]
    inference_profile_identifier,         ///< InferenceProfileIdentifier [1..2048]
    inference_profile_name,               ///< InferenceProfileName [1..64]
    inference_profile_description,        ///< InferenceProfileDescription [1..200]
    inference_profile_model_source_arn,   ///< InferenceProfileModelSourceArn [1..2048]
    foundation_model_arn,                 ///< FoundationModelArn (no limits)
    bedrock_model_id,                     ///< BedrockModelId [0..140]
    get_foundation_model_identifier,      ///< GetFoundationModelIdentifier [1..2048]
    model_identifier,                     ///< ModelIdentifier [1..2048]
    model_arn,                            ///< ModelArn [20..1011]
    model_id,                             ///< ModelId [1..2048] (batch inference)
    prompt_router_arn,                    ///< PromptRouterArn [1..2048]
    prompt_router_name,                   ///< PromptRouterName [1..64]
    prompt_router_description,            ///< PromptRouterDescription [1..200]
    prompt_router_target_model_arn,       ///< PromptRouterTargetModelArn [1..2048]
    provisioned_model_arn,                ///< ProvisionedModelArn (no limits)
    provisioned_model_id,                 ///< ProvisionedModelId (no limits)
    provisioned_model_name,               ///< ProvisionedModelName [1..63]
    custom_model_arn,                     ///< CustomModelArn [20..1011]
    imported_model_arn,                   ///< ImportedModelArn [20..1011]
    imported_model_identifier,            ///< ImportedModelIdentifier [1..1011]
    custom_model_deployment_arn,          ///< CustomModelDeploymentArn [0..1011]
    custom_model_deployment_identifier,   ///< CustomModelDeploymentIdentifier [1..93]
    account_id,                           ///< AccountId (no limits)
    tag_key,                              ///< TagKey [1..128] (same in bedrock-runtime)
    tag_value,                            ///< TagValue [0..256] (same in bedrock-runtime)
    taggable_resources_arn,               ///< TaggableResourcesArn [20..1011], `docs/json.md` policy: a profile ARN with an account
    idempotency_token,                    ///< IdempotencyToken [1..256]
    // bedrock-runtime
    invoke_model_identifier,              ///< rt InvokeModelIdentifier [1..2048]
    conversational_model_id,              ///< rt ConversationalModelId [1..2048]
    invoked_model_id,                     ///< rt InvokedModelId (no limits)
    async_invoke_identifier,              ///< rt AsyncInvokeIdentifier [1..256]
    async_invoke_arn,                     ///< rt AsyncInvokeArn [1..2048]
    invocation_arn,                       ///< rt InvocationArn [1..2048]
    foundation_model_version_identifier,  ///< rt FoundationModelVersionIdentifier [1..256]
    // policy shapes (`docs/json.md`)
    foundation_model_arn_relaxed,         ///< FoundationModelArn with region `{0,20}` (global profiles list region-less FM ARNs)
    pagination_token,                     ///< PaginationToken [1..2048] `\S*`
    provider,                             ///< Provider `[A-Za-z0-9- ]{1,63}`
    branded_name,                         ///< BrandedName [1..20] `.*`
};

/** The length limits of a shape; `max` is `shape_limits::unbounded` when the model gives none. */
struct shape_limits {
    static constexpr std::uint32_t unbounded = detail::unbounded; ///< no maximum
    std::uint32_t min = 0;                                         ///< minimum length (bytes)
    std::uint32_t max = unbounded;                                 ///< maximum length (bytes)
};

/// The wire spellings of @ref shape: the `name` column of the shape table (AWS shape names).
template <>
struct wire_names<shape> {
    static constexpr auto names = [] {
        std::array<std::string_view, detail::shape_table.size()> a{};
        for (std::size_t i = 0; i < a.size(); ++i) a[i] = detail::shape_table[i].name;
        return a;
    }();
};

/** The AWS shape name (`"InferenceProfileArn"`); policy shapes: `"FoundationModelArnRelaxed"`,
    `"PaginationToken"`, `"Provider"`, `"BrandedName"`. */
[[nodiscard]] constexpr std::string_view to_string(shape s) noexcept { return wire_name(s); }

/** The shape with this AWS name, exactly. */
[[nodiscard]] constexpr std::optional<shape> parse_shape(std::string_view name) noexcept { return parse_wire_name<shape>(name); }

static_assert(detail::shape_table.size() == static_cast<std::size_t>(shape::branded_name) + 1,
              "detail::shape_table has one row per shape, in enum order");

/// Every shape, in enum order.
inline constexpr std::array<shape, 40> all_shapes = [] {
    std::array<shape, 40> a{};
    for (std::size_t i = 0; i < a.size(); ++i) a[i] = static_cast<shape>(i);
    return a;
}();

/** The length limits of a shape (`docs/identifiers.md`, `docs/json.md`). */
[[nodiscard]] constexpr shape_limits limits(shape s) noexcept {
    auto const i = static_cast<std::size_t>(s);
    if (i >= detail::shape_table.size()) return shape_limits{};
    return shape_limits{detail::shape_table[i].limits.min, detail::shape_table[i].limits.max};
}

namespace detail {
/** The grammar rule of shape `S`. Naming one shape instantiates only that shape's rule: the member checks
    of the JSON layer and the request checks call the `check_*<S>` forms below, so a TU that reads one
    document instantiates the grammars of the shapes its members have, not all 40. */
template <shape S>
constexpr auto const& shape_rule() noexcept {
    namespace g = shapes;
    if constexpr (S == shape::inference_profile_arn) return (g::inference_profile_arn<>);
    else if constexpr (S == shape::inference_profile_id) return (g::bare_profile<>);
    else if constexpr (S == shape::inference_profile_identifier) return (g::inference_profile_identifier<>);
    else if constexpr (S == shape::inference_profile_name) return (g::name_space<>);
    else if constexpr (S == shape::inference_profile_description) return (g::description<>);
    else if constexpr (S == shape::inference_profile_model_source_arn) return (g::inference_profile_model_source_arn<>);
    else if constexpr (S == shape::foundation_model_arn) return (g::foundation_model_arn<>);
    else if constexpr (S == shape::bedrock_model_id) return (g::bedrock_model_id<>);
    else if constexpr (S == shape::get_foundation_model_identifier) return (g::get_foundation_model_identifier<>);
    else if constexpr (S == shape::model_identifier) return (g::model_identifier<>);
    else if constexpr (S == shape::model_arn) return (g::model_arn<>);
    else if constexpr (S == shape::model_id) return (g::model_id<>);
    else if constexpr (S == shape::prompt_router_arn) return (g::prompt_router_arn<>);
    else if constexpr (S == shape::prompt_router_name) return (g::name_space<>);
    else if constexpr (S == shape::prompt_router_description) return (g::description<>);
    else if constexpr (S == shape::prompt_router_target_model_arn) return (g::prompt_router_target_model_arn<>);
    else if constexpr (S == shape::provisioned_model_arn) return (g::provisioned_model_arn<>);
    else if constexpr (S == shape::provisioned_model_id) return (g::provisioned_model_id<>);
    else if constexpr (S == shape::provisioned_model_name) return (g::name_underscore<>);
    else if constexpr (S == shape::custom_model_arn) return (g::custom_model_arn<>);
    else if constexpr (S == shape::imported_model_arn) return (g::imported_model_arn<>);
    else if constexpr (S == shape::imported_model_identifier) return (g::imported_model_identifier<>);
    else if constexpr (S == shape::custom_model_deployment_arn) return (g::custom_model_deployment_arn<>);
    else if constexpr (S == shape::custom_model_deployment_identifier) return (g::custom_model_deployment_identifier<>);
    else if constexpr (S == shape::account_id) return (g::account_id<>);
    else if constexpr (S == shape::tag_key) return (g::tag<>);
    else if constexpr (S == shape::tag_value) return (g::tag<>);
    else if constexpr (S == shape::taggable_resources_arn) return (g::taggable_resources_arn<>);
    else if constexpr (S == shape::idempotency_token) return (g::idempotency_token<>);
    else if constexpr (S == shape::invoke_model_identifier) return (g::invoke_model_identifier<>);
    else if constexpr (S == shape::conversational_model_id) return (g::invoke_model_identifier<>);
    else if constexpr (S == shape::invoked_model_id) return (g::invoked_model_id<>);
    else if constexpr (S == shape::async_invoke_identifier) return (g::async_identifier<>);
    else if constexpr (S == shape::async_invoke_arn) return (g::async_invoke_arn<>);
    else if constexpr (S == shape::invocation_arn) return (g::invocation_arn<>);
    else if constexpr (S == shape::foundation_model_version_identifier) return (g::async_identifier<>);
    else if constexpr (S == shape::foundation_model_arn_relaxed) return (g::foundation_model_arn_relaxed<>);
    else if constexpr (S == shape::pagination_token) return (g::pagination_token<>);
    else if constexpr (S == shape::provider) return (g::provider<>);
    else if constexpr (S == shape::branded_name) return (g::branded_name<>);
    else static_assert(S != S, "not a shape of all_shapes");
}

/** Calls `f.template operator()<S>()` with the shape `sh` as a template argument (`sh` must be one of
    @ref all_shapes): the one run-time dispatch over the shapes, used by the run-time `check_*(shape, …)`. */
template <class F>
constexpr auto visit_shape(shape sh, F&& f) {
    switch (sh) {
    case shape::inference_profile_arn: return f.template operator()<shape::inference_profile_arn>();
    case shape::inference_profile_id: return f.template operator()<shape::inference_profile_id>();
    case shape::inference_profile_identifier: return f.template operator()<shape::inference_profile_identifier>();
    case shape::inference_profile_name: return f.template operator()<shape::inference_profile_name>();
    case shape::inference_profile_description: return f.template operator()<shape::inference_profile_description>();
    case shape::inference_profile_model_source_arn: return f.template operator()<shape::inference_profile_model_source_arn>();
    case shape::foundation_model_arn: return f.template operator()<shape::foundation_model_arn>();
    case shape::bedrock_model_id: return f.template operator()<shape::bedrock_model_id>();
    case shape::get_foundation_model_identifier: return f.template operator()<shape::get_foundation_model_identifier>();
    case shape::model_identifier: return f.template operator()<shape::model_identifier>();
    case shape::model_arn: return f.template operator()<shape::model_arn>();
    case shape::model_id: return f.template operator()<shape::model_id>();
    case shape::prompt_router_arn: return f.template operator()<shape::prompt_router_arn>();
    case shape::prompt_router_name: return f.template operator()<shape::prompt_router_name>();
    case shape::prompt_router_description: return f.template operator()<shape::prompt_router_description>();
    case shape::prompt_router_target_model_arn: return f.template operator()<shape::prompt_router_target_model_arn>();
    case shape::provisioned_model_arn: return f.template operator()<shape::provisioned_model_arn>();
    case shape::provisioned_model_id: return f.template operator()<shape::provisioned_model_id>();
    case shape::provisioned_model_name: return f.template operator()<shape::provisioned_model_name>();
    case shape::custom_model_arn: return f.template operator()<shape::custom_model_arn>();
    case shape::imported_model_arn: return f.template operator()<shape::imported_model_arn>();
    case shape::imported_model_identifier: return f.template operator()<shape::imported_model_identifier>();
    case shape::custom_model_deployment_arn: return f.template operator()<shape::custom_model_deployment_arn>();
    case shape::custom_model_deployment_identifier: return f.template operator()<shape::custom_model_deployment_identifier>();
    case shape::account_id: return f.template operator()<shape::account_id>();
    case shape::tag_key: return f.template operator()<shape::tag_key>();
    case shape::tag_value: return f.template operator()<shape::tag_value>();
    case shape::taggable_resources_arn: return f.template operator()<shape::taggable_resources_arn>();
    case shape::idempotency_token: return f.template operator()<shape::idempotency_token>();
    case shape::invoke_model_identifier: return f.template operator()<shape::invoke_model_identifier>();
    case shape::conversational_model_id: return f.template operator()<shape::conversational_model_id>();
    case shape::invoked_model_id: return f.template operator()<shape::invoked_model_id>();
    case shape::async_invoke_identifier: return f.template operator()<shape::async_invoke_identifier>();
    case shape::async_invoke_arn: return f.template operator()<shape::async_invoke_arn>();
    case shape::invocation_arn: return f.template operator()<shape::invocation_arn>();
    case shape::foundation_model_version_identifier: return f.template operator()<shape::foundation_model_version_identifier>();
    case shape::foundation_model_arn_relaxed: return f.template operator()<shape::foundation_model_arn_relaxed>();
    case shape::pagination_token: return f.template operator()<shape::pagination_token>();
    case shape::provider: return f.template operator()<shape::provider>();
    case shape::branded_name: return f.template operator()<shape::branded_name>();
    }
    return f.template operator()<shape::account_id>(); // not reached: callers check the range first
}

/** Calls `f(rule)` with the grammar rule of shape `sh` (`sh` must be one of @ref all_shapes). */
template <class F>
constexpr auto visit_shape_rule(shape sh, F&& f) {
    return visit_shape(sh, [&]<shape S>() { return f(shape_rule<S>()); });
}
} // namespace detail

/** Checks `value` against a shape exactly as AWS states it (the syntax layer): length within the
    shape's limits and a full match of its botocore pattern.

    The offset follows `docs/identifiers.md`: the first byte at which no valid value can start with the
    input's bytes so far (the maximum over the branches of a union), the length when the input is an
    incomplete valid prefix, and the shape's maximum length when the input is longer and the pattern did not
    fail earlier. Never allocates; usable at compile time.

    `check_syntax<S>(value)` names the shape at compile time and instantiates only its grammar;
    `check_syntax(sh, value)` takes a run-time shape.

    @par Example
    @code
    static_assert(!bedrock::check_syntax<bedrock::shape::foundation_model_arn>(
        "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"));
    constexpr auto e = bedrock::check_syntax(bedrock::shape::foundation_model_arn,
        "arn:aws:bedrock:us-east-1:123456789012:foundation-model/anthropic.claude-v2");
    static_assert(e->code == bedrock::errc::account_not_allowed && e->offset == 26);
    @endcode
*/
template <shape S>
[[nodiscard]] constexpr std::optional<parse_error> check_syntax(std::string_view value) noexcept {
    constexpr auto lim = limits(S);
    return detail::check_full(detail::shape_rule<S>(), value, lim.min, lim.max);
}

/** @ref check_syntax for a shape known only at run time: one switch, then the shape's own checker. A
    template, so that a TU that never calls it does not instantiate all 40 grammars; with a constant shape,
    prefer `check_syntax<S>(value)`, which instantiates one. */
template <int = 0>
[[nodiscard]] constexpr std::optional<parse_error> check_syntax(shape sh, std::string_view value) noexcept {
    if (static_cast<std::size_t>(sh) >= detail::shape_table.size()) return parse_error{errc::invalid_character, 0};
    return detail::visit_shape(sh, [&]<shape S>() { return check_syntax<S>(value); });
}

namespace detail {
/// What the strict layer adds to a shape's syntax check (see @ref check_strict).
enum class strict_rule : std::uint8_t {
    none,                  ///< account ids, tags, tokens, the policy shapes
    bedrock_arn,           ///< @ref parse_bedrock_arn
    any_profile_id,        ///< an application or a cross-region profile id
    arn_or_profile_id,     ///< InferenceProfileIdentifier
    no_trailing_separator, ///< names and descriptions
    model_id_before_slash, ///< BedrockModelId: @ref check_model_id of the text before `/`
    arn_or_model_id,       ///< GetFoundationModelIdentifier
    classified,            ///< @ref classify_model_identifier must not say `invalid`
};

constexpr strict_rule strict_rule_of(shape sh) noexcept {
    switch (sh) {
    case shape::inference_profile_arn:
    case shape::inference_profile_model_source_arn:
    case shape::foundation_model_arn:
    case shape::model_arn:
    case shape::prompt_router_arn:
    case shape::prompt_router_target_model_arn:
    case shape::provisioned_model_arn:
    case shape::custom_model_arn:
    case shape::imported_model_arn:
    case shape::custom_model_deployment_arn:
    case shape::taggable_resources_arn:
    case shape::invoked_model_id:
    case shape::async_invoke_arn:
    case shape::invocation_arn:
    case shape::foundation_model_arn_relaxed: return strict_rule::bedrock_arn;
    case shape::inference_profile_id: return strict_rule::any_profile_id;
    case shape::inference_profile_identifier: return strict_rule::arn_or_profile_id;
    case shape::inference_profile_name:
    case shape::inference_profile_description:
    case shape::prompt_router_name:
    case shape::prompt_router_description: return strict_rule::no_trailing_separator;
    case shape::bedrock_model_id: return strict_rule::model_id_before_slash;
    case shape::get_foundation_model_identifier: return strict_rule::arn_or_model_id;
    case shape::model_identifier:
    case shape::model_id:
    case shape::provisioned_model_id:
    case shape::imported_model_identifier:
    case shape::custom_model_deployment_identifier:
    case shape::invoke_model_identifier:
    case shape::conversational_model_id:
    case shape::async_invoke_identifier:
    case shape::foundation_model_version_identifier: return strict_rule::classified;
    case shape::provisioned_model_name:
    case shape::account_id:
    case shape::tag_key:
    case shape::tag_value:
    case shape::idempotency_token:
    case shape::pagination_token:
    case shape::provider:
    case shape::branded_name: return strict_rule::none;
    }
    return strict_rule::none;
}

/// Runs the strict layer's rule `R` on a value that passed the syntax layer.
template <strict_rule R>
constexpr std::optional<parse_error> run_strict_rule(std::string_view value) noexcept {
    [[maybe_unused]] bool const is_arn = value.substr(0, arn_prefix.size()) == arn_prefix;
    if constexpr (R == strict_rule::bedrock_arn) return check_bedrock_arn(value);
    else if constexpr (R == strict_rule::any_profile_id) return check_any_profile_id(value);
    else if constexpr (R == strict_rule::arn_or_profile_id) return is_arn ? check_bedrock_arn(value) : check_any_profile_id(value);
    else if constexpr (R == strict_rule::no_trailing_separator) return check_no_trailing_separator(value);
    else if constexpr (R == strict_rule::model_id_before_slash) return check_model_id(value.substr(0, value.find('/')));
    else if constexpr (R == strict_rule::arn_or_model_id) return is_arn ? check_bedrock_arn(value) : check_model_id(value);
    else if constexpr (R == strict_rule::classified) return check_classified(value);
    else return std::nullopt;
}
} // namespace detail

/** Checks `value` with the strict layer: the syntax layer, then `docs/identifiers.md` checks.

    - ARN shapes: @ref parse_bedrock_arn (known partition, region in that partition, account rules,
      id grammar of the kind, geo of a profile id). A region-less FM ARN passes exactly when
      @ref parse_bedrock_arn accepts it, so the JSON reader and `parse` agree.
    - Bare profile ids: an application profile id or @ref check_profile_id.
    - Names and descriptions: no trailing separator (`trailing_separator` at the last byte).
    - Model identifiers (ModelId, ModelIdentifier, the runtime invoke ids, …): @ref classify_model_identifier
      must not say `invalid`.
    - Account ids, tags, tokens and the other policy shapes have no extra rule.

    `check_strict<S>(value)` names the shape at compile time; `check_strict(sh, value)` takes a run-time shape.

    @par Example
    @code
    constexpr auto e = bedrock::check_strict<bedrock::shape::inference_profile_id>(
        "zz.anthropic.claude-3-5-sonnet-20241022-v2:0");
    static_assert(e->code == bedrock::errc::unknown_geo && e->offset == 0);
    @endcode
*/
template <shape S>
[[nodiscard]] constexpr std::optional<parse_error> check_strict(std::string_view value) noexcept {
    if (auto e = check_syntax<S>(value)) return e;
    return detail::run_strict_rule<detail::strict_rule_of(S)>(value);
}

/** @ref check_strict for a shape known only at run time (see `check_syntax(sh, value)`). */
template <int = 0>
[[nodiscard]] constexpr std::optional<parse_error> check_strict(shape sh, std::string_view value) noexcept {
    if (static_cast<std::size_t>(sh) >= detail::shape_table.size()) return parse_error{errc::invalid_character, 0};
    return detail::visit_shape(sh, [&]<shape S>() { return check_strict<S>(value); });
}

namespace detail {
constexpr std::uint64_t kind_bit(resource_kind k) noexcept { return std::uint64_t{1} << static_cast<unsigned>(k); }
inline constexpr std::uint64_t fm_kind = kind_bit(resource_kind::foundation_model);
inline constexpr std::uint64_t profile_kinds =
    kind_bit(resource_kind::inference_profile) | kind_bit(resource_kind::application_inference_profile);
static_assert(all_resource_kinds.size() <= 64, "the kind sets of arn_kinds_of are 64-bit masks");

/// The resource kinds a shape that holds exactly one Bedrock ARN takes, as a bit set; 0 for other shapes.
constexpr std::uint64_t arn_kinds_of(shape sh) noexcept {
    switch (sh) {
    case shape::inference_profile_arn:
    case shape::taggable_resources_arn: return profile_kinds;
    case shape::inference_profile_model_source_arn: return fm_kind | kind_bit(resource_kind::inference_profile);
    case shape::foundation_model_arn:
    case shape::model_arn:
    case shape::foundation_model_arn_relaxed: return fm_kind | (sh == shape::model_arn ? kind_bit(resource_kind::custom_model) : 0);
    case shape::prompt_router_arn: return kind_bit(resource_kind::default_prompt_router);
    case shape::prompt_router_target_model_arn: return fm_kind | profile_kinds;
    case shape::provisioned_model_arn: return kind_bit(resource_kind::provisioned_model);
    case shape::custom_model_arn: return kind_bit(resource_kind::custom_model);
    case shape::imported_model_arn: return kind_bit(resource_kind::imported_model);
    case shape::custom_model_deployment_arn: return kind_bit(resource_kind::custom_model_deployment);
    case shape::invocation_arn: return kind_bit(resource_kind::async_invoke);
    default: return 0;
    }
}
} // namespace detail

/** True when `sh` holds exactly one Bedrock ARN and a `k` ARN is one of the kinds it takes
    (`InferenceProfileArn`: `inference-profile`, `application-inference-profile`; `FoundationModelArn`:
    `foundation-model`; …). False for the identifier shapes that also take plain ids. */
[[nodiscard]] constexpr bool shape_takes_kind(shape sh, resource_kind k) noexcept {
    return (detail::arn_kinds_of(sh) & detail::kind_bit(k)) != 0;
}

/** The verdict of the typed parser for a shape's kind, bounded by AWS's pattern: the one verdict of the
    JSON reader for identifier members, equal to `parse`'s (`docs/identifiers.md`, "One verdict").

    - ARN shapes (@ref shape_takes_kind): @ref parse_bedrock_arn's error (code and offset) when it rejects;
      `wrong_resource_type` at the resource type when the ARN parses to a kind the shape does not take; else
      @ref check_syntax, where AWS's pattern is narrower than the typed parser (AWS wins: a partition outside
      the pattern's list, a region-less foundation-model ARN outside `FoundationModelArnRelaxed`).
    - `InferenceProfileId`: an application profile id or @ref check_profile_id, then the pattern.
    - `BedrockModelId`: @ref check_model_id of the text before `/`, then the pattern.
    - Every other shape: @ref check_strict.

    `check_typed<S>(value)` names the shape at compile time; `check_typed(sh, value)` takes a run-time shape.

    @par Example
    @code
    constexpr auto e = bedrock::check_typed<bedrock::shape::inference_profile_arn>(
        "arn:aws:bedrock:us-east-1:123456789012:agent/PXINSLJAOL");
    static_assert(e->code == bedrock::errc::wrong_resource_type && e->offset == 39);
    @endcode
*/
template <shape S>
[[nodiscard]] constexpr std::optional<parse_error> check_typed(std::string_view value) noexcept {
    if constexpr (detail::arn_kinds_of(S) != 0) {
        auto const b = parse_bedrock_arn(value);
        if (!b) return b.error();
        if (!shape_takes_kind(S, b->kind))
            return parse_error{errc::wrong_resource_type, static_cast<std::uint32_t>(b->arn.offset_of(4))};
        return check_syntax<S>(value);
    } else if constexpr (S == shape::inference_profile_id) {
        if (auto e = detail::check_any_profile_id(value)) return e;
        return check_syntax<S>(value);
    } else if constexpr (S == shape::bedrock_model_id) {
        if (auto e = check_model_id(value.substr(0, value.find('/')))) return e;
        return check_syntax<S>(value);
    } else {
        return check_strict<S>(value);
    }
}

/** @ref check_typed for a shape known only at run time (see `check_syntax(sh, value)`). */
template <int = 0>
[[nodiscard]] constexpr std::optional<parse_error> check_typed(shape sh, std::string_view value) noexcept {
    if (static_cast<std::size_t>(sh) >= detail::shape_table.size()) return parse_error{errc::invalid_character, 0};
    return detail::visit_shape(sh, [&]<shape S>() { return check_typed<S>(value); });
}

} // namespace bedrock

#endif // BEDROCK_SHAPE_HPP
