// expect-error: literal_has_bad_region
// The literal does not compile: only foundation-model (and system-tool) ARNs may be region-less (region_required); the diagnostic names bedrock::detail::literal_has_bad_region.
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:::inference-profile/global.anthropic.claude-sonnet-4-20250514-v1:0"_arn;
int use() { return static_cast<int>(value.str().size()); }
