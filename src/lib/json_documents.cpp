// bedrock::profiles_json_compiled (docs/json.md, "The compiled library"): the one definition of every document
// type's JSON reader and writer. The family headers (<bedrock/json/api.hpp>, …) declare them extern when
// BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION is defined (json/detail/extern_template.hpp); this file defines
// them from the same family lists, so a type in a list cannot be declared without being defined here.
// Boost.JSON itself is not compiled here: the program still compiles it once (<boost/json/src.hpp> or Boost::json).
#ifndef BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION
#define BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION
#endif
#include <bedrock/json/documents.hpp>

// An explicit instantiation definition after the declaration of documents.hpp: the definition wins
// ([temp.explicit]), and a type in a list that is not described does not compile.
BEDROCK_JSON_DETAIL_API_DOCUMENTS(BEDROCK_JSON_DETAIL_INSTANTIATE_DOCUMENT)
BEDROCK_JSON_DETAIL_CLOUDFORMATION_DOCUMENTS(BEDROCK_JSON_DETAIL_INSTANTIATE_DOCUMENT)
BEDROCK_JSON_DETAIL_IAM_DOCUMENTS(BEDROCK_JSON_DETAIL_INSTANTIATE_DOCUMENT)
