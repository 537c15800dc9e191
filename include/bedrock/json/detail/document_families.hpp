#ifndef BEDROCK_JSON_DETAIL_DOCUMENT_FAMILIES_HPP
#define BEDROCK_JSON_DETAIL_DOCUMENT_FAMILIES_HPP

/** @file
    Which header gives each of the library's document types its JSON form. `<bedrock/json.hpp>` holds the
    machinery only; the descriptions and traits of a document family are in its own header
    (`<bedrock/json/api.hpp>`, `<bedrock/json/cloudformation.hpp>`, `<bedrock/json/iam.hpp>`), so that a TU
    compiles only the families it reads or writes (issue 9). The types are only declared here: the entry
    points of `json.hpp` recognise a document type whose family header is missing and stop with a
    `static_assert` that names the header (@ref detail::require_json_family).
*/

namespace bedrock {

// The document types, declared (each is defined in <bedrock/api.hpp>, <bedrock/cloudformation.hpp> or <bedrock/iam.hpp>).
struct tag;
struct inference_profile_model_source;
struct create_inference_profile_request;
struct create_inference_profile_response;
struct inference_profile_model;
struct inference_profile_summary;
struct list_inference_profiles_response;
struct foundation_model_lifecycle;
struct foundation_model_summary;
struct list_foundation_models_response;
struct get_foundation_model_response;
struct prompt_router_target_model;
struct routing_criteria;
struct create_prompt_router_request;
struct create_prompt_router_response;
struct prompt_router_summary;
struct list_prompt_routers_response;
struct tag_resource_request;
struct untag_resource_request;
struct list_tags_for_resource_request;
struct list_tags_for_resource_response;
struct empty_response;
struct cfn_model_source;
struct cfn_tag;
struct cfn_application_inference_profile_properties;
struct cfn_application_inference_profile;
struct cfn_export;
struct cfn_output;
struct cfn_template;
struct iam_statement;
struct iam_policy_document;

namespace detail {

/// A family of document types, each with its own JSON header.
enum class json_family : unsigned char {
    none,           ///< not a document type of the library (a user's own described type)
    api,            ///< Bedrock API requests and responses: <bedrock/json/api.hpp>
    cloudformation, ///< CloudFormation templates: <bedrock/json/cloudformation.hpp>
    iam,            ///< IAM policy documents: <bedrock/json/iam.hpp>
};

/// The family of a document type (`none` for any other type).
template <class T> inline constexpr json_family json_family_of = json_family::none;
template <> inline constexpr json_family json_family_of<tag> = json_family::api;
template <> inline constexpr json_family json_family_of<inference_profile_model_source> = json_family::api;
template <> inline constexpr json_family json_family_of<create_inference_profile_request> = json_family::api;
template <> inline constexpr json_family json_family_of<create_inference_profile_response> = json_family::api;
template <> inline constexpr json_family json_family_of<inference_profile_model> = json_family::api;
template <> inline constexpr json_family json_family_of<inference_profile_summary> = json_family::api;
template <> inline constexpr json_family json_family_of<list_inference_profiles_response> = json_family::api;
template <> inline constexpr json_family json_family_of<foundation_model_lifecycle> = json_family::api;
template <> inline constexpr json_family json_family_of<foundation_model_summary> = json_family::api;
template <> inline constexpr json_family json_family_of<list_foundation_models_response> = json_family::api;
template <> inline constexpr json_family json_family_of<get_foundation_model_response> = json_family::api;
template <> inline constexpr json_family json_family_of<prompt_router_target_model> = json_family::api;
template <> inline constexpr json_family json_family_of<routing_criteria> = json_family::api;
template <> inline constexpr json_family json_family_of<create_prompt_router_request> = json_family::api;
template <> inline constexpr json_family json_family_of<create_prompt_router_response> = json_family::api;
template <> inline constexpr json_family json_family_of<prompt_router_summary> = json_family::api;
template <> inline constexpr json_family json_family_of<list_prompt_routers_response> = json_family::api;
template <> inline constexpr json_family json_family_of<tag_resource_request> = json_family::api;
template <> inline constexpr json_family json_family_of<untag_resource_request> = json_family::api;
template <> inline constexpr json_family json_family_of<list_tags_for_resource_request> = json_family::api;
template <> inline constexpr json_family json_family_of<list_tags_for_resource_response> = json_family::api;
template <> inline constexpr json_family json_family_of<empty_response> = json_family::api;
template <> inline constexpr json_family json_family_of<cfn_model_source> = json_family::cloudformation;
template <> inline constexpr json_family json_family_of<cfn_tag> = json_family::cloudformation;
template <> inline constexpr json_family json_family_of<cfn_application_inference_profile_properties> = json_family::cloudformation;
template <> inline constexpr json_family json_family_of<cfn_application_inference_profile> = json_family::cloudformation;
template <> inline constexpr json_family json_family_of<cfn_export> = json_family::cloudformation;
template <> inline constexpr json_family json_family_of<cfn_output> = json_family::cloudformation;
template <> inline constexpr json_family json_family_of<cfn_template> = json_family::cloudformation;
template <> inline constexpr json_family json_family_of<iam_statement> = json_family::iam;
template <> inline constexpr json_family json_family_of<iam_policy_document> = json_family::iam;

/// True once the family's header is included (each family header specialises it for its family). `T` only
/// makes a use inside a template dependent, so that it is evaluated where the template is instantiated.
template <json_family F, class T = void> inline constexpr bool json_family_included = false;

/** Stops compilation, naming the header to include, when `T` is a document type of the library whose family
    header is not included. Called first by every entry point of `<bedrock/json.hpp>`. */
template <class T>
constexpr void require_json_family() noexcept {
    constexpr json_family f = json_family_of<T>;
    static_assert(f != json_family::api || json_family_included<json_family::api, T>,
                  "the JSON form of this Bedrock API document is in <bedrock/json/api.hpp>: include it");
    static_assert(f != json_family::cloudformation || json_family_included<json_family::cloudformation, T>,
                  "the JSON form of this CloudFormation document is in <bedrock/json/cloudformation.hpp>: include it");
    static_assert(f != json_family::iam || json_family_included<json_family::iam, T>,
                  "the JSON form of this IAM policy document is in <bedrock/json/iam.hpp>: include it");
}

} // namespace detail
} // namespace bedrock

#endif // BEDROCK_JSON_DETAIL_DOCUMENT_FAMILIES_HPP
