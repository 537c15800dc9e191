#ifndef BEDROCK_API_HPP
#define BEDROCK_API_HPP

#include <bedrock/inference_profile_type.hpp>
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
    `<bedrock/json.hpp>`. Members appear in the model's order, which is also the order JSON writers emit.
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


} // namespace bedrock

#endif // BEDROCK_API_HPP
