#ifndef BEDROCK_JSON_DETAIL_EXTERN_API_HPP
#define BEDROCK_JSON_DETAIL_EXTERN_API_HPP

// The Bedrock API document types of the compiled JSON library (json/detail/extern_template.hpp): every type of
// <bedrock/api.hpp> with a JSON description. Included, under BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION, after
// their descriptions and traits. A type described there and missing here fails the test
// "every described document type is compiled" (tests/json_compiled/coverage.cpp).

#include <bedrock/api.hpp>
#include <bedrock/json/detail/extern_template.hpp>

/// Calls X(type) for each Bedrock API document type.
#define BEDROCK_JSON_DETAIL_API_DOCUMENTS(X)                                                                     \
    X(tag)                                                                                                       \
    X(inference_profile_model_source)                                                                            \
    X(create_inference_profile_request)                                                                          \
    X(create_inference_profile_response)                                                                         \
    X(inference_profile_model)                                                                                   \
    X(inference_profile_summary)                                                                                 \
    X(list_inference_profiles_response)                                                                          \
    X(foundation_model_lifecycle)                                                                                \
    X(foundation_model_summary)                                                                                  \
    X(list_foundation_models_response)                                                                           \
    X(get_foundation_model_response)                                                                             \
    X(prompt_router_target_model)                                                                                \
    X(routing_criteria)                                                                                          \
    X(create_prompt_router_request)                                                                              \
    X(create_prompt_router_response)                                                                             \
    X(prompt_router_summary)                                                                                     \
    X(list_prompt_routers_response)                                                                              \
    X(tag_resource_request)                                                                                      \
    X(untag_resource_request)                                                                                    \
    X(list_tags_for_resource_request)                                                                            \
    X(list_tags_for_resource_response)                                                                           \
    X(empty_response)

BEDROCK_JSON_DETAIL_API_DOCUMENTS(BEDROCK_JSON_DETAIL_EXTERN_DOCUMENT)

#endif // BEDROCK_JSON_DETAIL_EXTERN_API_HPP
