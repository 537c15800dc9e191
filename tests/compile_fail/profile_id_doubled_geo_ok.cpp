// expect-ok
// The literal compiles: the twin of profile_id_doubled_geo.cpp (literal_has_doubled_geo).
#include <bedrock/profile_id.hpp>

constexpr bedrock::profile_id value{"us-gov.anthropic.claude-v2"};
int use() { return static_cast<int>(value.str().size()); }
