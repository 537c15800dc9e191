#ifndef BEDROCK_CHECKED_VIEW_HPP
#define BEDROCK_CHECKED_VIEW_HPP

/** @file
    `checked_view<Id>`: the one implementation of a non-owning view of text that passed a checker, with a
    compile-time checked literal. `model_id`, `profile_id` and `application_profile_id` derive from it and add
    only their accessors; a new identifier type does the same: a static `check`, a default constructor and a
    `consteval` constructor from `char const (&)[N]` that forwards to this one (g++ 12 rejects an inherited
    `consteval` constructor, so it is written out).
*/

#include <bedrock/detail/literal_error.hpp>
#include <bedrock/error.hpp>
#include <bedrock/result.hpp>

#include <compare>      // std::strong_ordering (operator<=>)
#include <cstddef>      // std::size_t
#include <string_view>  // std::string_view

namespace bedrock {

/** A view of text that passed `Id::check` (a `static constexpr std::optional<parse_error>
    check(std::string_view) noexcept`).

    The view refers to the caller's characters, which must outlive it (a string literal always does). The
    `consteval` constructor from a string literal runs the same checker; a malformed literal does not compile
    and the diagnostic names the reason (`literal_has_uppercase`, …). Run-time text goes through
    `Id::parse(s)` (or the `parse_<id>` function of each identifier), which returns the checker's error.

    @par Example
    @code
    struct digits : bedrock::checked_view<digits> {
        constexpr digits() noexcept = default;
        template <std::size_t N>
        consteval digits(char const (&s)[N]) : checked_view(s) {}
        static constexpr std::optional<bedrock::parse_error> check(std::string_view s) noexcept {
            for (std::size_t i = 0; i < s.size(); ++i)
                if (s[i] < '0' || s[i] > '9') return bedrock::parse_error{bedrock::errc::invalid_character, static_cast<std::uint32_t>(i)};
            return std::nullopt;
        }
    };
    constexpr digits d{"0042"};
    static_assert(d.str() == "0042" && !digits::parse("4x2") && digits::parse("4x2").error().offset == 1);
    @endcode
*/
template <class Id>
class checked_view {
public:
    /// An empty view (not a valid id; what a default-constructed result holds).
    constexpr checked_view() noexcept = default;

    /// Checks a string literal at compile time; a malformed literal does not compile.
    template <std::size_t N>
    consteval checked_view(char const (&s)[N]) : text_(s, N - 1) { // NOLINT: implicit on purpose
        if (auto e = Id::check(text_)) detail::reject_literal(e->code);
    }

    /// The whole text.
    [[nodiscard]] constexpr std::string_view str() const noexcept { return text_; }

    /// Checks `s` with `Id::check`; the result views `s`.
    [[nodiscard]] static constexpr result<Id> parse(std::string_view s) noexcept {
        if (auto e = Id::check(s)) return *e;
        return from_checked(s);
    }

    friend constexpr bool operator==(Id const& a, Id const& b) noexcept { return a.text_ == b.text_; }
    friend constexpr std::strong_ordering operator<=>(Id const& a, Id const& b) noexcept { return a.text_ <=> b.text_; }

protected:
    /// Wraps text that is known to pass `Id::check` (for builders that construct valid text).
    [[nodiscard]] static constexpr Id from_checked(std::string_view s) noexcept {
        Id id;
        id.text_ = s;
        return id;
    }

private:
    std::string_view text_;
};

} // namespace bedrock

#endif // BEDROCK_CHECKED_VIEW_HPP
