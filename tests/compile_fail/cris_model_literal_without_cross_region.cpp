// expect-error: model_does_not_support_cross_region_inference
// A catalog id literal of a model without cross-region support.
#include <bedrock/cross_region_profile.hpp>

constexpr bedrock::cross_region_profile profile{bedrock::geo::us, "mistral.mistral-large-2407-v1:0"};

int main() { return static_cast<int>(profile.id().size()); }
