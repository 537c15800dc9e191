// Issue 10, point 6: the partitions and regions come from AWS's endpoint data (data/aws-partitions.json, the AWS
// SDK for JavaScript's partitions.json) through the generator, not from a hand-typed list.
#include <bedrock/partition_data.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/region.hpp>

#include <bedrock_test/catch.hpp>

#include <array>
#include <cstddef>
#include <fstream>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using bedrock::partition;

// javadoc (partition.hpp)
static_assert(bedrock::regions(bedrock::partition::aws).size() == 36);
static_assert(bedrock::region_regex(bedrock::partition::aws_us_gov) == "^us\\-gov\\-\\w+\\-\\d+$");
static_assert(bedrock::region_description("eu-west-1") == "Europe (Ireland)");
static_assert(bedrock::region_description("eu-west-9").empty());

namespace {

// The tables' self-checks, evaluated here rather than in every TU that includes <bedrock/partition.hpp>.
// The enum names the generated partition rows: same count, same order.
constexpr bool partition_rows_match_enum() {
    constexpr std::array<std::string_view, 8> enum_ids{"aws",       "aws-cn",    "aws-eusc",  "aws-iso",
                                                       "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-us-gov"};
    if (std::size(bedrock::detail::partition_table) != enum_ids.size() ||
        bedrock::detail::partition_ids.size() != enum_ids.size())
        return false;
    for (std::size_t i = 0; i < enum_ids.size(); ++i)
        if (bedrock::detail::partition_table[i].id != enum_ids[i] || bedrock::detail::partition_ids[i] != enum_ids[i])
            return false;
    return true;
}
static_assert(partition_rows_match_enum(),
              "data/aws-partitions.json has other partitions than bedrock::partition: add the enumerator, then regenerate");

constexpr bool region_list_sorted_unique(std::span<std::string_view const> s) {
    for (std::size_t i = 1; i < s.size(); ++i)
        if (!(s[i - 1] < s[i])) return false;
    return true;
}
static_assert(region_list_sorted_unique(bedrock::detail::aws_regions) &&
              region_list_sorted_unique(bedrock::detail::aws_bedrock_regions));

// Every Bedrock endpoint region (botocore's endpoints.json) is a region the endpoint data lists for that
// partition: fails when one of the two sources moves without the other.
constexpr bool every_region_listed(std::span<std::string_view const> listed, std::span<std::string_view const> subset) {
    for (auto r : subset) {
        bool found = false;
        for (auto l : listed) found = found || l == r;
        if (!found) return false;
    }
    return true;
}
namespace pd = bedrock::detail;
static_assert(every_region_listed(pd::aws_regions, pd::aws_bedrock_regions) &&
              every_region_listed(pd::aws_eusc_regions, pd::aws_eusc_bedrock_regions) &&
              every_region_listed(pd::aws_iso_regions, pd::aws_iso_bedrock_regions) &&
              every_region_listed(pd::aws_iso_b_regions, pd::aws_iso_b_bedrock_regions) &&
              every_region_listed(pd::aws_iso_f_regions, pd::aws_iso_f_bedrock_regions) &&
              every_region_listed(pd::aws_us_gov_regions, pd::aws_us_gov_bedrock_regions));


constexpr bool lists(partition p, std::string_view region) {
    for (auto r : bedrock::regions(p))
        if (r == region) return true;
    return false;
}

// The regions the hand-typed table lacked: listed by the endpoint data, so listed by regions(aws) now.
static_assert(lists(partition::aws, "me-west-1") && lists(partition::aws, "sa-west-1"));
static_assert(bedrock::region_description("me-west-1") == "Middle East (Saudi Arabia)");
static_assert(bedrock::region_description("sa-west-1") == "South America (Chile)");
static_assert(bedrock::partition_of_region("me-west-1") == partition::aws);
static_assert(bedrock::partition_of_region("sa-west-1") == partition::aws);
// Listed, but no Bedrock endpoint (botocore's endpoints.json stays the source of that).
static_assert(!bedrock::has_bedrock_endpoint("me-west-1") && !bedrock::has_bedrock_endpoint("sa-west-1"));

// The other partitions, from the same data.
static_assert(lists(partition::aws_cn, "cn-north-1") && lists(partition::aws_cn, "cn-northwest-1"));
static_assert(bedrock::regions(partition::aws_cn).size() == 2);
static_assert(bedrock::regions(partition::aws_us_gov).size() == 2 && lists(partition::aws_us_gov, "us-gov-east-1"));
static_assert(bedrock::regions(partition::aws_iso).size() == 2 && lists(partition::aws_iso, "us-iso-west-1"));
static_assert(bedrock::regions(partition::aws_iso_b).size() == 2 && lists(partition::aws_iso_b, "us-isob-west-1"));
static_assert(bedrock::regions(partition::aws_iso_e).size() == 1 && lists(partition::aws_iso_e, "eu-isoe-west-1"));
static_assert(bedrock::regions(partition::aws_iso_f).size() == 2 && lists(partition::aws_iso_f, "us-isof-south-1"));
static_assert(bedrock::regions(partition::aws_eusc).size() == 1 && lists(partition::aws_eusc, "eusc-de-east-1"));
static_assert(!lists(partition::aws, "us-gov-west-1") && !lists(partition::aws, "aws-global"));
static_assert(bedrock::region_description("us-gov-west-1") == "AWS GovCloud (US-West)");
static_assert(bedrock::region_description("aws-global").empty());  // a pseudo region, not a listed one
// The regexes, expanded into prefixes by the generator: a new region of each partition is claimed by it.
static_assert(bedrock::partition_of_region("me-north-7") == partition::aws);
static_assert(bedrock::partition_of_region("cn-south-3") == partition::aws_cn);
static_assert(bedrock::partition_of_region("eusc-de-west-2") == partition::aws_eusc);
static_assert(bedrock::partition_of_region("eusc-fr-east-1") == partition::unknown);  // `(de)` only
static_assert(bedrock::partition_of_region("us-isof-north-4") == partition::aws_iso_f);
static_assert(bedrock::region_regex(partition::aws) == "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$");
static_assert(bedrock::region_regex(partition::aws_eusc) == "^eusc\\-(de)\\-\\w+\\-\\d+$");
static_assert(bedrock::region_regex(partition::unknown).empty());

// What data/aws-partitions.json says, read by a line scanner independent of the generator. The file is written by
// tools/reference/extract_partitions.js with one member per line (JSON.stringify, two-space indent).
struct data_region {
    std::string partition_id;
    std::string code;
    std::string description;
    bool pseudo = false;
};

std::string quoted_value(std::string const& line, std::string_view key) {
    auto const k = line.find("\"" + std::string(key) + "\": \"");
    if (k == std::string::npos) return {};
    auto const start = k + key.size() + 5;
    return line.substr(start, line.find('"', start) - start);
}

std::vector<data_region> read_data_regions() {
    std::ifstream in(BEDROCK_SOURCE_DIR "/data/aws-partitions.json");
    REQUIRE(in);
    std::vector<data_region> out;
    std::string line, partition_id;
    while (std::getline(in, line)) {
        if (line.rfind("      \"id\": \"", 0) == 0) partition_id = quoted_value(line, "id");
        else if (line.find("\"code\": \"") != std::string::npos) out.push_back({partition_id, quoted_value(line, "code"), {}, false});
        else if (!out.empty() && line.find("\"description\": \"") != std::string::npos) out.back().description = quoted_value(line, "description");
        else if (!out.empty() && line.find("\"pseudo\": true") != std::string::npos) out.back().pseudo = true;
    }
    return out;
}

} // namespace

TEST_CASE("every region of AWS's endpoint data is listed by its partition and parses", "[partition][region][issue-10]") {
    auto const data = read_data_regions();
    REQUIRE(data.size() == 55);  // 48 regions and 7 *-global pseudo regions in @aws-sdk/core 3.981.2
    std::size_t listed = 0;
    for (auto const& r : data) {
        CAPTURE(r.partition_id, r.code);
        auto const p = bedrock::parse_partition(r.partition_id);
        REQUIRE(p);
        REQUIRE(bedrock::partition_of_region(r.code) == *p);
        REQUIRE(bedrock::is_known_region(r.code));
        if (r.pseudo) {
            REQUIRE(bedrock::global_pseudo_region(*p) == r.code);
            REQUIRE_FALSE(lists(*p, r.code));
            continue;
        }
        ++listed;
        REQUIRE(lists(*p, r.code));
        REQUIRE_FALSE(bedrock::check_region(r.code));
        REQUIRE_FALSE(bedrock::check_region_in(*p, r.code));
        REQUIRE(bedrock::region_description(r.code) == r.description);
        for (auto other : bedrock::all_partitions)
            if (other != *p) REQUIRE_FALSE(lists(other, r.code));
    }
    std::size_t total = 0;
    for (auto p : bedrock::all_partitions) total += bedrock::regions(p).size();
    REQUIRE(total == listed);
}

TEST_CASE("a region of one partition is refused in another (cn, gov, iso)", "[partition][region][issue-10]") {
    using bedrock::errc;
    REQUIRE(bedrock::check_region_in(partition::aws, "cn-north-1")->code == errc::region_partition_mismatch);
    REQUIRE(bedrock::check_region_in(partition::aws_cn, "me-west-1")->code == errc::region_partition_mismatch);
    REQUIRE(bedrock::check_region_in(partition::aws, "us-gov-east-1")->code == errc::region_partition_mismatch);
    REQUIRE(bedrock::check_region_in(partition::aws_iso, "us-isob-east-1")->code == errc::region_partition_mismatch);
    REQUIRE(bedrock::check_region_in(partition::aws_iso_b, "us-iso-east-1")->code == errc::region_partition_mismatch);
    REQUIRE(bedrock::check_region_in(partition::aws, "xx-west-1")->code == errc::unknown_region);
    REQUIRE_FALSE(bedrock::check_region_in(partition::aws, "sa-west-1"));
    REQUIRE_FALSE(bedrock::check_region_in(partition::aws_us_gov, "us-gov-west-1"));
}
