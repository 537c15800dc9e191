// expect-ok
// The compiling twin of cris_geo_not_offered.cpp: geos AWS offers the model in (us for sol; in for terra).
#include <bedrock/cross_region_profile.hpp>

constexpr bedrock::cross_region_profile profile{bedrock::geo::us, bedrock::models::openai_gpt_5_6_sol};
static_assert(profile.id() == "us.openai.gpt-5.6-sol");
constexpr bedrock::cross_region_profile india{bedrock::geo::in, bedrock::models::openai_gpt_5_6_terra};
static_assert(india.id() == "in.openai.gpt-5.6-terra");

int main() { return static_cast<int>(profile.id().size() + india.id().size()); }
