// expect-ok
// The compiling twin of cris_geo_not_offered_literal.cpp: luna in the India geo, as AWS documents it.
#include <bedrock/cross_region_profile.hpp>

constexpr bedrock::cross_region_profile profile{bedrock::geo::in, "openai.gpt-5.6-luna"};
static_assert(profile.id() == "in.openai.gpt-5.6-luna");

int main() { return static_cast<int>(profile.id().size()); }
