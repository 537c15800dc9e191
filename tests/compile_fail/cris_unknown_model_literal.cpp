// expect-error: model_is_not_in_the_catalog
// A well-formed model id that the catalog does not have.
#include <bedrock/cross_region_profile.hpp>

constexpr bedrock::cross_region_profile profile{bedrock::geo::eu, "anthropic.claude-9-sonnet-v1:0"};

int main() { return static_cast<int>(profile.id().size()); }
