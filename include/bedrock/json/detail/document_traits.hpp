#ifndef BEDROCK_JSON_DETAIL_DOCUMENT_TRAITS_HPP
#define BEDROCK_JSON_DETAIL_DOCUMENT_TRAITS_HPP

/** @file
    The @ref json_object_traits bases that the document family headers share (request, response and
    CloudFormation spelling and strictness) and the two rule levels, in the short form their rule tables use.
*/

#include <bedrock/json/traits.hpp>

#include <array>  // std::array (renames)

namespace bedrock::detail {

/// Traits for a request document: camelCase, strict.
struct json_request_traits {
    static constexpr json_naming naming = json_naming::camel;
    static constexpr bool strict = true;
    static constexpr std::array<json_rename, 0> renames{};
};
/// Traits for a CloudFormation document (and an IAM policy, spelled the same way): PascalCase, strict.
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

inline constexpr auto rule_r = json_rule_level::read;     ///< R: always
inline constexpr auto rule_v = json_rule_level::validate; ///< V: strict reads

} // namespace bedrock::detail

#endif // BEDROCK_JSON_DETAIL_DOCUMENT_TRAITS_HPP
