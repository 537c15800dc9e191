#ifndef BEDROCK_API_HPP
#define BEDROCK_API_HPP

#include <bedrock/inference_profile_type.hpp>
#include <bedrock/prompt_router_type.hpp>
#include <bedrock/timestamp.hpp>
#include <bedrock/wire_name.hpp>

#include <array>        // std::array (wire tables)
#include <cstdint>      // std::uint8_t
#include <optional>     // std::optional (optional members)
#include <string>       // std::string (members)
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <vector>       // std::vector (lists)

/** @file
    Plain C++ aggregates of the Bedrock control-plane JSON: the requests and responses of
    CreateInferenceProfile, Get/ListInferenceProfiles and Get/ListFoundationModels, and their enums
    (`docs/json.md`; the Bedrock service model, botocore `data/bedrock/2023-04-20/service-2.json`).
    CloudFormation documents are in `<bedrock/cloudformation.hpp>`.

    This header has no Boost dependency. Their JSON conversions (Boost.Describe + Boost.JSON) live only in
    `<bedrock/json/api.hpp>` (with the entry points of `<bedrock/json.hpp>`). Members appear in the model's order, which is also the order JSON writers emit.
    Names are C++ snake_case; the JSON names are derived from them (`inference_profile_arn` →
    `inferenceProfileArn` in API documents, `InferenceProfileArn` in CloudFormation).
*/

namespace bedrock {

// ----------------------------------------------------------------------------------------------------------
// enums
// ----------------------------------------------------------------------------------------------------------

/** `InferenceProfileStatus`: a closed enum with the single model value `ACTIVE`.

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::inference_profile_status::active) == "ACTIVE");
    @endcode
*/
enum class inference_profile_status : std::uint8_t {
    active, ///< `ACTIVE`
};

/** `FoundationModelLifecycleStatus`: a closed enum, `ACTIVE` or `LEGACY`. */
enum class foundation_model_lifecycle_status : std::uint8_t {
    active, ///< `ACTIVE`
    legacy, ///< `LEGACY`
};

/** `ModelModality`: an open enum; `VIDEO` and other unknown strings are kept by @ref open_enum. */
enum class model_modality : std::uint8_t {
    text,      ///< `TEXT`
    image,     ///< `IMAGE`
    embedding, ///< `EMBEDDING`
};

/** `InferenceType`: an open enum; `INFERENCE_PROFILE` (seen in real responses) is kept by @ref open_enum. */
enum class inference_type : std::uint8_t {
    on_demand,   ///< `ON_DEMAND`
    provisioned, ///< `PROVISIONED`
};

/** `ModelCustomization`: an open enum. */
enum class model_customization : std::uint8_t {
    fine_tuning,            ///< `FINE_TUNING`
    continued_pre_training, ///< `CONTINUED_PRE_TRAINING`
    distillation,           ///< `DISTILLATION`
};

/// The wire spellings of @ref inference_profile_status.
template <> struct wire_names<inference_profile_status> {
    static constexpr std::array<std::string_view, 1> names{"ACTIVE"};
};
/// The wire spellings of @ref foundation_model_lifecycle_status.
template <> struct wire_names<foundation_model_lifecycle_status> {
    static constexpr std::array<std::string_view, 2> names{"ACTIVE", "LEGACY"};
};
/// The wire spellings of @ref model_modality (the values the model lists; others are kept by @ref open_enum).
template <> struct wire_names<model_modality> {
    static constexpr std::array<std::string_view, 3> names{"TEXT", "IMAGE", "EMBEDDING"};
};
/// The wire spellings of @ref inference_type.
template <> struct wire_names<inference_type> {
    static constexpr std::array<std::string_view, 2> names{"ON_DEMAND", "PROVISIONED"};
};
/// The wire spellings of @ref model_customization.
template <> struct wire_names<model_customization> {
    static constexpr std::array<std::string_view, 3> names{"FINE_TUNING", "CONTINUED_PRE_TRAINING",
                                                                            "DISTILLATION"};
};

/// Wire spelling (`"ACTIVE"`).
[[nodiscard]] constexpr std::string_view to_string(inference_profile_status e) noexcept {
    return wire_name(e);
}
/// Wire spelling (`"ACTIVE"`, `"LEGACY"`).
[[nodiscard]] constexpr std::string_view to_string(foundation_model_lifecycle_status e) noexcept {
    return wire_name(e);
}
/// Wire spelling (`"TEXT"`, …).
[[nodiscard]] constexpr std::string_view to_string(model_modality e) noexcept {
    return wire_name(e);
}
/// Wire spelling (`"ON_DEMAND"`, `"PROVISIONED"`).
[[nodiscard]] constexpr std::string_view to_string(inference_type e) noexcept {
    return wire_name(e);
}
/// Wire spelling (`"FINE_TUNING"`, …).
[[nodiscard]] constexpr std::string_view to_string(model_customization e) noexcept {
    return wire_name(e);
}
/// Parses the exact wire spelling (case-sensitive).
[[nodiscard]] constexpr std::optional<inference_profile_status> parse_inference_profile_status(std::string_view s) noexcept {
    return parse_wire_name<inference_profile_status>(s);
}
/// Parses the exact wire spelling (case-sensitive).
[[nodiscard]] constexpr std::optional<foundation_model_lifecycle_status>
parse_foundation_model_lifecycle_status(std::string_view s) noexcept {
    return parse_wire_name<foundation_model_lifecycle_status>(s);
}
/// Parses the exact wire spelling (case-sensitive).
[[nodiscard]] constexpr std::optional<model_modality> parse_model_modality(std::string_view s) noexcept {
    return parse_wire_name<model_modality>(s);
}
/// Parses the exact wire spelling (case-sensitive).
[[nodiscard]] constexpr std::optional<inference_type> parse_inference_type(std::string_view s) noexcept {
    return parse_wire_name<inference_type>(s);
}
/// Parses the exact wire spelling (case-sensitive).
[[nodiscard]] constexpr std::optional<model_customization> parse_model_customization(std::string_view s) noexcept {
    return parse_wire_name<model_customization>(s);
}

/** A value of an open enum: the known enumerator when the string is a model value, and always the raw string.

    Real responses carry values the model does not list (`VIDEO`, `INFERENCE_PROFILE`); they are kept verbatim
    in `raw()` with `known()` empty, so reading and writing gives the same JSON back.

    @par Example
    @code
    bedrock::open_enum<bedrock::model_modality> v{"VIDEO"};
    assert(!v.known() && v.raw() == "VIDEO");
    bedrock::open_enum<bedrock::model_modality> t{bedrock::model_modality::text};
    assert(t == bedrock::model_modality::text && t.raw() == "TEXT");
    @endcode
*/
template <class E>
class open_enum {
public:
    /// An empty raw string (not a valid value; what a default-constructed member holds before reading).
    open_enum() = default;
    /// A known value.
    open_enum(E e) : known_(e), raw_(wire_enum<E>::to_string(e)) {} // NOLINT: implicit on purpose
    /// Any wire string; `known()` is set when it is a model value.
    explicit open_enum(std::string raw) : known_(wire_enum<E>::parse(raw)), raw_(std::move(raw)) {}
    /// Same as the `std::string` constructor.
    explicit open_enum(char const* raw) : open_enum(std::string(raw)) {}

    /// The enumerator, or empty for a value the model does not list.
    [[nodiscard]] std::optional<E> known() const noexcept { return known_; }
    /// The wire string as read or as implied by the enumerator.
    [[nodiscard]] std::string const& raw() const noexcept { return raw_; }
    /// True when the value is one of the model's values.
    [[nodiscard]] bool is_known() const noexcept { return known_.has_value(); }

    friend bool operator==(open_enum const& a, open_enum const& b) noexcept { return a.raw_ == b.raw_; }
    friend bool operator==(open_enum const& a, E b) noexcept { return a.known_ == b; }

private:
    std::optional<E> known_;
    std::string raw_;
};

// ----------------------------------------------------------------------------------------------------------
// Bedrock API documents (`docs/json.md`)
// ----------------------------------------------------------------------------------------------------------

/** `Tag` (`{key, value}`, both required). @par Example @code bedrock::tag t{"team", "support"}; @endcode */
struct tag {
    std::string key;   ///< TagKey, 1..128, `[a-zA-Z0-9\s._:/=+@-]*`
    std::string value; ///< TagValue, 0..256, same characters
    friend bool operator==(tag const&, tag const&) = default;
};

/** `InferenceProfileModelSource`: a union whose only member is `copyFrom` (an FM or system-defined profile ARN).

    @par Example
    @code
    bedrock::inference_profile_model_source s{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"};
    @endcode
*/
struct inference_profile_model_source {
    std::string copy_from; ///< InferenceProfileModelSourceArn
    friend bool operator==(inference_profile_model_source const&, inference_profile_model_source const&) = default;
};

/** The body of `CreateInferenceProfile` (`POST /inference-profiles`). A request: unknown members are rejected
    and every member is validated (V) when read.

    @par Example
    @code
    bedrock::create_inference_profile_request r{
        "support-chatbot", "Cost tracking", std::nullopt,
        {"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}, std::vector<bedrock::tag>{{"team", "support"}}};
    @endcode
*/
struct create_inference_profile_request {
    std::string inference_profile_name;                 ///< required
    std::optional<std::string> description;             ///< optional
    std::optional<std::string> client_request_token;    ///< optional (IdempotencyToken)
    inference_profile_model_source model_source;        ///< required
    std::optional<std::vector<tag>> tags;               ///< optional; `[]` and absent are kept apart
    friend bool operator==(create_inference_profile_request const&, create_inference_profile_request const&) = default;
};

/** The response of `CreateInferenceProfile`. @par Example @code bedrock::create_inference_profile_response r{"arn:…", bedrock::inference_profile_status::active}; @endcode */
struct create_inference_profile_response {
    std::string inference_profile_arn;              ///< required
    std::optional<inference_profile_status> status; ///< optional
    friend bool operator==(create_inference_profile_response const&, create_inference_profile_response const&) = default;
};

/** `InferenceProfileModel`: one foundation-model ARN a profile routes to (`modelArn` is optional in the model). */
struct inference_profile_model {
    std::optional<std::string> model_arn; ///< relaxed FoundationModelArn (region may be empty)
    friend bool operator==(inference_profile_model const&, inference_profile_model const&) = default;
};

/** `InferenceProfileSummary`, identical to `GetInferenceProfileResponse` (`docs/json.md`).

    @par Example
    @code
    bedrock::inference_profile_summary s;
    s.inference_profile_id = "k3x9q2mz7w4p";
    s.type = bedrock::inference_profile_type::application;
    @endcode
*/
struct inference_profile_summary {
    std::string inference_profile_name;          ///< required; read without pattern (SYSTEM_DEFINED names have `.`)
    std::optional<std::string> description;      ///< optional; read without pattern
    std::optional<timestamp> created_at;         ///< optional
    std::optional<timestamp> updated_at;         ///< optional
    std::string inference_profile_arn;           ///< required; InferenceProfileArn
    std::vector<inference_profile_model> models; ///< required, at least one
    std::string inference_profile_id;            ///< required; InferenceProfileId
    inference_profile_status status{};           ///< required
    inference_profile_type type{};               ///< required
    friend bool operator==(inference_profile_summary const&, inference_profile_summary const&) = default;
};

/// `GetInferenceProfile` returns exactly the members of a summary.
using get_inference_profile_response = inference_profile_summary;

/** The response of `ListInferenceProfiles` (one page). The last page has no `nextToken`. */
struct list_inference_profiles_response {
    std::optional<std::vector<inference_profile_summary>> inference_profile_summaries; ///< optional
    std::optional<std::string> next_token;                                             ///< optional
    friend bool operator==(list_inference_profiles_response const&, list_inference_profiles_response const&) = default;
};

/** `FoundationModelLifecycle` (`docs/json.md`). */
struct foundation_model_lifecycle {
    foundation_model_lifecycle_status status{};            ///< required, closed enum
    std::optional<timestamp> start_of_life_time;           ///< optional
    std::optional<timestamp> end_of_life_time;             ///< optional
    std::optional<timestamp> legacy_time;                  ///< optional
    std::optional<timestamp> public_extended_access_time;  ///< optional (added in 2026)
    friend bool operator==(foundation_model_lifecycle const&, foundation_model_lifecycle const&) = default;
};

/** `FoundationModelSummary`, identical to `FoundationModelDetails` (`docs/json.md`). */
struct foundation_model_summary {
    std::string model_arn;                                                      ///< required; relaxed FM ARN
    std::string model_id;                                                       ///< required
    std::optional<std::string> model_name;                                      ///< optional (may exceed 20)
    std::optional<std::string> provider_name;                                   ///< optional
    std::optional<std::vector<open_enum<model_modality>>> input_modalities;     ///< optional, open enum
    std::optional<std::vector<open_enum<model_modality>>> output_modalities;    ///< optional, open enum
    std::optional<bool> response_streaming_supported;                           ///< optional, JSON boolean
    std::optional<std::vector<open_enum<model_customization>>> customizations_supported; ///< optional
    std::optional<std::vector<open_enum<inference_type>>> inference_types_supported;     ///< optional
    std::optional<foundation_model_lifecycle> model_lifecycle;                  ///< optional
    friend bool operator==(foundation_model_summary const&, foundation_model_summary const&) = default;
};

/** The response of `ListFoundationModels` (no pagination). */
struct list_foundation_models_response {
    std::optional<std::vector<foundation_model_summary>> model_summaries; ///< optional
    friend bool operator==(list_foundation_models_response const&, list_foundation_models_response const&) = default;
};

/** The response of `GetFoundationModel`. */
struct get_foundation_model_response {
    std::optional<foundation_model_summary> model_details; ///< optional
    friend bool operator==(get_foundation_model_response const&, get_foundation_model_response const&) = default;
};

// ---- prompt routers, tagging and empty responses (the request side, `docs/requests.md`) ----

/** `PromptRouterStatus`: a closed enum with the single model value `AVAILABLE`.

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::prompt_router_status::available) == "AVAILABLE");
    @endcode
*/
enum class prompt_router_status : std::uint8_t {
    available, ///< `AVAILABLE`
};
/// The wire spellings of @ref prompt_router_status.
template <> struct wire_names<prompt_router_status> {
    static constexpr std::array<std::string_view, 1> names{"AVAILABLE"};
};
/// The wire spelling (`AVAILABLE`).
[[nodiscard]] constexpr std::string_view to_string(prompt_router_status s) noexcept { return wire_name(s); }
/// Parses the exact wire spelling; `std::nullopt` for anything else.
[[nodiscard]] constexpr std::optional<prompt_router_status> parse_prompt_router_status(std::string_view s) noexcept {
    return parse_wire_name<prompt_router_status>(s);
}

/** `PromptRouterTargetModel`: `{modelArn}` (required), a foundation-model or inference-profile ARN. */
struct prompt_router_target_model {
    std::string model_arn; ///< required; PromptRouterTargetModelArn
    friend bool operator==(prompt_router_target_model const&, prompt_router_target_model const&) = default;
};

/** `RoutingCriteria`: `{responseQualityDifference}` (required), a number in 0..100. */
struct routing_criteria {
    double response_quality_difference = 0; ///< required; 0..100
    friend bool operator==(routing_criteria const&, routing_criteria const&) = default;
};

/** The body of `CreatePromptRouter` (`POST /prompt-routers`). A request: unknown members are rejected.

    @par Example
    @code
    bedrock::create_prompt_router_request r;
    r.prompt_router_name = "support-router";
    r.routing_criteria.response_quality_difference = 25;
    @endcode
*/
struct create_prompt_router_request {
    std::optional<std::string> client_request_token;     ///< optional (IdempotencyToken)
    std::string prompt_router_name;                      ///< required
    std::vector<prompt_router_target_model> models;      ///< required
    std::optional<std::string> description;              ///< optional
    bedrock::routing_criteria routing_criteria;          ///< required
    prompt_router_target_model fallback_model;           ///< required
    std::optional<std::vector<tag>> tags;                ///< optional
    friend bool operator==(create_prompt_router_request const&, create_prompt_router_request const&) = default;
};

/** The response of `CreatePromptRouter`: the new router's ARN (optional in the model). */
struct create_prompt_router_response {
    std::optional<std::string> prompt_router_arn; ///< optional
    friend bool operator==(create_prompt_router_response const&, create_prompt_router_response const&) = default;
};

/** `PromptRouterSummary`, identical to `GetPromptRouterResponse`: a router, its routing criteria, the models
    it routes between and the fallback model.

    @par Example
    @code
    bedrock::prompt_router_summary s;
    s.type = bedrock::prompt_router_type::default_;
    s.fallback_model.model_arn = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0";
    @endcode
*/
struct prompt_router_summary {
    std::string prompt_router_name;                  ///< required
    bedrock::routing_criteria routing_criteria;      ///< required
    std::optional<std::string> description;         ///< optional
    std::optional<timestamp> created_at;             ///< optional
    std::optional<timestamp> updated_at;             ///< optional
    std::string prompt_router_arn;                   ///< required
    std::vector<prompt_router_target_model> models;  ///< required
    prompt_router_target_model fallback_model;       ///< required
    prompt_router_status status{};                   ///< required
    prompt_router_type type{};                       ///< required
    friend bool operator==(prompt_router_summary const&, prompt_router_summary const&) = default;
};

/// `GetPromptRouter` returns exactly the members of a summary.
using get_prompt_router_response = prompt_router_summary;

/** The response of `ListPromptRouters` (one page). The last page has no `nextToken`. */
struct list_prompt_routers_response {
    std::optional<std::vector<prompt_router_summary>> prompt_router_summaries; ///< optional
    std::optional<std::string> next_token;                                     ///< optional
    friend bool operator==(list_prompt_routers_response const&, list_prompt_routers_response const&) = default;
};

/** The body of `TagResource` (`POST /tagResource`); the JSON name of `resource_arn` is `resourceARN`. */
struct tag_resource_request {
    std::string resource_arn; ///< required; TaggableResourcesArn
    std::vector<tag> tags;    ///< required; 0..200
    friend bool operator==(tag_resource_request const&, tag_resource_request const&) = default;
};

/** The body of `UntagResource` (`POST /untagResource`). */
struct untag_resource_request {
    std::string resource_arn;          ///< required; TaggableResourcesArn
    std::vector<std::string> tag_keys; ///< required; 0..200 TagKey
    friend bool operator==(untag_resource_request const&, untag_resource_request const&) = default;
};

/** The body of `ListTagsForResource` (`POST /listTagsForResource`). */
struct list_tags_for_resource_request {
    std::string resource_arn; ///< required; TaggableResourcesArn
    friend bool operator==(list_tags_for_resource_request const&, list_tags_for_resource_request const&) = default;
};

/** The response of `ListTagsForResource` (not paginated). */
struct list_tags_for_resource_response {
    std::optional<std::vector<tag>> tags; ///< optional
    friend bool operator==(list_tags_for_resource_response const&, list_tags_for_resource_response const&) = default;
};

/** The response of an operation whose output has no members (`DeleteInferenceProfile`, `DeletePromptRouter`,
    `TagResource`, `UntagResource`): an empty body or any JSON object (unknown members are skipped). */
struct empty_response {
    friend bool operator==(empty_response const&, empty_response const&) = default;
};


} // namespace bedrock

#endif // BEDROCK_API_HPP
