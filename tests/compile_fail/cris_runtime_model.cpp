// expect-error: (not usable in a constant expression|is not a constant expression|cannot be used in a constant expression)
// The consteval constructor takes constants only; a model chosen at run time goes through make_cross_region_profile.
#include <bedrock/cross_region_profile.hpp>

int main(int argc, char**) {
    bedrock::foundation_model const& m = bedrock::catalog[static_cast<unsigned>(argc)];
    bedrock::cross_region_profile profile{bedrock::geo::us, m};
    return static_cast<int>(profile.id().size());
}
