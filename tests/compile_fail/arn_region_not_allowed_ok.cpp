// expect-ok
// The literal compiles: the twin of arn_region_not_allowed.cpp (literal_has_bad_region).
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock::834212829299:system-tool/amazon.nova_grounding"_arn;
int use() { return static_cast<int>(value.str().size()); }
