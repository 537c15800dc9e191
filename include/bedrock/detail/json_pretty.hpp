#ifndef BEDROCK_DETAIL_JSON_PRETTY_HPP
#define BEDROCK_DETAIL_JSON_PRETTY_HPP
// Deprecated: moved to <bedrock/json/format.hpp>; this forwarding header goes away in the next release.
#include <bedrock/json/format.hpp>
#endif // BEDROCK_DETAIL_JSON_PRETTY_HPP
