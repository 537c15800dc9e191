#ifndef BEDROCK_INFERENCE_PROFILE_REQUESTS_HPP
#define BEDROCK_INFERENCE_PROFILE_REQUESTS_HPP

/** @file
    The inference-profile operations as typed requests: CreateInferenceProfile, GetInferenceProfile,
    ListInferenceProfiles, DeleteInferenceProfile.

    Each request is a struct of checked members (`request_members.hpp`), so it cannot hold a bad value;
    `make()` builds one from raw text and numbers and names the first bad member; `to_http_request()` gives
    the method, percent-encoded path, query parameters and success status of the service model's binding.
    The JSON body of CreateInferenceProfile is written by the JSON layer from @ref to_body.

    @par Specification
    botocore `data/bedrock/2023-04-20/service-2.json` (operations and shapes of the same names); the bindings
    are checked against `tests/data/bedrock-http-bindings.json`.
*/

#include <bedrock/api.hpp>
#include <bedrock/http_request.hpp>
#include <bedrock/inference_profile_type.hpp>
#include <bedrock/request_error.hpp>
#include <bedrock/request_members.hpp>

#include <array>        // std::array (member bindings)
#include <cstdint>      // std::int64_t
#include <optional>     // std::optional (optional members)
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector (tags)

namespace bedrock::requests {

namespace detail {
inline constexpr std::array<member_binding, 5> create_inference_profile_members{{
    {"inferenceProfileName", member_location::body, "inferenceProfileName"},
    {"description", member_location::body, "description"},
    {"clientRequestToken", member_location::body, "clientRequestToken"},
    {"modelSource", member_location::body, "modelSource"},
    {"tags", member_location::body, "tags"},
}};
inline constexpr std::array<member_binding, 1> inference_profile_identifier_members{{
    {"inferenceProfileIdentifier", member_location::uri, "inferenceProfileIdentifier"},
}};
inline constexpr std::array<member_binding, 3> list_inference_profiles_members{{
    {"maxResults", member_location::querystring, "maxResults"},
    {"nextToken", member_location::querystring, "nextToken"},
    {"typeEquals", member_location::querystring, "type"},
}};
} // namespace detail

/** `CreateInferenceProfile`: `POST /inference-profiles`, body members only, success `201`.

    @par Example
    @code
    auto r = bedrock::requests::create_inference_profile::make({
        .inference_profile_name = "support-chatbot",
        .copy_from = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0",
        .tags = std::vector<bedrock::tag>{{"team", "support"}}});
    assert(r && bedrock::requests::to_http_request(*r).success_status == 201);
    @endcode
*/
struct create_inference_profile {
    /// The service model's binding.
    static constexpr http_binding binding{"CreateInferenceProfile", http_method::post, "/inference-profiles", 201,
                                          detail::create_inference_profile_members};

    bedrock::inference_profile_name inference_profile_name{};       ///< required
    std::optional<resource_description> description{};              ///< optional
    std::optional<bedrock::client_request_token> client_request_token{}; ///< optional (idempotency)
    model_source_arn copy_from{};                                   ///< required: `modelSource.copyFrom`
    std::optional<tag_list> tags{};                                 ///< optional; empty and absent are kept apart

    /// The raw members, as a user or the command line gives them.
    struct input {
        std::string_view inference_profile_name{};            ///< `inferenceProfileName`
        std::optional<std::string_view> description{};        ///< `description`
        std::optional<std::string_view> client_request_token{}; ///< `clientRequestToken`
        std::string_view copy_from{};                         ///< `modelSource.copyFrom`
        std::optional<std::vector<tag>> tags{};               ///< `tags`
    };
    /// Checks every member in the model's order; the first bad one is named by its pointer.
    [[nodiscard]] static request_result<create_inference_profile> make(input const& in) {
        create_inference_profile r;
        if (auto e = bedrock::detail::take(in.inference_profile_name, r.inference_profile_name, "/inferenceProfileName")) return *e;
        if (auto e = bedrock::detail::take(in.description, r.description, "/description")) return *e;
        if (auto e = bedrock::detail::take(in.client_request_token, r.client_request_token, "/clientRequestToken")) return *e;
        if (auto e = bedrock::detail::take(in.copy_from, r.copy_from, "/modelSource/copyFrom")) return *e;
        if (in.tags) {
            auto t = make_tag_list(*in.tags, "/tags");
            if (!t) return t.error();
            r.tags = std::move(*t);
        }
        return r;
    }
};

/** The HTTP request of CreateInferenceProfile (the body is written by the JSON layer from @ref to_body). */
[[nodiscard]] inline http_request to_http_request(create_inference_profile const&) {
    auto const& b = create_inference_profile::binding;
    return http_request{b.method, std::string(b.request_uri), {}, std::nullopt, b.success_status};
}

/** The body document of CreateInferenceProfile (`bedrock::create_inference_profile_request` of `api.hpp`),
    for the JSON layer to serialize. */
[[nodiscard]] inline bedrock::create_inference_profile_request to_body(create_inference_profile const& r) {
    bedrock::create_inference_profile_request body;
    body.inference_profile_name = std::string(r.inference_profile_name.str());
    if (r.description) body.description = std::string(r.description->str());
    if (r.client_request_token) body.client_request_token = std::string(r.client_request_token->str());
    body.model_source.copy_from = std::string(r.copy_from.str());
    if (r.tags) body.tags = r.tags->tags();
    return body;
}

/** `GetInferenceProfile`: `GET /inference-profiles/{inferenceProfileIdentifier}` (the identifier, an id or an
    ARN, percent-encoded), success `200`.

    @par Example
    @code
    bedrock::requests::get_inference_profile g{"us.amazon.nova-pro-v1:0"};
    assert(bedrock::requests::to_http_request(g).path == "/inference-profiles/us.amazon.nova-pro-v1%3A0");
    @endcode
*/
struct get_inference_profile {
    /// The service model's binding.
    static constexpr http_binding binding{"GetInferenceProfile", http_method::get,
                                          "/inference-profiles/{inferenceProfileIdentifier}", 200,
                                          detail::inference_profile_identifier_members};

    bedrock::inference_profile_identifier inference_profile_identifier{}; ///< required

    /// The raw members.
    struct input {
        std::string_view inference_profile_identifier{}; ///< `inferenceProfileIdentifier`
    };
    /// Checks the identifier (strict: known partition, region, geo).
    [[nodiscard]] static request_result<get_inference_profile> make(input const& in) {
        get_inference_profile r;
        if (auto e = bedrock::detail::take(in.inference_profile_identifier, r.inference_profile_identifier,
                                           "/inferenceProfileIdentifier"))
            return *e;
        return r;
    }
};

/** The HTTP request of GetInferenceProfile. */
[[nodiscard]] inline http_request to_http_request(get_inference_profile const& r) {
    auto const& b = get_inference_profile::binding;
    uri_label const l{"inferenceProfileIdentifier", r.inference_profile_identifier.str()};
    return http_request{b.method, expand_request_uri(b.request_uri, {&l, 1}), {}, std::nullopt, b.success_status};
}

/** `DeleteInferenceProfile`: `DELETE /inference-profiles/{inferenceProfileIdentifier}`, success `200`. */
struct delete_inference_profile {
    /// The service model's binding.
    static constexpr http_binding binding{"DeleteInferenceProfile", http_method::delete_,
                                          "/inference-profiles/{inferenceProfileIdentifier}", 200,
                                          detail::inference_profile_identifier_members};

    bedrock::inference_profile_identifier inference_profile_identifier{}; ///< required

    /// The raw members.
    struct input {
        std::string_view inference_profile_identifier{}; ///< `inferenceProfileIdentifier`
    };
    /// Checks the identifier (strict).
    [[nodiscard]] static request_result<delete_inference_profile> make(input const& in) {
        delete_inference_profile r;
        if (auto e = bedrock::detail::take(in.inference_profile_identifier, r.inference_profile_identifier,
                                           "/inferenceProfileIdentifier"))
            return *e;
        return r;
    }
};

/** The HTTP request of DeleteInferenceProfile. */
[[nodiscard]] inline http_request to_http_request(delete_inference_profile const& r) {
    auto const& b = delete_inference_profile::binding;
    uri_label const l{"inferenceProfileIdentifier", r.inference_profile_identifier.str()};
    return http_request{b.method, expand_request_uri(b.request_uri, {&l, 1}), {}, std::nullopt, b.success_status};
}

/** `ListInferenceProfiles`: `GET /inference-profiles?maxResults=&nextToken=&type=`, success `200`.

    The API member `typeEquals` is sent as the query parameter `type`: a client that sends `typeEquals=`
    gets every profile back, unfiltered.

    @par Example
    @code
    constexpr bedrock::max_results ten{10};
    bedrock::requests::list_inference_profiles l{.max_results = ten,
                                                 .type_equals = bedrock::inference_profile_type::application};
    assert(bedrock::target(bedrock::requests::to_http_request(l)) == "/inference-profiles?maxResults=10&type=APPLICATION");
    @endcode
*/
struct list_inference_profiles {
    /// The service model's binding.
    static constexpr http_binding binding{"ListInferenceProfiles", http_method::get, "/inference-profiles", 200,
                                          detail::list_inference_profiles_members};

    std::optional<bedrock::max_results> max_results{};         ///< `maxResults` (1..1000)
    std::optional<pagination_token> next_token{};              ///< `nextToken`
    std::optional<inference_profile_type> type_equals{};       ///< `typeEquals`, sent as `type`

    /// The raw members.
    struct input {
        std::optional<std::int64_t> max_results{};     ///< `maxResults`
        std::optional<std::string_view> next_token{};  ///< `nextToken`
        std::optional<std::string_view> type_equals{}; ///< `typeEquals`: `SYSTEM_DEFINED` or `APPLICATION`
    };
    /// Checks every member; the pointers are the API member names (`/typeEquals`).
    [[nodiscard]] static request_result<list_inference_profiles> make(input const& in) {
        list_inference_profiles r;
        if (auto e = bedrock::detail::take_max_results(in.max_results, r.max_results)) return *e;
        if (auto e = bedrock::detail::take(in.next_token, r.next_token, "/nextToken")) return *e;
        if (auto e = bedrock::detail::take_enum(in.type_equals, r.type_equals,
                                                [](std::string_view s) { return parse_inference_profile_type(s); },
                                                "/typeEquals", "SYSTEM_DEFINED, APPLICATION"))
            return *e;
        return r;
    }
    /// The same request for the page after `token` (what a paginator sends next).
    [[nodiscard]] list_inference_profiles with_next_token(pagination_token token) const {
        auto r = *this;
        r.next_token = token;
        return r;
    }
};

/** The HTTP request of ListInferenceProfiles. */
[[nodiscard]] inline http_request to_http_request(list_inference_profiles const& r) {
    auto const& b = list_inference_profiles::binding;
    http_request h{b.method, std::string(b.request_uri), {}, std::nullopt, b.success_status};
    if (r.max_results) h.query.push_back({"maxResults", std::to_string(r.max_results->value())});
    if (r.next_token) h.query.push_back({"nextToken", std::string(r.next_token->str())});
    if (r.type_equals) h.query.push_back({"type", std::string(to_string(*r.type_equals))});
    return h;
}

} // namespace bedrock::requests

#endif // BEDROCK_INFERENCE_PROFILE_REQUESTS_HPP
