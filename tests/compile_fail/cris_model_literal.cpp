// expect-ok
// The compiling twin of cris_unknown_model_literal.cpp and cris_model_literal_*.cpp: a catalog id literal.
#include <bedrock/cross_region_profile.hpp>

constexpr bedrock::cross_region_profile profile{bedrock::geo::eu, "anthropic.claude-3-7-sonnet-20250219-v1:0"};
static_assert(profile.id() == "eu.anthropic.claude-3-7-sonnet-20250219-v1:0");
static_assert(profile.model() == bedrock::models::anthropic_claude_3_7_sonnet_v1_0);

int main() { return static_cast<int>(profile.id().size()); }
