#ifndef BEDROCK_FOUNDATION_MODEL_REQUESTS_HPP
#define BEDROCK_FOUNDATION_MODEL_REQUESTS_HPP

/** @file
    The foundation-model operations as typed requests: ListFoundationModels (with its four filters) and
    GetFoundationModel (see `inference_profile_requests.hpp` for the pattern every request follows).

    The filters use the API enums of `api.hpp` (`model_customization`, `model_modality`, `inference_type`),
    whose wire values are exactly the service model's enums for these shapes. Values that real responses
    carry but the model does not list (`VIDEO`, `INFERENCE_PROFILE`) are not accepted as filters.

    @par Specification
    botocore `data/bedrock/2023-04-20/service-2.json` (operations and shapes of the same names); the bindings
    are checked against `tests/data/bedrock-http-bindings.json`.
*/

#include <bedrock/api.hpp>
#include <bedrock/http_request.hpp>
#include <bedrock/request_error.hpp>
#include <bedrock/request_members.hpp>

#include <array>        // std::array (member bindings)
#include <optional>     // std::optional (filters)
#include <string>       // std::string
#include <string_view>  // std::string_view

namespace bedrock::requests {

namespace detail {
inline constexpr std::array<member_binding, 4> list_foundation_models_members{{
    {"byProvider", member_location::querystring, "byProvider"},
    {"byCustomizationType", member_location::querystring, "byCustomizationType"},
    {"byOutputModality", member_location::querystring, "byOutputModality"},
    {"byInferenceType", member_location::querystring, "byInferenceType"},
}};
inline constexpr std::array<member_binding, 1> get_foundation_model_members{{
    {"modelIdentifier", member_location::uri, "modelIdentifier"},
}};
} // namespace detail

/** `ListFoundationModels`: `GET /foundation-models?byProvider=&byCustomizationType=&byOutputModality=&byInferenceType=`,
    success `200`. Not paginated.

    @par Example
    @code
    auto r = bedrock::requests::list_foundation_models::make({.by_provider = "Amazon", .by_output_modality = "EMBEDDING"});
    assert(bedrock::target(bedrock::requests::to_http_request(*r)) ==
           "/foundation-models?byProvider=Amazon&byOutputModality=EMBEDDING");
    @endcode
*/
struct list_foundation_models {
    /// The service model's binding.
    static constexpr http_binding binding{"ListFoundationModels", http_method::get, "/foundation-models", 200,
                                          detail::list_foundation_models_members};

    std::optional<provider_name> by_provider{};                 ///< `byProvider`
    std::optional<model_customization> by_customization_type{}; ///< `byCustomizationType`
    std::optional<model_modality> by_output_modality{};         ///< `byOutputModality`
    std::optional<inference_type> by_inference_type{};          ///< `byInferenceType`

    /// The raw members.
    struct input {
        std::optional<std::string_view> by_provider{};           ///< `byProvider`: 1..63 of `[A-Za-z0-9- ]`
        std::optional<std::string_view> by_customization_type{}; ///< `FINE_TUNING`, `CONTINUED_PRE_TRAINING`, `DISTILLATION`
        std::optional<std::string_view> by_output_modality{};    ///< `TEXT`, `IMAGE`, `EMBEDDING`
        std::optional<std::string_view> by_inference_type{};     ///< `ON_DEMAND`, `PROVISIONED`
    };
    /// Checks every filter.
    [[nodiscard]] static request_result<list_foundation_models> make(input const& in) {
        list_foundation_models r;
        if (auto e = bedrock::detail::take(in.by_provider, r.by_provider, "/byProvider")) return *e;
        if (auto e = bedrock::detail::take_enum(in.by_customization_type, r.by_customization_type,
                                                [](std::string_view s) { return parse_model_customization(s); },
                                                "/byCustomizationType", "FINE_TUNING, CONTINUED_PRE_TRAINING, DISTILLATION"))
            return *e;
        if (auto e = bedrock::detail::take_enum(in.by_output_modality, r.by_output_modality,
                                                [](std::string_view s) { return parse_model_modality(s); },
                                                "/byOutputModality", "TEXT, IMAGE, EMBEDDING"))
            return *e;
        if (auto e = bedrock::detail::take_enum(in.by_inference_type, r.by_inference_type,
                                                [](std::string_view s) { return parse_inference_type(s); },
                                                "/byInferenceType", "ON_DEMAND, PROVISIONED"))
            return *e;
        return r;
    }
};

/** The HTTP request of ListFoundationModels. */
[[nodiscard]] inline http_request to_http_request(list_foundation_models const& r) {
    auto const& b = list_foundation_models::binding;
    http_request h{b.method, std::string(b.request_uri), {}, std::nullopt, b.success_status};
    if (r.by_provider) h.query.push_back({"byProvider", std::string(r.by_provider->str())});
    if (r.by_customization_type) h.query.push_back({"byCustomizationType", std::string(to_string(*r.by_customization_type))});
    if (r.by_output_modality) h.query.push_back({"byOutputModality", std::string(to_string(*r.by_output_modality))});
    if (r.by_inference_type) h.query.push_back({"byInferenceType", std::string(to_string(*r.by_inference_type))});
    return h;
}

/** `GetFoundationModel`: `GET /foundation-models/{modelIdentifier}` (a model id or a foundation-model ARN,
    percent-encoded), success `200`.

    @par Example
    @code
    bedrock::requests::get_foundation_model g{"anthropic.claude-3-5-sonnet-20241022-v2:0"};
    assert(bedrock::requests::to_http_request(g).path == "/foundation-models/anthropic.claude-3-5-sonnet-20241022-v2%3A0");
    @endcode
*/
struct get_foundation_model {
    /// The service model's binding.
    static constexpr http_binding binding{"GetFoundationModel", http_method::get, "/foundation-models/{modelIdentifier}",
                                          200, detail::get_foundation_model_members};

    foundation_model_identifier model_identifier{}; ///< required

    /// The raw members.
    struct input {
        std::string_view model_identifier{}; ///< `modelIdentifier`
    };
    /// Checks the identifier (strict).
    [[nodiscard]] static request_result<get_foundation_model> make(input const& in) {
        get_foundation_model r;
        if (auto e = bedrock::detail::take(in.model_identifier, r.model_identifier, "/modelIdentifier")) return *e;
        return r;
    }
};

/** The HTTP request of GetFoundationModel. */
[[nodiscard]] inline http_request to_http_request(get_foundation_model const& r) {
    auto const& b = get_foundation_model::binding;
    uri_label const l{"modelIdentifier", r.model_identifier.str()};
    return http_request{b.method, expand_request_uri(b.request_uri, {&l, 1}), {}, std::nullopt, b.success_status};
}

} // namespace bedrock::requests

#endif // BEDROCK_FOUNDATION_MODEL_REQUESTS_HPP
