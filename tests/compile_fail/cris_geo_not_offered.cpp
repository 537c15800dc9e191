// expect-error: model_is_not_offered_in_this_geo
// AWS offers openai.gpt-5.6-sol in us and global only (the alpha package's own model docs): its eu profile
// does not compile, although the references' supportsCrossRegion flag alone would accept it.
#include <bedrock/cross_region_profile.hpp>

constexpr bedrock::cross_region_profile profile{bedrock::geo::eu, bedrock::models::openai_gpt_5_6_sol};

int main() { return static_cast<int>(profile.id().size()); }
