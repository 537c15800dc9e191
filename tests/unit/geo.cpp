#include <bedrock/geo.hpp>

#include <bedrock_test/catch.hpp>

#include <algorithm>
#include <iterator>
#include <string_view>

using bedrock::geo;

// javadoc
static_assert(bedrock::to_string(bedrock::geo::us_gov) == "us-gov");
static_assert(bedrock::parse_geo("apac") == bedrock::geo::apac);
static_assert(bedrock::to_string(bedrock::geo::apac) == "apac");
static_assert(bedrock::parse_geo("us-gov") == bedrock::geo::us_gov);
static_assert(!bedrock::parse_geo("us_gov") && !bedrock::parse_geo("zz"));
static_assert(bedrock::partition_of(bedrock::geo::us_gov) == bedrock::partition::aws_us_gov);
static_assert(bedrock::destination_regions(bedrock::geo::jp).size() == 2);
static_assert(bedrock::destination_regions(bedrock::geo::global).size() == 33);
static_assert(bedrock::geo_for_source_region("eu-north-1") == bedrock::geo::eu);
static_assert(bedrock::geo_for_source_region("us-gov-west-1") == bedrock::geo::us_gov);
static_assert(!bedrock::geo_for_source_region("ca-central-1"));

TEST_CASE("geo wire names come from one table, in CDK alpha enum order", "[geo]") {
    constexpr std::string_view wire[] = {"global", "eu", "us", "us-gov", "apac", "jp", "au", "in", "ca"};
    STATIC_REQUIRE(bedrock::all_geos.size() == std::size(wire));
    for (std::size_t i = 0; i < bedrock::all_geos.size(); ++i) {
        auto g = bedrock::all_geos[i];
        CAPTURE(i);
        REQUIRE(static_cast<std::size_t>(g) == i);
        REQUIRE(bedrock::to_string(g) == wire[i]);
        REQUIRE(bedrock::parse_geo(wire[i]) == g);
        REQUIRE(bedrock::detail::is_geo_name(wire[i]));
        REQUIRE(bedrock::partition_of(g) == (g == geo::us_gov ? bedrock::partition::aws_us_gov : bedrock::partition::aws));
    }
    REQUIRE(bedrock::to_string(static_cast<geo>(42)) == "unknown");
    REQUIRE(bedrock::destination_regions(static_cast<geo>(42)).empty());
    for (auto bad : {"", "US", "us_gov", "usgov", "us-gov.", "us-", "zz", "CA", "global ", "APAC", "eu-west-1"}) {
        CAPTURE(bad);
        REQUIRE_FALSE(bedrock::parse_geo(bad));
        REQUIRE_FALSE(bedrock::detail::is_geo_name(bad));
    }
}

TEST_CASE("destination regions: alpha JSDoc lists; global = every aws bedrock region", "[geo]") {
    auto has = [](geo g, std::string_view r) {
        auto s = bedrock::destination_regions(g);
        return std::find(s.begin(), s.end(), r) != s.end();
    };
    REQUIRE(bedrock::destination_regions(geo::us).size() == 3);
    REQUIRE(bedrock::destination_regions(geo::eu).size() == 8);
    REQUIRE(bedrock::destination_regions(geo::apac).size() == 13);
    REQUIRE(bedrock::destination_regions(geo::us_gov).size() == 2);
    REQUIRE(bedrock::destination_regions(geo::au).size() == 2);
    REQUIRE(has(geo::apac, "me-central-1"));
    REQUIRE(has(geo::au, "ap-southeast-4"));
    REQUIRE(has(geo::jp, "ap-northeast-3"));
    for (auto g : bedrock::all_geos)
        for (auto r : bedrock::destination_regions(g)) {
            CAPTURE(bedrock::to_string(g), r);
            // every destination is a Bedrock region of the geo's partition
            REQUIRE(bedrock::has_bedrock_endpoint(r));
            REQUIRE(bedrock::partition_of_region(r) == bedrock::partition_of(g));
        }
}

TEST_CASE("source region -> geo: agrees with REGION_TO_GEO_AREA and prefers the broad geo", "[geo]") {
    REQUIRE(bedrock::reference_region_to_geo.size() == 11);
    for (auto const& e : bedrock::reference_region_to_geo) {
        CAPTURE(e.region);
        REQUIRE(bedrock::geo_for_source_region(e.region) == e.geo);
    }
    REQUIRE(bedrock::geo_for_source_region("ap-northeast-1") == geo::apac); // also jp
    REQUIRE(bedrock::geo_for_source_region("ap-southeast-4") == geo::apac); // also au
    REQUIRE(bedrock::geo_for_source_region("ap-northeast-3") == geo::apac);
    REQUIRE(bedrock::geo_for_source_region("eu-south-2") == geo::eu);
    REQUIRE(bedrock::geo_for_source_region("us-gov-east-1") == geo::us_gov);
    REQUIRE(bedrock::geo_for_source_region("me-central-1") == geo::apac);
    for (auto none : {"us-west-1", "ca-central-1", "sa-east-1", "cn-north-1", "", "US-EAST-1"}) {
        CAPTURE(none);
        REQUIRE_FALSE(bedrock::geo_for_source_region(none));
    }
    // every region that any geo lists has an answer, and it is never global; the assumed `ca` geo is never the
    // answer (Canadian callers use the us and global profiles, docs/catalog.md), so its regions are skipped
    for (auto g : bedrock::all_geos) {
        if (g == geo::global || g == geo::ca) continue;
        for (auto r : bedrock::destination_regions(g)) {
            CAPTURE(r);
            auto found = bedrock::geo_for_source_region(r);
            REQUIRE(found);
            REQUIRE(*found != geo::global);
        }
    }
}

// destination_regions is a function template (no std::span built at include time): taking its address needs `<>`,
// and geo_for_source_region walks the same lists.
static_assert([] {
    auto const by_address = &bedrock::destination_regions<>;
    for (auto g : bedrock::all_geos) {
        auto const list = bedrock::detail::destination_list(g);
        if (list.size() != by_address(g).size() || list.begin() != by_address(g).data()) return false;
    }
    return bedrock::detail::destination_list(static_cast<bedrock::geo>(42)).empty();
}());

// is_reference_geo and size(geo_set) compute from the enum values instead of walking reference_geos / all_geos:
// same answers as the walks, for every geo, every set of known geos, and bits outside them.
static_assert([] {
    for (unsigned v = 0; v < 256; ++v) {
        auto const g = static_cast<bedrock::geo>(v);
        bool listed = false;
        for (auto r : bedrock::reference_geos) listed = listed || r == g;
        if (bedrock::is_reference_geo(g) != listed) return false;
    }
    for (unsigned low = 0; low < (1u << 10); ++low) { // every set of the nine geos, with and without other bits
        auto const s = static_cast<bedrock::geo_set>(low | (low % 3 == 0 ? 0xFC00u : 0u));
        std::size_t n = 0;
        for (auto g : bedrock::all_geos) n += bedrock::contains(s, g) ? 1 : 0;
        if (bedrock::size(s) != n) return false;
    }
    return true;
}());
