// expect-error: model_does_not_support_cross_region_inference
// anthropic.claude-v2 is not cross-region capable: building its profile from constants does not compile.
#include <bedrock/cross_region_profile.hpp>

constexpr bedrock::cross_region_profile profile{bedrock::geo::us, bedrock::models::anthropic_claude_v2};

int main() { return static_cast<int>(profile.id().size()); }
