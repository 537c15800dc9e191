#ifndef BEDROCK_DETAIL_JSON_CONVERT_HPP
#define BEDROCK_DETAIL_JSON_CONVERT_HPP
// Deprecated: moved to <bedrock/json/convert.hpp>; this forwarding header goes away in the next release.
#include <bedrock/json/convert.hpp>
#endif // BEDROCK_DETAIL_JSON_CONVERT_HPP
