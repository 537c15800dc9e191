// expect-ok
// The compiling twin of cris_model_without_cross_region.cpp: a cross-region capable model.
#include <bedrock/cross_region_profile.hpp>

constexpr bedrock::cross_region_profile profile{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
static_assert(profile.id() == "us.anthropic.claude-3-5-sonnet-20241022-v2:0");

int main() { return static_cast<int>(profile.id().size()); }
