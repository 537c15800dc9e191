#ifndef BEDROCK_JSON_TRAITS_HPP
#define BEDROCK_JSON_TRAITS_HPP

/** @file
    How a described type maps to JSON: member naming, strictness, member rules and renames
    (@ref json_object_traits), and the read modes. The specialisations for the library's document types are in
    their family headers (`<bedrock/json/api.hpp>`, `<bedrock/json/cloudformation.hpp>`, `<bedrock/json/iam.hpp>`);
    a new document type specialises @ref json_object_traits there (or in the user's own code, for their own types).
*/

#include <bedrock/error.hpp>

#include <array>        // std::array (rules, renames)
#include <cstdint>      // std::uint32_t
#include <limits>       // std::numeric_limits
#include <optional>     // std::optional (checker results)
#include <string_view>  // std::string_view

namespace bedrock {

/** How JSON member names are derived from the C++ member names of a described type. */
enum class json_naming : unsigned char {
    camel,  ///< `inference_profile_arn` → `inferenceProfileArn` (Bedrock API)
    pascal, ///< `inference_profile_arn` → `InferenceProfileArn` (CloudFormation, IAM)
};

/** When a @ref json_member_rule runs (`docs/json.md`). */
enum class json_rule_level : unsigned char {
    read,     ///< R: always, also on lenient reads of responses.
    validate, ///< V: on strict reads (request and CloudFormation documents).
};

/** A check on one member of a described type, run right after the member is read.

    `check` validates a string value (for a `cfn_expr` only a plain string is checked: intrinsic functions
    are resolved by CloudFormation). `min_items`/`max_items` bound a list.
*/
struct json_member_rule {
    std::string_view member;                                      ///< C++ member name
    json_rule_level level = json_rule_level::read;                ///< when it runs
    std::optional<parse_error> (*check)(std::string_view) = nullptr; ///< string checker, or none
    std::string_view what = {};                                   ///< the constraint, for the message
    std::uint32_t min_items = 0;                                  ///< list minimum
    std::uint32_t max_items = std::numeric_limits<std::uint32_t>::max(); ///< list maximum
};

/** A JSON name that does not follow the type's @ref json_naming (e.g. `AWSTemplateFormatVersion`). */
struct json_rename {
    std::string_view member; ///< C++ member name
    std::string_view json;   ///< JSON member name
};

/** How a described type maps to JSON. Specialised in the family headers for every document type.

    - `naming`: how member names are spelled.
    - `strict`: true for request and CloudFormation documents, where unknown members are rejected and
      `validate`-level rules run; false for responses (unknown members are skipped, `docs/json.md`).
    - `rules`, `renames`: see @ref json_member_rule and @ref json_rename.
*/
template <class T>
struct json_object_traits {
    static constexpr json_naming naming = json_naming::camel;      ///< member spelling
    static constexpr bool strict = false;                           ///< request/CFN document?
    static constexpr std::array<json_member_rule, 0> rules{};       ///< member checks
    static constexpr std::array<json_rename, 0> renames{};          ///< explicit names
};

/** How strictly @ref parse_document reads. */
enum class read_mode : unsigned char {
    natural, ///< The type's own policy: strict for requests and CloudFormation, lenient for responses.
    lenient, ///< Skip unknown members and run only read-level rules (R).
    strict,  ///< Reject unknown members and run every rule (R and V).
};

} // namespace bedrock

#endif // BEDROCK_JSON_TRAITS_HPP
