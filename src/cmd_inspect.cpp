// `bedrock-profiles inspect [FILE|-] [--json] [--operation OP]`: reads a response of one of the operations of
// `request` (as the service or the AWS CLI prints it), validates it with the library's reader and prints a
// table or the normalized JSON. The inference-profile responses are shown here, the others in
// cmd_inspect_requests.cpp; `--operation` names the operation instead of telling it from the members.
#include "cli.hpp"

#include <bedrock/arn_environment.hpp>
#include <bedrock/json/api.hpp>

#include <CLI/CLI.hpp>

#include <fstream>          // std::ifstream (FILE)
#include <initializer_list> // the member names that tell the documents apart
#include <iostream>         // std::cin (-), std::cout
#include <memory>           // std::shared_ptr (options outlive the registration call)
#include <string>
#include <vector>

namespace bedrock::cli {
namespace {

struct inspect_options {
    std::string file = "-";
    bool json = false;
    std::string operation; ///< empty: told from the document's members
};

// One line per problem: the library's code and sentence (which names the JSON Pointer); the byte offset
// for document-level errors (syntax, encoding, depth), whose pointer is "".
int report_json_error(json_error const& e) {
    problem p{std::string(to_string(e.code)), e.message, std::nullopt};
    if (e.pointer.empty()) p.offset = static_cast<std::uint32_t>(e.offset);
    return report(p);
}

// The regions of a profile's model ARNs, in the service's order; a region-less ARN (global profiles) is `*`.
std::string regions_of(inference_profile_summary const& s) {
    std::string out;
    for (auto const& m : s.models) {
        if (!m.model_arn) continue;
        auto const arn = parse_arn(*m.model_arn);
        if (!arn) continue;
        if (!out.empty()) out += ',';
        out += arn->region().empty() ? std::string_view("*") : arn->region();
    }
    return out;
}

std::vector<std::string> to_row(inference_profile_summary const& s) {
    return {s.inference_profile_id, std::string(to_string(s.type)), std::string(to_string(s.status)),
            regions_of(s), s.inference_profile_name};
}

void print_summaries(std::vector<inference_profile_summary> const& summaries) {
    std::vector<std::vector<std::string>> rows{{"ID", "TYPE", "STATUS", "REGIONS", "NAME"}};
    for (auto const& s : summaries) rows.push_back(to_row(s));
    print_table(rows);
}

template <class Document>
void print_document(Document const& d, global_options const& g) {
    // Normalized: members in model order, timestamps in one form; the AWS CLI v2 form with --pretty
    // (4-space indent, +00:00), the wire form otherwise (compact, Z).
    std::string out = serialize_document(d, g.pretty ? json_output::cli : json_output::wire);
    if (!g.pretty) out += '\n';
    std::cout << out;
}

// Reads at most `limit` + 1 bytes: enough for the reader to refuse a document over its limit (too_large)
// without the CLI first holding all of an endless stdin or a huge file in memory.
std::string read_at_most(std::istream& in, std::size_t limit) {
    std::string text;
    char chunk[1 << 16];
    while (text.size() <= limit && in.read(chunk, sizeof chunk).gcount() > 0) {
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (in.eof()) break;
    }
    if (text.size() > limit + 1) text.resize(limit + 1);
    return text;
}

int show_list(boost::json::value const& doc, inspect_options const& o, global_options const& g) {
    auto const page = from_json_value<list_inference_profiles_response>(doc);
    if (!page) return report_json_error(page.error());
    if (o.json) {
        print_document(*page, g);
    } else {
        print_summaries(page->inference_profile_summaries.value_or(std::vector<inference_profile_summary>{}));
        if (page->next_token) std::cout << "nextToken: " << terminal_text(*page->next_token) << '\n';
    }
    return success;
}

int run_inspect(inspect_options const& o, global_options const& g) {
    std::size_t const limit = json_read_options{}.max_size;
    std::string text;
    if (o.file == "-") {
        text = read_at_most(std::cin, limit);
    } else {
        std::ifstream in(o.file, std::ios::binary);
        if (!in) return report(problem{"cannot_read", o.file + ": the file cannot be opened", std::nullopt});
        text = read_at_most(in, limit);
    }

    if (!o.operation.empty())
        if (auto const handled = inspect_operation_response(o.operation, text, o.json, g)) return *handled;
    auto const doc = parse_json(text);
    if (!doc) return report_json_error(doc.error());
    auto const show_get = [&] {
        auto const profile = from_json_value<get_inference_profile_response>(*doc);
        if (!profile) return report_json_error(profile.error());
        if (o.json) {
            print_document(*profile, g);
        } else {
            print_summaries({*profile});
        }
        return static_cast<int>(success);
    };
    if (o.operation == "get-inference-profile") return show_get();
    if (o.operation == "list-inference-profiles") return show_list(*doc, o, g);

    // A GetInferenceProfile response is one summary; a ListInferenceProfiles page has a list and a token.
    // Responses ignore unknown members, so a document with neither kind's members is refused here,
    // before it would read as an empty page.
    if (auto const handled = inspect_request_response(*doc, o.json, g)) return *handled; // routers, tags
    auto const* top = doc->if_object();
    auto const has_any = [top](std::initializer_list<std::string_view> keys) {
        for (auto const k : keys)
            if (top->contains(k)) return true;
        return false;
    };
    bool const is_get = top && has_any({"inferenceProfileName", "description", "createdAt", "updatedAt",
                                        "inferenceProfileArn", "models", "inferenceProfileId", "status", "type"});
    bool const is_list = top && has_any({"inferenceProfileSummaries", "nextToken"});
    if (top && !top->empty() && !is_get && !is_list)
        return report(problem{"not_a_profile_response",
                              "the document is none of the responses inspect reads (name one with --operation)",
                              std::nullopt});
    if (is_get && !is_list) return show_get();
    return show_list(*doc, o, g);
}

} // namespace

void add_inspect_command(CLI::App& app, global_options const& g, action& run) {
    auto o = std::make_shared<inspect_options>();
    auto* cmd = app.add_subcommand("inspect", "Validate a response of an operation of `request` and show it");
    cmd->add_option("file", o->file, "The response document; '-' or nothing reads standard input");
    cmd->add_flag("--json", o->json, "Print the normalized JSON (with --pretty: exactly as the AWS CLI v2 prints it)");
    cmd->add_option("--operation", o->operation,
                    "The operation whose response the document is (AWS CLI spelling, as for `request`); needed for the "
                    "empty outputs of delete-*, tag-resource and untag-resource")
        ->check(CLI::IsMember(response_operations()));
    cmd->callback([o, &g, &run] { run = [o, &g] { return run_inspect(*o, g); }; });
}

} // namespace bedrock::cli
