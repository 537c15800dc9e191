// expect-ok
// The literal compiles: the twin of arn_agent_bad_id.cpp (literal_has_bad_resource_id).
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:us-east-1:123456789012:agent/PXINSLJAOL"_arn;
int use() { return static_cast<int>(value.str().size()); }
