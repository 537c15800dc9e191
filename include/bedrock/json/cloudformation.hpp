#ifndef BEDROCK_JSON_CLOUDFORMATION_HPP
#define BEDROCK_JSON_CLOUDFORMATION_HPP

/** @file
    The JSON form of the CloudFormation documents of `<bedrock/cloudformation.hpp>` (templates whose resources
    are application inference profiles, their outputs): their Boost.Describe descriptions, their
    @ref json_object_traits (PascalCase, strict, member rules) and the CloudFormation-value leaf
    (`json/detail/cfn_expr.hpp`). Read and write them with the entry points of `<bedrock/json.hpp>`, which this
    header includes. Importing application profiles from them is `<bedrock/json/cfn_import.hpp>`.

    @par Example
    @code
    auto r = bedrock::parse_document<bedrock::cfn_template>(R"({"Resources": {}})");
    // r.has_value(), r->resources.empty()
    @endcode
*/

#include <bedrock/cloudformation.hpp>
#include <bedrock/error.hpp>
#include <bedrock/json.hpp>
#include <bedrock/json/detail/cfn_expr.hpp>
#include <bedrock/json/detail/document_families.hpp>
#include <bedrock/json/detail/document_traits.hpp>
#include <bedrock/json/member_checks.hpp>
#include <bedrock/json/traits.hpp>
#include <bedrock/shape.hpp>

#include <boost/describe/class.hpp>

#include <array>        // std::array (rules, renames)
#include <concepts>     // std::same_as (the traits, one partial specialization per type)
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint32_t
#include <optional>     // std::optional (checker results)
#include <string_view>  // std::string_view

namespace bedrock {

namespace detail {
/// The CloudFormation `Type` must name an application inference profile.
constexpr std::optional<parse_error> check_cfn_type(std::string_view s) noexcept {
    std::string_view const t = cfn_application_inference_profile_type;
    std::size_t i = 0;
    while (i < s.size() && i < t.size() && s[i] == t[i]) ++i;
    if (i == s.size() && i == t.size()) return std::nullopt;
    return parse_error{i == s.size() ? errc::unexpected_end : errc::invalid_character, static_cast<std::uint32_t>(i)};
}

/// This family's header is included (checked by the entry points of `<bedrock/json.hpp>`).
template <class T> inline constexpr bool json_family_included<json_family::cloudformation, T> = true;
} // namespace detail

// ---- descriptions (member order = JSON output order = the resource schema's order) ---------------------
BOOST_DESCRIBE_STRUCT(cfn_model_source, (), (copy_from))
BOOST_DESCRIBE_STRUCT(cfn_tag, (), (key, value))
BOOST_DESCRIBE_STRUCT(cfn_application_inference_profile_properties, (),
                      (inference_profile_name, description, model_source, tags))
BOOST_DESCRIBE_STRUCT(cfn_application_inference_profile, (), (type, properties))
BOOST_DESCRIBE_STRUCT(cfn_export, (), (name))
BOOST_DESCRIBE_STRUCT(cfn_output, (), (description, value, export_))
BOOST_DESCRIBE_STRUCT(cfn_template, (), (aws_template_format_version, description, resources, outputs))

// ---- JSON policies per type ---------------------------------------------------------------------------
// Each traits entry is a partial specialization for exactly one type (`template <std::same_as<X> T>`), not an
// explicit one (`template <>`): a rule holds the address of its checker, which instantiates the checker and the
// grammar behind it. An explicit specialization is a plain class, instantiated in every TU that includes this
// header; a partial specialization only in a TU that reads or writes its type (issue 9).

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

} // namespace bedrock

// The compiled library (docs/json.md): with BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION, the readers and writers
// of the CloudFormation document types above are declared extern here, after their descriptions and traits, and
// defined once in bedrock::profiles_json_compiled (src/lib/json_documents.cpp).
#ifdef BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION
#include <bedrock/json/detail/extern_cloudformation.hpp>
#endif

#endif // BEDROCK_JSON_CLOUDFORMATION_HPP
