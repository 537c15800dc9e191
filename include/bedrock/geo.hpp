#ifndef BEDROCK_GEO_HPP
#define BEDROCK_GEO_HPP

/** @file
    Cross-region inference geos (`us`, `eu`, `apac`, `jp`, `au`, `us-gov`, `global`, `in`, `ca`): the prefix of a
    system-defined inference profile id, its partition, the regions it routes to, where those regions come from
    (@ref geo_regions_basis), the geo a source region uses, and sets of geos (@ref geo_set).

    @par Specification
    `docs/identifiers.md`, `docs/cdk-mapping.md`.
*/

#include <bedrock/detail/dependent.hpp>
#include <bedrock/region.hpp>
#include <bedrock/wire_name.hpp>

#include <array>        // std::array (the constexpr tables)
#include <cstddef>      // std::size_t (size of a geo_set)
#include <cstdint>      // std::uint8_t
#include <optional>     // std::optional (parse_geo, geo_for_source_region)
#include <span>         // std::span (destination_regions)
#include <string_view>  // std::string_view

namespace bedrock {

/** A cross-region inference geo: the seven of the aws-cdk alpha enum `CrossRegionInferenceProfileRegion`, in
    its order, then the geos AWS has beyond it (`in`, `ca`), appended so existing values keep their numbers.

    The wire spelling comes from @ref to_string(geo) (`geo::us_gov` is `"us-gov"`).

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::geo::us_gov) == "us-gov");
    static_assert(bedrock::parse_geo("apac") == bedrock::geo::apac);
    @endcode
*/
enum class geo : std::uint8_t {
    global, ///< `global`: any supported commercial region.
    eu,     ///< `eu`: European regions.
    us,     ///< `us`: US commercial regions.
    us_gov, ///< `us-gov`: AWS GovCloud (US), partition `aws-us-gov`.
    apac,   ///< `apac`: Asia Pacific (and me-central-1).
    jp,     ///< `jp`: Japan.
    au,     ///< `au`: Australia.
    in,     ///< `in`: India (ap-south-1, ap-south-2), documented by AWS (2026-08-18); unknown to the references.
    ca,     ///< `ca`: Canada. Assumed, not documented: no AWS source shows a `ca.` profile (docs/catalog.md).
};

/// Every geo, in enum order.
inline constexpr std::array<geo, 9> all_geos{geo::global, geo::eu, geo::us,  geo::us_gov, geo::apac,
                                             geo::jp,     geo::au, geo::in, geo::ca};

/// The seven geos of the references' `CrossRegionInferenceProfileRegion`, in enum order.
inline constexpr std::array<geo, 7> reference_geos{geo::global, geo::eu, geo::us, geo::us_gov, geo::apac, geo::jp, geo::au};

namespace detail {

using std::string_view_literals::operator""sv;  // the tables' literals carry their length (nothing to evaluate)

/// The wire spellings of @ref geo, in enum order: @ref wire_names<geo>.
inline constexpr std::array<std::string_view, 9> geo_names{"global"sv, "eu"sv, "us"sv, "us-gov"sv, "apac"sv,
                                                           "jp"sv,     "au"sv, "in"sv, "ca"sv};

} // namespace detail

/// The wire spellings of @ref geo, in enum order (the table is `detail::geo_names`).
template <>
struct wire_names<geo> {
    static constexpr auto const& names = detail::geo_names;
};

namespace detail {

// `docs/cdk-mapping.md`, the alpha JSDoc lists, in that order. Plain arrays, read through `destination_list`
// (`list_of`): a `std::array` of each distinct size would be one more class (and member) instantiation at every include.
inline constexpr std::string_view geo_eu_regions[]{
    "eu-central-1"sv, "eu-west-1"sv, "eu-west-3"sv,  "eu-west-2"sv,
    "eu-north-1"sv,   "eu-south-1"sv, "eu-south-2"sv, "eu-central-2"sv};
inline constexpr std::string_view geo_us_regions[]{"us-east-1"sv, "us-east-2"sv, "us-west-2"sv};
inline constexpr std::string_view geo_us_gov_regions[]{"us-gov-east-1"sv, "us-gov-west-1"sv};
inline constexpr std::string_view geo_apac_regions[]{
    "ap-northeast-1"sv, "ap-northeast-2"sv, "ap-northeast-3"sv, "ap-south-1"sv,     "ap-south-2"sv,
    "ap-southeast-1"sv, "ap-southeast-2"sv, "ap-southeast-3"sv, "ap-southeast-4"sv, "ap-southeast-5"sv,
    "ap-southeast-7"sv, "ap-east-2"sv,      "me-central-1"sv};
inline constexpr std::string_view geo_jp_regions[]{"ap-northeast-1"sv, "ap-northeast-3"sv};
inline constexpr std::string_view geo_au_regions[]{"ap-southeast-2"sv, "ap-southeast-4"sv};
// AWS What's New "Amazon Bedrock now supports OpenAI models in India" (2026-08-18): sources and destinations
// "such as" ap-south-1 and ap-south-2 (not exhaustive); data/aws-documentation.json.
inline constexpr std::string_view geo_in_regions[]{"ap-south-1"sv, "ap-south-2"sv};
// Assumed: the Canadian regions of partition aws (data/aws-partitions.json); no AWS source documents a ca geo.
inline constexpr std::string_view geo_ca_regions[]{"ca-central-1"sv, "ca-west-1"sv};

} // namespace detail

/** The wire spelling of a geo: `"global"`, `"eu"`, `"us"`, `"us-gov"`, `"apac"`, `"jp"`, `"au"`, `"in"`, `"ca"` (one table,
    never derived from the enumerator names). An out-of-range value gives `"unknown"`.

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::geo::apac) == "apac");
    @endcode
*/
[[nodiscard]] constexpr std::string_view to_string(geo g) noexcept { return wire_name(g); }

// `template <int I = 0> constexpr auto` (parse_geo, geo_for_source_region): the `std::optional<geo>` they return
// names `geo` through `I`, so a TU that includes this header but calls neither instantiates no
// `std::optional<geo>` (issue 9). Callers inside templates call them dependently: `parse_geo<I>(s)`.

/** Parses a geo by exact equality with its wire spelling. `US`, `us_gov`, `usgov`, `us-gov.` and `zz` give
    `std::nullopt`; a prefix is never matched.

    @par Example
    @code
    static_assert(bedrock::parse_geo("us-gov") == bedrock::geo::us_gov);
    static_assert(bedrock::parse_geo("in") == bedrock::geo::in);
    static_assert(!bedrock::parse_geo("us_gov") && !bedrock::parse_geo("zz"));
    @endcode

    Returns a `std::optional<geo>` (a function template: called as before; taking its address needs `parse_geo<>`).
*/
template <int I = 0>
[[nodiscard]] constexpr auto parse_geo(std::string_view s) noexcept {
    return parse_wire_name<detail::dependent_t<geo, I>>(s);
}

namespace detail {
/** Whether `s` is the wire spelling of a geo: `parse_geo(s).has_value()` without the `std::optional`, for the
    callers that only test (the model-id checker, which is not a template and would otherwise instantiate
    `parse_geo<0>` and `std::optional<geo>` in every TU that includes <bedrock/model_id.hpp>). */
[[nodiscard]] constexpr bool is_geo_name(std::string_view s) noexcept {
    for (auto name : wire_names<geo>::names)
        if (name == s) return true;
    return false;
}
} // namespace detail

/** The partition of a geo's profiles: `aws_us_gov` for `geo::us_gov`, `aws` for every other geo.

    @par Example
    @code
    static_assert(bedrock::partition_of(bedrock::geo::us_gov) == bedrock::partition::aws_us_gov);
    @endcode
*/
[[nodiscard]] constexpr partition partition_of(geo g) noexcept {
    return g == geo::us_gov ? partition::aws_us_gov : partition::aws;
}

namespace detail {
/// The list behind @ref destination_regions (what geo_for_source_region iterates; no `std::span`).
[[nodiscard]] constexpr string_list destination_list(geo g) noexcept {
    switch (g) {
    case geo::global: return bedrock_region_list(partition::aws);
    case geo::eu: return list_of(geo_eu_regions);
    case geo::us: return list_of(geo_us_regions);
    case geo::us_gov: return list_of(geo_us_gov_regions);
    case geo::apac: return list_of(geo_apac_regions);
    case geo::jp: return list_of(geo_jp_regions);
    case geo::au: return list_of(geo_au_regions);
    case geo::in: return list_of(geo_in_regions);
    case geo::ca: return list_of(geo_ca_regions);
    }
    return {};
}
} // namespace detail

/** The regions that a geo's profiles may route requests to.

    For `eu`, `us`, `us-gov`, `apac`, `jp` and `au` these are the lists of the aws-cdk alpha JSDoc
    (`docs/cdk-mapping.md`), in that order. AWS documents them per model and changes them over time, so treat them
    as the typical set, not a per-model guarantee. `geo::global` has no list in any source ("any supported
    commercial AWS Region"); this library answers every region of partition `aws` with a Bedrock endpoint
    (`bedrock_regions(partition::aws)`, 33 regions).

    @par Example
    @code
    static_assert(bedrock::destination_regions(bedrock::geo::jp).size() == 2);
    static_assert(bedrock::destination_regions(bedrock::geo::global).size() == 33);
    @endcode
*/
template <int = 0>
[[nodiscard]] constexpr std::span<std::string_view const> destination_regions(geo g) noexcept {
    auto const list = detail::destination_list(g);
    return std::span<std::string_view const>(list.items, list.count);
}

/** Where a geo's @ref destination_regions come from, best first. */
enum class geo_regions_basis : std::uint8_t {
    documented_by_aws,         ///< AWS's own publication names the geo and its regions (possibly not exhaustively).
    documented_by_references,  ///< The references' doc comments list the regions.
    assumed,                   ///< No source documents the geo; the regions are this library's assumption.
};

/// The wire spelling of a @ref geo_regions_basis: `documented-by-aws`, `documented-by-references`, `assumed`.
[[nodiscard]] constexpr std::string_view to_string(geo_regions_basis b) noexcept {
    switch (b) {
    case geo_regions_basis::documented_by_aws: return "documented-by-aws";
    case geo_regions_basis::documented_by_references: return "documented-by-references";
    case geo_regions_basis::assumed: return "assumed";
    }
    return "unknown";
}

/** Where the regions of `g` come from: `in` from AWS (its list is not exhaustive), `ca` assumed (no AWS source
    shows a `ca.` profile), `global` assumed (no source lists it: "any supported commercial Region"), the other
    six from the references' doc comments.

    @par Example
    @code
    static_assert(bedrock::regions_basis(bedrock::geo::in) == bedrock::geo_regions_basis::documented_by_aws);
    static_assert(bedrock::regions_basis(bedrock::geo::ca) == bedrock::geo_regions_basis::assumed);
    @endcode
*/
[[nodiscard]] constexpr geo_regions_basis regions_basis(geo g) noexcept {
    switch (g) {
    case geo::in: return geo_regions_basis::documented_by_aws;
    case geo::ca:
    case geo::global: return geo_regions_basis::assumed;
    default: return geo_regions_basis::documented_by_references;
    }
}

/** True when `g` is one of the seven geos of the references' `CrossRegionInferenceProfileRegion`. */
[[nodiscard]] constexpr bool is_reference_geo(geo g) noexcept {
    // @ref reference_geos are the first seven enumerators (`tests/unit/geo.cpp` checks it): one comparison, and no
    // walk over that std::array instantiated at every include.
    return static_cast<unsigned>(g) <= static_cast<unsigned>(geo::au);
}

/** A set of geos: bit `i` is the geo whose enum value is `i`. Combine with `|` and `&`; iterate with
    @ref all_geos and test with @ref contains.

    @par Example
    @code
    constexpr auto s = bedrock::geo_set_of(bedrock::geo::us) | bedrock::geo_set_of(bedrock::geo::in);
    static_assert(bedrock::contains(s, bedrock::geo::in) && !bedrock::contains(s, bedrock::geo::eu));
    static_assert(bedrock::size(s) == 2);
    @endcode
*/
enum class geo_set : std::uint16_t {
    none = 0,  ///< The empty set.
};
/// The set holding only `g`.
[[nodiscard]] constexpr geo_set geo_set_of(geo g) noexcept {
    return static_cast<geo_set>(1u << static_cast<unsigned>(g));
}
/// The union of two geo sets.
[[nodiscard]] constexpr geo_set operator|(geo_set a, geo_set b) noexcept {
    return static_cast<geo_set>(static_cast<std::uint16_t>(a) | static_cast<std::uint16_t>(b));
}
/// The intersection of two geo sets.
[[nodiscard]] constexpr geo_set operator&(geo_set a, geo_set b) noexcept {
    return static_cast<geo_set>(static_cast<std::uint16_t>(a) & static_cast<std::uint16_t>(b));
}
/// True when `g` is in `s`.
[[nodiscard]] constexpr bool contains(geo_set s, geo g) noexcept { return (s & geo_set_of(g)) != geo_set::none; }
/// The number of geos in `s`.
[[nodiscard]] constexpr std::size_t size(geo_set s) noexcept {
    // the bits of the geos of all_geos (0 to 8, one per enumerator), counted one per step
    auto bits = static_cast<unsigned>(s) & ((1u << wire_names<geo>::names.size()) - 1u);
    std::size_t n = 0;
    for (; bits != 0; bits &= bits - 1u) ++n;
    return n;
}
/// True when `s` is empty.
[[nodiscard]] constexpr bool empty(geo_set s) noexcept { return s == geo_set::none; }

/** One entry of @ref reference_region_to_geo. */
struct region_geo {
    std::string_view region; ///< The source region.
    bedrock::geo geo;        ///< The geo the references map it to.
};

/** The aws-cdk `REGION_TO_GEO_AREA` map, exactly (11 entries, identical in both CDK packages,
    `docs/cdk-mapping.md`). No region maps to `global`, `us-gov`, `jp` or `au` there. The library's own answer,
    which covers more regions, is @ref geo_for_source_region.
*/
inline constexpr std::array<region_geo, 11> reference_region_to_geo{{
    {"us-east-1", geo::us},
    {"us-east-2", geo::us},
    {"us-west-2", geo::us},
    {"eu-central-1", geo::eu},
    {"eu-west-1", geo::eu},
    {"eu-west-3", geo::eu},
    {"ap-northeast-1", geo::apac},
    {"ap-northeast-2", geo::apac},
    {"ap-south-1", geo::apac},
    {"ap-southeast-1", geo::apac},
    {"ap-southeast-2", geo::apac},
}};

/** The geo whose cross-region profiles a caller in `region` would use, or `std::nullopt`.

    Extends `REGION_TO_GEO_AREA` (@ref reference_region_to_geo, which it agrees with on all 11 entries) to
    every region that any geo's @ref destination_regions lists. When several geos list a region, the broad
    geo wins over the country geos: `us`, `eu`, `apac`, `us-gov` before `jp` and `au` (so `ap-northeast-1`
    is `apac`, not `jp`). `global` is never the answer, because every commercial region could use it.

    @par Example
    @code
    static_assert(bedrock::geo_for_source_region("eu-north-1") == bedrock::geo::eu);
    static_assert(bedrock::geo_for_source_region("us-gov-west-1") == bedrock::geo::us_gov);
    static_assert(!bedrock::geo_for_source_region("ca-central-1"));
    @endcode

    Returns a `std::optional<geo>` (a function template like @ref parse_geo; its address is
    `geo_for_source_region<>`).
*/
template <int I = 0>
[[nodiscard]] constexpr auto geo_for_source_region(std::string_view region) noexcept {
    using optional = std::optional<detail::dependent_t<geo, I>>;
    constexpr geo preference[]{geo::us, geo::eu, geo::apac, geo::us_gov, geo::jp, geo::au};
    for (geo g : preference)
        for (auto r : detail::destination_list(g))
            if (r == region) return optional(g);
    return optional();
}

} // namespace bedrock

#endif // BEDROCK_GEO_HPP
