#ifndef BEDROCK_RUNTIME_INVOCATION_HPP
#define BEDROCK_RUNTIME_INVOCATION_HPP

/** @file
    Runtime invocation targets: the `bedrock-runtime` request of InvokeModel, InvokeModelWithResponseStream,
    Converse and ConverseStream for any identifier the runtime accepts (model id, cross-region or application
    profile id or ARN, default or custom prompt-router ARN, custom / imported / provisioned model ARN, custom
    model deployment ARN, prompt ARN, SageMaker endpoint ARN), with the identifier percent-encoded into the
    path; and which foundation model a cross-region profile id invokes, from the catalog.

    Only the path, method and status come from here: the body is the model's own JSON (InvokeModel) or the
    Converse document, and the headers (`Content-Type`, `Accept`, `X-Amzn-Bedrock-Trace`, guardrails) are the
    caller's.

    @par Specification
    botocore `data/bedrock-runtime/2023-09-30/service-2.json`: operations `InvokeModel`
    (`POST /model/{modelId}/invoke`), `InvokeModelWithResponseStream`
    (`POST /model/{modelId}/invoke-with-response-stream`), `Converse` (`POST /model/{modelId}/converse`),
    `ConverseStream` (`POST /model/{modelId}/converse-stream`); shapes `InvokeModelIdentifier`,
    `ConversationalModelId`.
*/

#include <bedrock/catalog.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/http_request.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/request_error.hpp>
#include <bedrock/request_members.hpp>
#include <bedrock/shape.hpp>

#include <array>        // std::array (operation table)
#include <cstdint>      // std::uint8_t
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <vector>       // std::vector (invoked model ARNs)

namespace bedrock {

/** A `bedrock-runtime` operation that takes a model identifier in its path. */
enum class runtime_operation : std::uint8_t {
    invoke_model,                      ///< `InvokeModel`
    invoke_model_with_response_stream, ///< `InvokeModelWithResponseStream`
    converse,                          ///< `Converse`
    converse_stream,                   ///< `ConverseStream`
};

namespace detail {
struct runtime_operation_info {
    std::string_view name;
    std::string_view request_uri;
};
inline constexpr std::array<runtime_operation_info, 4> runtime_operations{{
    {"InvokeModel", "/model/{modelId}/invoke"},
    {"InvokeModelWithResponseStream", "/model/{modelId}/invoke-with-response-stream"},
    {"Converse", "/model/{modelId}/converse"},
    {"ConverseStream", "/model/{modelId}/converse-stream"},
}};
inline constexpr std::array<member_binding, 1> runtime_model_id_members{{
    {"modelId", member_location::uri, "modelId"},
}};
} // namespace detail

/// The operation name (`"InvokeModel"`, …).
[[nodiscard]] constexpr std::string_view to_string(runtime_operation op) noexcept {
    auto const i = static_cast<std::size_t>(op);
    return i < detail::runtime_operations.size() ? detail::runtime_operations[i].name : std::string_view("unknown");
}

/// The operation with this exact name.
[[nodiscard]] constexpr std::optional<runtime_operation> parse_runtime_operation(std::string_view name) noexcept {
    for (std::size_t i = 0; i < detail::runtime_operations.size(); ++i)
        if (detail::runtime_operations[i].name == name) return static_cast<runtime_operation>(i);
    return std::nullopt;
}

/** The service model's binding of a runtime operation: `POST`, `/model/{modelId}/…`, `200`; `modelId` is
    the only member bound here (the others are the body and headers the caller writes).

    @par Example
    @code
    static_assert(bedrock::binding(bedrock::runtime_operation::converse).request_uri == "/model/{modelId}/converse");
    @endcode
*/
[[nodiscard]] constexpr http_binding binding(runtime_operation op) noexcept {
    auto const i = static_cast<std::size_t>(op) % detail::runtime_operations.size();
    return {detail::runtime_operations[i].name, http_method::post, detail::runtime_operations[i].request_uri, 200,
            detail::runtime_model_id_members};
}

/** A model identifier the runtime accepts: a non-owning view of text that passed the strict check of
    `InvokeModelIdentifier` (the grammar of `ConversationalModelId` is the same but for one `$` anchor that does
    not change the language).

    @par Example
    @code
    constexpr bedrock::invocation_target t{"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"};
    static_assert(bedrock::classify(t).kind == bedrock::identifier_kind::arn);
    @endcode
*/
struct invocation_target : checked_view<invocation_target> {
    constexpr invocation_target() noexcept = default;
    /// Checks a string literal at compile time; a literal that breaks the shape does not compile.
    template <std::size_t N>
    consteval invocation_target(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    /// `InvokeModelIdentifier` / `ConversationalModelId`, strict (@ref classify_model_identifier must not say invalid).
    static constexpr std::optional<parse_error> check(std::string_view s) noexcept {
        return check_strict<shape::invoke_model_identifier>(s);
    }
};

/** What an invocation target is (model id, profile id, ARN of which kind, …). */
[[nodiscard]] constexpr classification classify(invocation_target t) noexcept {
    return classify_model_identifier(t.str());
}

/** The `bedrock-runtime` request of `op` for `target`: `POST /model/<target, percent-encoded>/<suffix>`,
    success `200`, no body (the caller's model JSON or Converse document goes there).

    @par Example
    @code
    constexpr bedrock::invocation_target t{"us.anthropic.claude-3-5-sonnet-20241022-v2:0"};
    assert(bedrock::runtime_request(bedrock::runtime_operation::converse, t).path ==
           "/model/us.anthropic.claude-3-5-sonnet-20241022-v2%3A0/converse");
    @endcode
*/
[[nodiscard]] inline http_request runtime_request(runtime_operation op, invocation_target target) {
    auto const b = binding(op);
    uri_label const l{"modelId", target.str()};
    return http_request{b.method, expand_request_uri(b.request_uri, {&l, 1}), {}, std::nullopt, b.success_status};
}

/** Checks `model_id` and builds the request; an error names `/modelId`.

    @par Example
    @code
    auto r = bedrock::make_runtime_request(bedrock::runtime_operation::invoke_model, "anthropic claude");
    assert(!r && r.error().pointer == "/modelId");
    @endcode
*/
[[nodiscard]] inline request_result<http_request> make_runtime_request(runtime_operation op, std::string_view model_id) {
    auto t = invocation_target::parse(model_id);
    if (!t) return detail::member_error("/modelId", t.error());
    return runtime_request(op, *t);
}

/** The catalog's cross-region profile of a profile id: its foundation model (`model()`) and the regions the
    profile may route to (`destination_regions()`).

    Fails with `unknown_model` (offset of the model id) when the catalog does not know the model and with
    `not_cross_region_capable` when the catalog says the model has no cross-region profile. The
    GetInferenceProfile response gives the same answer for any profile (also application profiles), and is
    read by the JSON layer.

    @par Example
    @code
    constexpr bedrock::profile_id p{"eu.amazon.nova-pro-v1:0"};
    auto c = bedrock::invoked_by(p);
    assert(c && c->model().id == "amazon.nova-pro-v1:0");
    @endcode
*/
[[nodiscard]] constexpr result<cross_region_profile> invoked_by(profile_id p) noexcept {
    auto r = make_cross_region_profile(p.geo_prefix(), p.model());
    if (!r && r.error().code == errc::unknown_model) {
        auto const at = static_cast<std::uint32_t>(p.str().size() - p.model().size());
        return parse_error{errc::unknown_model, at};
    }
    return r;
}

/** The foundation-model ARNs a cross-region profile invokes: one per destination region of its geo, in the
    geo's region order (`arn:<partition>:bedrock:<region>::foundation-model/<model-id>`), the resources an IAM
    policy must allow beside the profile. Same errors as @ref invoked_by. */
[[nodiscard]] inline result<std::vector<std::string>> invoked_model_arns(profile_id p) {
    auto c = invoked_by(p);
    if (!c) return c.error();
    std::vector<std::string> arns;
    for (auto region : c->destination_regions()) {
        auto a = foundation_model_arn(c->destination_partition(), region, c->model().id);
        if (!a) return a.error();
        arns.push_back(std::move(*a));
    }
    return arns;
}

} // namespace bedrock

#endif // BEDROCK_RUNTIME_INVOCATION_HPP
