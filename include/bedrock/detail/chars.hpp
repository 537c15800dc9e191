#ifndef BEDROCK_DETAIL_CHARS_HPP
#define BEDROCK_DETAIL_CHARS_HPP

/** @file
    Character classes as constexpr 256-entry lookup tables (one byte per byte value, so a membership test
    is a single load: the scanners test every input byte), in the style of
    Boost.URL's `grammar::lut_chars`. Every class used by the identifier grammars of `docs/identifiers.md`
    is defined here once; `tests/unit/chars.cpp` checks each against all 256 byte values.
*/

#include <array>        // std::array (the 256-bit table)
#include <cstddef>      // std::size_t
#include <string_view>  // std::string_view

namespace bedrock::detail {

/** A set of byte values: a 256-entry table, built at compile time from the characters it contains.

    `char_set("abc")` contains exactly the bytes of its argument (no range syntax, so `-` is never
    special); combine sets with `|`, remove with `-`, complement with `~`.
*/
class char_set {
public:
    constexpr char_set() noexcept = default;
    /// The set of the bytes in `chars`.
    constexpr explicit char_set(std::string_view chars) noexcept {
        for (char c : chars) set(static_cast<unsigned char>(c));
    }
    /// The set of bytes in the closed range [first, last].
    static constexpr char_set range(unsigned char first, unsigned char last) noexcept {
        char_set r;
        for (unsigned v = first; v <= last; ++v) r.set(v);
        return r;
    }
    /// True when byte `c` is in the set.
    [[nodiscard]] constexpr bool contains(char c) const noexcept { return in_[static_cast<unsigned char>(c)]; }
    /// Same as contains().
    constexpr bool operator()(char c) const noexcept { return contains(c); }

    friend constexpr char_set operator|(char_set a, char_set b) noexcept {
        for (std::size_t i = 0; i < 256; ++i) a.in_[i] = a.in_[i] || b.in_[i];
        return a;
    }
    friend constexpr char_set operator-(char_set a, char_set b) noexcept {
        for (std::size_t i = 0; i < 256; ++i) a.in_[i] = a.in_[i] && !b.in_[i];
        return a;
    }
    friend constexpr char_set operator~(char_set a) noexcept {
        for (auto& v : a.in_) v = !v;
        return a;
    }
    friend constexpr bool operator==(char_set const&, char_set const&) noexcept = default;

    /// The number of byte values in the set.
    [[nodiscard]] constexpr int size() const noexcept {
        int n = 0;
        for (unsigned v = 0; v < 256; ++v) n += contains(static_cast<char>(v)) ? 1 : 0;
        return n;
    }

private:
    constexpr void set(unsigned v) noexcept { in_[v] = true; }
    std::array<bool, 256> in_{};
};

/// `[a-z]`
inline constexpr char_set lower_chars = char_set::range('a', 'z');
/// `[A-Z]`
inline constexpr char_set upper_chars = char_set::range('A', 'Z');
/// `[0-9]`, `\d`
inline constexpr char_set digit_chars = char_set::range('0', '9');
/// `[a-zA-Z]`
inline constexpr char_set alpha_chars = lower_chars | upper_chars;
/// `[0-9a-zA-Z]`: the first character of a name
inline constexpr char_set alnum_chars = alpha_chars | digit_chars;
/// `[a-z0-9]`: 12-character resource ids
inline constexpr char_set lower_alnum_chars = lower_chars | digit_chars;
/// `[a-z0-9-]`: model id segments, regions
inline constexpr char_set segment_chars = lower_alnum_chars | char_set("-");
/// `[a-z0-9-:]`: the ModelId custom-model branch
inline constexpr char_set segment_colon_chars = segment_chars | char_set(":");
/// `[a-zA-Z0-9-:.]`: profile ids, the runtime catch-all
inline constexpr char_set profile_id_chars = alnum_chars | char_set("-:.");
/// `[a-zA-Z0-9-]`: SageMaker endpoint names, IdempotencyToken middle
inline constexpr char_set alnum_hyphen_chars = alnum_chars | char_set("-");
/// `[0-9a-zA-Z:.]`: the first character of a description unit
inline constexpr char_set description_chars = alnum_chars | char_set(":.");
/// `[ _-]`: separators of names and descriptions
inline constexpr char_set name_separator_chars = char_set(" _-");
/// `[_-]`: separators of model/provisioned-model names
inline constexpr char_set underscore_hyphen_chars = char_set("_-");
/// `[.:]`
inline constexpr char_set dot_colon_chars = char_set(".:");
/// `\s` (ASCII): space, tab, LF, VT, FF, CR
inline constexpr char_set space_chars = char_set(" \t\n\v\f\r");
/// `[a-zA-Z0-9\s._:/=+@-]`: tag keys and values
inline constexpr char_set tag_chars = alnum_chars | space_chars | char_set("._:/=+@-");
/// `[a-zA-Z_\.\-/0-9:]`: AsyncInvokeIdentifier, FoundationModelVersionIdentifier
inline constexpr char_set async_id_chars = alnum_chars | char_set("_.-/:");
/// `[^:]`: an ARN partition suffix (any byte but `:`)
inline constexpr char_set not_colon_chars = ~char_set(":");
/// `.` (ECMAScript, bytewise): any byte but LF and CR
inline constexpr char_set dot_chars = ~char_set("\n\r");
/// `\S` (ASCII): any byte but `\s`
inline constexpr char_set non_space_chars = ~space_chars;
/// `[A-Za-z0-9- ]`: Provider
inline constexpr char_set provider_chars = alnum_chars | char_set("- ");
/// Bytes 0x80-0xFF (never ASCII)
inline constexpr char_set non_ascii_chars = char_set::range(0x80, 0xFF);
/// ASCII control characters and space (0x00-0x20, 0x7F)
inline constexpr char_set control_or_space_chars = char_set::range(0x00, 0x20) | char_set("\x7f");

} // namespace bedrock::detail

#endif // BEDROCK_DETAIL_CHARS_HPP
