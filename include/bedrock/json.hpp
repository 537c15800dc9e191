#ifndef BEDROCK_JSON_HPP
#define BEDROCK_JSON_HPP

/** @file
    JSON for every document type of the library, with Boost.JSON and Boost.Describe (Boost ≥ 1.81).

    This is the only header of the library that includes Boost (CMake target `bedrock::profiles_json`).
    Boost.JSON must be compiled once per program: either include `<boost/json/src.hpp>` in exactly one
    source file, or link `Boost::json` (Debian: `libboost-json1.81-dev`). See docs/json.md.

    What it provides:
    - `BOOST_DESCRIBE_STRUCT` for the aggregates of `<bedrock/api.hpp>` and `<bedrock/iam.hpp>`;
    - one generic `tag_invoke(value_from_tag, …)` and one generic `tag_invoke(try_value_to_tag<T>, …)` for all
      described types, so `boost::json::value_from(x)` and `boost::json::try_value_to<T>(v)` work. They do not
      use Boost 1.81's built-in described-struct conversion, which rejects unknown members, rejects missing
      optionals and writes `null` (style.md §2.6);
    - @ref parse_document for untrusted text, reporting the first failure as a JSON Pointer;
    - @ref to_json_value and @ref serialize_document with the wire form (compact, `Z` timestamps) and the
      AWS CLI form (4-space indent, `+00:00` timestamps, final newline).
*/

#include <bedrock/api.hpp>
#include <bedrock/application_profile.hpp>
#include <bedrock/iam.hpp>
#include <bedrock/shape.hpp>
#include <bedrock/timestamp.hpp>
#include <bedrock/detail/json_convert.hpp>
#include <bedrock/detail/json_error.hpp>
#include <bedrock/detail/json_pretty.hpp>
#include <bedrock/detail/json_reader.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/conversion.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/system/result.hpp>

#include <array>
#include <exception>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bedrock {

// ---- descriptions (member order = JSON output order = model order) ------------------------------------
BOOST_DESCRIBE_STRUCT(tag, (), (key, value))
BOOST_DESCRIBE_STRUCT(inference_profile_model_source, (), (copy_from))
BOOST_DESCRIBE_STRUCT(create_inference_profile_request, (),
                      (inference_profile_name, description, client_request_token, model_source, tags))
BOOST_DESCRIBE_STRUCT(create_inference_profile_response, (), (inference_profile_arn, status))
BOOST_DESCRIBE_STRUCT(inference_profile_model, (), (model_arn))
BOOST_DESCRIBE_STRUCT(inference_profile_summary, (),
                      (inference_profile_name, description, created_at, updated_at, inference_profile_arn, models,
                       inference_profile_id, status, type))
BOOST_DESCRIBE_STRUCT(list_inference_profiles_response, (), (inference_profile_summaries, next_token))
BOOST_DESCRIBE_STRUCT(foundation_model_lifecycle, (),
                      (status, start_of_life_time, end_of_life_time, legacy_time, public_extended_access_time))
BOOST_DESCRIBE_STRUCT(foundation_model_summary, (),
                      (model_arn, model_id, model_name, provider_name, input_modalities, output_modalities,
                       response_streaming_supported, customizations_supported, inference_types_supported,
                       model_lifecycle))
BOOST_DESCRIBE_STRUCT(list_foundation_models_response, (), (model_summaries))
BOOST_DESCRIBE_STRUCT(get_foundation_model_response, (), (model_details))
BOOST_DESCRIBE_STRUCT(cfn_model_source, (), (copy_from))
BOOST_DESCRIBE_STRUCT(cfn_tag, (), (key, value))
BOOST_DESCRIBE_STRUCT(cfn_application_inference_profile_properties, (),
                      (inference_profile_name, description, model_source, tags))
BOOST_DESCRIBE_STRUCT(cfn_application_inference_profile, (), (type, properties))
BOOST_DESCRIBE_STRUCT(cfn_export, (), (name))
BOOST_DESCRIBE_STRUCT(cfn_output, (), (description, value, export_))
BOOST_DESCRIBE_STRUCT(cfn_template, (), (aws_template_format_version, description, resources, outputs))
BOOST_DESCRIBE_STRUCT(iam_statement, (), (sid, effect, actions, resources))
BOOST_DESCRIBE_STRUCT(iam_policy_document, (), (version, statements))

// ---- JSON policies per type ---------------------------------------------------------------------------

namespace detail {
/// Traits for a request document: camelCase, strict.
struct json_request_traits {
    static constexpr json_naming naming = json_naming::camel;
    static constexpr bool strict = true;
    static constexpr std::array<json_rename, 0> renames{};
};
/// Traits for a CloudFormation document: PascalCase, strict.
struct json_cfn_traits {
    static constexpr json_naming naming = json_naming::pascal;
    static constexpr bool strict = true;
    static constexpr std::array<json_rename, 0> renames{};
};
/// Traits for a response document: camelCase, lenient.
struct json_response_traits {
    static constexpr json_naming naming = json_naming::camel;
    static constexpr bool strict = false;
    static constexpr std::array<json_rename, 0> renames{};
};
} // namespace detail

namespace detail {
/// A rule checker for one AWS shape (the syntax layer of `<bedrock/shape.hpp>`).
template <shape S>
constexpr std::optional<parse_error> check_shape(std::string_view s) noexcept {
    return check_syntax(S, s);
}
/// The CloudFormation `Type` must name an application inference profile.
constexpr std::optional<parse_error> check_cfn_type(std::string_view s) noexcept {
    std::string_view const t = cfn_application_inference_profile_type;
    std::size_t i = 0;
    while (i < s.size() && i < t.size() && s[i] == t[i]) ++i;
    if (i == s.size() && i == t.size()) return std::nullopt;
    return parse_error{i == s.size() ? errc::unexpected_end : errc::invalid_character, static_cast<std::uint32_t>(i)};
}
inline constexpr auto rule_r = json_rule_level::read;     // R: always
inline constexpr auto rule_v = json_rule_level::validate; // V: strict reads
} // namespace detail

/// `Tag` in a request: strict.
template <> struct json_object_traits<tag> : detail::json_request_traits {
    static constexpr std::array<json_member_rule, 2> rules{{{"key", detail::rule_v, &detail::check_shape<shape::tag_key>, "TagKey: 1-128 of [a-zA-Z0-9\\s._:/=+@-]"},
      {"value", detail::rule_v, &detail::check_shape<shape::tag_value>, "TagValue: 0-256 of [a-zA-Z0-9\\s._:/=+@-]"}}};
};
/// `InferenceProfileModelSource` in a request: strict.
template <> struct json_object_traits<inference_profile_model_source> : detail::json_request_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"copy_from", detail::rule_v, &detail::check_shape<shape::inference_profile_model_source_arn>,
      "InferenceProfileModelSourceArn: a foundation-model or system-defined inference-profile ARN"}}};
};
/// CreateInferenceProfile request: strict, validated.
template <> struct json_object_traits<create_inference_profile_request> : detail::json_request_traits {
    static constexpr std::array<json_member_rule, 4> rules{{
        {"inference_profile_name", detail::rule_v, &detail::check_shape<shape::inference_profile_name>, "InferenceProfileName: 1-64, ([0-9a-zA-Z][ _-]?)+"},
        {"description", detail::rule_v, &detail::check_shape<shape::inference_profile_description>, "InferenceProfileDescription: 1-200, ([0-9a-zA-Z:.][ _-]?)+"},
        {"client_request_token", detail::rule_v, &detail::check_shape<shape::idempotency_token>, "IdempotencyToken: 1-256, [a-zA-Z0-9]([-a-zA-Z0-9]{0,254}[a-zA-Z0-9])?"},
        {"tags", detail::rule_v, nullptr, "TagList", 0, 200}}};
};
/// CreateInferenceProfile response.
template <> struct json_object_traits<create_inference_profile_response> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"inference_profile_arn", detail::rule_r, &detail::check_shape<shape::inference_profile_arn>, "InferenceProfileArn"}}};
};
/// `InferenceProfileModel`.
template <> struct json_object_traits<inference_profile_model> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"model_arn", detail::rule_r, &detail::check_shape<shape::foundation_model_arn_relaxed>, "FoundationModelArn (region may be empty)"}}};
};
/// `InferenceProfileSummary` / GetInferenceProfile response.
template <> struct json_object_traits<inference_profile_summary> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 6> rules{{
        {"inference_profile_name", detail::rule_v, &detail::check_shape<shape::inference_profile_name>, "InferenceProfileName: 1-64, ([0-9a-zA-Z][ _-]?)+"},
        {"description", detail::rule_v, &detail::check_shape<shape::inference_profile_description>, "InferenceProfileDescription: 1-200, ([0-9a-zA-Z:.][ _-]?)+"},
        {"inference_profile_arn", detail::rule_r, &detail::check_shape<shape::inference_profile_arn>, "InferenceProfileArn"},
        {"models", detail::rule_r, nullptr, "InferenceProfileModels", 1},
        {"models", detail::rule_v, nullptr, "InferenceProfileModels", 1, 5},
        {"inference_profile_id", detail::rule_r, &detail::check_shape<shape::inference_profile_id>, "InferenceProfileId: 1-64 of [a-zA-Z0-9-:.]"}}};
};
/// `FoundationModelSummary`.
template <> struct json_object_traits<foundation_model_summary> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 4> rules{{
        {"model_arn", detail::rule_r, &detail::check_shape<shape::foundation_model_arn_relaxed>, "FoundationModelArn (region may be empty)"},
        {"model_id", detail::rule_v, &detail::check_shape<shape::bedrock_model_id>, "BedrockModelId"},
        {"model_name", detail::rule_v, &detail::check_shape<shape::branded_name>, "BrandedName: 1-20"},
        {"provider_name", detail::rule_v, &detail::check_shape<shape::branded_name>, "BrandedName: 1-20"}}};
};
/// CFN `Tag`.
template <> struct json_object_traits<cfn_tag> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 2> rules{{{"key", detail::rule_v, &detail::check_shape<shape::tag_key>, "Key: 1-128 of [a-zA-Z0-9\\s._:/=+@-]"},
      {"value", detail::rule_v, &detail::check_shape<shape::tag_value>, "Value: 0-256 of [a-zA-Z0-9\\s._:/=+@-]"}}};
};
/// CFN `InferenceProfileModelSource`.
template <> struct json_object_traits<cfn_model_source> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"copy_from", detail::rule_v, &detail::check_shape<shape::inference_profile_model_source_arn>,
      "CopyFrom: a foundation-model or system-defined inference-profile ARN"}}};
};
/// CFN `Properties` of `AWS::Bedrock::ApplicationInferenceProfile`.
template <> struct json_object_traits<cfn_application_inference_profile_properties> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 3> rules{{
        {"inference_profile_name", detail::rule_v, &detail::check_shape<shape::inference_profile_name>, "InferenceProfileName: 1-64, ^([0-9a-zA-Z][ _-]?)+$"},
        {"description", detail::rule_v, &detail::check_shape<shape::inference_profile_description>, "Description: 1-200, ^([0-9a-zA-Z:.][ _-]?)+$"},
        {"tags", detail::rule_v, nullptr, "Tags", 0, 200}}};
};
/// CFN resource.
template <> struct json_object_traits<cfn_application_inference_profile> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"type", detail::rule_v, &detail::check_cfn_type, "Type: AWS::Bedrock::ApplicationInferenceProfile"}}};
};
/// CFN output export.
template <> struct json_object_traits<cfn_export> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
};
/// CFN output.
template <> struct json_object_traits<cfn_output> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
};
/// CFN template fragment.
template <> struct json_object_traits<cfn_template> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
    static constexpr std::array<json_rename, 1> renames{{{"aws_template_format_version", "AWSTemplateFormatVersion"}}};
};
/// IAM statement (PascalCase, `Action`/`Resource`).
template <> struct json_object_traits<iam_statement> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
    static constexpr std::array<json_rename, 2> renames{{{"actions", "Action"}, {"resources", "Resource"}}};
};
/// IAM policy document (`Version`, `Statement`).
template <> struct json_object_traits<iam_policy_document> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
    static constexpr std::array<json_rename, 1> renames{{{"statements", "Statement"}}};
};

// ---- the generic Boost.JSON customisation points -----------------------------------------------------

/** Converts any described aggregate of this library to JSON (wire timestamps; empty optionals omitted).

    Found by argument-dependent lookup from `boost::json::value_from`.

    @par Example
    @code
    boost::json::value v = boost::json::value_from(bedrock::tag{"team", "support"});
    // {"key":"team","value":"support"}
    @endcode
*/
template <class T>
    requires detail::described<T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, T const& x) {
    v = detail::write_value(x, detail::write_ctx{timestamp_format::wire});
}

/** Converts JSON to any described aggregate of this library without throwing (the type's natural read mode).

    Found by argument-dependent lookup from `boost::json::try_value_to<T>`. The error code is a
    @ref json_errc; use @ref from_json_value to also get the JSON Pointer.

    @par Example
    @code
    auto r = boost::json::try_value_to<bedrock::tag>(boost::json::value{{"key", "a"}, {"value", "b"}});
    // r.has_value(), r->key == "a"
    @endcode
*/
template <class T>
    requires detail::described<T>
boost::system::result<T> tag_invoke(boost::json::try_value_to_tag<T>, boost::json::value const& v) {
    detail::read_ctx c;
    c.strict = json_object_traits<T>::strict;
    T out{};
    try {
        if (detail::read_value(v, out, c)) return out;
    } catch (std::exception const&) {
        return make_error_code(json_errc::too_large);
    }
    return make_error_code(c.error.code);
}

// ---- the library's entry points ----------------------------------------------------------------------

/** The output form of @ref serialize_document. */
enum class json_output : unsigned char {
    wire, ///< compact, timestamps `…Z` (what the service sends; botocore request form)
    cli,  ///< AWS CLI v2: 4-space indent, timestamps `…+00:00`, final newline
};

/** Converts a described aggregate to a `boost::json::value`, writing timestamps in the given form.

    @par Example
    @code
    bedrock::create_inference_profile_response r{"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", std::nullopt};
    boost::json::value v = bedrock::to_json_value(r);  // {"inferenceProfileArn": "…"} (no "status": null)
    @endcode
*/
template <class T>
    requires detail::described<T>
[[nodiscard]] boost::json::value to_json_value(T const& x, timestamp_format timestamps = timestamp_format::wire) {
    return detail::write_value(x, detail::write_ctx{timestamps});
}

/** Converts a `boost::json::value` to a described aggregate, reporting the first failure as a JSON Pointer.

    `mode` chooses how strict the read is (@ref read_mode). Never throws.

    @par Example
    @code
    boost::json::value v = {{"inferenceProfileArn", "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p"},
                            {"status", "DELETING"}};
    auto r = bedrock::from_json_value<bedrock::create_inference_profile_response>(v);
    // r.error().code == bedrock::json_errc::unknown_enum_value, r.error().pointer == "/status"
    @endcode
*/
template <class T>
    requires detail::described<T>
[[nodiscard]] json_result<T> from_json_value(boost::json::value const& v, read_mode mode = read_mode::natural) noexcept {
    try {
        detail::read_ctx c;
        c.strict = mode == read_mode::natural ? json_object_traits<T>::strict : mode == read_mode::strict;
        T out{};
        if (detail::read_value(v, out, c)) return out;
        return std::move(c.error);
    } catch (std::exception const&) {
        return detail::document_error(json_errc::too_large, 0);
    }
}

/** Parses untrusted JSON text into a described aggregate (@ref parse_json, then @ref from_json_value).

    Never throws and never crashes on any input: syntax, encoding, depth (64), duplicate keys, trailing
    content, wrong types, missing required members, unknown enum values, bad timestamps and values that
    break their pattern are all returned as a @ref json_error naming the JSON Pointer.

    @par Example
    @code
    auto r = bedrock::parse_document<bedrock::list_inference_profiles_response>(R"({"nextToken": "abc"})");
    // r.has_value(), r->next_token == "abc", !r->inference_profile_summaries
    @endcode
*/
template <class T>
    requires detail::described<T>
[[nodiscard]] json_result<T> parse_document(std::string_view text, read_mode mode = read_mode::natural,
                                            json_read_options options = {}) noexcept {
    auto v = parse_json(text, options);
    if (!v) return v.error();
    return from_json_value<T>(*v, mode);
}

/** Writes a described aggregate as JSON text: the wire form (compact, `Z`) or the AWS CLI v2 form (4-space
    indent, `+00:00`, final newline). Reading a CLI fixture and writing it in cli form gives the same bytes;
    likewise for the wire form (without the final newline a file may add).

    @par Example
    @code
    std::string s = bedrock::serialize_document(bedrock::tag{"team", "support"}, bedrock::json_output::cli);
    // "{\n    \"key\": \"team\",\n    \"value\": \"support\"\n}\n"
    @endcode
*/
template <class T>
    requires detail::described<T>
[[nodiscard]] std::string serialize_document(T const& x, json_output form = json_output::wire) {
    auto const v = to_json_value(x, form == json_output::cli ? timestamp_format::cli : timestamp_format::wire);
    return format_json(v, form == json_output::cli ? json_layout::cli : json_layout::compact);
}

// ---- application profiles from CloudFormation JSON ----------------------------------------------------

namespace detail {
inline json_error violation_error(std::string pointer_prefix, profile_violation const& v) {
    std::string ptr = std::move(pointer_prefix) + v.field;
    std::string msg = ptr + ": " + v.message;
    return json_error{json_errc::invalid_value, std::move(ptr), v.offset, std::move(msg), parse_error{v.code, v.offset}};
}
} // namespace detail

/** Reads one `AWS::Bedrock::ApplicationInferenceProfile` resource (`{"Type": …, "Properties": …}`, strict)
    and imports it with @ref import_cfn_resource.

    @par Example
    @code
    auto p = bedrock::parse_cfn_application_profile(R"({"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":"p","ModelSource":{"CopyFrom":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}}})",
        "Profile");
    // p->name == "p", p->source.kind() == bedrock::model_source_kind::arn
    @endcode
*/
[[nodiscard]] inline json_result<application_profile> parse_cfn_application_profile(std::string_view resource_json,
                                                                                    std::string logical_id) {
    auto r = parse_document<cfn_application_inference_profile>(resource_json);
    if (!r) return r.error();
    auto p = import_cfn_resource(*r, std::move(logical_id));
    if (!p) return detail::violation_error("", p.violations().front());
    return *p;
}

/** Reads a template fragment (strict) and imports every application profile in it, in document order,
    each with its logical id. Errors point into the template (`/Resources/<id>/Properties/…`).

    @par Example
    @code
    auto t = bedrock::parse_cfn_application_profiles(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":"p"}}}})");
    // t->size() == 1, (*t)[0].logical_id == "P"
    @endcode
*/
[[nodiscard]] inline json_result<std::vector<application_profile>> parse_cfn_application_profiles(std::string_view template_json) {
    auto t = parse_document<cfn_template>(template_json);
    if (!t) return t.error();
    std::vector<application_profile> out;
    for (auto const& [id, resource] : t->resources) {
        auto p = import_cfn_resource(resource, id);
        if (!p) {
            std::string prefix = "/Resources";
            detail::append_pointer_token(prefix, id);
            return detail::violation_error(std::move(prefix), p.violations().front());
        }
        out.push_back(*p);
    }
    return out;
}

} // namespace bedrock

#endif // BEDROCK_JSON_HPP
