#ifndef BEDROCK_JSON_REQUESTS_HPP
#define BEDROCK_JSON_REQUESTS_HPP

/** @file
    The JSON side of the typed requests (`docs/requests.md`): the HTTP request with its serialized body,
    the empty output of DeleteInferenceProfile, DeletePromptRouter, TagResource and UntagResource, a page of a list response for @ref paginate, and
    the foundation models a GetInferenceProfile response says a profile invokes.

    The response documents themselves (`prompt_router_summary`, `list_tags_for_resource_response`, …) are
    read and written like every document: @ref parse_document, @ref serialize_document (wire or AWS CLI form).
*/

#include <bedrock/api.hpp>
#include <bedrock/arn.hpp>
#include <bedrock/foundation_model_requests.hpp>
#include <bedrock/http_request.hpp>
#include <bedrock/inference_profile_requests.hpp>
#include <bedrock/pagination.hpp>
#include <bedrock/prompt_router_requests.hpp>
#include <bedrock/shape.hpp>
#include <bedrock/tagging_requests.hpp>
#include <bedrock/json/api.hpp>

#include <cstddef>      // std::size_t
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <vector>       // std::vector

namespace bedrock {

/** The HTTP request of a typed request (`bedrock::requests::…`), with its JSON body written (wire form,
    compact) when the operation has body members; otherwise the same as `requests::to_http_request(r)`.

    @par Example
    @code
    auto t = bedrock::requests::list_tags_for_resource::make(
        {"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"});
    auto h = bedrock::to_http_request_with_body(*t);
    assert(h.body == R"({"resourceARN":"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"})");
    @endcode
*/
template <class Request>
[[nodiscard]] http_request to_http_request_with_body(Request const& r) {
    // Unqualified, so that argument-dependent lookup finds the operation's overload in bedrock::requests
    // wherever it was declared (a qualified call sees only the overloads declared above this line).
    using requests::to_http_request;
    http_request h = to_http_request(r);
    if constexpr (requires { to_body(r); }) h.body = serialize_document(to_body(r));
    return h;
}

/** Reads the output of an operation without output members (DeleteInferenceProfile, DeletePromptRouter,
    TagResource, UntagResource): an empty body (or only whitespace) or a JSON object, whose members are
    skipped. Anything else fails like @ref parse_document (`wrong_type` at `""` for `[]`, `syntax`, …).

    @par Example
    @code
    assert(bedrock::parse_empty_response("") && bedrock::parse_empty_response("{}"));
    assert(!bedrock::parse_empty_response("[]"));
    @endcode
*/
[[nodiscard]] inline json_result<empty_response> parse_empty_response(std::string_view text) {
    bool blank = true;
    for (char ch : text) blank = blank && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r');
    if (blank) return empty_response{};
    return parse_document<empty_response>(text);
}

/** One page of ListInferenceProfiles for @ref paginate (an absent list is an empty page). */
[[nodiscard]] inline page<inference_profile_summary> page_of(list_inference_profiles_response r) {
    page<inference_profile_summary> p;
    if (r.inference_profile_summaries) p.items = std::move(*r.inference_profile_summaries);
    p.next_token = std::move(r.next_token);
    return p;
}

/** One page of ListPromptRouters for @ref paginate (an absent list is an empty page). */
[[nodiscard]] inline page<prompt_router_summary> page_of(list_prompt_routers_response r) {
    page<prompt_router_summary> p;
    if (r.prompt_router_summaries) p.items = std::move(*r.prompt_router_summaries);
    p.next_token = std::move(r.next_token);
    return p;
}

/** A foundation model an inference profile invokes, from one `models[].modelArn` of its Get response. */
struct invoked_model {
    std::string model_arn; ///< The ARN as the response gives it.
    std::string region;    ///< Its region; empty for the region-less ARNs of global profiles.
    std::string model_id;  ///< The foundation model id (`anthropic.claude-sonnet-4-20250514-v1:0`).
    friend bool operator==(invoked_model const&, invoked_model const&) = default;
};

/** Which foundation model(s) a profile invokes, from its GetInferenceProfile response (application and
    system-defined profiles alike): one entry per `models[]` item, in order. Region-less foundation-model ARNs
    (`arn:aws:bedrock:::foundation-model/…`, listed by global profiles) are accepted.

    Fails with `missing_member` at `/models/<i>/modelArn` when an item has no ARN, and `invalid_value` there
    (with the offset in `value_error`) when it is not a foundation-model ARN.

    @par Example
    @code
    bedrock::get_inference_profile_response g;
    g.models = {{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}};
    auto m = bedrock::invoked_models(g);
    assert(m && m->at(0).model_id == "amazon.nova-pro-v1:0" && m->at(0).region == "us-east-1");
    @endcode
*/
[[nodiscard]] inline json_result<std::vector<invoked_model>> invoked_models(get_inference_profile_response const& r) {
    std::vector<invoked_model> out;
    for (std::size_t i = 0; i < r.models.size(); ++i) {
        std::string const pointer = "/models/" + std::to_string(i) + "/modelArn";
        if (!r.models[i].model_arn)
            return json_error{json_errc::missing_member, pointer, 0, pointer + ": the model has no modelArn", {}};
        std::string const& arn = *r.models[i].model_arn;
        if (auto e = check_typed<shape::foundation_model_arn_relaxed>(arn))
            return json_error{json_errc::invalid_value, pointer, 0,
                              pointer + ": not a foundation-model ARN (" + std::string(to_string(e->code)) + " at byte " +
                                  std::to_string(e->offset) + ")",
                              *e};
        auto const a = parse_arn(arn); // cannot fail: the shape is an ARN
        out.push_back({arn, std::string(a->region()), std::string(a->resource_id())});
    }
    return out;
}

} // namespace bedrock

#endif // BEDROCK_JSON_REQUESTS_HPP
