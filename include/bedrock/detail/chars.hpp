#ifndef BEDROCK_DETAIL_CHARS_HPP
#define BEDROCK_DETAIL_CHARS_HPP

/** @file
    Character classes as constexpr 256-bit sets (four 64-bit words), in the style of Boost.URL's
    `grammar::lut_chars`. A membership test is one word load, a shift and a mask; for a set known at compile
    time the compiler folds the words into immediates. The words make the sets cheap to build and combine
    while the headers are compiled (an operation is four word operations, not 256 byte operations: with a
    256-byte table the classes and the rules that copy them were a third of the constant evaluation of
    `<bedrock/profiles.hpp>`). Every class used by the identifier grammars of `docs/identifiers.md` is defined
    here once; `tests/unit/chars.cpp` checks each against all 256 byte values.
*/

#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint64_t
#include <string_view>  // std::string_view

namespace bedrock::detail {

/** A set of byte values: 256 bits, built at compile time from the characters it contains.

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
        for (unsigned w = 0; w < 4; ++w) {
            unsigned const lo = w * 64, hi = lo + 63;  // the bytes of word w
            if (last < lo || first > hi) continue;
            unsigned const from = first > lo ? first - lo : 0, to = last < hi ? last - lo : 63;
            std::uint64_t const upto = to == 63 ? ~std::uint64_t{0} : (std::uint64_t{1} << (to + 1)) - 1;
            r.words_[w] = upto & ~((std::uint64_t{1} << from) - 1);
        }
        return r;
    }
    /// True when byte `c` is in the set.
    [[nodiscard]] constexpr bool contains(char c) const noexcept {
        auto const v = static_cast<unsigned char>(c);
        return (words_[v >> 6] >> (v & 63)) & 1;
    }
    /// Same as contains().
    constexpr bool operator()(char c) const noexcept { return contains(c); }

    friend constexpr char_set operator|(char_set a, char_set b) noexcept {
        for (std::size_t i = 0; i < 4; ++i) a.words_[i] |= b.words_[i];
        return a;
    }
    friend constexpr char_set operator-(char_set a, char_set b) noexcept {
        for (std::size_t i = 0; i < 4; ++i) a.words_[i] &= ~b.words_[i];
        return a;
    }
    friend constexpr char_set operator~(char_set a) noexcept {
        for (auto& w : a.words_) w = ~w;
        return a;
    }
    friend constexpr bool operator==(char_set const&, char_set const&) noexcept = default;

    /// The number of byte values in the set.
    [[nodiscard]] constexpr int size() const noexcept {
        int n = 0;
        for (auto w : words_)
            for (; w != 0; w &= w - 1) ++n;
        return n;
    }

private:
    constexpr void set(unsigned v) noexcept { words_[v >> 6] |= std::uint64_t{1} << (v & 63); }
    std::uint64_t words_[4]{}; // a C array: no std::array<std::uint64_t, 4> to instantiate per TU (issue 9)
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
