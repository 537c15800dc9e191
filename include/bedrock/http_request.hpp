#ifndef BEDROCK_HTTP_REQUEST_HPP
#define BEDROCK_HTTP_REQUEST_HPP

/** @file
    A REST-JSON request as an HTTP client sends it (method, percent-encoded path, ordered query parameters,
    optional JSON body, expected success status), and the HTTP binding of an operation as the AWS service
    model states it (method, `requestUri`, `responseCode`, where each input member goes).

    No HTTP client and no signing: an @ref http_request is what the AWS SDK for C++, libcurl with
    `--aws-sigv4`, or a test double sends. The typed requests (`inference_profile_requests.hpp`, …) build it.

    @par Specification
    botocore `data/bedrock/2023-04-20/service-2.json` (`http.method`, `http.requestUri`, `http.responseCode`,
    member `location` / `locationName`); Smithy HTTP binding traits
    (https://smithy.io/2.0/spec/http-bindings.html).
*/

#include <bedrock/percent_encoding.hpp>

#include <algorithm>    // std::sort (canonical query string)
#include <cstdint>      // std::uint8_t, std::uint16_t
#include <optional>     // std::optional (body)
#include <span>         // std::span (member bindings, labels)
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::pair (canonical query string)
#include <vector>       // std::vector (query parameters)

namespace bedrock {

/** An HTTP request method.

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::http_method::delete_) == "DELETE");
    @endcode
*/
enum class http_method : std::uint8_t {
    get,     ///< `GET`
    post,    ///< `POST`
    put,     ///< `PUT`
    patch,   ///< `PATCH`
    delete_, ///< `DELETE` (`delete` is a keyword)
};

/// The wire spelling (`"GET"`, `"POST"`, …).
[[nodiscard]] constexpr std::string_view to_string(http_method m) noexcept {
    switch (m) {
    case http_method::get: return "GET";
    case http_method::post: return "POST";
    case http_method::put: return "PUT";
    case http_method::patch: return "PATCH";
    case http_method::delete_: return "DELETE";
    }
    return "";
}

/// Parses the exact wire spelling (`"GET"`, …; case-sensitive as HTTP methods are).
[[nodiscard]] constexpr std::optional<http_method> parse_http_method(std::string_view s) noexcept {
    for (auto m : {http_method::get, http_method::post, http_method::put, http_method::patch, http_method::delete_})
        if (to_string(m) == s) return m;
    return std::nullopt;
}

/** Where an input member of an operation goes (the service model's `location`; `body` when it has none). */
enum class member_location : std::uint8_t {
    uri,         ///< A `{label}` of the request URI, percent-encoded.
    querystring, ///< A query parameter under its `locationName`.
    header,      ///< An HTTP header under its `locationName`.
    body,        ///< A member of the JSON body (the service model gives no location).
};

/// The service model's spelling (`"uri"`, `"querystring"`, `"header"`, `"body"` for members without one).
[[nodiscard]] constexpr std::string_view to_string(member_location l) noexcept {
    switch (l) {
    case member_location::uri: return "uri";
    case member_location::querystring: return "querystring";
    case member_location::header: return "header";
    case member_location::body: return "body";
    }
    return "";
}

/** Where one input member of an operation goes. */
struct member_binding {
    std::string_view member;    ///< The API member name (`typeEquals`).
    member_location location;   ///< Where it goes.
    std::string_view wire_name; ///< Its name there: the label, query or header name (`type`), or the JSON key.
};

/** The HTTP binding of an operation, as the AWS service model states it.

    @par Example
    @code
    auto const& b = bedrock::requests::list_inference_profiles::binding;
    static_assert(b.method == bedrock::http_method::get && b.request_uri == "/inference-profiles");
    @endcode
*/
struct http_binding {
    std::string_view operation;           ///< The operation name (`ListInferenceProfiles`).
    http_method method;                   ///< `http.method`.
    std::string_view request_uri;         ///< `http.requestUri`, with `{label}` placeholders.
    std::uint16_t success_status;         ///< `http.responseCode` (200 when the model gives none).
    std::span<member_binding const> members; ///< Every input member, in the model's order.

    /// The binding of `member`, or `nullptr`.
    [[nodiscard]] constexpr member_binding const* find(std::string_view member) const noexcept {
        for (auto const& m : members)
            if (m.member == member) return &m;
        return nullptr;
    }
};

/** One query parameter: name and value as given (not encoded; encoding happens when the query string is
    written). */
struct query_parameter {
    std::string name;  ///< The wire name (`maxResults`).
    std::string value; ///< The value as text (`"50"`, `"APPLICATION"`).
    friend bool operator==(query_parameter const&, query_parameter const&) = default;
};

/** A REST-JSON request ready for an HTTP client: method, percent-encoded path, query parameters in the
    model's member order, optional JSON body text and the status code of success.

    Add the host (`bedrock.<region>.amazonaws.com`, `bedrock-runtime.<region>.amazonaws.com`),
    `Content-Type: application/json` when there is a body, and a SigV4 signature (service `bedrock`).

    @par Example
    @code
    auto r = bedrock::requests::list_inference_profiles::make({.max_results = 50, .type_equals = "APPLICATION"});
    bedrock::http_request h = bedrock::requests::to_http_request(*r);
    assert(bedrock::target(h) == "/inference-profiles?maxResults=50&type=APPLICATION");
    @endcode
*/
struct http_request {
    http_method method = http_method::get;  ///< The method.
    std::string path;                       ///< The path, every label percent-encoded.
    std::vector<query_parameter> query;     ///< Query parameters (unencoded), in the model's member order.
    std::optional<std::string> body;        ///< JSON body text; empty for operations without body members
                                            ///< until the JSON layer writes it.
    std::uint16_t success_status = 200;     ///< The status code of success (`201` for CreateInferenceProfile).
    friend bool operator==(http_request const&, http_request const&) = default;
};

/** The query string (without `?`): `name=value` pairs joined by `&`, in stored order, names and values
    percent-encoded (space is `%20`, never `+`). Empty when there is no parameter. */
[[nodiscard]] inline std::string query_string(http_request const& r) {
    std::string out;
    for (auto const& q : r.query) {
        if (!out.empty()) out += '&';
        append_percent_encoded(out, q.name);
        out += '=';
        append_percent_encoded(out, q.value);
    }
    return out;
}

/** The SigV4 canonical query string: the encoded pairs sorted by encoded name, then encoded value
    (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html). */
[[nodiscard]] inline std::string canonical_query_string(http_request const& r) {
    std::vector<std::pair<std::string, std::string>> pairs;
    pairs.reserve(r.query.size());
    for (auto const& q : r.query) pairs.emplace_back(percent_encode(q.name), percent_encode(q.value));
    std::sort(pairs.begin(), pairs.end());
    std::string out;
    for (auto const& [k, v] : pairs) {
        if (!out.empty()) out += '&';
        out += k;
        out += '=';
        out += v;
    }
    return out;
}

/** The request target: the path, then `?` and the query string when there are query parameters. */
[[nodiscard]] inline std::string target(http_request const& r) {
    auto q = query_string(r);
    return q.empty() ? r.path : r.path + '?' + q;
}

/** A value for one `{label}` of a request URI. */
struct uri_label {
    std::string_view name;  ///< The label name (`inferenceProfileIdentifier`).
    std::string_view value; ///< Its value, unencoded.
};

/** Expands a service-model `requestUri`: each `{name}` becomes the percent-encoded value of the label of
    that name (`/` encoded), each `{name+}` (greedy) the value with `/` kept. A placeholder without a value
    in `labels` expands to nothing (the typed requests always give every label).

    @par Example
    @code
    bedrock::uri_label l{"modelId", "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"};
    assert(bedrock::expand_request_uri("/model/{modelId}/converse", {&l, 1}) ==
           "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A%3Afoundation-model%2Famazon.nova-pro-v1%3A0/converse");
    @endcode
*/
[[nodiscard]] inline std::string expand_request_uri(std::string_view request_uri, std::span<uri_label const> labels) {
    std::string out;
    out.reserve(request_uri.size() + 64);
    std::size_t i = 0;
    while (i < request_uri.size()) {
        auto const open = request_uri.find('{', i);
        auto const close = open == std::string_view::npos ? open : request_uri.find('}', open);
        if (close == std::string_view::npos) {
            out.append(request_uri.substr(i));
            break;
        }
        out.append(request_uri.substr(i, open - i));
        auto name = request_uri.substr(open + 1, close - open - 1);
        auto mode = percent_encoding_mode::label;
        if (!name.empty() && name.back() == '+') {
            name.remove_suffix(1);
            mode = percent_encoding_mode::greedy_label;
        }
        for (auto const& l : labels)
            if (l.name == name) append_percent_encoded(out, l.value, mode);
        i = close + 1;
    }
    return out;
}

} // namespace bedrock

#endif // BEDROCK_HTTP_REQUEST_HPP
