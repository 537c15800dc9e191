// expect-error: the JSON form of this Bedrock API document is in <bedrock/json/api.hpp>: include it
#include <bedrock/api.hpp>
#include <bedrock/json.hpp>

#include <string_view>

// <bedrock/json.hpp> alone has the entry points, not the descriptions of the API documents.
auto read_tag(std::string_view text) { return bedrock::parse_document<bedrock::tag>(text); }
