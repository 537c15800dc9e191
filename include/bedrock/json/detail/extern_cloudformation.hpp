#ifndef BEDROCK_JSON_DETAIL_EXTERN_CLOUDFORMATION_HPP
#define BEDROCK_JSON_DETAIL_EXTERN_CLOUDFORMATION_HPP

// The CloudFormation document types of the compiled JSON library (json/detail/extern_template.hpp): every type
// of <bedrock/cloudformation.hpp> with a JSON description. Included, under
// BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION, after their descriptions and traits.

#include <bedrock/cloudformation.hpp>
#include <bedrock/json/detail/extern_template.hpp>

/// Calls X(type) for each CloudFormation document type.
#define BEDROCK_JSON_DETAIL_CLOUDFORMATION_DOCUMENTS(X)                                                          \
    X(cfn_model_source)                                                                                          \
    X(cfn_tag)                                                                                                   \
    X(cfn_application_inference_profile_properties)                                                              \
    X(cfn_application_inference_profile)                                                                         \
    X(cfn_export)                                                                                                \
    X(cfn_output)                                                                                                \
    X(cfn_template)

BEDROCK_JSON_DETAIL_CLOUDFORMATION_DOCUMENTS(BEDROCK_JSON_DETAIL_EXTERN_DOCUMENT)

#endif // BEDROCK_JSON_DETAIL_EXTERN_CLOUDFORMATION_HPP
