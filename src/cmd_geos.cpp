// `bedrock-profiles geos [--json]`: the cross-region geos, their partition and destination regions.
#include "cli.hpp"
#include "output_types.hpp"

#include <bedrock/geo.hpp>

#include <CLI/CLI.hpp>
#include <boost/json/value_from.hpp>

#include <memory> // std::shared_ptr (options outlive the registration call)
#include <string>
#include <vector>

namespace bedrock::cli {
namespace {

struct geos_options {
    bool json = false;
};

int run_geos(geos_options const& o, global_options const& g) {
    if (o.json) {
        std::vector<geo_row> out;
        for (auto const ge : all_geos) {
            geo_row& row = out.emplace_back();
            row.geo = ge;
            row.partition = partition_of(ge);
            for (auto const r : destination_regions(ge)) row.regions.emplace_back(r);
            row.regions_basis = std::string(to_string(regions_basis(ge)));
        }
        print_json(boost::json::value_from(out), g);
        return success;
    }
    std::vector<std::vector<std::string>> rows{{"GEO", "PARTITION", "BASIS", "REGIONS"}};
    for (auto const ge : all_geos) {
        std::string regions;
        for (auto const r : destination_regions(ge)) {
            if (!regions.empty()) regions += ' ';
            regions += r;
        }
        rows.push_back({std::string(to_string(ge)), std::string(to_string(partition_of(ge))),
                        std::string(to_string(regions_basis(ge))), regions});
    }
    print_table(rows);
    return success;
}

} // namespace

void add_geos_command(CLI::App& app, global_options const& g, action& run) {
    auto o = std::make_shared<geos_options>();
    auto* cmd = app.add_subcommand("geos", "List the cross-region geos with their partition, destination regions and where those come from");
    cmd->add_flag("--json", o->json, "Print a JSON array instead of a table");
    cmd->callback([o, &g, &run] { run = [o, &g] { return run_geos(*o, g); }; });
}

} // namespace bedrock::cli
