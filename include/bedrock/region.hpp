#ifndef BEDROCK_REGION_HPP
#define BEDROCK_REGION_HPP

/** @file
    AWS region names: the syntax an ARN allows, whether a region is known, and whether Bedrock has an
    endpoint there. Includes <bedrock/partition.hpp> (`partition_of_region`, `regions`, `bedrock_regions`).

    @par Specification
    `docs/identifiers.md`
*/

#include <bedrock/partition.hpp>

#include <string_view>  // std::string_view

namespace bedrock {

/** True when `region` has the syntax of an ARN region: 1 to 20 characters of `[a-z0-9-]` (`docs/identifiers.md`). Says nothing about whether the region exists; see @ref is_known_region.

    @par Example
    @code
    static_assert(bedrock::is_region_syntax("us-east-1") && !bedrock::is_region_syntax("US-EAST-1"));
    @endcode
*/
[[nodiscard]] constexpr bool is_region_syntax(std::string_view region) noexcept {
    if (region.empty() || region.size() > 20) return false;
    for (char c : region)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

/** True when some partition claims the region (listed or by its `regionRegex`), i.e.
    `partition_of_region(region) != partition::unknown`. `*-global` pseudo regions count as known.

    @par Example
    @code
    static_assert(bedrock::is_known_region("ap-southeast-9") && !bedrock::is_known_region("xx-east-1"));
    @endcode
*/
[[nodiscard]] constexpr bool is_known_region(std::string_view region) noexcept {
    return partition_of_region(region) != partition::unknown;
}

/** True when `endpoints.json` lists the `bedrock` service in `region` (`docs/identifiers.md`, last column).

    @par Example
    @code
    static_assert(bedrock::has_bedrock_endpoint("us-east-1"));
    static_assert(!bedrock::has_bedrock_endpoint("ap-east-1"));   // listed region, but no Bedrock
    static_assert(!bedrock::has_bedrock_endpoint("cn-north-1"));
    @endcode
*/
[[nodiscard]] constexpr bool has_bedrock_endpoint(std::string_view region) noexcept {
    for (auto r : bedrock_regions(partition_of_region(region)))
        if (r == region) return true;
    return false;
}

} // namespace bedrock

#endif // BEDROCK_REGION_HPP
