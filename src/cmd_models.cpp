// `bedrock-profiles models [--cross-region] [--provider P] [--json]`: the foundation-model catalog.
#include "cli.hpp"
#include "output_types.hpp"

#include <bedrock/catalog.hpp>

#include <CLI/CLI.hpp>
#include <boost/json/value_from.hpp>

#include <array>  // std::array (the package and vector-type columns)
#include <optional> // std::optional (--provider given or not)
#include <memory> // std::shared_ptr (options outlive the registration call)
#include <string>
#include <vector>

namespace bedrock::cli {
namespace {

struct models_options {
    bool cross_region = false;
    std::optional<std::string> provider; // `--provider ""` selects nothing, like any unknown provider
    bool json = false;
};

constexpr std::array<reference_package, 2> all_packages{reference_package::alpha, reference_package::genai};
constexpr std::array<vector_type, 2> all_vector_types{vector_type::float32, vector_type::binary};

// The reference static-member names of an entry: alpha's first, then genai's when it differs.
std::vector<std::string> constants_of(foundation_model const& m) {
    std::vector<std::string> out;
    for (auto const p : all_packages) {
        auto const name = m.member_in(p);
        if (name.empty()) continue;
        bool seen = false;
        for (auto const& v : out) seen = seen || v == name;
        if (!seen) out.emplace_back(name);
    }
    return out;
}

// The geos of an entry in enum order: all offered, only documented, or only assumed.
enum class which_geos { offered, documented, assumed };
std::vector<std::string> geos_of(foundation_model const& m, which_geos w) {
    std::vector<std::string> out;
    for (auto const ge : all_geos) {
        if (!m.offered_in(ge)) continue;
        bool const documented = m.offered_in_documented(ge);
        if (w == which_geos::offered || (w == which_geos::documented) == documented) out.emplace_back(to_string(ge));
    }
    return out;
}

std::string joined(std::vector<std::string> const& v) {
    std::string s;
    for (auto const& x : v) s += (s.empty() ? "" : ",") + x;
    return s;
}

model_row to_output(foundation_model const& m) {
    model_row r;
    r.id = std::string(m.id);
    r.constants = constants_of(m);
    r.provider = std::string(m.provider);
    // A flag no source states is left out and named in unknownCapabilities.
    auto const flag = [&](std::optional<bool>& out, capability c) {
        if (m.capability_state(c) == tristate::unknown) r.unknown_capabilities->emplace_back(to_string(c));
        else out = has(m.capabilities, c);
    };
    if (!m.capabilities_known()) r.unknown_capabilities.emplace();  // present only when some flag is unknown
    flag(r.supports_agents, capability::agents);
    flag(r.supports_cross_region, capability::cross_region);
    flag(r.supports_knowledge_base, capability::knowledge_base);
    flag(r.optimized_for_agents, capability::optimized_for_agents);
    flag(r.legacy, capability::legacy);
    if (m.is_embedding()) {
        r.vector_dimensions = m.vector_dimensions;
        auto& types = r.supported_vector_type.emplace();
        for (auto const t : all_vector_types)
            if (has(m.vector_types, t)) types.emplace_back(to_string(t));
    }
    for (auto const p : all_packages)
        if (m.declared_by(p)) r.packages.emplace_back(to_string(p));
    r.geos = geos_of(m, which_geos::offered);
    r.documented_geos = geos_of(m, which_geos::documented);
    r.assumed_geos = geos_of(m, which_geos::assumed);
    r.in_region = std::string(to_string(m.in_region));
    if (!m.cdk_member.empty()) r.cdk_member = std::string(m.cdk_member);
    if (m.is_context_window_variant()) {
        r.base_model_id = std::string(m.base_model_id);
        r.context_window = std::string(m.context_window);
    }
    return r;
}

std::vector<std::string> to_row(foundation_model const& m) {
    // Y: stated true; empty: stated false; ?: no source states it.
    auto const yes = [&](capability c) {
        switch (m.capability_state(c)) {
        case tristate::yes: return std::string("Y");
        case tristate::no: return std::string();
        case tristate::unknown: break;
        }
        return std::string("?");
    };
    std::string dims = m.is_embedding() ? std::to_string(m.vector_dimensions) : std::string();
    std::string types;
    for (auto const t : all_vector_types) {
        if (!has(m.vector_types, t)) continue;
        if (!types.empty()) types += ',';
        types += to_string(t);
    }
    std::string constants;
    for (auto const& c : constants_of(m)) {
        if (!constants.empty()) constants += ' ';
        constants += c;
    }
    return {std::string(m.id),
            std::string(m.provider),
            yes(capability::agents),
            yes(capability::cross_region),
            yes(capability::knowledge_base),
            yes(capability::optimized_for_agents),
            yes(capability::legacy),
            dims,
            types,
            joined(geos_of(m, which_geos::documented)),
            joined(geos_of(m, which_geos::assumed)),
            std::string(to_string(m.in_region)),
            constants,
            std::string(m.cdk_member),
            m.is_context_window_variant() ? std::string(m.base_model_id) : std::string()};
}

template <class Range>
int print_models(Range const& models, models_options const& o, global_options const& g) {
    if (o.json) {
        std::vector<model_row> out;
        for (foundation_model const& m : models) out.push_back(to_output(m));
        print_json(boost::json::value_from(out), g);
        return success;
    }
    std::vector<std::vector<std::string>> rows{
        {"ID", "PROVIDER", "AGENTS", "XREGION", "KB", "OPT", "LEGACY", "DIMS", "VECTORS", "GEOS-DOCUMENTED",
         "GEOS-ASSUMED", "IN-REGION", "CONSTANTS", "CDK-MEMBER", "VARIANT-OF"}};
    for (foundation_model const& m : models) rows.push_back(to_row(m));
    print_table(rows);
    return success;
}

int run_models(models_options const& o, global_options const& g) {
    if (o.provider) {
        if (o.cross_region) return print_models(models_by_provider(*o.provider, capability::cross_region), o, g);
        return print_models(models_by_provider(*o.provider), o, g);
    }
    if (o.cross_region) return print_models(cross_region_models(), o, g);
    return print_models(catalog, o, g);
}

} // namespace

void add_models_command(CLI::App& app, global_options const& g, action& run) {
    auto o = std::make_shared<models_options>();
    auto* cmd = app.add_subcommand("models", "List the foundation-model catalog (the references' BedrockFoundationModel members and aws-cdk-lib's model ids; ? = flag unknown)");
    cmd->add_flag("--cross-region", o->cross_region, "Only models that support cross-region inference");
    cmd->add_option("--provider", o->provider, "Only models of this provider (the id's part before the first '.', e.g. anthropic)");
    cmd->add_flag("--json", o->json, "Print a JSON array (id, constants, provider, every known flag, unknownCapabilities, geos, variant) instead of a table");
    cmd->callback([o, &g, &run] { run = [o, &g] { return run_models(*o, g); }; });
}

} // namespace bedrock::cli
