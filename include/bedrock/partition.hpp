#ifndef BEDROCK_PARTITION_HPP
#define BEDROCK_PARTITION_HPP

/** @file
    AWS partitions (`aws`, `aws-cn`, `aws-us-gov`, …): wire names, DNS suffixes, the regions each partition
    lists and the regions where Bedrock has an endpoint. Region -> partition resolution is in
    <bedrock/region.hpp>.

    @par Specification
    `docs/identifiers.md`. The partitions and the regions they list are generated from AWS's endpoint data
    (`data/aws-partitions.json`: partitions.json 1.1 of the AWS SDK for JavaScript, `@aws-sdk/core`) into
    <bedrock/partition_data.hpp>; the Bedrock endpoint regions are botocore's `data/endpoints.json`.
*/

#include <bedrock/detail/dependent.hpp>
#include <bedrock/partition_data.hpp>
#include <bedrock/wire_name.hpp>

#include <array>        // std::array (the constexpr tables)
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint8_t
#include <optional>     // std::optional (parse_partition, through parse_wire_name)
#include <span>         // std::span (regions, bedrock_regions)
#include <string_view>  // std::string_view

namespace bedrock {

/** An AWS partition, in botocore's `partitions.json` file order (that order decides region lookups).

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::partition::aws_us_gov) == "aws-us-gov");
    static_assert(bedrock::parse_partition("aws-iso-b") == bedrock::partition::aws_iso_b);
    @endcode
*/
enum class partition : std::uint8_t {
    aws,        ///< `aws`: the commercial regions.
    aws_cn,     ///< `aws-cn`: China.
    aws_eusc,   ///< `aws-eusc`: European Sovereign Cloud.
    aws_iso,    ///< `aws-iso`: US ISO (C2S).
    aws_iso_b,  ///< `aws-iso-b`: US ISOB (SC2S).
    aws_iso_e,  ///< `aws-iso-e`: EU ISOE.
    aws_iso_f,  ///< `aws-iso-f`: US ISOF.
    aws_us_gov, ///< `aws-us-gov`: AWS GovCloud (US).
    unknown,    ///< Not a partition that this library knows (never produced by parse_partition).
};

/// Every known partition, in `partitions.json` file order (without `partition::unknown`).
inline constexpr std::array<partition, 8> all_partitions{
    partition::aws,       partition::aws_cn,    partition::aws_eusc,  partition::aws_iso,
    partition::aws_iso_b, partition::aws_iso_e, partition::aws_iso_f, partition::aws_us_gov,
};

namespace detail {

// The partition rows and every listed region come from AWS's endpoint data, through the generator
// (<bedrock/partition_data.hpp>). The enum above names the rows: same count, same order. The tables' self-checks
// (that order, sorted region lists, every Bedrock region listed by the endpoint data) live in
// tests/unit/partition_data.cpp, so that including this header evaluates none of them.

using std::string_view_literals::operator""sv;  // the tables' literals carry their length (nothing to evaluate)

// endpoints.json, service `bedrock` (`docs/identifiers.md`, last column). Plain arrays, read through
// `bedrock_region_list` (`list_of`): a `std::array` of each distinct size would be one more class instantiation at
// every include.
inline constexpr std::string_view aws_bedrock_regions[]{
    "af-south-1"sv,     "ap-east-2"sv,      "ap-northeast-1"sv, "ap-northeast-2"sv, "ap-northeast-3"sv,
    "ap-south-1"sv,     "ap-south-2"sv,     "ap-southeast-1"sv, "ap-southeast-2"sv, "ap-southeast-3"sv,
    "ap-southeast-4"sv, "ap-southeast-5"sv, "ap-southeast-6"sv, "ap-southeast-7"sv, "ca-central-1"sv,
    "ca-west-1"sv,      "eu-central-1"sv,   "eu-central-2"sv,   "eu-north-1"sv,     "eu-south-1"sv,
    "eu-south-2"sv,     "eu-west-1"sv,      "eu-west-2"sv,      "eu-west-3"sv,      "il-central-1"sv,
    "me-central-1"sv,   "me-south-1"sv,     "mx-central-1"sv,   "sa-east-1"sv,      "us-east-1"sv,
    "us-east-2"sv,      "us-west-1"sv,      "us-west-2"sv,
};
inline constexpr std::string_view aws_eusc_bedrock_regions[]{"eusc-de-east-1"sv};
inline constexpr std::string_view aws_iso_bedrock_regions[]{"us-iso-east-1"sv};
inline constexpr std::string_view aws_iso_b_bedrock_regions[]{"us-isob-east-1"sv};
inline constexpr std::string_view aws_iso_f_bedrock_regions[]{"us-isof-east-1"sv, "us-isof-south-1"sv};
inline constexpr std::string_view aws_us_gov_bedrock_regions[]{"us-gov-east-1"sv, "us-gov-west-1"sv};

/// A plain array of strings as a @ref string_list (one instantiation per distinct size, cheaper than a
/// `std::array` of that size with its members).
template <std::size_t N>
[[nodiscard]] constexpr string_list list_of(std::string_view const (&items)[N]) noexcept {
    return {items, N};
}

/// The number of rows of @ref partition_table.
inline constexpr std::size_t partition_count = sizeof(partition_table) / sizeof(partition_table[0]);

} // namespace detail

/// The wire spellings of @ref partition: the `id` column of the partition table (`unknown` has none), generated as
/// `detail::partition_ids`.
template <>
struct wire_names<partition> {
    static constexpr auto const& names = detail::partition_ids;
};

/** The wire id of a partition (`"aws-us-gov"`); `partition::unknown` gives `"unknown"`.

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::partition::aws_cn) == "aws-cn");
    @endcode
*/
[[nodiscard]] constexpr std::string_view to_string(partition p) noexcept { return wire_name(p); }

/** Parses an exact partition id of `docs/identifiers.md`; anything else (case differs,
    `unknown`, an ARN's `aws-foo` suffix) gives `std::nullopt`. Returns a `std::optional<partition>`: a function
    template (called as before; taking its address needs `parse_partition<>`) whose return type names
    `partition` through `I`, so that a TU that never calls it instantiates no `std::optional<partition>`
    (callers inside templates call `parse_partition<I>(s)`).

    @par Example
    @code
    static_assert(bedrock::parse_partition("aws-us-gov") == bedrock::partition::aws_us_gov);
    static_assert(!bedrock::parse_partition("AWS"));
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto parse_partition(std::string_view s) noexcept {
    return parse_wire_name<detail::dependent_t<partition, I>>(s);
}

namespace detail {
/** @ref parse_partition without the `std::optional`: the partition spelled exactly `s`, or `partition::unknown`.
    For callers that are not templates (`arn::partition_id`, the ARN fast path), which would otherwise instantiate
    `parse_partition<0>` and its `std::optional<partition>` in every TU. */
[[nodiscard]] constexpr partition find_partition(std::string_view s) noexcept {
    constexpr auto const& names = wire_names<partition>::names;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == s) return static_cast<partition>(i);
    return partition::unknown;
}

/// The row of no partition: every field empty.
inline constexpr partition_info no_partition_info{};

/// The data row of a partition; for `partition::unknown` (or any value outside the table) the empty row.
[[nodiscard]] constexpr partition_info const& partition_entry(partition p) noexcept {
    auto const i = static_cast<std::size_t>(p);
    return i < partition_count ? partition_table[i] : no_partition_info;
}
} // namespace detail

/** The DNS suffix of a partition (`amazonaws.com`, `amazonaws.com.cn`, …); empty for `partition::unknown`.

    @par Example
    @code
    static_assert(bedrock::dns_suffix(bedrock::partition::aws_iso) == "c2s.ic.gov");
    @endcode
*/
[[nodiscard]] constexpr std::string_view dns_suffix(partition p) noexcept {
    return detail::partition_entry(p).dns_suffix;
}

/** The `*-global` pseudo region that `partitions.json` lists for a partition (`aws-global`,
    `aws-us-gov-global`, …), or empty when it has none (`aws-eusc`, `unknown`). These are not Bedrock regions
    and are not part of @ref regions.
*/
[[nodiscard]] constexpr std::string_view global_pseudo_region(partition p) noexcept {
    return detail::partition_entry(p).global_region;
}

/** The `regionRegex` of a partition in AWS's endpoint data, as text (`^cn\-\w+\-\d+$`); empty for
    `partition::unknown`. @ref partition_of_region implements it without <regex>.

    @par Example
    @code
    static_assert(bedrock::region_regex(bedrock::partition::aws_us_gov) == "^us\\-gov\\-\\w+\\-\\d+$");
    @endcode
*/
[[nodiscard]] constexpr std::string_view region_regex(partition p) noexcept {
    return detail::partition_entry(p).region_regex;
}

/** The description AWS's endpoint data gives a listed region (`"Europe (Ireland)"`); empty
    for a region no partition lists (a pseudo region, a region matched only by a `regionRegex`, a typo).

    @par Example
    @code
    static_assert(bedrock::region_description("eu-west-1") == "Europe (Ireland)");
    static_assert(bedrock::region_description("eu-west-9").empty());
    @endcode
*/
[[nodiscard]] constexpr std::string_view region_description(std::string_view region) noexcept {
    for (auto const& p : detail::partition_table)
        for (std::size_t i = 0; i < p.regions.size(); ++i)
            if (p.regions[i] == region) return p.region_descriptions[i];
    return {};
}

/** The regions that AWS's endpoint data (`partitions.json`) lists for a partition, sorted, without the
    `*-global` pseudo regions (see @ref global_pseudo_region). Empty for `partition::unknown`. Regions matched
    only by the partition's `regionRegex` (new regions) are not listed; see `partition_of_region` for those.
    A function template (called as before; taking its address needs `regions<>`), so that a TU that never calls
    it instantiates no `std::span` constructor.

    @par Example
    @code
    static_assert(bedrock::regions(bedrock::partition::aws_us_gov).size() == 2);
    static_assert(bedrock::regions(bedrock::partition::aws).size() == 36);  // me-west-1, sa-west-1, …
    @endcode
*/
template <int = 0>
[[nodiscard]] constexpr std::span<std::string_view const> regions(partition p) noexcept {
    auto const& list = detail::partition_entry(p).regions;
    return std::span<std::string_view const>(list.items, list.count);
}

namespace detail {
/// The list behind @ref bedrock_regions (what the library's own lookups iterate; no `std::span`).
[[nodiscard]] constexpr string_list bedrock_region_list(partition p) noexcept {
    switch (p) {
    case partition::aws: return list_of(aws_bedrock_regions);
    case partition::aws_eusc: return list_of(aws_eusc_bedrock_regions);
    case partition::aws_iso: return list_of(aws_iso_bedrock_regions);
    case partition::aws_iso_b: return list_of(aws_iso_b_bedrock_regions);
    case partition::aws_iso_f: return list_of(aws_iso_f_bedrock_regions);
    case partition::aws_us_gov: return list_of(aws_us_gov_bedrock_regions);
    case partition::aws_cn:
    case partition::aws_iso_e:
    case partition::unknown: break;
    }
    return {};
}
} // namespace detail

/** The regions of a partition where `endpoints.json` lists the `bedrock` service, sorted. Empty for
    `aws-cn`, `aws-iso-e` and `unknown`. A function template, like @ref regions.

    @par Example
    @code
    static_assert(bedrock::bedrock_regions(bedrock::partition::aws).size() == 33);
    static_assert(bedrock::bedrock_regions(bedrock::partition::aws_cn).empty());
    @endcode
*/
template <int = 0>
[[nodiscard]] constexpr std::span<std::string_view const> bedrock_regions(partition p) noexcept {
    auto const list = detail::bedrock_region_list(p);
    return std::span<std::string_view const>(list.items, list.count);
}

namespace detail {

constexpr bool is_word_char(char c) noexcept { // ASCII \w
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Full match of `\w+\-\d+` (ASCII): since `\w` has no `-`, the rest is one run of word characters, one
// `-`, then one or more digits.
constexpr bool matches_word_dash_digits(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size() && is_word_char(s[i])) ++i;
    if (i == 0 || i == s.size() || s[i] != '-') return false;
    ++i;
    if (i == s.size()) return false;
    for (; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

// Full match of the partition's regionRegex `^(<prefix>)\w+\-\d+$`: the generator expanded the regex's head into
// its literal prefixes (`us-`, `eu-`, …, `us-gov-`).
constexpr bool matches_region_regex(partition p, std::string_view r) noexcept {
    auto const i = static_cast<std::size_t>(p);
    if (i >= partition_count) return false;
    for (auto prefix : partition_table[i].region_prefixes)
        if (r.substr(0, prefix.size()) == prefix && matches_word_dash_digits(r.substr(prefix.size()))) return true;
    return false;
}

} // namespace detail

/** The partition a region belongs to, as botocore's `aws_partition` decides it, except that no match gives
    `partition::unknown` instead of botocore's fallback to `aws`.

    The partitions are tried in `partitions.json` order; a region belongs to the first one that lists it
    (the `*-global` pseudo regions included) or whose `regionRegex` fully matches it (ASCII `\w`, no final
    newline). So `ap-southeast-9` is `aws` (by regex), `us-gov-west-1` is `aws_us_gov`, and `xx-east-1`,
    `US-EAST-1`, `eusc-fr-east-1` and `us-east-1\n` are `unknown`.

    @par Example
    @code
    static_assert(bedrock::partition_of_region("us-isob-east-1") == bedrock::partition::aws_iso_b);
    static_assert(bedrock::partition_of_region("xx-east-1") == bedrock::partition::unknown);
    @endcode
    @par Specification
    `docs/identifiers.md`.
*/
[[nodiscard]] constexpr partition partition_of_region(std::string_view region) noexcept {
    for (auto p : all_partitions) {
        if (region == global_pseudo_region(p) && !region.empty()) return p;
        for (auto r : detail::partition_entry(p).regions)
            if (r == region) return p;
        if (detail::matches_region_regex(p, region)) return p;
    }
    return partition::unknown;
}

} // namespace bedrock

#endif // BEDROCK_PARTITION_HPP
