#ifndef BEDROCK_DETAIL_CATALOG_DATA_HPP
#define BEDROCK_DETAIL_CATALOG_DATA_HPP
// Deprecated: the generated catalog moved to <bedrock/models.hpp>; this forwarding header goes away in the next release.
#include <bedrock/models.hpp>
#endif // BEDROCK_DETAIL_CATALOG_DATA_HPP
