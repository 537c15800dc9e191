#ifndef BEDROCK_DETAIL_JSON_READER_HPP
#define BEDROCK_DETAIL_JSON_READER_HPP
// Deprecated: moved to <bedrock/json/reader.hpp>; this forwarding header goes away in the next release.
#include <bedrock/json/reader.hpp>
#endif // BEDROCK_DETAIL_JSON_READER_HPP
