#ifndef BEDROCK_DETAIL_JSON_ERROR_HPP
#define BEDROCK_DETAIL_JSON_ERROR_HPP
// Deprecated: moved to <bedrock/json/error.hpp>; this forwarding header goes away in the next release.
#include <bedrock/json/error.hpp>
#endif // BEDROCK_DETAIL_JSON_ERROR_HPP
