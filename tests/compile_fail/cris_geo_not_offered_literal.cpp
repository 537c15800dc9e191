// expect-error: model_is_not_offered_in_this_geo
// The model-id literal path refuses a geo the model is not offered in too (jp for openai.gpt-5.6-luna).
#include <bedrock/cross_region_profile.hpp>

constexpr bedrock::cross_region_profile profile{bedrock::geo::jp, "openai.gpt-5.6-luna"};

int main() { return static_cast<int>(profile.id().size()); }
