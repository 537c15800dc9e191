#ifndef BEDROCK_JSON_DETAIL_EXTERN_IAM_HPP
#define BEDROCK_JSON_DETAIL_EXTERN_IAM_HPP

// The IAM document types of the compiled JSON library (json/detail/extern_template.hpp): every type of
// <bedrock/iam.hpp> with a JSON description. Included, under BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION, after
// their descriptions and traits.

#include <bedrock/iam.hpp>
#include <bedrock/json/detail/extern_template.hpp>

/// Calls X(type) for each IAM document type.
#define BEDROCK_JSON_DETAIL_IAM_DOCUMENTS(X)                                                                     \
    X(iam_statement)                                                                                             \
    X(iam_policy_document)

BEDROCK_JSON_DETAIL_IAM_DOCUMENTS(BEDROCK_JSON_DETAIL_EXTERN_DOCUMENT)

#endif // BEDROCK_JSON_DETAIL_EXTERN_IAM_HPP
