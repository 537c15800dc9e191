#ifndef BEDROCK_WIRE_NAME_HPP
#define BEDROCK_WIRE_NAME_HPP

/** @file
    The one wire-name mechanism of the library: every enum that has a spelling on the wire (`geo::us_gov` is
    `us-gov`, `inference_profile_type::system_defined` is `SYSTEM_DEFINED`, `errc::too_long` is `too_long`)
    specialises @ref wire_names next to its declaration with one constexpr table. `to_string(e)`,
    `parse_<enum>(s)`, the JSON converter of `<bedrock/json.hpp>` and the command line tool all read that table,
    so a new enum gets all of them by adding one specialisation.

    Spellings are data, never derived from the enumerator identifiers (style.md §2.2). Flag sets whose values
    are bit masks (`capability`, `vector_type`, `reference_package`) are not enums in this sense and keep their
    own `to_string` of one bit.
*/

#include <array>        // std::array (the tables)
#include <cstddef>      // std::size_t
#include <optional>     // std::optional (parse_wire_name)
#include <string_view>  // std::string_view
#include <type_traits>  // std::is_enum_v

namespace bedrock {

/** The wire spellings of the enum `E`: specialise with
    `static constexpr std::array<std::string_view, N> names`, where `names[i]` spells `static_cast<E>(i)` (or with
    `static constexpr auto const& names = <such an array>;`, as the library's own tables do: they live in
    `detail::` next to their enum and are written with `sv` literals, which cost the compiler less).

    @par Example
    @code
    enum class color : unsigned char { dark_red, light_blue };
    template <> struct bedrock::wire_names<color> {
        static constexpr std::array<std::string_view, 2> names{"dark-red", "light-blue"};
    };
    static_assert(bedrock::wire_name(color::light_blue) == "light-blue");
    static_assert(bedrock::parse_wire_name<color>("dark-red") == color::dark_red);
    @endcode
*/
template <class E>
struct wire_names;

/// An enum with a @ref wire_names table.
template <class E>
concept wire_enumeration = std::is_enum_v<E> && requires { wire_names<E>::names.size(); };

/** The wire spelling of `e`; `"unknown"` for a value outside the table (e.g. `partition::unknown`). */
template <wire_enumeration E>
[[nodiscard]] constexpr std::string_view wire_name(E e) noexcept {
    constexpr auto const& names = wire_names<E>::names;
    auto const i = static_cast<std::size_t>(e);
    return i < names.size() ? names[i] : std::string_view("unknown");
}

/** The enumerator spelled exactly `s` (case-sensitive); `std::nullopt` for anything else. */
template <wire_enumeration E>
[[nodiscard]] constexpr std::optional<E> parse_wire_name(std::string_view s) noexcept {
    constexpr auto const& names = wire_names<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == s) return static_cast<E>(i);
    return std::nullopt;
}

/** Every enumerator of `E` that has a spelling, in enum order.

    @par Example
    @code
    static_assert(bedrock::all_wire_values<bedrock::geo>().size() == 7);
    @endcode
*/
template <wire_enumeration E>
[[nodiscard]] constexpr auto all_wire_values() noexcept {
    std::array<E, wire_names<E>::names.size()> a{};
    for (std::size_t i = 0; i < a.size(); ++i) a[i] = static_cast<E>(i);
    return a;
}

/** The wire table of `E` as a pair of functions (kept for code written against the older `wire_enum<E>`
    trait of `<bedrock/api.hpp>`; new code calls @ref wire_name and @ref parse_wire_name). */
template <wire_enumeration E>
struct wire_enum {
    /// Same as `wire_name(e)`.
    static constexpr std::string_view to_string(E e) noexcept { return wire_name(e); }
    /// Same as `parse_wire_name<E>(s)`.
    static constexpr std::optional<E> parse(std::string_view s) noexcept { return parse_wire_name<E>(s); }
};

} // namespace bedrock

#endif // BEDROCK_WIRE_NAME_HPP
