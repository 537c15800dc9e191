// The responses of the request side (issue 12) that `bedrock-profiles inspect` reads beside the inference-profile
// responses: CreateInferenceProfile, Create/Get/ListPromptRouter(s), List/GetFoundationModel(s),
// ListTagsForResource, and the empty outputs of DeleteInferenceProfile, DeletePromptRouter, TagResource and
// UntagResource. Each is validated with the library's reader and shown as a table or normalized JSON.
//
// Without `--operation`, the kind is told from the document's members (a document whose only members are
// `inferenceProfileArn` and `status` is a CreateInferenceProfile response; whose only member is
// `promptRouterArn`, a CreatePromptRouter response; whose only member is `tags`, a ListTagsForResource
// response). An empty output cannot be told apart from an empty page that way: it needs `--operation`.
#include "cli.hpp"

#include <bedrock/json/api.hpp>
#include <bedrock/json/requests.hpp>

#include <initializer_list> // the member names that tell the documents apart
#include <iostream>         // std::cout
#include <string>
#include <string_view>
#include <vector>

namespace bedrock::cli {
namespace {

int report_error(json_error const& e) {
    problem p{std::string(to_string(e.code)), e.message, std::nullopt};
    if (e.pointer.empty()) p.offset = static_cast<std::uint32_t>(e.offset);
    return report(p);
}

template <class Document>
void print_normalized(Document const& d, global_options const& g) {
    std::string out = serialize_document(d, g.pretty ? json_output::cli : json_output::wire);
    if (!g.pretty) out += '\n';
    std::cout << out;
}

std::vector<std::string> router_row(prompt_router_summary const& s) {
    return {s.prompt_router_arn, std::string(to_string(s.type)), std::string(to_string(s.status)),
            std::to_string(s.models.size()), s.fallback_model.model_arn, s.prompt_router_name};
}

void print_routers(std::vector<prompt_router_summary> const& routers) {
    std::vector<std::vector<std::string>> rows{{"ARN", "TYPE", "STATUS", "MODELS", "FALLBACK", "NAME"}};
    for (auto const& r : routers) rows.push_back(router_row(r));
    print_table(rows);
}

// The wire strings of an optional list of open enums, comma-separated ("-" when the member is absent).
template <class E>
std::string joined(std::optional<std::vector<open_enum<E>>> const& values) {
    if (!values) return "-";
    std::string out;
    for (auto const& v : *values) {
        if (!out.empty()) out += ',';
        out += v.raw();
    }
    return out;
}

void print_models(std::vector<foundation_model_summary> const& models) {
    std::vector<std::vector<std::string>> rows{{"ID", "PROVIDER", "LIFECYCLE", "INFERENCE", "OUTPUT", "STREAMING", "NAME"}};
    for (auto const& m : models) {
        std::string const streaming =
            m.response_streaming_supported ? (*m.response_streaming_supported ? "yes" : "no") : "-";
        rows.push_back({m.model_id, m.provider_name.value_or("-"),
                        m.model_lifecycle ? std::string(to_string(m.model_lifecycle->status)) : "-",
                        joined(m.inference_types_supported), joined(m.output_modalities), streaming,
                        m.model_name.value_or("-")});
    }
    print_table(rows);
}

void print_tags(list_tags_for_resource_response const& t) {
    std::vector<std::vector<std::string>> rows{{"KEY", "VALUE"}};
    for (auto const& tg : t.tags.value_or(std::vector<tag>{})) rows.push_back({tg.key, tg.value});
    print_table(rows);
}

void print_created_profile(create_inference_profile_response const& r) {
    print_table({{"ARN", "STATUS"}, {r.inference_profile_arn, r.status ? std::string(to_string(*r.status)) : "-"}});
}

template <class Document, class Table>
int read_and_show(boost::json::value const& doc, bool json, global_options const& g, Table table) {
    auto const d = from_json_value<Document>(doc);
    if (!d) return report_error(d.error());
    if (json) print_normalized(*d, g);
    else table(*d);
    return success;
}

void show_router_page(list_prompt_routers_response const& l) {
    print_routers(l.prompt_router_summaries.value_or(std::vector<prompt_router_summary>{}));
    if (l.next_token) std::cout << "nextToken: " << terminal_text(*l.next_token) << '\n';
}

// The operations whose output has no members, with the name the table line gives them.
std::optional<std::string_view> empty_output_operation(std::string_view op) {
    if (op == "delete-inference-profile") return "DeleteInferenceProfile";
    if (op == "delete-prompt-router") return "DeletePromptRouter";
    if (op == "tag-resource") return "TagResource";
    if (op == "untag-resource") return "UntagResource";
    return std::nullopt;
}

} // namespace

std::optional<int> inspect_request_response(boost::json::value const& doc, bool json, global_options const& g) {
    auto const* top = doc.if_object();
    if (!top) return std::nullopt;
    auto const has_any = [top](std::initializer_list<std::string_view> keys) {
        for (auto const k : keys)
            if (top->contains(k)) return true;
        return false;
    };
    // Every member is one of `keys` (and there is at least one).
    auto const only = [top](std::initializer_list<std::string_view> keys) {
        if (top->empty()) return false;
        for (auto const& m : *top) {
            bool known = false;
            for (auto const k : keys) known = known || m.key() == k;
            if (!known) return false;
        }
        return true;
    };
    if (has_any({"promptRouterSummaries"}))
        return read_and_show<list_prompt_routers_response>(doc, json, g, show_router_page);
    if (has_any({"promptRouterName", "routingCriteria", "fallbackModel"}))
        return read_and_show<get_prompt_router_response>(doc, json, g, [](prompt_router_summary const& s) { print_routers({s}); });
    if (only({"promptRouterArn"}))
        return read_and_show<create_prompt_router_response>(doc, json, g, [&g](create_prompt_router_response const& r) { print_normalized(r, g); });
    if (only({"tags"})) return read_and_show<list_tags_for_resource_response>(doc, json, g, print_tags);
    if (has_any({"modelSummaries"}))
        return read_and_show<list_foundation_models_response>(doc, json, g, [](list_foundation_models_response const& l) {
            print_models(l.model_summaries.value_or(std::vector<foundation_model_summary>{}));
        });
    if (has_any({"modelDetails"}))
        return read_and_show<get_foundation_model_response>(doc, json, g, [](get_foundation_model_response const& r) {
            print_models(r.model_details ? std::vector<foundation_model_summary>{*r.model_details} : std::vector<foundation_model_summary>{});
        });
    if (only({"inferenceProfileArn", "status"}))
        return read_and_show<create_inference_profile_response>(doc, json, g, print_created_profile);
    return std::nullopt;
}

std::optional<int> inspect_operation_response(std::string_view op, std::string_view text, bool json, global_options const& g) {
    if (auto const name = empty_output_operation(op)) {
        auto const r = parse_empty_response(text);
        if (!r) return report_error(r.error());
        if (json) print_normalized(*r, g);
        else std::cout << *name << ": no output members\n";
        return success;
    }
    if (op == "get-inference-profile" || op == "list-inference-profiles") return std::nullopt; // cmd_inspect.cpp
    auto const doc = parse_json(text);
    if (!doc) return report_error(doc.error());
    if (op == "create-inference-profile")
        return read_and_show<create_inference_profile_response>(*doc, json, g, print_created_profile);
    if (op == "create-prompt-router")
        return read_and_show<create_prompt_router_response>(*doc, json, g, [&g](create_prompt_router_response const& r) { print_normalized(r, g); });
    if (op == "get-prompt-router")
        return read_and_show<get_prompt_router_response>(*doc, json, g, [](prompt_router_summary const& s) { print_routers({s}); });
    if (op == "list-prompt-routers") return read_and_show<list_prompt_routers_response>(*doc, json, g, show_router_page);
    if (op == "list-foundation-models")
        return read_and_show<list_foundation_models_response>(*doc, json, g, [](list_foundation_models_response const& l) {
            print_models(l.model_summaries.value_or(std::vector<foundation_model_summary>{}));
        });
    if (op == "get-foundation-model")
        return read_and_show<get_foundation_model_response>(*doc, json, g, [](get_foundation_model_response const& r) {
            print_models(r.model_details ? std::vector<foundation_model_summary>{*r.model_details} : std::vector<foundation_model_summary>{});
        });
    return read_and_show<list_tags_for_resource_response>(*doc, json, g, print_tags); // list-tags-for-resource
}

std::vector<std::string> const& response_operations() {
    static std::vector<std::string> const ops{
        "create-inference-profile", "get-inference-profile", "list-inference-profiles", "delete-inference-profile",
        "create-prompt-router",     "get-prompt-router",     "list-prompt-routers",     "delete-prompt-router",
        "list-foundation-models",   "get-foundation-model",  "tag-resource",            "untag-resource",
        "list-tags-for-resource"};
    return ops;
}

} // namespace bedrock::cli
