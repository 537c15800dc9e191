#ifndef BEDROCK_JSON_API_HPP
#define BEDROCK_JSON_API_HPP

/** @file
    The JSON form of the Bedrock API documents of `<bedrock/api.hpp>` (requests and responses of the
    inference-profile, foundation-model, prompt-router and tagging operations): their Boost.Describe
    descriptions (member order = JSON output order = the service model's order), their @ref json_object_traits
    (camelCase; requests strict, responses lenient; member rules) and the open-enum leaf. Read and write them
    with the entry points of `<bedrock/json.hpp>`, which this header includes.

    A new API document type is described and given traits here (and listed in `json/detail/document_families.hpp`);
    a new field of an existing one is added to its `BOOST_DESCRIBE_STRUCT` (and, when checked, to its rules).

    @par Example
    @code
    auto r = bedrock::parse_document<bedrock::list_inference_profiles_response>(R"({"nextToken": "abc"})");
    // r.has_value(), r->next_token == "abc"
    @endcode
*/

#include <bedrock/api.hpp>
#include <bedrock/json.hpp>
#include <bedrock/json/convert.hpp>
#include <bedrock/json/detail/document_families.hpp>
#include <bedrock/json/detail/document_traits.hpp>
#include <bedrock/json/member_checks.hpp>
#include <bedrock/json/traits.hpp>
#include <bedrock/shape.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <array>        // std::array (rules, renames)
#include <concepts>     // std::same_as (the traits, one partial specialization per type)
#include <string>       // std::string
#include <utility>      // std::move

namespace bedrock {

namespace detail {

// ---- the open-enum leaf (found by argument-dependent lookup through read_ctx / write_ctx) -----------------

template <class E>
bool read_value(bj::value const& v, open_enum<E>& out, read_ctx& c) {
    std::string s;
    if (!read_value(v, s, c)) return false;
    out = open_enum<E>(std::move(s));
    return true;
}
template <class E>
bj::value write_value(open_enum<E> const& x, write_ctx const& w) { return write_value(x.raw(), w); }

/// An open enum holds its JSON string as is (the one-pass reader and the direct writer use `raw()`).
template <class E> inline constexpr bool json_string_leaf<open_enum<E>> = true;

/// This family's header is included (checked by the entry points of `<bedrock/json.hpp>`).
template <class T> inline constexpr bool json_family_included<json_family::api, T> = true;

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

// ---- JSON policies per type ---------------------------------------------------------------------------
// Each traits entry is a partial specialization for exactly one type (`template <std::same_as<X> T>`), not an
// explicit one (`template <>`): a rule holds the address of its checker, which instantiates the checker and the
// grammar behind it. An explicit specialization is a plain class, instantiated in every TU that includes this
// header; a partial specialization only in a TU that reads or writes its type (issue 9).

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

} // namespace bedrock

// The compiled library (docs/json.md): with BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION, the readers and writers
// of the Bedrock API document types above are declared extern here, after their descriptions and traits, and
// defined once in bedrock::profiles_json_compiled (src/lib/json_documents.cpp).
#ifdef BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION
#include <bedrock/json/detail/extern_api.hpp>
#endif

#endif // BEDROCK_JSON_API_HPP
