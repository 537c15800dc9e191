// expect-ok
// The literal compiles: the twin of arn_region_less_not_allowed.cpp (literal_has_bad_region).
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0"_arn;
int use() { return static_cast<int>(value.str().size()); }
