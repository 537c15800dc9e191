// `bedrock-profiles request <operation> [options]`: builds a typed request of the library from options spelled
// as the AWS CLI spells them (`aws bedrock list-inference-profiles --type-equals APPLICATION`) and prints
// the HTTP request a client sends: {"method","path","query","body"} (the path percent-encoded, the query
// unencoded in the model's order, the body as JSON or null). A bad member is one line on stderr naming the
// option and the member's JSON Pointer, exit status 2. Structured options (--tags, --model-source, --models,
// --routing-criteria, --fallback-model, --tag-keys) take the AWS CLI's shorthand or JSON (request_arguments.hpp).
#include "cli.hpp"
#include "request_arguments.hpp"

#include <bedrock/foundation_model_requests.hpp>
#include <bedrock/inference_profile_requests.hpp>
#include <bedrock/json/requests.hpp>
#include <bedrock/prompt_router_requests.hpp>
#include <bedrock/tagging_requests.hpp>

#include <CLI/CLI.hpp>

#include <cctype>      // std::isupper, std::tolower
#include <cstdint>     // std::int64_t
#include <memory>      // std::shared_ptr (options outlive the registration call)
#include <optional>    // std::optional
#include <string>      // std::string
#include <string_view> // std::string_view
#include <utility>     // std::move
#include <variant>     // std::get_if (argument results)
#include <vector>      // std::vector

namespace bedrock::cli {
namespace {

// Every option of every operation; each operation reads the ones it registered.
struct request_options {
    std::string inference_profile_identifier, inference_profile_name, model_source, prompt_router_arn,
        prompt_router_name, routing_criteria, fallback_model, model_identifier, resource_arn;
    std::optional<std::string> description, client_request_token, next_token, type_equals, type, by_provider,
        by_customization_type, by_output_modality, by_inference_type;
    std::optional<std::int64_t> max_results;
    std::vector<std::string> tags, models, tag_keys;
    bool tags_given = false;
};

// The option of a member pointer: its first segment in kebab case (`/tags/3/key` -> `--tags`,
// `/resourceARN` -> `--resource-arn`, `/modelSource/copyFrom` -> `--model-source`).
std::string option_of(std::string_view pointer) {
    if (!pointer.empty() && pointer.front() == '/') pointer.remove_prefix(1);
    pointer = pointer.substr(0, pointer.find('/'));
    std::string out = "--";
    for (std::size_t i = 0; i < pointer.size(); ++i) {
        char const c = pointer[i];
        bool const upper = std::isupper(static_cast<unsigned char>(c)) != 0;
        bool const after_upper = i > 0 && std::isupper(static_cast<unsigned char>(pointer[i - 1])) != 0;
        if (upper && i > 0 && !after_upper) out += '-';
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

int report_request_error(request_error const& e) {
    return report(problem{std::string(to_string(e.code)), option_of(e.pointer) + " (" + e.message() + ")", std::nullopt});
}

// A structured option that does not read (src/request_arguments.hpp): the option, the member's pointer and
// why; the byte offset in that argument for shorthand.
problem argument_problem_of(std::string_view option, arguments::argument_problem const& a) {
    problem p{a.json ? "bad_json" : "bad_shorthand", std::string(option) + " (" + a.pointer + "): " + a.message, std::nullopt};
    if (a.offset) p.offset = static_cast<std::uint32_t>(*a.offset);
    return p;
}

// The value of an argument_result, or the problem reported (and std::nullopt).
template <class T>
std::optional<T> take(arguments::argument_result<T>&& r, std::string_view option, problem& p) {
    if (auto const* a = std::get_if<arguments::argument_problem>(&r)) {
        p = argument_problem_of(option, *a);
        return std::nullopt;
    }
    return std::get<T>(std::move(r));
}

// The values of a list option as given: every argument after each `--name` up to the next option, or the
// rest of `--name=value`. CLI11 has the same values except that it cuts an argument `[…]` at its commas.
std::vector<std::string> given_values(std::string_view name, std::vector<std::string> const& parsed) {
    auto const is_option = [](std::string const& a) {
        return a.size() >= 2 && a[0] == '-' && (a[1] == '-' || std::isalpha(static_cast<unsigned char>(a[1])) != 0);
    };
    std::vector<std::string> out;
    auto const& args = raw_arguments();
    std::string const prefix = std::string(name) + "=";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i].rfind(prefix, 0) == 0) out.push_back(args[i].substr(prefix.size()));
        if (args[i] != name) continue;
        while (i + 1 < args.size() && !is_option(args[i + 1])) out.push_back(args[++i]);
    }
    return out.empty() ? parsed : out;
}

std::optional<std::string_view> view(std::optional<std::string> const& s) {
    return s ? std::optional<std::string_view>(*s) : std::nullopt;
}

// Prints the HTTP request (its body is JSON the library wrote, so it is read back as a value).
int print_request(http_request const& h, global_options const& g) {
    boost::json::object query;
    for (auto const& q : h.query) query[q.name] = q.value;
    boost::json::value body;
    if (h.body) {
        auto b = parse_json(*h.body);
        if (!b) return report(problem{"internal", "the body does not read back", std::nullopt});
        body = std::move(*b);
    }
    auto const method = to_string(h.method);
    print_json(boost::json::object{{"method", boost::json::string_view(method.data(), method.size())},
                                   {"path", h.path},
                                   {"query", std::move(query)},
                                   {"body", std::move(body)}},
               g);
    return success;
}

template <class Request>
int emit(request_result<Request> const& r, global_options const& g) {
    if (!r) return report_request_error(r.error());
    return print_request(to_http_request_with_body(*r), g);
}

int run_operation(std::string_view op, request_options const& o, global_options const& g) {
    using namespace bedrock::requests;
    problem p;
    if (op == "list-inference-profiles")
        return emit(list_inference_profiles::make({o.max_results, view(o.next_token), view(o.type_equals)}), g);
    if (op == "get-inference-profile") return emit(get_inference_profile::make({o.inference_profile_identifier}), g);
    if (op == "delete-inference-profile") return emit(delete_inference_profile::make({o.inference_profile_identifier}), g);
    if (op == "create-inference-profile") {
        auto const copy_from = take(arguments::single_string_argument(o.model_source, "copyFrom", "/modelSource"), "--model-source", p);
        if (!copy_from) return report(p);
        std::optional<std::vector<tag>> tags;
        if (o.tags_given) {
            tags = take(arguments::tags_argument(given_values("--tags", o.tags)), "--tags", p);
            if (!tags) return report(p);
        }
        return emit(create_inference_profile::make(
                        {o.inference_profile_name, view(o.description), view(o.client_request_token), *copy_from, tags}),
                    g);
    }
    if (op == "list-prompt-routers") return emit(list_prompt_routers::make({o.max_results, view(o.next_token), view(o.type)}), g);
    if (op == "get-prompt-router") return emit(get_prompt_router::make({o.prompt_router_arn}), g);
    if (op == "delete-prompt-router") return emit(delete_prompt_router::make({o.prompt_router_arn}), g);
    if (op == "create-prompt-router") {
        auto const arns = take(arguments::model_arns_argument(given_values("--models", o.models), "/models"), "--models", p);
        if (!arns) return report(p);
        auto const difference = take(arguments::single_number_argument(o.routing_criteria, "responseQualityDifference", "/routingCriteria"),
                                     "--routing-criteria", p);
        if (!difference) return report(p);
        auto const fallback = take(arguments::single_string_argument(o.fallback_model, "modelArn", "/fallbackModel"), "--fallback-model", p);
        if (!fallback) return report(p);
        std::optional<std::vector<tag>> tags;
        if (o.tags_given) {
            tags = take(arguments::tags_argument(given_values("--tags", o.tags)), "--tags", p);
            if (!tags) return report(p);
        }
        std::vector<std::string_view> models(arns->begin(), arns->end());
        return emit(create_prompt_router::make({view(o.client_request_token), o.prompt_router_name, models,
                                                view(o.description), *difference, *fallback, tags}),
                    g);
    }
    if (op == "list-foundation-models")
        return emit(list_foundation_models::make({view(o.by_provider), view(o.by_customization_type), view(o.by_output_modality),
                                                  view(o.by_inference_type)}),
                    g);
    if (op == "get-foundation-model") return emit(get_foundation_model::make({o.model_identifier}), g);
    if (op == "tag-resource") {
        auto tags = take(arguments::tags_argument(given_values("--tags", o.tags)), "--tags", p);
        if (!tags) return report(p);
        return emit(tag_resource::make({o.resource_arn, *tags}), g);
    }
    if (op == "untag-resource") {
        auto keys = take(arguments::string_list_argument(given_values("--tag-keys", o.tag_keys), "/tagKeys"), "--tag-keys", p);
        if (!keys) return report(p);
        return emit(untag_resource::make({o.resource_arn, *keys}), g);
    }
    return emit(list_tags_for_resource::make({o.resource_arn}), g); // list-tags-for-resource
}

} // namespace

std::vector<std::string>& raw_arguments() {
    static std::vector<std::string> args;
    return args;
}

void add_request_command(CLI::App& app, global_options const& g, action& run) {
    auto o = std::make_shared<request_options>();
    auto* cmd = app.add_subcommand("request", "Print the HTTP request of a Bedrock operation as JSON (AWS CLI spelling; nothing is sent)");
    cmd->require_subcommand(1, 1);
    auto add = [&](char const* name, char const* what) {
        auto* s = cmd->add_subcommand(name, what);
        s->callback([o, &g, &run, name] { run = [o, &g, name] { return run_operation(name, *o, g); }; });
        return s;
    };
    auto paging = [&](CLI::App* s) {
        s->add_option("--max-results", o->max_results, "maxResults: 1..1000");
        s->add_option("--next-token", o->next_token, "nextToken of the previous page");
    };
    auto tags = [&](CLI::App* s, bool required) {
        auto* t = s->add_option("--tags", o->tags, "key=K,value=V per tag (AWS CLI shorthand: quote values with commas, key=k,value=\"a,b\"), or JSON")->each([o](std::string const&) { o->tags_given = true; });
        if (required) t->required();
    };

    auto* s = add("list-inference-profiles", "ListInferenceProfiles: GET /inference-profiles");
    paging(s);
    s->add_option("--type-equals", o->type_equals, "SYSTEM_DEFINED or APPLICATION (sent as query 'type')");
    s = add("get-inference-profile", "GetInferenceProfile: GET /inference-profiles/{id}");
    s->add_option("--inference-profile-identifier", o->inference_profile_identifier, "Profile id or ARN")->required();
    s = add("delete-inference-profile", "DeleteInferenceProfile: DELETE /inference-profiles/{id}");
    s->add_option("--inference-profile-identifier", o->inference_profile_identifier, "Profile id or ARN")->required();
    s = add("create-inference-profile", "CreateInferenceProfile: POST /inference-profiles");
    s->add_option("--inference-profile-name", o->inference_profile_name, "inferenceProfileName")->required();
    s->add_option("--model-source", o->model_source, "copyFrom=<foundation-model or system-defined profile ARN> (shorthand or JSON)")->required();
    s->add_option("--description", o->description, "description");
    s->add_option("--client-request-token", o->client_request_token, "clientRequestToken (idempotency)");
    tags(s, false);

    s = add("list-prompt-routers", "ListPromptRouters: GET /prompt-routers");
    paging(s);
    s->add_option("--type", o->type, "custom or default");
    s = add("get-prompt-router", "GetPromptRouter: GET /prompt-routers/{arn}");
    s->add_option("--prompt-router-arn", o->prompt_router_arn, "Prompt router ARN")->required();
    s = add("delete-prompt-router", "DeletePromptRouter: DELETE /prompt-routers/{arn}");
    s->add_option("--prompt-router-arn", o->prompt_router_arn, "Prompt router ARN")->required();
    s = add("create-prompt-router", "CreatePromptRouter: POST /prompt-routers");
    s->add_option("--prompt-router-name", o->prompt_router_name, "promptRouterName")->required();
    s->add_option("--models", o->models, "modelArn=<ARN> per model (shorthand or JSON)")->required();
    s->add_option("--routing-criteria", o->routing_criteria, "responseQualityDifference=<0..100> (shorthand or JSON)")->required();
    s->add_option("--fallback-model", o->fallback_model, "modelArn=<ARN> (shorthand or JSON)")->required();
    s->add_option("--description", o->description, "description");
    s->add_option("--client-request-token", o->client_request_token, "clientRequestToken (idempotency)");
    tags(s, false);

    s = add("list-foundation-models", "ListFoundationModels: GET /foundation-models");
    s->add_option("--by-provider", o->by_provider, "byProvider");
    s->add_option("--by-customization-type", o->by_customization_type, "FINE_TUNING, CONTINUED_PRE_TRAINING or DISTILLATION");
    s->add_option("--by-output-modality", o->by_output_modality, "TEXT, IMAGE or EMBEDDING");
    s->add_option("--by-inference-type", o->by_inference_type, "ON_DEMAND or PROVISIONED");
    s = add("get-foundation-model", "GetFoundationModel: GET /foundation-models/{id}");
    s->add_option("--model-identifier", o->model_identifier, "Model id or foundation-model ARN")->required();

    s = add("tag-resource", "TagResource: POST /tagResource");
    s->add_option("--resource-arn", o->resource_arn, "resourceARN")->required();
    tags(s, true);
    s = add("untag-resource", "UntagResource: POST /untagResource");
    s->add_option("--resource-arn", o->resource_arn, "resourceARN")->required();
    s->add_option("--tag-keys", o->tag_keys, "Tag keys to remove (one per argument, or one JSON list)")->required();
    s = add("list-tags-for-resource", "ListTagsForResource: POST /listTagsForResource");
    s->add_option("--resource-arn", o->resource_arn, "resourceARN")->required();
}

} // namespace bedrock::cli
