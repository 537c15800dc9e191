#ifndef BEDROCK_REGION_HPP
#define BEDROCK_REGION_HPP

/** @file
    AWS region names: the syntax an ARN allows, whether a region is known, and whether Bedrock has an
    endpoint there. Includes <bedrock/partition.hpp> (`partition_of_region`, `regions`, `bedrock_regions`).

    @par Specification
    `docs/identifiers.md`
*/

#include <bedrock/detail/dependent.hpp>
#include <bedrock/error.hpp>
#include <bedrock/partition.hpp>

#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint32_t
#include <optional>     // std::optional (checkers)
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
    for (auto r : detail::bedrock_region_list(partition_of_region(region)))
        if (r == region) return true;
    return false;
}

/** Checks a region given as an argument (the one region check of the library: ARN parsing, ARN builders,
    environments and prompt routers all use it). Returns a `std::optional<parse_error>` (a function template:
    called as before; its address is `check_region<>`). Offsets are into `region`: `region_required` (0) when empty;
    `uppercase` at the first uppercase letter or `bad_region` at the first other byte outside `[a-z0-9-]`, or
    `bad_region` at 20 when it is longer than 20 bytes.

    @par Example
    @code
    static_assert(!bedrock::check_region("us-east-1"));
    static_assert(bedrock::check_region("us-EAST-1")->code == bedrock::errc::uppercase);
    static_assert(bedrock::check_region("us east")->offset == 2);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto check_region(std::string_view region) noexcept {
    using optional = std::optional<detail::dependent_t<parse_error, I>>;
    if (region.empty()) return optional(parse_error{errc::region_required, 0});
    std::size_t bad = 0;
    while (bad < region.size() && ((region[bad] >= 'a' && region[bad] <= 'z') || (region[bad] >= '0' && region[bad] <= '9') ||
                                   region[bad] == '-'))
        ++bad;
    if (bad < region.size() || region.size() > 20) {
        bool const upper = bad < region.size() && region[bad] >= 'A' && region[bad] <= 'Z';
        return optional(parse_error{bad < 20 && upper ? errc::uppercase : errc::bad_region, static_cast<std::uint32_t>(bad < 20 ? bad : 20)});
    }
    return optional();
}

/** @ref check_region (the same `std::optional<parse_error>`), then that the region exists (`unknown_region`, offset 0) and belongs to `p`
    (`region_partition_mismatch`, offset 0).

    @par Example
    @code
    static_assert(!bedrock::check_region_in(bedrock::partition::aws, "eu-west-1"));
    static_assert(bedrock::check_region_in(bedrock::partition::aws_cn, "eu-west-1")->code == bedrock::errc::region_partition_mismatch);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto check_region_in(partition p, std::string_view region) noexcept {
    using optional = std::optional<detail::dependent_t<parse_error, I>>;
    if (auto e = check_region<I>(region)) return e;
    auto const rp = partition_of_region(region);
    if (rp == partition::unknown) return optional(parse_error{errc::unknown_region, 0});
    if (rp != p) return optional(parse_error{errc::region_partition_mismatch, 0});
    return optional();
}

} // namespace bedrock

#endif // BEDROCK_REGION_HPP
