// expect-error: literal_has_uppercase
// A cross-region capable model whose id is not a canonical model id: the id check of the profile rejects it.
#include <bedrock/cross_region_profile.hpp>

constexpr bedrock::foundation_model acme{.id = "Acme.model-v1:0", .provider = "acme",
                                         .capabilities = bedrock::capability::cross_region};
constexpr bedrock::cross_region_profile profile{bedrock::geo::eu, acme};

int main() { return static_cast<int>(profile.id().size()); }
