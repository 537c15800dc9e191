// The responses of the request side (issue 12) that `bedrock-profiles inspect` reads beside the inference-profile
// responses: GetPromptRouter / ListPromptRouters, ListTagsForResource, and CreatePromptRouter
// (a document whose only member is `promptRouterArn`; ListTagsForResource: whose only member is `tags`). Each is validated with the library's reader and shown as a table or normalized JSON.
#include "cli.hpp"

#include <bedrock/json.hpp>

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

template <class Document, class Table>
int read_and_show(boost::json::value const& doc, bool json, global_options const& g, Table table) {
    auto const d = from_json_value<Document>(doc);
    if (!d) return report_error(d.error());
    if (json) print_normalized(*d, g);
    else table(*d);
    return success;
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
    if (has_any({"promptRouterSummaries"}))
        return read_and_show<list_prompt_routers_response>(doc, json, g, [](list_prompt_routers_response const& l) {
            print_routers(l.prompt_router_summaries.value_or(std::vector<prompt_router_summary>{}));
            if (l.next_token) std::cout << "nextToken: " << *l.next_token << '\n';
        });
    if (has_any({"promptRouterName", "routingCriteria", "fallbackModel"}))
        return read_and_show<get_prompt_router_response>(doc, json, g, [](prompt_router_summary const& s) { print_routers({s}); });
    if (top->size() == 1 && has_any({"promptRouterArn"}))
        return read_and_show<create_prompt_router_response>(doc, json, g, [&g](create_prompt_router_response const& r) { print_normalized(r, g); });
    if (top->size() == 1 && has_any({"tags"}))
        return read_and_show<list_tags_for_resource_response>(doc, json, g, [](list_tags_for_resource_response const& t) {
            std::vector<std::vector<std::string>> rows{{"KEY", "VALUE"}};
            for (auto const& tg : t.tags.value_or(std::vector<tag>{})) rows.push_back({tg.key, tg.value});
            print_table(rows);
        });
    return std::nullopt;
}

} // namespace bedrock::cli
