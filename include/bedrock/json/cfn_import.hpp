#ifndef BEDROCK_JSON_CFN_IMPORT_HPP
#define BEDROCK_JSON_CFN_IMPORT_HPP

/** @file
    Application profiles from CloudFormation JSON: @ref parse_cfn_application_profile reads one
    `AWS::Bedrock::ApplicationInferenceProfile` resource, @ref parse_cfn_application_profiles every one of a
    template, both through @ref parse_document and `import_cfn_resource` (`<bedrock/application_profile.hpp>`).

    Opt-in beside `<bedrock/json/cloudformation.hpp>` (which it includes), so that a TU that only reads and
    writes CloudFormation documents does not compile the application-profile layer (issue 9,
    docs/performance.md).
*/

#include <bedrock/application_profile.hpp>
#include <bedrock/cloudformation.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/error.hpp>
#include <bedrock/json/reader.hpp>

#include <string>       // std::string (logical ids, JSON Pointers)
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <vector>       // std::vector (the profiles of a template)

namespace bedrock {

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
template <int = 0>  // a template, so that a TU that never reads CloudFormation does not instantiate its reader
[[nodiscard]] json_result<application_profile> parse_cfn_application_profile(std::string_view resource_json,
                                                                             std::string logical_id) {
    auto r = parse_document<cfn_application_inference_profile>(resource_json);
    if (!r) return r.error();
    auto p = import_cfn_resource(*r, std::move(logical_id));
    if (!p) return detail::violation_error("", p.error().front());
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
template <int = 0>  // a template, so that a TU that never reads CloudFormation does not instantiate its reader
[[nodiscard]] json_result<std::vector<application_profile>> parse_cfn_application_profiles(std::string_view template_json) {
    auto t = parse_document<cfn_template>(template_json);
    if (!t) return t.error();
    std::vector<application_profile> out;
    for (auto const& [id, resource] : t->resources) {
        auto p = import_cfn_resource(resource, id);
        if (!p) {
            std::string prefix = "/Resources";
            detail::append_pointer_token(prefix, id);
            return detail::violation_error(std::move(prefix), p.error().front());
        }
        out.push_back(*p);
    }
    return out;
}

} // namespace bedrock

#endif // BEDROCK_JSON_CFN_IMPORT_HPP
