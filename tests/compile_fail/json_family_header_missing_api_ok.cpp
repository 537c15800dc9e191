// expect-ok
#include <bedrock/api.hpp>
#include <bedrock/json/api.hpp>

#include <string_view>

inline auto read_tag(std::string_view text) { return bedrock::parse_document<bedrock::tag>(text); }
