// expect-error: literal_has_bad_region
// The literal does not compile: a system-tool ARN has no region (region_not_allowed); the diagnostic names bedrock::detail::literal_has_bad_region.
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:us-east-1:834212829299:system-tool/amazon.nova_grounding"_arn;
int use() { return static_cast<int>(value.str().size()); }
