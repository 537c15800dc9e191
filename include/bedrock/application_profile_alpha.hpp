#ifndef BEDROCK_APPLICATION_PROFILE_ALPHA_HPP
#define BEDROCK_APPLICATION_PROFILE_ALPHA_HPP

#include <bedrock/application_profile.hpp>
#include <bedrock/detail/scan.hpp>  // detail::utf8_next (how node decodes UTF-8)
#include <bedrock/error.hpp>

#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint32_t
#include <optional>     // std::optional
#include <string_view>  // std::string_view

/** @file
    The checks of the CDK alpha construct (`@aws-cdk/aws-bedrock-alpha`, `validateProps`) on an application
    profile descriptor: what the reference would say, kept reachable as its "reference flavor". The service's
    own rules are @ref validate in `<bedrock/application_profile.hpp>`, which decides.

    Rules: `docs/application-profiles.md`; `docs/cdk-mapping.md`
*/

namespace bedrock {
namespace detail {
/// Length in UTF-16 code units (JavaScript's `length`) of the string node decodes from UTF-8 text: a code
/// point past U+FFFF is two units, any other one unit, and each maximal invalid subpart one U+FFFD (one unit;
/// counting only lead bytes gave a stray continuation byte zero units).
constexpr std::size_t utf16_length(std::string_view s) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) {
        auto const step = detail::utf8_next(s, i);
        n += step.valid && step.size == 4 ? 2 : 1;
        i += step.size;
    }
    return n;
}
constexpr bool js_trim_empty(std::string_view s) noexcept {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') return false;
    return true;
}
/// The alpha pattern `^([0-9a-zA-Z:.][ _-]?)+$` (also used for names), without a length limit.
constexpr std::optional<parse_error> alpha_pattern(std::string_view s) noexcept {
    if (s.empty()) return parse_error{errc::unexpected_end, 0};
    bool after_separator = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char const c = s[i];
        bool const word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ':' || c == '.';
        bool const sep = c == ' ' || c == '_' || c == '-';
        if (word) after_separator = false;
        else if (sep && !after_separator) after_separator = true;
        else return parse_error{sep ? errc::bad_separator : errc::invalid_character, static_cast<std::uint32_t>(i)};
    }
    return std::nullopt;
}
} // namespace detail

/** The checks of the CDK alpha construct (`validateProps`, `docs/cdk-mapping.md`), in its order; the first
    failing check is returned, with the alpha error name as `rule` and its message.

    This is what the alpha package would say; the service is stricter (it rejects `my.profile` and a
    description of `""`, which alpha accepts), so use @ref validate to decide. No value that alpha rejects is
    accepted by the service.

    @par Example
    @code
    bedrock::application_profile p;
    p.name = std::string(65, 'a');
    p.source = bedrock::model_source{bedrock::models::amazon_nova_pro_v1};
    auto v = bedrock::check_alpha(p);
    // v->rule == "ProfileNameTooLong", v->message == "applicationInferenceProfileName cannot exceed 64 characters"
    @endcode
*/
[[nodiscard]] inline std::optional<profile_violation> check_alpha(application_profile const& p) {
    if (detail::js_trim_empty(p.name))
        return profile_violation{errc::empty, "/inferenceProfileName", 0,
                                 "applicationInferenceProfileName is required and cannot be empty", "ProfileNameRequired"};
    if (detail::utf16_length(p.name) > 64)
        return profile_violation{errc::too_long, "/inferenceProfileName", 64,
                                 "applicationInferenceProfileName cannot exceed 64 characters", "ProfileNameTooLong"};
    if (auto e = detail::alpha_pattern(p.name))
        return profile_violation{e->code, "/inferenceProfileName", e->offset,
                                 "applicationInferenceProfileName must match pattern ^([0-9a-zA-Z:.][ _-]?)+$",
                                 "ProfileNameInvalidPattern"};
    if (p.source.kind() == model_source_kind::none)
        return profile_violation{errc::empty, "/modelSource/copyFrom", 0, "modelSource is required", "ModelSourceRequired"};
    if (p.description && detail::utf16_length(*p.description) > 200)
        return profile_violation{errc::too_long, "/description", 200, "description cannot exceed 200 characters",
                                 "DescriptionTooLong"};
    if (p.description && !p.description->empty()) {
        if (auto e = detail::alpha_pattern(*p.description))
            return profile_violation{e->code, "/description", e->offset,
                                     "description must match pattern ^([0-9a-zA-Z:.][ _-]?)+$", "DescriptionInvalidPattern"};
    }
    return std::nullopt;
}
} // namespace bedrock

#endif // BEDROCK_APPLICATION_PROFILE_ALPHA_HPP
