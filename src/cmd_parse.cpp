// `bedrock-profiles parse STRING`: what a Bedrock identifier is (each ARN kind, a cross-region profile id, a
// model id, an application profile id, a model name) and its parts, by the library's classifier.
#include "cli.hpp"

#include <bedrock/catalog.hpp>
#include <bedrock/classify.hpp>

#include <CLI/CLI.hpp>
#include <boost/json/object.hpp>

#include <memory> // std::shared_ptr (options outlive the registration call)
#include <string>

namespace bedrock::cli {
namespace {

struct parse_options {
    std::string input;
};

bool is_catalog_model(std::string_view id) noexcept { return find_model(id) != nullptr; }

// Adds `key: text` unless the text is empty.
void put(boost::json::object& o, std::string_view key, std::string_view text) {
    if (!text.empty()) o[key] = text;
}

int run_parse(parse_options const& o, global_options const& g) {
    auto const c = classify_model_identifier(o.input, &is_catalog_model);
    if (!c.valid()) return report(make_problem("STRING", c.error));

    boost::json::object out{{"input", o.input}, {"kind", to_string(c.kind)}};
    if (c.arn) {
        auto const& a = *c.arn;
        out["resourceType"] = to_string(a.kind);
        out["partition"] = to_string(a.partition);
        out["service"] = a.arn.service();
        out["region"] = a.arn.region();
        out["account"] = a.arn.account();
        out["resourceId"] = a.id;
        put(out, "suffix", a.suffix);
        put(out, "version", a.version);
    }
    if (c.geo) out["geo"] = to_string(*c.geo);
    if (!c.model.empty()) {
        out["modelId"] = c.model;
        auto const* m = find_model(c.model);
        out["inCatalog"] = m != nullptr;
        if (m) {
            out["provider"] = m->provider;
            out["supportsCrossRegion"] = m->supports_cross_region();
        }
    }
    if (c.note != classification_note::none) {
        std::string note(to_string(c.note));
        if (!c.unknown_geo.empty()) note += " '" + std::string(c.unknown_geo) + "'";
        out["note"] = note;
    }
    print_json(out, g);
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
