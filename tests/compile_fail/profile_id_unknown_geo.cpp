// expect-error: literal_has_unknown_geo
// The literal does not compile: the diagnostic names bedrock::detail::literal_has_unknown_geo.
#include <bedrock/profile_id.hpp>

constexpr bedrock::profile_id value{"zz.anthropic.claude-v2"};
int use() { return static_cast<int>(value.str().size()); }
