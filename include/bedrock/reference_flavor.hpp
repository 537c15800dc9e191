#ifndef BEDROCK_REFERENCE_FLAVOR_HPP
#define BEDROCK_REFERENCE_FLAVOR_HPP

/** @file
    Which reference package's behaviour to reproduce where the library follows AWS instead (docs/catalog.md,
    "Departures from the references"), or where the two packages differ.
*/

#include <cstdint>  // std::uint8_t

namespace bedrock {

/** Which reference package's behaviour to reproduce: the cross-region gate of
    `make_cross_region_profile(geo, model, reference_flavor)` (the package's `supportsCrossRegion` and its seven
    geos, instead of the geos AWS offers), and imported profiles' grants.

    @par Example
    @code
    static_assert(bedrock::reference_flavor::alpha != bedrock::reference_flavor::genai);
    @endcode
*/
enum class reference_flavor : std::uint8_t {
    alpha, ///< `@aws-cdk/aws-bedrock-alpha` (current)
    genai, ///< `@cdklabs/generative-ai-cdk-constructs` (deprecated)
};

} // namespace bedrock

#endif // BEDROCK_REFERENCE_FLAVOR_HPP
