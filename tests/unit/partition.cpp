#include <bedrock/partition.hpp>
#include <bedrock/partition.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <algorithm>
#include <iterator>
#include <string_view>

using bedrock::partition;

// javadoc
static_assert(bedrock::to_string(bedrock::partition::aws_us_gov) == "aws-us-gov");
static_assert(bedrock::parse_partition("aws-iso-b") == bedrock::partition::aws_iso_b);
static_assert(bedrock::to_string(bedrock::partition::aws_cn) == "aws-cn");
static_assert(bedrock::parse_partition("aws-us-gov") == bedrock::partition::aws_us_gov);
static_assert(!bedrock::parse_partition("AWS"));
static_assert(bedrock::dns_suffix(bedrock::partition::aws_iso) == "c2s.ic.gov");
static_assert(bedrock::regions(bedrock::partition::aws_us_gov).size() == 2);
static_assert(bedrock::bedrock_regions(bedrock::partition::aws).size() == 33);
static_assert(bedrock::bedrock_regions(bedrock::partition::aws_cn).empty());
static_assert(bedrock::partition_of_region("us-isob-east-1") == bedrock::partition::aws_iso_b);
static_assert(bedrock::partition_of_region("xx-east-1") == bedrock::partition::unknown);

TEST_CASE("partition ids, DNS suffixes and parse round trip", "[partition]") {
    struct row {
        partition p;
        std::string_view id;
        std::string_view dns;
        std::string_view global;
    };
    constexpr row rows[] = {
        {partition::aws, "aws", "amazonaws.com", "aws-global"},
        {partition::aws_cn, "aws-cn", "amazonaws.com.cn", "aws-cn-global"},
        {partition::aws_eusc, "aws-eusc", "amazonaws.eu", ""},
        {partition::aws_iso, "aws-iso", "c2s.ic.gov", "aws-iso-global"},
        {partition::aws_iso_b, "aws-iso-b", "sc2s.sgov.gov", "aws-iso-b-global"},
        {partition::aws_iso_e, "aws-iso-e", "cloud.adc-e.uk", "aws-iso-e-global"},
        {partition::aws_iso_f, "aws-iso-f", "csp.hci.ic.gov", "aws-iso-f-global"},
        {partition::aws_us_gov, "aws-us-gov", "amazonaws.com", "aws-us-gov-global"},
    };
    STATIC_REQUIRE(std::size(rows) == bedrock::all_partitions.size());
    for (auto const& r : rows) {
        CAPTURE(r.id);
        REQUIRE(bedrock::to_string(r.p) == r.id);
        REQUIRE(bedrock::parse_partition(r.id) == r.p);
        REQUIRE(bedrock::detail::find_partition(r.id) == r.p);
        REQUIRE(bedrock::dns_suffix(r.p) == r.dns);
        REQUIRE(bedrock::global_pseudo_region(r.p) == r.global);
        if (!r.global.empty()) REQUIRE(bedrock::partition_of_region(r.global) == r.p);
        for (auto region : bedrock::regions(r.p)) {
            CAPTURE(region);
            REQUIRE(bedrock::partition_of_region(region) == r.p);
        }
        for (auto region : bedrock::bedrock_regions(r.p)) {
            CAPTURE(region);
            REQUIRE(bedrock::partition_of_region(region) == r.p);
        }
    }
    REQUIRE(bedrock::to_string(partition::unknown) == "unknown");
    REQUIRE(bedrock::dns_suffix(partition::unknown).empty());
    REQUIRE(bedrock::global_pseudo_region(partition::unknown).empty());
    REQUIRE(bedrock::regions(partition::unknown).empty());
    REQUIRE(bedrock::bedrock_regions(partition::unknown).empty());
    REQUIRE(bedrock::bedrock_regions(partition::aws_iso_e).empty());
    for (auto bad : {"", "unknown", "AWS", "aws-", "aws-foo", "aws_us_gov", "aws-us-gov ", "awsx"}) {
        CAPTURE(bad);
        REQUIRE_FALSE(bedrock::parse_partition(bad));
        REQUIRE(bedrock::detail::find_partition(bad) == partition::unknown);
    }
}

TEST_CASE("region -> partition follows botocore aws_partition, with unknown instead of the aws fallback", "[partition]") {
    struct row {
        std::string_view region;
        partition p;
    };
    // botocore's partitions.json "Results", plus edge cases of the hand-written regionRegex matchers
    constexpr row rows[] = {
        {"us-east-1", partition::aws},          {"ap-southeast-9", partition::aws},
        {"us-foo_bar-1", partition::aws},       {"us-gov-west-1", partition::aws_us_gov},
        {"cn-north-1", partition::aws_cn},      {"us-iso-east-1", partition::aws_iso},
        {"us-isob-east-1", partition::aws_iso_b}, {"eu-isoe-west-1", partition::aws_iso_e},
        {"us-isof-south-1", partition::aws_iso_f}, {"eusc-de-east-1", partition::aws_eusc},
        {"eusc-fr-east-1", partition::unknown}, {"xx-east-1", partition::unknown},
        {"US-EAST-1", partition::unknown},      {"us-east-1\n", partition::unknown},
        {"", partition::unknown},               {"us-east-", partition::unknown},
        {"us--1", partition::unknown},          {"us-east-1a", partition::unknown},
        {"us-east-x-1", partition::unknown},    {"mx-central-42", partition::aws},
        {"il-x-0", partition::aws},             {"cn-x-9", partition::aws_cn},
        {"us-gov-x_y-12", partition::aws_us_gov}, {"us-iso-", partition::unknown},
        {"aws-global", partition::aws},         {"aws-us-gov-global", partition::aws_us_gov},
        {"us-east-1 ", partition::unknown},     {"us-east", partition::unknown},
    };
    for (auto const& r : rows) {
        CAPTURE(r.region);
        REQUIRE(bedrock::partition_of_region(r.region) == r.p);
    }
}

TEST_CASE("region tables are sorted, unique, and bedrock regions are listed regions", "[partition]") {
    for (auto p : bedrock::all_partitions) {
        auto listed = bedrock::regions(p);
        for (std::size_t i = 1; i < listed.size(); ++i) REQUIRE(listed[i - 1] < listed[i]);
        for (auto r : bedrock::bedrock_regions(p)) {
            CAPTURE(r);
            REQUIRE(std::find(listed.begin(), listed.end(), r) != listed.end());
        }
    }
    REQUIRE(bedrock::regions(partition::aws).size() == 36);  // AWS's endpoint data (data/aws-partitions.json)
}

// regions and bedrock_regions are function templates (so that including the header builds no std::span):
// calls are unchanged, taking the address needs `<>`, and the lists the library iterates are the same regions.
static_assert(bedrock::regions<>(partition::aws).size() == 36);
static_assert([] {
    auto const by_address = &bedrock::bedrock_regions<>;
    for (auto p : bedrock::all_partitions) {
        auto const list = bedrock::detail::bedrock_region_list(p);
        auto const span = by_address(p);
        if (list.size() != span.size() || list.begin() != span.data()) return false;
        auto const& row = bedrock::detail::partition_entry(p).regions;
        if (row.size() != bedrock::regions(p).size() || row.begin() != bedrock::regions(p).data()) return false;
    }
    return bedrock::detail::bedrock_region_list(partition::unknown).empty() && bedrock::regions(partition::unknown).empty();
}());
