#ifndef BEDROCK_PROMPT_ROUTER_TYPE_HPP
#define BEDROCK_PROMPT_ROUTER_TYPE_HPP

/** @file
    The type of a prompt router: `default` (routers AWS provides) or `custom` (routers an account creates).

    @par Specification
    botocore `data/bedrock/2023-04-20/service-2.json`, shape `PromptRouterType` (`enum: ["custom", "default"]`,
    lowercase on the wire); the `type` filter of ListPromptRouters and the `type` of GetPromptRouter.
*/

#include <bedrock/wire_name.hpp>

#include <array>        // std::array (the wire table)
#include <cstdint>      // std::uint8_t
#include <optional>     // std::optional (parse_prompt_router_type)
#include <string_view>  // std::string_view

namespace bedrock {

/** The type of a prompt router. The wire spelling comes from @ref to_string(prompt_router_type).

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::prompt_router_type::custom) == "custom");
    static_assert(!bedrock::parse_prompt_router_type("CUSTOM"));
    @endcode
*/
enum class prompt_router_type : std::uint8_t {
    custom,   ///< `custom`: created by an account (`prompt-router/…` ARN).
    default_, ///< `default`: provided by AWS (`default-prompt-router/…` ARN); `default` is a keyword.
};

/// The wire spellings of @ref prompt_router_type, in enum order.
template <>
struct wire_names<prompt_router_type> {
    static constexpr std::array<std::string_view, 2> names{"custom", "default"};
};

/// The wire spelling: `custom` or `default`.
[[nodiscard]] constexpr std::string_view to_string(prompt_router_type t) noexcept { return wire_name(t); }

/// Parses the exact wire spelling (lowercase); `std::nullopt` for anything else.
[[nodiscard]] constexpr std::optional<prompt_router_type> parse_prompt_router_type(std::string_view s) noexcept {
    return parse_wire_name<prompt_router_type>(s);
}

} // namespace bedrock

#endif // BEDROCK_PROMPT_ROUTER_TYPE_HPP
