#ifndef BEDROCK_JSON_DOCUMENTS_HPP
#define BEDROCK_JSON_DOCUMENTS_HPP

/** @file
    The JSON form of the library's document types: their Boost.Describe descriptions (member order = JSON
    output order = the service model's order), their @ref json_object_traits (naming, strictness, member
    rules), and the leaf conversions of timestamps, open enums, CloudFormation expressions and IAM
    one-or-many lists. A new document type is described and given traits here; a new field of an existing
    one is added to its `BOOST_DESCRIBE_STRUCT` (and, when checked, to its rules).
*/

#include <bedrock/api.hpp>
#include <bedrock/cloudformation.hpp>
#include <bedrock/error.hpp>
#include <bedrock/iam.hpp>
#include <bedrock/json/convert.hpp>
#include <bedrock/json/error.hpp>
#include <bedrock/json/member_checks.hpp>
#include <bedrock/json/traits.hpp>
#include <bedrock/shape.hpp>
#include <bedrock/timestamp.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <array>        // std::array (rules, renames)
#include <concepts>     // std::same_as (the traits, one partial specialization per type)
#include <cstdint>      // std::int64_t, std::uint32_t, std::uint64_t
#include <limits>       // std::numeric_limits
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <variant>      // std::visit (cfn_expr)

namespace bedrock {

namespace detail {

// ---- leaves of the document types (found by argument-dependent lookup through read_ctx / write_ctx) ----

inline bool read_value(bj::value const& v, timestamp& out, read_ctx& c) {
    result<timestamp> r = parse_error{errc::invalid_character, 0};
    if (v.is_string()) {
        auto const& s = v.get_string();
        r = parse_timestamp(std::string_view(s.data(), s.size()));
        if (!r) {
            return c.fail(json_errc::bad_timestamp,
                          "not an RFC 3339 timestamp with a UTC offset (" + std::string(to_string(r.error().code)) +
                              " at offset " + std::to_string(r.error().offset) + ")",
                          r.error());
        }
    } else if (v.is_int64()) {
        r = timestamp_from_epoch_seconds(v.get_int64());
    } else if (v.is_uint64()) {
        r = v.get_uint64() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                ? result<timestamp>(parse_error{errc::too_long, 0})
                : timestamp_from_epoch_seconds(static_cast<std::int64_t>(v.get_uint64()));
    } else if (v.is_double()) {
        r = timestamp_from_epoch_seconds(v.get_double());
    } else {
        return c.fail(json_errc::bad_timestamp, std::string("expected a timestamp string or epoch seconds, got ") + kind_name(v));
    }
    if (!r) return c.fail(json_errc::bad_timestamp, "epoch seconds out of range (years 0000-9999)", r.error());
    out = *r;
    return true;
}
inline bj::value write_value(timestamp x, write_ctx const& w) {
    std::string s = format_timestamp(x, w.timestamps);
    return bj::value(bj::string_view(s.data(), s.size()));
}

// A JSON number as a double (the model's `double` shapes, e.g. `responseQualityDifference`); written as a JSON
// double, which format_json prints as Python does (`25.0`, `12.5`), the way the AWS CLI shows it.
inline bool read_value(bj::value const& v, double& out, read_ctx& c) {
    if (v.is_double()) out = v.get_double();
    else if (v.is_int64()) out = static_cast<double>(v.get_int64());
    else if (v.is_uint64()) out = static_cast<double>(v.get_uint64());
    else return wrong_type(v, c, "a number");
    return true;
}
inline bj::value write_value(double x, write_ctx const&) { return bj::value(x); }

template <class E>
bool read_value(bj::value const& v, open_enum<E>& out, read_ctx& c) {
    std::string s;
    if (!read_value(v, s, c)) return false;
    out = open_enum<E>(std::move(s));
    return true;
}
template <class E>
bj::value write_value(open_enum<E> const& x, write_ctx const& w) { return write_value(x.raw(), w); }


template <class T>
bool read_value(bj::value const& v, one_or_many<T>& out, read_ctx& c) {
    out.items.clear();
    out.as_list = v.is_array() && v.get_array().size() == 1;
    if (v.is_array()) return read_value(v, out.items, c);
    out.items.emplace_back();
    return read_value(v, out.items.back(), c);
}
template <class T>
bj::value write_value(one_or_many<T> const& x, write_ctx const& w) {
    if (x.items.size() == 1 && !x.as_list) return write_value(x.items.front(), w);
    return write_value(x.items, w);
}

// The cfn_expr pair are templates (for exactly cfn_expr), so that a TU that never reads or writes a CloudFormation
// value does not instantiate them (std::visit over the five alternatives, the intrinsic functions' objects).
template <std::same_as<cfn_expr> X>
bool read_value(bj::value const& v, X& out, read_ctx& c) {
    constexpr char const* expected = "a string or one of {\"Ref\"}, {\"Fn::GetAtt\"}, {\"Fn::Join\"}, {\"Fn::Sub\"}";
    if (v.is_string()) {
        std::string s;
        read_value(v, s, c);
        out = cfn_expr{std::move(s)};
        return true;
    }
    if (!v.is_object()) return wrong_type(v, c, expected);
    auto const& o = v.get_object();
    if (o.size() != 1) return wrong_type(v, c, expected);
    auto const& m = *o.begin();
    std::string_view const fn(m.key().data(), m.key().size());
    pointer_guard g(c, fn);
    auto const& arg = m.value();
    if (fn == "Ref") {
        cfn_ref r;
        if (!read_value(arg, r.name, c)) return false;
        out = cfn_expr{std::move(r)};
        return true;
    }
    if (fn == "Fn::Sub") {
        cfn_sub s;
        if (!read_value(arg, s.text, c)) return false;
        out = cfn_expr{std::move(s)};
        return true;
    }
    if (fn == "Fn::GetAtt") {
        if (!arg.is_array() || arg.get_array().size() != 2) return wrong_type(arg, c, "an array [logicalId, attribute]");
        cfn_get_att a;
        {
            pointer_guard g0(c, std::size_t{0});
            if (!read_value(arg.get_array()[0], a.logical_id, c)) return false;
        }
        pointer_guard g1(c, std::size_t{1});
        if (!read_value(arg.get_array()[1], a.attribute, c)) return false;
        out = cfn_expr{std::move(a)};
        return true;
    }
    if (fn == "Fn::Join") {
        if (!arg.is_array() || arg.get_array().size() != 2) return wrong_type(arg, c, "an array [delimiter, [values]]");
        cfn_join j;
        {
            pointer_guard g0(c, std::size_t{0});
            if (!read_value(arg.get_array()[0], j.delimiter, c)) return false;
        }
        pointer_guard g1(c, std::size_t{1});
        if (!read_value(arg.get_array()[1], j.parts, c)) return false;
        out = cfn_expr{std::move(j)};
        return true;
    }
    return c.fail(json_errc::unknown_member, "\"" + std::string(fn) + "\" is not a supported intrinsic function (Ref, Fn::GetAtt, Fn::Join, Fn::Sub)");
}
template <std::same_as<cfn_expr> X>
bj::value write_value(X const& x, write_ctx const& w) {
    struct visitor {
        write_ctx const& w;
        bj::value operator()(std::string const& s) const { return write_value(s, w); }
        bj::value operator()(cfn_ref const& r) const { return bj::object{{"Ref", write_value(r.name, w)}}; }
        bj::value operator()(cfn_sub const& s) const { return bj::object{{"Fn::Sub", write_value(s.text, w)}}; }
        bj::value operator()(cfn_get_att const& a) const {
            return bj::object{{"Fn::GetAtt", bj::array{write_value(a.logical_id, w), write_value(a.attribute, w)}}};
        }
        bj::value operator()(cfn_join const& j) const {
            return bj::object{{"Fn::Join", bj::array{write_value(j.delimiter, w), write_value(j.parts, w)}}};
        }
    };
    return std::visit(visitor{w}, x.value);
}


inline std::string const* checked_string(cfn_expr const& e, read_ctx const&) { return e.string(); }
inline std::string const* checked_string(std::optional<cfn_expr> const& e, read_ctx const&) { return e ? e->string() : nullptr; }

} // namespace detail

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
BOOST_DESCRIBE_STRUCT(prompt_router_target_model, (), (model_arn))
BOOST_DESCRIBE_STRUCT(routing_criteria, (), (response_quality_difference))
BOOST_DESCRIBE_STRUCT(create_prompt_router_request, (),
                      (client_request_token, prompt_router_name, models, description, routing_criteria, fallback_model, tags))
BOOST_DESCRIBE_STRUCT(create_prompt_router_response, (), (prompt_router_arn))
BOOST_DESCRIBE_STRUCT(prompt_router_summary, (),
                      (prompt_router_name, routing_criteria, description, created_at, updated_at, prompt_router_arn,
                       models, fallback_model, status, type))
BOOST_DESCRIBE_STRUCT(list_prompt_routers_response, (), (prompt_router_summaries, next_token))
BOOST_DESCRIBE_STRUCT(tag_resource_request, (), (resource_arn, tags))
BOOST_DESCRIBE_STRUCT(untag_resource_request, (), (resource_arn, tag_keys))
BOOST_DESCRIBE_STRUCT(list_tags_for_resource_request, (), (resource_arn))
BOOST_DESCRIBE_STRUCT(list_tags_for_resource_response, (), (tags))
BOOST_DESCRIBE_STRUCT(empty_response, (), ())
BOOST_DESCRIBE_STRUCT(cfn_model_source, (), (copy_from))
BOOST_DESCRIBE_STRUCT(cfn_tag, (), (key, value))
BOOST_DESCRIBE_STRUCT(cfn_application_inference_profile_properties, (),
                      (inference_profile_name, description, model_source, tags))
BOOST_DESCRIBE_STRUCT(cfn_application_inference_profile, (), (type, properties))
BOOST_DESCRIBE_STRUCT(cfn_export, (), (name))
BOOST_DESCRIBE_STRUCT(cfn_output, (), (description, value, export_))
BOOST_DESCRIBE_STRUCT(cfn_template, (), (aws_template_format_version, description, resources, outputs))
BOOST_DESCRIBE_STRUCT(iam_statement, (), (sid, effect, actions, resources, conditions))
BOOST_DESCRIBE_STRUCT(iam_policy_document, (), (version, statements))

// ---- JSON policies per type ---------------------------------------------------------------------------
// Each is a partial specialization for exactly one type (`template <std::same_as<X> T>`), not an explicit one
// (`template <>`): a rule holds the address of its checker, which instantiates the checker and the grammar
// behind it. An explicit specialization is a plain class, instantiated here in every TU that includes
// <bedrock/json.hpp>; a partial specialization only in a TU that reads or writes its type (issue 9).

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
    return check_syntax<S>(s);
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
template <std::same_as<tag> T> struct json_object_traits<T> : detail::json_request_traits {
    static constexpr std::array<json_member_rule, 2> rules{{{"key", detail::rule_v, &detail::check_shape<shape::tag_key>, "TagKey: 1-128 of [a-zA-Z0-9\\s._:/=+@-]"},
      {"value", detail::rule_v, &detail::check_shape<shape::tag_value>, "TagValue: 0-256 of [a-zA-Z0-9\\s._:/=+@-]"}}};
};
/// `InferenceProfileModelSource` in a request: strict.
template <std::same_as<inference_profile_model_source> T> struct json_object_traits<T> : detail::json_request_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"copy_from", detail::rule_v, &detail::check_identifier<shape::inference_profile_model_source_arn>,
      "InferenceProfileModelSourceArn: a foundation-model or system-defined inference-profile ARN"}}};
};
/// CreateInferenceProfile request: strict, validated.
template <std::same_as<create_inference_profile_request> T> struct json_object_traits<T> : detail::json_request_traits {
    static constexpr std::array<json_member_rule, 4> rules{{
        {"inference_profile_name", detail::rule_v, &detail::check_shape<shape::inference_profile_name>, "InferenceProfileName: 1-64, ([0-9a-zA-Z][ _-]?)+"},
        {"description", detail::rule_v, &detail::check_shape<shape::inference_profile_description>, "InferenceProfileDescription: 1-200, ([0-9a-zA-Z:.][ _-]?)+"},
        {"client_request_token", detail::rule_v, &detail::check_shape<shape::idempotency_token>, "IdempotencyToken: 1-256, [a-zA-Z0-9]([-a-zA-Z0-9]{0,254}[a-zA-Z0-9])?"},
        {"tags", detail::rule_v, nullptr, "TagList", 0, 200}}};
};
/// CreateInferenceProfile response.
template <std::same_as<create_inference_profile_response> T> struct json_object_traits<T> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"inference_profile_arn", detail::rule_r, &detail::check_identifier<shape::inference_profile_arn>, "InferenceProfileArn"}}};
};
/// `InferenceProfileModel`.
template <std::same_as<inference_profile_model> T> struct json_object_traits<T> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"model_arn", detail::rule_r, &detail::check_identifier<shape::foundation_model_arn_relaxed>, "FoundationModelArn (region may be empty)"}}};
};
/// `InferenceProfileSummary` / GetInferenceProfile response.
template <std::same_as<inference_profile_summary> T> struct json_object_traits<T> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 8> rules{{
        {"inference_profile_name", detail::rule_v, &detail::check_shape<shape::inference_profile_name>, "InferenceProfileName: 1-64, ([0-9a-zA-Z][ _-]?)+"},
        {"description", detail::rule_v, &detail::check_shape<shape::inference_profile_description>, "InferenceProfileDescription: 1-200, ([0-9a-zA-Z:.][ _-]?)+"},
        {"inference_profile_arn", detail::rule_r, &detail::read_profile_identifier<shape::inference_profile_arn>, "InferenceProfileArn"},
        {"inference_profile_arn", detail::rule_v, &detail::check_identifier<shape::inference_profile_arn>, "InferenceProfileArn"},
        {"models", detail::rule_r, nullptr, "InferenceProfileModels", 1},
        {"models", detail::rule_v, nullptr, "InferenceProfileModels", 1, 5},
        {"inference_profile_id", detail::rule_r, &detail::read_profile_identifier<shape::inference_profile_id>, "InferenceProfileId: 1-64 of [a-zA-Z0-9-:.]"},
        {"inference_profile_id", detail::rule_v, &detail::check_identifier<shape::inference_profile_id>, "InferenceProfileId: 1-64 of [a-zA-Z0-9-:.]"}}};
};
/// `FoundationModelSummary`.
template <std::same_as<foundation_model_summary> T> struct json_object_traits<T> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 4> rules{{
        {"model_arn", detail::rule_r, &detail::check_identifier<shape::foundation_model_arn_relaxed>, "FoundationModelArn (region may be empty)"},
        {"model_id", detail::rule_v, &detail::check_identifier<shape::bedrock_model_id>, "BedrockModelId"},
        {"model_name", detail::rule_v, &detail::check_shape<shape::branded_name>, "BrandedName: 1-20"},
        {"provider_name", detail::rule_v, &detail::check_shape<shape::branded_name>, "BrandedName: 1-20"}}};
};
/// `PromptRouterTargetModel` (in requests and responses: a request reads it strictly through its parent).
template <std::same_as<prompt_router_target_model> T> struct json_object_traits<T> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"model_arn", detail::rule_r, &detail::check_identifier<shape::prompt_router_target_model_arn>,
      "PromptRouterTargetModelArn: a foundation-model or inference-profile ARN"}}};
};
/// `RoutingCriteria`.
template <std::same_as<routing_criteria> T> struct json_object_traits<T> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
};
/// CreatePromptRouter request: strict, validated.
template <std::same_as<create_prompt_router_request> T> struct json_object_traits<T> : detail::json_request_traits {
    static constexpr std::array<json_member_rule, 5> rules{{
        {"client_request_token", detail::rule_v, &detail::check_shape<shape::idempotency_token>, "IdempotencyToken: 1-256, [a-zA-Z0-9]([-a-zA-Z0-9]{0,254}[a-zA-Z0-9])?"},
        {"prompt_router_name", detail::rule_v, &detail::check_shape<shape::prompt_router_name>, "PromptRouterName: 1-64, ([0-9a-zA-Z][ _-]?)+"},
        {"description", detail::rule_v, &detail::check_shape<shape::inference_profile_description>, "PromptRouterDescription: 1-200, ([0-9a-zA-Z:.][ _-]?)+"},
        {"models", detail::rule_v, nullptr, "PromptRouterTargetModels", 1},
        {"tags", detail::rule_v, nullptr, "TagList", 0, 200}}};
};
/// CreatePromptRouter response.
template <std::same_as<create_prompt_router_response> T> struct json_object_traits<T> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
};
/// `PromptRouterSummary` / GetPromptRouter response.
template <std::same_as<prompt_router_summary> T> struct json_object_traits<T> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"models", detail::rule_r, nullptr, "PromptRouterTargetModels", 1}}};
};
/// ListPromptRouters response.
template <std::same_as<list_prompt_routers_response> T> struct json_object_traits<T> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
};
/// TagResource request: strict; `resourceARN` is spelled with a capital ARN.
template <std::same_as<tag_resource_request> T> struct json_object_traits<T> : detail::json_request_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"tags", detail::rule_v, nullptr, "TagList", 0, 200}}};
    static constexpr std::array<json_rename, 1> renames{{{"resource_arn", "resourceARN"}}};
};
/// UntagResource request: strict.
template <std::same_as<untag_resource_request> T> struct json_object_traits<T> : detail::json_request_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"tag_keys", detail::rule_v, nullptr, "TagKeyList", 0, 200}}};
    static constexpr std::array<json_rename, 1> renames{{{"resource_arn", "resourceARN"}}};
};
/// ListTagsForResource request: strict.
template <std::same_as<list_tags_for_resource_request> T> struct json_object_traits<T> : detail::json_request_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
    static constexpr std::array<json_rename, 1> renames{{{"resource_arn", "resourceARN"}}};
};
/// ListTagsForResource response (its `Tag` items are read with the request's strict `Tag` rules).
template <std::same_as<list_tags_for_resource_response> T> struct json_object_traits<T> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
};
/// The empty output of Delete*/TagResource/UntagResource: any object, members skipped.
template <std::same_as<empty_response> T> struct json_object_traits<T> : detail::json_response_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
};
/// CFN `Tag`.
template <std::same_as<cfn_tag> T> struct json_object_traits<T> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 2> rules{{{"key", detail::rule_v, &detail::check_shape<shape::tag_key>, "Key: 1-128 of [a-zA-Z0-9\\s._:/=+@-]"},
      {"value", detail::rule_v, &detail::check_shape<shape::tag_value>, "Value: 0-256 of [a-zA-Z0-9\\s._:/=+@-]"}}};
};
/// CFN `InferenceProfileModelSource`.
template <std::same_as<cfn_model_source> T> struct json_object_traits<T> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"copy_from", detail::rule_v, &detail::check_identifier<shape::inference_profile_model_source_arn>,
      "CopyFrom: a foundation-model or system-defined inference-profile ARN"}}};
};
/// CFN `Properties` of `AWS::Bedrock::ApplicationInferenceProfile`.
template <std::same_as<cfn_application_inference_profile_properties> T> struct json_object_traits<T> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 3> rules{{
        {"inference_profile_name", detail::rule_v, &detail::check_shape<shape::inference_profile_name>, "InferenceProfileName: 1-64, ^([0-9a-zA-Z][ _-]?)+$"},
        {"description", detail::rule_v, &detail::check_shape<shape::inference_profile_description>, "Description: 1-200, ^([0-9a-zA-Z:.][ _-]?)+$"},
        {"tags", detail::rule_v, nullptr, "Tags", 0, 200}}};
};
/// CFN resource.
template <std::same_as<cfn_application_inference_profile> T> struct json_object_traits<T> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 1> rules{{{"type", detail::rule_v, &detail::check_cfn_type, "Type: AWS::Bedrock::ApplicationInferenceProfile"}}};
};
/// CFN output export.
template <std::same_as<cfn_export> T> struct json_object_traits<T> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
};
/// CFN output.
template <std::same_as<cfn_output> T> struct json_object_traits<T> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
};
/// CFN template fragment.
template <std::same_as<cfn_template> T> struct json_object_traits<T> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
    static constexpr std::array<json_rename, 1> renames{{{"aws_template_format_version", "AWSTemplateFormatVersion"}}};
};
/// IAM statement (PascalCase, `Action`/`Resource`).
template <std::same_as<iam_statement> T> struct json_object_traits<T> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
    static constexpr std::array<json_rename, 3> renames{{{"actions", "Action"}, {"resources", "Resource"}, {"conditions", "Condition"}}};
};
/// IAM policy document (`Version`, `Statement`).
template <std::same_as<iam_policy_document> T> struct json_object_traits<T> : detail::json_cfn_traits {
    static constexpr std::array<json_member_rule, 0> rules{};
    static constexpr std::array<json_rename, 1> renames{{{"statements", "Statement"}}};
};

} // namespace bedrock

// ---- the compiled library (docs/json.md): with BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION, the readers and
// writers of the document types below are declared extern and defined once in bedrock::profiles_json_compiled
// (src/lib/json_documents.cpp). One block per document family, each after the family's descriptions and traits.
#ifdef BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION

// Bedrock API documents (<bedrock/api.hpp>).
#include <bedrock/json/detail/extern_api.hpp>

// CloudFormation documents (<bedrock/cloudformation.hpp>).
#include <bedrock/json/detail/extern_cloudformation.hpp>

// IAM documents (<bedrock/iam.hpp>).
#include <bedrock/json/detail/extern_iam.hpp>

#endif // BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION

#endif // BEDROCK_JSON_DOCUMENTS_HPP
