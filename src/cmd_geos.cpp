// `bedrock-profiles geos [--json]`: the cross-region geos, their partition and destination regions.
#include "cli.hpp"

#include <bedrock/geo.hpp>

#include <CLI/CLI.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <memory> // std::shared_ptr (options outlive the registration call)
#include <string>

namespace bedrock::cli {
namespace {

struct geos_options {
    bool json = false;
};

int run_geos(geos_options const& o, global_options const& g) {
    if (o.json) {
        boost::json::array out;
        for (auto const ge : all_geos) {
            boost::json::array regions;
            for (auto const r : destination_regions(ge)) regions.emplace_back(r);
            out.emplace_back(boost::json::object{{"geo", to_string(ge)},
                                                 {"partition", to_string(partition_of(ge))},
                                                 {"regions", std::move(regions)}});
        }
        print_json(out, g);
        return success;
    }
    std::vector<std::vector<std::string>> rows{{"GEO", "PARTITION", "REGIONS"}};
    for (auto const ge : all_geos) {
        std::string regions;
        for (auto const r : destination_regions(ge)) {
            if (!regions.empty()) regions += ' ';
            regions += r;
        }
        rows.push_back({std::string(to_string(ge)), std::string(to_string(partition_of(ge))), regions});
    }
    print_table(rows);
    return success;
}

} // namespace

void add_geos_command(CLI::App& app, global_options const& g, action& run) {
    auto o = std::make_shared<geos_options>();
    auto* cmd = app.add_subcommand("geos", "List the cross-region geos with their partition and destination regions");
    cmd->add_flag("--json", o->json, "Print a JSON array instead of a table");
    cmd->callback([o, &g, &run] { run = [o, &g] { return run_geos(*o, g); }; });
}

} // namespace bedrock::cli
