// `bedrock-profiles parse STRING`: what a Bedrock identifier is (each ARN kind, a cross-region profile id, a
// model id, an application profile id, a model name) and its parts, by the library's classifier.
#include "cli.hpp"
#include "output_types.hpp"

#include <bedrock/catalog.hpp>
#include <bedrock/classify.hpp>

#include <CLI/CLI.hpp>

#include <memory>   // std::shared_ptr (options outlive the registration call)
#include <optional> // std::optional (members printed only when present)
#include <string>

namespace bedrock::cli {
namespace {

struct parse_options {
    std::string input;
};

bool is_catalog_model(std::string_view id) noexcept { return find_model(id) != nullptr; }

// The text, or nothing when it is empty.
std::optional<std::string> unless_empty(std::string_view text) {
    if (text.empty()) return std::nullopt;
    return std::string(text);
}

int run_parse(parse_options const& o, global_options const& g) {
    auto const c = classify_model_identifier(o.input, &is_catalog_model);
    if (!c.valid()) return report(make_problem("STRING", c.error));

    parse_output out;
    out.input = o.input;
    out.kind = c.kind;
    if (c.arn) {
        auto const& a = *c.arn;
        out.resource_type = a.kind;
        out.partition = a.partition;
        out.service = std::string(a.arn.service());
        out.region = std::string(a.arn.region());
        out.account = std::string(a.arn.account());
        out.resource_id = std::string(a.id);
        out.suffix = unless_empty(a.suffix);
        out.version = unless_empty(a.version);
        if (a.kind == resource_kind::agent_alias) out.agent_id = unless_empty(a.parent);
        if (a.kind == resource_kind::flow) out.flow_id = unless_empty(a.parent);
        out.alias_id = unless_empty(a.alias);
        out.execution_id = unless_empty(a.execution);
        if (a.aws_owned()) out.owner = "aws";
        if (a.kind == resource_kind::foundation_model && a.region_less())
            out.note = "region-less foundation-model ARN: the model in every region (global profiles list it)";
    }
    out.geo = c.geo;
    if (c.geo_unrecognised()) out.unrecognised_geo = std::string(c.geo_text);
    if (!c.model.empty()) {
        out.model_id = std::string(c.model);
        auto const* m = find_model(c.model);
        out.in_catalog = m != nullptr;
        if (m) {
            out.provider = std::string(m->provider);
            if (m->capability_state(capability::cross_region) != tristate::unknown)  // absent when no source states it
                out.supports_cross_region = m->supports_cross_region();
            if (c.geo) {
                out.offered_in_geo = m->offered_in(*c.geo);
                if (*out.offered_in_geo)
                    out.offered_in_geo_basis = m->offered_in_documented(*c.geo) ? "documented" : "assumed";
            }
            if (c.geo || c.geo_unrecognised()) { // an unrecognised geo: whether AWS offers it is unknown
                auto& geos = out.offered_geos.emplace();
                for (auto const ge : all_geos)
                    if (m->offered_in(ge)) geos.emplace_back(to_string(ge));
            }
        }
    }
    if (c.note != classification_note::none) {
        std::string note(to_string(c.note));
        if (c.note == classification_note::unrecognised_geo) note += " '" + std::string(c.geo_text) + "'";
        out.note = std::move(note);
    }
    print_json(to_json_value(out), g);
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
