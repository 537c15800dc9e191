// expect-error: literal_has_geo_prefixed_model_id
// A profile id where a model id belongs (the geo would be doubled).
#include <bedrock/cross_region_profile.hpp>

constexpr bedrock::cross_region_profile profile{bedrock::geo::us, "us.anthropic.claude-3-haiku-20240307-v1:0"};

int main() { return static_cast<int>(profile.id().size()); }
