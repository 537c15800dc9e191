// `bedrock-profiles parse STRING`: what a Bedrock identifier is (each ARN kind, a cross-region profile id, a
// model id, an application profile id, a model name) and its parts, by the library's classifier.
#include "cli.hpp"
#include "output_types.hpp"

#include <bedrock/catalog.hpp>
#include <bedrock/classify.hpp>

#include <CLI/CLI.hpp>

#include <memory>   // std::shared_ptr (options outlive the registration call)
#include <string>

namespace bedrock::cli {
namespace {

struct parse_options {
    std::string input;
};

bool is_catalog_model(std::string_view id) noexcept { return find_model(id) != nullptr; }

int run_parse(parse_options const& o, global_options const& g) {
    auto const c = classify_model_identifier(o.input, &is_catalog_model);
    if (!c.valid()) return report(make_problem("STRING", c.error));

    // The input, then the classification in the library's JSON form (kind, the ARN's typed parts, geo, model
    // id), then what the catalog says of the model and a note.
    parse_catalog_facts facts;
    if (c.arn && c.arn->kind == resource_kind::foundation_model && c.arn->region_less())
        facts.note = "region-less foundation-model ARN: the model in every region (global profiles list it)";
    if (!c.model.empty()) {
        auto const* m = find_model(c.model);
        facts.in_catalog = m != nullptr;
        if (m) {
            facts.provider = std::string(m->provider);
            if (m->capability_state(capability::cross_region) != tristate::unknown)  // absent when no source states it
                facts.supports_cross_region = m->supports_cross_region();
            if (m->is_context_window_variant()) { // the catalog's own split, not a guess from the id's shape
                facts.base_model_id = std::string(m->base_model_id);
                facts.context_window = std::string(m->context_window);
                facts.base_in_catalog = find_base_model(*m) != nullptr;
            }
            if (c.geo) {
                facts.offered_in_geo = m->offered_in(*c.geo);
                if (*facts.offered_in_geo)
                    facts.offered_in_geo_basis = m->offered_in_documented(*c.geo) ? "documented" : "assumed";
            }
            if (c.geo || c.geo_unrecognised()) { // an unrecognised geo: whether AWS offers it is unknown
                auto& geos = facts.offered_geos.emplace();
                for (auto const ge : all_geos)
                    if (m->offered_in(ge)) geos.push_back(ge);
            }
        }
    }
    if (c.note != classification_note::none) {
        std::string note(to_string(c.note));
        if (c.note == classification_note::unrecognised_geo) note += " '" + std::string(c.geo_text) + "'";
        facts.note = std::move(note);
    }
    print_json(members_in_order({to_json_value(parse_input{o.input}), to_json_value(c), to_json_value(facts)}), g);
    return success;
}

} // namespace

void add_parse_command(CLI::App& app, global_options const& g, action& run) {
    auto o = std::make_shared<parse_options>();
    auto* cmd = app.add_subcommand("parse", "Tell what a Bedrock identifier or ARN is and show its parts");
    cmd->add_option("STRING", o->input, "A model id, cross-region or application profile id, or a Bedrock ARN")->required();
    cmd->callback([o, &g, &run] { run = [o, &g] { return run_parse(*o, g); }; });
}

} // namespace bedrock::cli
