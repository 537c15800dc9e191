// Issue 10: the catalog's departures from the reference packages are exactly the ones docs/catalog.md lists
// (section "Departures from the references"), and exactly the ones data/departures.json (tools/reference/
// departures.js) computes from data/. The catalog side is computed here from the generated catalog itself, so
// changing the data, the generator, the doc or the JSON without the others fails this test.
#include <bedrock/catalog.hpp>
#include <bedrock/geo.hpp>

#include <bedrock_test/catch.hpp>

#include <cstddef>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace {

using departure = std::tuple<std::string, std::string, std::string>;  // model id, kind, geo

std::vector<std::string> read_lines(char const* path) {
    std::ifstream in(path);
    REQUIRE(in);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::vector<std::string> backticked(std::string_view cell) {
    std::vector<std::string> out;
    for (std::size_t i = cell.find('`'); i != std::string_view::npos; i = cell.find('`', i)) {
        auto const end = cell.find('`', i + 1);
        REQUIRE(end != std::string_view::npos);
        out.emplace_back(cell.substr(i + 1, end - i - 1));
        i = end + 1;
    }
    return out;
}

std::vector<std::string_view> cells(std::string_view row) {
    std::vector<std::string_view> out;
    std::size_t start = 1;
    for (std::size_t bar = row.find('|', start); bar != std::string_view::npos; bar = row.find('|', start)) {
        out.push_back(row.substr(start, bar - start));
        start = bar + 1;
    }
    return out;
}

std::string trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return std::string(s);
}

// The verdict rows of the table in docs/catalog.md: | `model` | kind | `geo` `geo` … | … |, one triple per geo.
std::set<departure> documented(std::string_view heading) {
    auto const lines = read_lines(BEDROCK_SOURCE_DIR "/docs/catalog.md");
    std::set<departure> out;
    bool in_section = false, in_table = false;
    for (auto const& line : lines) {
        if (!in_section) { in_section = line == heading; continue; }
        if (line.rfind("|", 0) == 0) in_table = true;
        else if (in_table) break;
        if (line.rfind("| `", 0) != 0) continue;
        auto const c = cells(line);
        REQUIRE(c.size() >= 3);
        auto const model = backticked(c[0]);
        REQUIRE(model.size() == 1);
        auto const geos = backticked(c[2]);
        REQUIRE_FALSE(geos.empty());
        for (auto const& g : geos) REQUIRE(out.emplace(model[0], trim(c[1]), g).second);
    }
    REQUIRE(in_table);
    return out;
}

// The same triples as data/departures.json has them (one member per line, as JSON.stringify writes them).
std::set<departure> in_departures_json(std::set<std::string> const& kinds) {
    std::set<departure> out;
    std::string model, kind;
    auto value = [](std::string const& line) {
        auto const colon = line.find("\": ");
        auto v = line.substr(colon + 3);
        if (!v.empty() && v.back() == ',') v.pop_back();
        return v.size() >= 2 && v.front() == '"' ? v.substr(1, v.size() - 2) : v;
    };
    for (auto const& line : read_lines(BEDROCK_SOURCE_DIR "/data/departures.json")) {
        if (line.find("\"modelId\": ") != std::string::npos) model = value(line);
        else if (line.find("\"kind\": ") != std::string::npos) kind = value(line);
        else if (line.find("\"geo\": ") != std::string::npos && kinds.count(kind)) REQUIRE(out.emplace(model, kind, value(line)).second);
    }
    return out;
}

// What the generated catalog departs from the references in: a reference geo where the references build a profile
// (supportsCrossRegion) and the catalog does not, or the reverse; a geo the references do not know; a profile whose
// destination regions are not its geo's list.
std::set<departure> computed_from_catalog() {
    std::set<departure> out;
    for (auto const& m : bedrock::catalog) {
        if (m.packages == bedrock::reference_package::none) continue;  // unknown to the references: one departure, below
        for (auto g : bedrock::all_geos) {
            bool const catalog = m.offered_in(g);
            std::string const geo{bedrock::to_string(g)};
            if (!bedrock::is_reference_geo(g)) {
                if (catalog) out.emplace(std::string(m.id), "geo-unknown-to-references", geo);
                continue;
            }
            bool const references = m.supports_cross_region();
            if (references && !catalog) out.emplace(std::string(m.id), "geo-not-offered-accepted", geo);
            if (!references && catalog) out.emplace(std::string(m.id), "offered-geo-refused", geo);
        }
    }
    // A profile's own destination regions (AWS's data) that are not the references' list of its geo.
    for (auto const& d : bedrock::profile_destinations_table()) {
        if (!bedrock::is_reference_geo(d.geo_region) || d.geo_region == bedrock::geo::global) continue;
        auto const geo_list = bedrock::destination_regions(d.geo_region);
        std::set<std::string_view> const own(d.regions.begin(), d.regions.end()), references(geo_list.begin(), geo_list.end());
        if (own != references) out.emplace(std::string(d.model_id), "destination-regions", std::string(bedrock::to_string(d.geo_region)));
    }
    return out;
}

// The ids that no reference member declares (every one an aws-cdk-lib id): one departure each.
std::set<std::string> unknown_to_references() {
    std::set<std::string> out;
    for (auto const& m : bedrock::catalog)
        if (m.packages == bedrock::reference_package::none) out.emplace(m.id);
    return out;
}

} // namespace

TEST_CASE("the catalog's model ids unknown to the references are exactly docs/catalog.md's class and departures.json's", "[catalog][issue-10]") {
    auto const catalog = unknown_to_references();
    // data/departures.json: one `model-unknown-to-references` departure per id, its evidence the aws-cdk-lib member.
    std::set<std::string> json;
    std::string model, kind;
    auto value = [](std::string const& line) {
        auto v = line.substr(line.find("\": ") + 3);
        if (!v.empty() && v.back() == ',') v.pop_back();
        return v.size() >= 2 && v.front() == '"' ? v.substr(1, v.size() - 2) : v;
    };
    for (auto const& line : read_lines(BEDROCK_SOURCE_DIR "/data/departures.json")) {
        if (line.find("\"modelId\": ") != std::string::npos) model = value(line);
        else if (line.find("\"kind\": ") != std::string::npos) kind = value(line);
        else if (line.find("\"evidence\": ") != std::string::npos && kind == "model-unknown-to-references") {
            CAPTURE(model);
            REQUIRE(json.insert(model).second);
            auto const* m = bedrock::find_model(model);
            REQUIRE(m != nullptr);
            CHECK(value(line) == "aws-cdk-lib 2.276.0 FoundationModelIdentifier." + std::string(m->cdk_member));
        }
    }
    CHECK(json == catalog);
    // docs/catalog.md states the class once, with its count: "`model-unknown-to-references`: **113** ids …".
    std::string const marker = "`model-unknown-to-references`: **";
    std::size_t documented_count = 0;
    for (auto const& line : read_lines(BEDROCK_SOURCE_DIR "/docs/catalog.md"))
        if (line.rfind(marker, 0) == 0) documented_count = std::stoul(line.substr(marker.size()));
    CHECK(documented_count == catalog.size());
    CHECK(catalog.size() == 113);
}

TEST_CASE("the catalog's departures from the references are exactly docs/catalog.md's list", "[catalog][issue-10]") {
    auto const doc = documented("### Departures from the references (verdicts)");
    auto const catalog = computed_from_catalog();
    auto const json = in_departures_json({"geo-not-offered-accepted", "offered-geo-refused", "geo-unknown-to-references", "destination-regions"});
    CHECK(doc.size() == 21);  // the table's rows, one per (model, kind, geo)
    for (auto const& d : catalog) {
        CAPTURE(std::get<0>(d), std::get<1>(d), std::get<2>(d));
        CHECK(doc.count(d) == 1);   // every departure of the catalog is documented
        CHECK(json.count(d) == 1);  // and computed by departures.js from the same data
    }
    for (auto const& d : doc) {
        CAPTURE(std::get<0>(d), std::get<1>(d), std::get<2>(d));
        CHECK(catalog.count(d) == 1);  // every documented departure is real
    }
    CHECK(json == catalog);
}
