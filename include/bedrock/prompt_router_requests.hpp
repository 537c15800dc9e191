#ifndef BEDROCK_PROMPT_ROUTER_REQUESTS_HPP
#define BEDROCK_PROMPT_ROUTER_REQUESTS_HPP

/** @file
    The prompt-router operations as typed requests: CreatePromptRouter, GetPromptRouter, ListPromptRouters,
    DeletePromptRouter (see `inference_profile_requests.hpp` for the pattern every request follows).

    @par Specification
    botocore `data/bedrock/2023-04-20/service-2.json` (operations and shapes of the same names); the bindings
    are checked against `tests/data/bedrock-http-bindings.json`.
*/

#include <bedrock/api.hpp>
#include <bedrock/http_request.hpp>
#include <bedrock/prompt_router_type.hpp>
#include <bedrock/request_error.hpp>
#include <bedrock/request_members.hpp>

#include <array>        // std::array (member bindings)
#include <cstdint>      // std::int64_t
#include <optional>     // std::optional (optional members)
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector (models, tags)

namespace bedrock::requests {

namespace detail {
inline constexpr std::array<member_binding, 7> create_prompt_router_members{{
    {"clientRequestToken", member_location::body, "clientRequestToken"},
    {"promptRouterName", member_location::body, "promptRouterName"},
    {"models", member_location::body, "models"},
    {"description", member_location::body, "description"},
    {"routingCriteria", member_location::body, "routingCriteria"},
    {"fallbackModel", member_location::body, "fallbackModel"},
    {"tags", member_location::body, "tags"},
}};
inline constexpr std::array<member_binding, 1> prompt_router_arn_members{{
    {"promptRouterArn", member_location::uri, "promptRouterArn"},
}};
inline constexpr std::array<member_binding, 3> list_prompt_routers_members{{
    {"maxResults", member_location::querystring, "maxResults"},
    {"nextToken", member_location::querystring, "nextToken"},
    {"type", member_location::querystring, "type"},
}};
} // namespace detail

/// `RoutingCriteria.responseQualityDifference`: a number in 0..100 (the model's `min` and `max`).
inline constexpr double max_response_quality_difference = 100.0;

/** `CreatePromptRouter`: `POST /prompt-routers`, body members only, success `200`.

    @par Example
    @code
    auto r = bedrock::requests::create_prompt_router::make({
        .prompt_router_name = "support-router",
        .models = {"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
                   "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0"},
        .response_quality_difference = 25,
        .fallback_model = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"});
    assert(r && bedrock::requests::to_http_request(*r).path == "/prompt-routers");
    @endcode
*/
struct create_prompt_router {
    /// The service model's binding.
    static constexpr http_binding binding{"CreatePromptRouter", http_method::post, "/prompt-routers", 200,
                                          detail::create_prompt_router_members};

    std::optional<bedrock::client_request_token> client_request_token{}; ///< optional (idempotency)
    bedrock::prompt_router_name prompt_router_name{};                    ///< required
    std::vector<prompt_router_target_model_arn> models{};                ///< required: `models[].modelArn`
    std::optional<resource_description> description{};                  ///< optional
    double response_quality_difference = 0;                              ///< required: `routingCriteria.responseQualityDifference`
    prompt_router_target_model_arn fallback_model{};                     ///< required: `fallbackModel.modelArn`
    std::optional<tag_list> tags{};                                      ///< optional

    /// The raw members.
    struct input {
        std::optional<std::string_view> client_request_token{}; ///< `clientRequestToken`
        std::string_view prompt_router_name{};                  ///< `promptRouterName`
        std::vector<std::string_view> models{};                 ///< `models[].modelArn`
        std::optional<std::string_view> description{};         ///< `description`
        double response_quality_difference = 0;                 ///< `routingCriteria.responseQualityDifference`
        std::string_view fallback_model{};                      ///< `fallbackModel.modelArn`
        std::optional<std::vector<tag>> tags{};                 ///< `tags`
    };
    /// Checks every member in the model's order; the first bad one is named by its pointer.
    [[nodiscard]] static request_result<create_prompt_router> make(input const& in) {
        create_prompt_router r;
        if (auto e = bedrock::detail::take(in.client_request_token, r.client_request_token, "/clientRequestToken")) return *e;
        if (auto e = bedrock::detail::take(in.prompt_router_name, r.prompt_router_name, "/promptRouterName")) return *e;
        // PromptRouterTargetModels holds at least one model; the body reader refuses an empty list.
        if (in.models.empty()) return request_error{request_errc::too_few_items, "/models", {}, "1"};
        r.models.resize(in.models.size());
        for (std::size_t i = 0; i < in.models.size(); ++i)
            if (auto e = bedrock::detail::take(in.models[i], r.models[i], bedrock::detail::item_pointer("/models", i, "modelArn")))
                return *e;
        if (auto e = bedrock::detail::take(in.description, r.description, "/description")) return *e;
        // `!(a <= x && x <= b)` also rejects NaN.
        if (!(in.response_quality_difference >= 0 && in.response_quality_difference <= max_response_quality_difference))
            return request_error{request_errc::out_of_range, "/routingCriteria/responseQualityDifference", {},
                                 "the value is outside 0..100"};
        r.response_quality_difference = in.response_quality_difference;
        if (auto e = bedrock::detail::take(in.fallback_model, r.fallback_model, "/fallbackModel/modelArn")) return *e;
        if (in.tags) {
            auto t = make_tag_list(*in.tags, "/tags");
            if (!t) return t.error();
            r.tags = std::move(*t);
        }
        return r;
    }
};

/** The HTTP request of CreatePromptRouter (the body is written by the JSON layer). */
[[nodiscard]] inline http_request to_http_request(create_prompt_router const&) {
    auto const& b = create_prompt_router::binding;
    return http_request{b.method, std::string(b.request_uri), {}, std::nullopt, b.success_status};
}

/** The body document of CreatePromptRouter (`bedrock::create_prompt_router_request` of `api.hpp`), for the
    JSON layer to serialize (`to_http_request_with_body` in `<bedrock/json/requests.hpp>`). */
[[nodiscard]] inline bedrock::create_prompt_router_request to_body(create_prompt_router const& r) {
    bedrock::create_prompt_router_request body;
    if (r.client_request_token) body.client_request_token = std::string(r.client_request_token->str());
    body.prompt_router_name = std::string(r.prompt_router_name.str());
    for (auto const& m : r.models) body.models.push_back({std::string(m.str())});
    if (r.description) body.description = std::string(r.description->str());
    body.routing_criteria.response_quality_difference = r.response_quality_difference;
    body.fallback_model.model_arn = std::string(r.fallback_model.str());
    if (r.tags) body.tags = r.tags->tags();
    return body;
}

/** `GetPromptRouter`: `GET /prompt-routers/{promptRouterArn}` (percent-encoded), success `200`.

    @par Example
    @code
    bedrock::requests::get_prompt_router g{"arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345"};
    assert(bedrock::requests::to_http_request(g).path ==
           "/prompt-routers/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aprompt-router%2Fabcdef012345");
    @endcode
*/
struct get_prompt_router {
    /// The service model's binding.
    static constexpr http_binding binding{"GetPromptRouter", http_method::get, "/prompt-routers/{promptRouterArn}", 200,
                                          detail::prompt_router_arn_members};

    bedrock::prompt_router_arn prompt_router_arn{}; ///< required: a default or a custom router

    /// The raw members.
    struct input {
        std::string_view prompt_router_arn{}; ///< `promptRouterArn`
    };
    /// Checks the ARN.
    [[nodiscard]] static request_result<get_prompt_router> make(input const& in) {
        get_prompt_router r;
        if (auto e = bedrock::detail::take(in.prompt_router_arn, r.prompt_router_arn, "/promptRouterArn")) return *e;
        return r;
    }
};

/** The HTTP request of GetPromptRouter. */
[[nodiscard]] inline http_request to_http_request(get_prompt_router const& r) {
    auto const& b = get_prompt_router::binding;
    uri_label const l{"promptRouterArn", r.prompt_router_arn.str()};
    return http_request{b.method, expand_request_uri(b.request_uri, {&l, 1}), {}, std::nullopt, b.success_status};
}

/** `DeletePromptRouter`: `DELETE /prompt-routers/{promptRouterArn}`, success `200`. */
struct delete_prompt_router {
    /// The service model's binding.
    static constexpr http_binding binding{"DeletePromptRouter", http_method::delete_, "/prompt-routers/{promptRouterArn}",
                                          200, detail::prompt_router_arn_members};

    bedrock::prompt_router_arn prompt_router_arn{}; ///< required

    /// The raw members.
    struct input {
        std::string_view prompt_router_arn{}; ///< `promptRouterArn`
    };
    /// Checks the ARN.
    [[nodiscard]] static request_result<delete_prompt_router> make(input const& in) {
        delete_prompt_router r;
        if (auto e = bedrock::detail::take(in.prompt_router_arn, r.prompt_router_arn, "/promptRouterArn")) return *e;
        return r;
    }
};

/** The HTTP request of DeletePromptRouter. */
[[nodiscard]] inline http_request to_http_request(delete_prompt_router const& r) {
    auto const& b = delete_prompt_router::binding;
    uri_label const l{"promptRouterArn", r.prompt_router_arn.str()};
    return http_request{b.method, expand_request_uri(b.request_uri, {&l, 1}), {}, std::nullopt, b.success_status};
}

/** `ListPromptRouters`: `GET /prompt-routers?maxResults=&nextToken=&type=`, success `200`. */
struct list_prompt_routers {
    /// The service model's binding.
    static constexpr http_binding binding{"ListPromptRouters", http_method::get, "/prompt-routers", 200,
                                          detail::list_prompt_routers_members};

    std::optional<bedrock::max_results> max_results{}; ///< `maxResults` (1..1000)
    std::optional<pagination_token> next_token{};      ///< `nextToken`
    std::optional<prompt_router_type> type{};          ///< `type`: `custom` or `default`

    /// The raw members.
    struct input {
        std::optional<std::int64_t> max_results{};    ///< `maxResults`
        std::optional<std::string_view> next_token{}; ///< `nextToken`
        std::optional<std::string_view> type{};       ///< `type`: `custom` or `default` (lowercase)
    };
    /// Checks every member.
    [[nodiscard]] static request_result<list_prompt_routers> make(input const& in) {
        list_prompt_routers r;
        if (auto e = bedrock::detail::take_max_results(in.max_results, r.max_results)) return *e;
        if (auto e = bedrock::detail::take(in.next_token, r.next_token, "/nextToken")) return *e;
        if (auto e = bedrock::detail::take_enum(in.type, r.type, [](std::string_view s) { return parse_prompt_router_type(s); },
                                                "/type", "custom, default"))
            return *e;
        return r;
    }
    /// The same request for the page after `token`.
    [[nodiscard]] list_prompt_routers with_next_token(pagination_token token) const {
        auto r = *this;
        r.next_token = token;
        return r;
    }
};

/** The HTTP request of ListPromptRouters. */
[[nodiscard]] inline http_request to_http_request(list_prompt_routers const& r) {
    auto const& b = list_prompt_routers::binding;
    http_request h{b.method, std::string(b.request_uri), {}, std::nullopt, b.success_status};
    if (r.max_results) h.query.push_back({"maxResults", std::to_string(r.max_results->value())});
    if (r.next_token) h.query.push_back({"nextToken", std::string(r.next_token->str())});
    if (r.type) h.query.push_back({"type", std::string(to_string(*r.type))});
    return h;
}

} // namespace bedrock::requests

#endif // BEDROCK_PROMPT_ROUTER_REQUESTS_HPP
