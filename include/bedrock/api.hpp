#ifndef BEDROCK_API_HPP
#define BEDROCK_API_HPP

#include <bedrock/inference_profile_type.hpp>
#include <bedrock/timestamp.hpp>

#include <array>        // std::array (wire tables)
#include <cstdint>      // std::uint8_t
#include <optional>     // std::optional (optional members)
#include <string>       // std::string (members)
#include <string_view>  // std::string_view
#include <utility>      // std::pair, std::move
#include <variant>      // std::variant (cfn_expr)
#include <vector>       // std::vector (lists)

/** @file
    Plain C++ aggregates of the Bedrock control-plane JSON (`docs/json.md`) and of a CloudFormation
    template holding `AWS::Bedrock::ApplicationInferenceProfile` resources (`docs/json.md`).

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

namespace detail {
inline constexpr std::array<std::string_view, 1> inference_profile_status_names{"ACTIVE"};
inline constexpr std::array<std::string_view, 2> lifecycle_status_names{"ACTIVE", "LEGACY"};
inline constexpr std::array<std::string_view, 3> model_modality_names{"TEXT", "IMAGE", "EMBEDDING"};
inline constexpr std::array<std::string_view, 2> inference_type_names{"ON_DEMAND", "PROVISIONED"};
inline constexpr std::array<std::string_view, 3> model_customization_names{"FINE_TUNING", "CONTINUED_PRE_TRAINING",
                                                                            "DISTILLATION"};

template <class E, std::size_t N>
constexpr std::string_view wire_name(std::array<std::string_view, N> const& t, E e) noexcept {
    auto const i = static_cast<std::size_t>(e);
    return i < N ? t[i] : std::string_view{"unknown"};
}
template <class E, std::size_t N>
constexpr std::optional<E> wire_parse(std::array<std::string_view, N> const& t, std::string_view s) noexcept {
    for (std::size_t i = 0; i < N; ++i)
        if (t[i] == s) return static_cast<E>(i);
    return std::nullopt;
}
} // namespace detail

/// Wire spelling (`"ACTIVE"`).
[[nodiscard]] constexpr std::string_view to_string(inference_profile_status e) noexcept {
    return detail::wire_name(detail::inference_profile_status_names, e);
}
/// Wire spelling (`"ACTIVE"`, `"LEGACY"`).
[[nodiscard]] constexpr std::string_view to_string(foundation_model_lifecycle_status e) noexcept {
    return detail::wire_name(detail::lifecycle_status_names, e);
}
/// Wire spelling (`"TEXT"`, …).
[[nodiscard]] constexpr std::string_view to_string(model_modality e) noexcept {
    return detail::wire_name(detail::model_modality_names, e);
}
/// Wire spelling (`"ON_DEMAND"`, `"PROVISIONED"`).
[[nodiscard]] constexpr std::string_view to_string(inference_type e) noexcept {
    return detail::wire_name(detail::inference_type_names, e);
}
/// Wire spelling (`"FINE_TUNING"`, …).
[[nodiscard]] constexpr std::string_view to_string(model_customization e) noexcept {
    return detail::wire_name(detail::model_customization_names, e);
}
/// Parses the exact wire spelling (case-sensitive).
[[nodiscard]] constexpr std::optional<inference_profile_status> parse_inference_profile_status(std::string_view s) noexcept {
    return detail::wire_parse<inference_profile_status>(detail::inference_profile_status_names, s);
}
/// Parses the exact wire spelling (case-sensitive).
[[nodiscard]] constexpr std::optional<foundation_model_lifecycle_status>
parse_foundation_model_lifecycle_status(std::string_view s) noexcept {
    return detail::wire_parse<foundation_model_lifecycle_status>(detail::lifecycle_status_names, s);
}
/// Parses the exact wire spelling (case-sensitive).
[[nodiscard]] constexpr std::optional<model_modality> parse_model_modality(std::string_view s) noexcept {
    return detail::wire_parse<model_modality>(detail::model_modality_names, s);
}
/// Parses the exact wire spelling (case-sensitive).
[[nodiscard]] constexpr std::optional<inference_type> parse_inference_type(std::string_view s) noexcept {
    return detail::wire_parse<inference_type>(detail::inference_type_names, s);
}
/// Parses the exact wire spelling (case-sensitive).
[[nodiscard]] constexpr std::optional<model_customization> parse_model_customization(std::string_view s) noexcept {
    return detail::wire_parse<model_customization>(detail::model_customization_names, s);
}

/** Maps an API enum to its wire table; specialised for every enum of this header and for
    `inference_profile_type`. Used by the generic JSON conversion.

    @par Example
    @code
    static_assert(bedrock::wire_enum<bedrock::model_modality>::parse("IMAGE") == bedrock::model_modality::image);
    @endcode
*/
template <class E>
struct wire_enum;

/// Wire table of `inference_profile_status`.
template <>
struct wire_enum<inference_profile_status> {
    static constexpr std::string_view to_string(inference_profile_status e) noexcept { return bedrock::to_string(e); }
    static constexpr std::optional<inference_profile_status> parse(std::string_view s) noexcept { return parse_inference_profile_status(s); }
};
/// Wire table of `foundation_model_lifecycle_status`.
template <>
struct wire_enum<foundation_model_lifecycle_status> {
    static constexpr std::string_view to_string(foundation_model_lifecycle_status e) noexcept { return bedrock::to_string(e); }
    static constexpr std::optional<foundation_model_lifecycle_status> parse(std::string_view s) noexcept { return parse_foundation_model_lifecycle_status(s); }
};
/// Wire table of `model_modality`.
template <>
struct wire_enum<model_modality> {
    static constexpr std::string_view to_string(model_modality e) noexcept { return bedrock::to_string(e); }
    static constexpr std::optional<model_modality> parse(std::string_view s) noexcept { return parse_model_modality(s); }
};
/// Wire table of `inference_type`.
template <>
struct wire_enum<inference_type> {
    static constexpr std::string_view to_string(inference_type e) noexcept { return bedrock::to_string(e); }
    static constexpr std::optional<inference_type> parse(std::string_view s) noexcept { return parse_inference_type(s); }
};
/// Wire table of `model_customization`.
template <>
struct wire_enum<model_customization> {
    static constexpr std::string_view to_string(model_customization e) noexcept { return bedrock::to_string(e); }
    static constexpr std::optional<model_customization> parse(std::string_view s) noexcept { return parse_model_customization(s); }
};
/// Wire table of `inference_profile_type`.
template <>
struct wire_enum<inference_profile_type> {
    static constexpr std::string_view to_string(inference_profile_type e) noexcept { return bedrock::to_string(e); }
    static constexpr std::optional<inference_profile_type> parse(std::string_view s) noexcept { return parse_inference_profile_type(s); }
};

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

// ----------------------------------------------------------------------------------------------------------
// CloudFormation (`docs/json.md`)
// ----------------------------------------------------------------------------------------------------------

/** `{"Ref": name}`, e.g. a pseudo parameter `AWS::Partition` or a logical id. */
struct cfn_ref {
    std::string name; ///< logical id or pseudo parameter
    friend bool operator==(cfn_ref const&, cfn_ref const&) = default;
};

/** `{"Fn::GetAtt": [logical_id, attribute]}`. */
struct cfn_get_att {
    std::string logical_id; ///< resource logical id
    std::string attribute;  ///< e.g. `InferenceProfileArn`
    friend bool operator==(cfn_get_att const&, cfn_get_att const&) = default;
};

/** `{"Fn::Sub": text}` (string form; `${AWS::Region}` etc. are substituted by CloudFormation). */
struct cfn_sub {
    std::string text; ///< template text with `${…}` references
    friend bool operator==(cfn_sub const&, cfn_sub const&) = default;
};

struct cfn_expr;

/** `{"Fn::Join": [delimiter, [parts…]]}`. */
struct cfn_join {
    std::string delimiter;       ///< usually `""`
    std::vector<cfn_expr> parts; ///< strings and nested intrinsic functions
};

/** A CloudFormation property value: a plain string or one of the intrinsic functions
    `Ref`, `Fn::GetAtt`, `Fn::Sub`, `Fn::Join`.

    @par Example
    @code
    bedrock::cfn_expr plain{"analytics-nova-pro"};
    bedrock::cfn_expr arn{bedrock::cfn_get_att{"Profile6F32097C", "InferenceProfileArn"}};
    assert(plain.is_string() && !arn.is_string());
    @endcode
*/
struct cfn_expr {
    /// The alternatives, in the order the JSON reader tries them.
    using variant_type = std::variant<std::string, cfn_ref, cfn_get_att, cfn_sub, cfn_join>;
    variant_type value; ///< the expression

    /// An empty string.
    cfn_expr() = default;
    /// A plain string (implicit: a literal is a value).
    cfn_expr(std::string s) : value(std::move(s)) {}         // NOLINT
    /// A plain string.
    cfn_expr(char const* s) : value(std::string(s)) {}       // NOLINT
    /// `{"Ref": …}`.
    cfn_expr(cfn_ref r) : value(std::move(r)) {}             // NOLINT
    /// `{"Fn::GetAtt": […]}`.
    cfn_expr(cfn_get_att g) : value(std::move(g)) {}         // NOLINT
    /// `{"Fn::Sub": …}`.
    cfn_expr(cfn_sub s) : value(std::move(s)) {}             // NOLINT
    /// `{"Fn::Join": […]}`.
    cfn_expr(cfn_join j) : value(std::move(j)) {}            // NOLINT

    /// True when the value is a plain string (not an intrinsic function).
    [[nodiscard]] bool is_string() const noexcept { return std::holds_alternative<std::string>(value); }
    /// The plain string, or nullptr for an intrinsic function.
    [[nodiscard]] std::string const* string() const noexcept { return std::get_if<std::string>(&value); }
};

/// Deep equality of two joins.
inline bool operator==(cfn_join const& a, cfn_join const& b) {
    if (a.delimiter != b.delimiter || a.parts.size() != b.parts.size()) return false;
    for (std::size_t i = 0; i < a.parts.size(); ++i)
        if (!(a.parts[i].value == b.parts[i].value)) return false;
    return true;
}
/// Deep equality of two expressions.
inline bool operator==(cfn_expr const& a, cfn_expr const& b) { return a.value == b.value; }

/** How an ARN holding pseudo parameters (`${AWS::Partition}`, `${AWS::Region}`, `${AWS::AccountId}`) is
    written into a template. The references write `Fn::Join`; that is the default here. */
enum class cfn_pseudo_style : std::uint8_t {
    join, ///< `{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, …]]}`, as the CDK does
    sub,  ///< `{"Fn::Sub": "arn:${AWS::Partition}:…"}`
};

/** Turns text with `${AWS::…}` pseudo-parameter references into a template value.

    Text without such a reference stays a plain string. With `join`, literal runs and `{"Ref": "AWS::…"}`
    alternate exactly as aws-cdk-lib's token resolution writes them.

    @par Example
    @code
    auto e = bedrock::make_cfn_expr("arn:${AWS::Partition}:bedrock:*::foundation-model/a.b");
    // {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":bedrock:*::foundation-model/a.b"]]}
    @endcode
*/
[[nodiscard]] inline cfn_expr make_cfn_expr(std::string_view text, cfn_pseudo_style style = cfn_pseudo_style::join) {
    constexpr std::string_view open = "${AWS::";
    if (text.find(open) == std::string_view::npos) return cfn_expr{std::string(text)};
    if (style == cfn_pseudo_style::sub) return cfn_expr{cfn_sub{std::string(text)}};
    cfn_join j;
    std::string literal;
    std::size_t i = 0;
    while (i < text.size()) {
        auto const p = text.find(open, i);
        auto const close = p == std::string_view::npos ? p : text.find('}', p);
        if (p == std::string_view::npos || close == std::string_view::npos) {
            literal.append(text.substr(i));
            break;
        }
        literal.append(text.substr(i, p - i));
        if (!literal.empty()) j.parts.emplace_back(std::move(literal));
        literal.clear();
        j.parts.emplace_back(cfn_ref{std::string(text.substr(p + 2, close - p - 2))});
        i = close + 1;
    }
    if (!literal.empty()) j.parts.emplace_back(std::move(literal));
    return cfn_expr{std::move(j)};
}

/** `InferenceProfileModelSource` in CloudFormation spelling (`CopyFrom`). */
struct cfn_model_source {
    cfn_expr copy_from; ///< required
    friend bool operator==(cfn_model_source const&, cfn_model_source const&) = default;
};

/** A CloudFormation `Tag` (`Key`/`Value`; the API spells them `key`/`value`). */
struct cfn_tag {
    cfn_expr key;   ///< required, 1..128
    cfn_expr value; ///< required, 0..256
    friend bool operator==(cfn_tag const&, cfn_tag const&) = default;
};

/** The `Properties` of `AWS::Bedrock::ApplicationInferenceProfile` (`docs/json.md`; `additionalProperties: false`). */
struct cfn_application_inference_profile_properties {
    cfn_expr inference_profile_name;                ///< required, 1..64
    std::optional<cfn_expr> description;            ///< optional, 1..200
    std::optional<cfn_model_source> model_source;   ///< optional in the schema (createOnly, writeOnly)
    std::optional<std::vector<cfn_tag>> tags;       ///< optional, at most 200
    friend bool operator==(cfn_application_inference_profile_properties const&,
                           cfn_application_inference_profile_properties const&) = default;
};

/// The CloudFormation type name of an application inference profile.
inline constexpr std::string_view cfn_application_inference_profile_type = "AWS::Bedrock::ApplicationInferenceProfile";

/** A resource of type `AWS::Bedrock::ApplicationInferenceProfile`. */
struct cfn_application_inference_profile {
    std::string type{cfn_application_inference_profile_type};     ///< `Type`; must be the constant above
    cfn_application_inference_profile_properties properties;      ///< `Properties`
    friend bool operator==(cfn_application_inference_profile const&, cfn_application_inference_profile const&) = default;
};

/** A JSON object whose keys are kept in document order (template `Resources`, `Outputs`). */
template <class T>
using ordered_members = std::vector<std::pair<std::string, T>>;

/** `Export` of a template output. */
struct cfn_export {
    cfn_expr name; ///< `Name`
    friend bool operator==(cfn_export const&, cfn_export const&) = default;
};

/** An entry of the template's `Outputs`. */
struct cfn_output {
    std::optional<std::string> description; ///< `Description`
    cfn_expr value;                         ///< `Value`, required
    std::optional<cfn_export> export_;      ///< `Export`
    friend bool operator==(cfn_output const&, cfn_output const&) = default;
};

/** A template fragment whose resources are application inference profiles (strict: other members or other
    resource types are rejected when read).

    @par Example
    @code
    bedrock::cfn_template t;
    t.resources.emplace_back("Profile", bedrock::cfn_application_inference_profile{});
    @endcode
*/
struct cfn_template {
    std::optional<std::string> aws_template_format_version;              ///< `AWSTemplateFormatVersion`
    std::optional<std::string> description;                              ///< `Description`
    ordered_members<cfn_application_inference_profile> resources;        ///< `Resources`, required
    std::optional<ordered_members<cfn_output>> outputs;                  ///< `Outputs`
    friend bool operator==(cfn_template const&, cfn_template const&) = default;
};

} // namespace bedrock

#endif // BEDROCK_API_HPP
