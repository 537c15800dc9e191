// expect-ok
// The literal compiles: the twin of arn_flow_missing_alias.cpp (literal_has_bad_resource_id).
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/TSTALIASID"_arn;
int use() { return static_cast<int>(value.str().size()); }
