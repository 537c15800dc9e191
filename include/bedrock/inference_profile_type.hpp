#ifndef BEDROCK_INFERENCE_PROFILE_TYPE_HPP
#define BEDROCK_INFERENCE_PROFILE_TYPE_HPP

/** @file
    The type of an inference profile: `SYSTEM_DEFINED` (cross-region profiles that AWS defines) or
    `APPLICATION` (profiles an account creates).

    @par Specification
    `docs/cdk-mapping.md`; the `type` field of GetInferenceProfile and
    ListInferenceProfiles.
*/

#include <bedrock/detail/dependent.hpp>
#include <bedrock/wire_name.hpp>

#include <array>        // std::array (the wire table)
#include <cstdint>      // std::uint8_t
#include <optional>     // std::optional (parse_inference_profile_type)
#include <string_view>  // std::string_view

namespace bedrock {

/** The type of an inference profile. The wire spelling comes from @ref to_string(inference_profile_type).

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::inference_profile_type::system_defined) == "SYSTEM_DEFINED");
    static_assert(bedrock::parse_inference_profile_type("APPLICATION") == bedrock::inference_profile_type::application);
    @endcode
*/
enum class inference_profile_type : std::uint8_t {
    system_defined,  ///< `SYSTEM_DEFINED`: a cross-region profile defined by AWS (`<geo>.<model-id>`).
    application,     ///< `APPLICATION`: an application inference profile created by an account.
};

/// The wire spellings of @ref inference_profile_type, in enum order.
template <>
struct wire_names<inference_profile_type> {
    static constexpr std::array<std::string_view, 2> names{"SYSTEM_DEFINED", "APPLICATION"};
};

/// The wire spelling: `SYSTEM_DEFINED` or `APPLICATION`.
[[nodiscard]] constexpr std::string_view to_string(inference_profile_type t) noexcept { return wire_name(t); }

/** Parses the wire spelling (exact, case-sensitive); `std::nullopt` for anything else. Returns a
    `std::optional<inference_profile_type>`, whose type names the enum through `I` so that a TU that never calls
    this instantiates no `std::optional<inference_profile_type>` (issue 9; taking the address needs
    `parse_inference_profile_type<>`, callers inside templates call `parse_inference_profile_type<I>(s)`).

    @par Example
    @code
    static_assert(!bedrock::parse_inference_profile_type("system_defined"));
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto parse_inference_profile_type(std::string_view s) noexcept {
    return parse_wire_name<detail::dependent_t<inference_profile_type, I>>(s);
}

} // namespace bedrock

#endif // BEDROCK_INFERENCE_PROFILE_TYPE_HPP
