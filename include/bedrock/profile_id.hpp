#ifndef BEDROCK_PROFILE_ID_HPP
#define BEDROCK_PROFILE_ID_HPP

/** @file
    Inference profile ids: cross-region (system-defined) ids `<geo>.<model-id>` and application inference
    profile ids (`[a-z0-9]{12}`).

    @par BNF
    @code
    profile-id     = geo "." model-id       ; 1..64 bytes; model-id is G1 and does not start with a geo
    geo            = "global" / "eu" / "us" / "us-gov" / "apac" / "jp" / "au" / "in" / "ca"   ; exact, lowercase
    application-id = 12( %x61-7A / DIGIT )  ; [a-z0-9]{12}
    @endcode
    @par Specification
    `docs/identifiers.md`; AWS shape InferenceProfileId (`[a-zA-Z0-9-:.]+`, 1..64).
*/

#include <bedrock/checked_view.hpp>
#include <bedrock/detail/dependent.hpp>
#include <bedrock/detail/scan.hpp>
#include <bedrock/error.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/result.hpp>

#include <cstddef>      // std::size_t
#include <optional>     // std::optional (checkers)
#include <span>         // std::span (make_profile_id into a caller buffer)
#include <string>       // std::string (make_profile_id)
#include <string_view>  // std::string_view

namespace bedrock {

/// The longest profile id (the max length of InferenceProfileId).
inline constexpr std::size_t max_profile_id_size = 64;
/// The length of an application inference profile id.
inline constexpr std::size_t application_profile_id_size = 12;

namespace detail {

// The rules are variable templates on the `I` of the checkers that run them (`geo_rule<I>`), built from a
// `defer<I>` first operand: including this header builds and constant-evaluates none of them (issue 9).
template <int I = 0>
inline constexpr auto geo_rule = alt(defer<I>(lit("global", errc::unknown_geo)), lit("eu", errc::unknown_geo),
                                     lit("us", errc::unknown_geo), lit("us-gov", errc::unknown_geo),
                                     lit("apac", errc::unknown_geo), lit("jp", errc::unknown_geo),
                                     lit("au", errc::unknown_geo), lit("in", errc::unknown_geo),
                                     lit("ca", errc::unknown_geo));
template <int I = 0>
inline constexpr auto profile_id_rule =
    seq(geo_rule<I>, lit(".", errc::unknown_geo), model_id_rule<model_id_grammar::g1, I>);
template <int I = 0>
inline constexpr auto id12_rule = defer<I>(run_of(lower_alnum_chars, 12, 12, errc::bad_resource_id));

/// True when the ASCII-lowercased `s` is a known geo (to report `US.` as uppercase, not unknown).
constexpr bool is_geo_ignoring_case(std::string_view s) noexcept {
    char buf[8]{};
    if (s.size() > sizeof buf) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        buf[i] = upper_chars(s[i]) ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
    // `char const*`, not the `char*` of `buf`: `string_view(char*, size_t)` makes overload resolution check the
    // iterator-pair constructor's `contiguous_iterator<char*>`, ~2 MB of g++ memory at every include (issue 9).
    return is_geo_name(std::string_view(static_cast<char const*>(buf), s.size()));
}

/// Strict checker of a cross-region profile id at `base` within a larger input (offsets are shifted): a
/// `std::optional<parse_error>`.
template <int I = 0>
constexpr auto check_profile_id_at(std::string_view s, std::uint32_t max, std::uint32_t base) noexcept {
    using optional = std::optional<dependent_t<parse_error, I>>;
    auto shift = [base](parse_error e) { return optional(parse_error{e.code, e.offset + base}); };
    auto const dot = s.find('.');
    bool const fast = s.size() <= max && dot != std::string_view::npos && parse_geo<I>(s.substr(0, dot)) &&
                      is_model_id_g1(s.substr(dot + 1));
    if (auto e = fast ? optional() : check_full<I>(profile_id_rule<I>, s, 1, max)) {
        auto const head = s.substr(0, first_segment_size(s));
        if (e->code == errc::unknown_geo && head.size() < s.size() && is_geo_ignoring_case(head)) {
            std::size_t k = 0;
            while (k < head.size() && !upper_chars(head[k])) ++k;
            return shift({errc::uppercase, static_cast<std::uint32_t>(k)});
        }
        return shift(*e);
    }
    auto const head = first_segment_size(s);
    if (auto e = check_not_geo_prefixed<I>(s.substr(head + 1), errc::doubled_geo, static_cast<std::uint32_t>(head + 1)))
        return shift(*e);
    return optional();
}

} // namespace detail

/** Checks a cross-region inference profile id strictly: 1..64 bytes, a known geo compared exactly (the text
    before the first `.`), a `.`, then a G1 model id whose first segment is not a geo.

    Codes: `unknown_geo` (the geo is not in the list, offset where the prefix stops matching any geo),
    `uppercase` (`US.`), `doubled_geo` (`us.us.…`, offset of the second geo), the model-id codes of
    @ref check_model_id for the rest, `too_long` at 64. Returns a `std::optional<parse_error>`.

    @par Example
    @code
    static_assert(!bedrock::check_profile_id("us-gov.anthropic.claude-3-haiku-20240307-v1:0"));
    static_assert(bedrock::check_profile_id("zz.anthropic.claude-v2")->code == bedrock::errc::unknown_geo);
    static_assert(bedrock::check_profile_id("us.us.anthropic.claude-v2")->code == bedrock::errc::doubled_geo);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto check_profile_id(std::string_view s) noexcept {
    return detail::check_profile_id_at<I>(s, max_profile_id_size, 0);
}

namespace detail {
struct profile_id_access;
} // namespace detail

/** A cross-region (system-defined) inference profile id such as `us.anthropic.claude-3-5-sonnet-20241022-v2:0`:
    a non-owning view of text that passed @ref check_profile_id.

    The view refers to the caller's characters (a literal, a buffer given to @ref make_profile_id, …), which
    must outlive it.

    @par Example
    @code
    constexpr bedrock::profile_id p{"us-gov.anthropic.claude-3-haiku-20240307-v1:0"};
    static_assert(p.geo_prefix() == bedrock::geo::us_gov);
    static_assert(p.model() == "anthropic.claude-3-haiku-20240307-v1:0");
    // bedrock::profile_id bad{"zz.anthropic.claude-v2"};   // does not compile: literal_has_unknown_geo
    @endcode
    @par BNF
    @code
    profile-id = geo "." model-id
    @endcode
*/
class profile_id : public checked_view<profile_id> {
public:
    /// An empty view (not a valid id; what a default-constructed result holds).
    constexpr profile_id() noexcept = default;
    /// Checks a string literal at compile time; a malformed literal does not compile.
    template <std::size_t N>
    consteval profile_id(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose

    /// The checker of the literal constructor and of @ref parse_profile_id: @ref check_profile_id (a `std::optional<parse_error>`).
    template <int I = 0>
    static constexpr auto check(std::string_view s) noexcept { return check_profile_id<I>(s); }

    /// The geo prefix (a member template, so that including the header instantiates no parse_geo).
    template <int I = 0>
    [[nodiscard]] constexpr geo geo_prefix() const noexcept {
        return parse_geo<I>(str().substr(0, detail::first_segment_size(str()))).value_or(geo::global);
    }
    /// The model id part (after the first `.`).
    [[nodiscard]] constexpr std::string_view model() const noexcept {
        auto const text = str();
        auto const head = detail::first_segment_size(text);
        return head < text.size() ? text.substr(head + 1) : std::string_view{};
    }
    /// The model id part as a @ref model_id view (a template: the G1 engine is instantiated by a call, not
    /// by the header).
    template <int I = 0>
    [[nodiscard]] constexpr bedrock::model_id model_id() const noexcept { return *parse_model_id<I>(model()); }

private:
    friend struct detail::profile_id_access;
};

namespace detail {
/// Lets @ref write_profile_id wrap the text it has built and checked.
struct profile_id_access {
    template <int I = 0>
    static constexpr auto from_checked(std::string_view s) noexcept {
        return dependent_t<profile_id, I>::from_checked(s);
    }
};
} // namespace detail

/** Parses a cross-region inference profile id (see @ref check_profile_id); the result views `s`. Returns a
    `result<profile_id>`.

    @par Example
    @code
    auto p = bedrock::parse_profile_id("eu.amazon.nova-pro-v1:0");
    assert(p && p->geo_prefix() == bedrock::geo::eu && p->model() == "amazon.nova-pro-v1:0");
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto parse_profile_id(std::string_view s) noexcept {
    return detail::dependent_t<profile_id, I>::parse(s);
}

/** Writes `<geo>.<model>` into `buffer` and parses it; the result views `buffer`.

    Fails with the model-id error (offset into the written id) when `model` is not a canonical model id,
    with `too_long` at 64 when the id would exceed 64 bytes, and with `too_long` at `buffer.size()` when
    the buffer is too small.

    @par Example
    @code
    char buf[bedrock::max_profile_id_size];
    auto p = bedrock::make_profile_id(bedrock::geo::apac, "amazon.nova-lite-v1:0", buf);
    assert(p && p->str() == "apac.amazon.nova-lite-v1:0");
    @endcode
*/
namespace detail {
/// @ref make_profile_id into `buffer[0, buffer_size)` (the library's own callers pass a pointer, not a
/// `std::span`). Returns a `result<profile_id>`.
template <int I = 0>
constexpr auto write_profile_id(geo g, std::string_view model, char* buffer, std::size_t buffer_size) noexcept {
    using result_type = result<dependent_t<profile_id, I>>;
    auto const prefix = to_string(g);
    auto const size = prefix.size() + 1 + model.size();
    if (auto e = check_model_id<I>(model))
        return result_type(parse_error{e->code, static_cast<std::uint32_t>(e->offset + prefix.size() + 1)});
    if (size > max_profile_id_size)
        return result_type(parse_error{errc::too_long, static_cast<std::uint32_t>(max_profile_id_size)});
    if (size > buffer_size) return result_type(parse_error{errc::too_long, static_cast<std::uint32_t>(buffer_size)});
    std::size_t i = 0;
    for (char c : prefix) buffer[i++] = c;
    buffer[i++] = '.';
    for (char c : model) buffer[i++] = c;
    // No need to parse the text again: it passes check_profile_id by construction. It is at most 64 bytes,
    // its text before the first `.` is the geo exactly (no geo contains a `.`), and the rest is `model`, which
    // check_model_id has just found to be G1 and not geo-prefixed (so there is no doubled geo).
    return result_type(profile_id_access::from_checked<I>(std::string_view(buffer, size)));
}
} // namespace detail

/// Returns a `result<profile_id>` (see above).
template <int I = 0>
[[nodiscard]] constexpr auto make_profile_id(geo g, std::string_view model, std::span<char> buffer) noexcept {
    return detail::write_profile_id<I>(g, model, buffer.data(), buffer.size());
}

/** Builds `<geo>.<model>` as a `std::string` after the same checks as the buffer overload; returns a
    `result<std::string>`.

    @par Example
    @code
    constexpr bedrock::model_id m{"anthropic.claude-3-haiku-20240307-v1:0"};
    auto s = bedrock::make_profile_id(bedrock::geo::us_gov, m.str());
    assert(s && *s == "us-gov.anthropic.claude-3-haiku-20240307-v1:0");
    @endcode
*/
template <int I = 0>
[[nodiscard]] inline auto make_profile_id(geo g, std::string_view model) {
    using result_type = result<detail::dependent_t<std::string, I>>;
    char buf[max_profile_id_size];
    auto r = make_profile_id<I>(g, model, std::span<char>(buf));
    if (!r) return result_type(r.error());
    return result_type(std::string(r->str()));
}

/// The longest geo this library would read as an unrecognised geo (the longest known geos, `global` and
/// `us-gov`, are 6 bytes).
inline constexpr std::size_t max_unrecognised_geo_size = 6;

/** True when `head` has the shape of a geo, known or not: 2..6 bytes of `[a-z]` with at most one inner `-`
    (`zz`, `mx`, `sa`, `eu-sov`); uppercase and longer heads are not geos.

    @par Example
    @code
    static_assert(bedrock::is_geo_shaped("zz") && bedrock::is_geo_shaped("us-gov"));
    static_assert(!bedrock::is_geo_shaped("ZZ") && !bedrock::is_geo_shaped("anthropic") && !bedrock::is_geo_shaped("z"));
    @endcode
*/
[[nodiscard]] constexpr bool is_geo_shaped(std::string_view head) noexcept {
    if (head.size() < 2 || head.size() > max_unrecognised_geo_size) return false;
    if (head.front() == '-' || head.back() == '-') return false;
    std::size_t hyphens = 0;
    for (char c : head) {
        if (c == '-') ++hyphens;
        else if (!detail::lower_chars(c)) return false;
    }
    return hyphens <= 1;
}

/** Checks a cross-region profile id read from the service (a response, `inspect`, the classifier): what
    @ref check_profile_id accepts, and also `<geo>.<model-id>` whose geo is *unrecognised* (not one this
    library knows, but geo-shaped: @ref is_geo_shaped) followed by a model id that @ref check_model_id
    accepts, within 64 bytes. AWS may add geos; text it sends is kept, not refused. Strict parsing
    (@ref check_profile_id, @ref parse_profile_id, the `profile_id` literal) still rejects an unknown geo.

    On failure the error is @ref check_profile_id's (so `zz.Anthropic.x` fails as strictly as before): the same
    `std::optional<parse_error>`.

    @par Example
    @code
    static_assert(!bedrock::check_profile_id_lenient("zz.anthropic.claude-3-haiku-20240307-v1:0"));
    static_assert(bedrock::check_profile_id_lenient("zz.anthropic")->code == bedrock::errc::unknown_geo);
    static_assert(bedrock::check_profile_id_lenient("ZZ.anthropic.claude-v2")->code == bedrock::errc::unknown_geo);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto check_profile_id_lenient(std::string_view s) noexcept {
    using optional = std::optional<detail::dependent_t<parse_error, I>>;
    auto const strict = check_profile_id<I>(s);
    if (!strict || strict->code != errc::unknown_geo || s.size() > max_profile_id_size) return strict;
    auto const head = detail::first_segment_size(s);
    if (head == s.size() || !is_geo_shaped(s.substr(0, head)) || check_model_id<I>(s.substr(head + 1))) return strict;
    return optional();
}

/** The parts of a cross-region profile id read leniently: the geo when this library knows it, and the geo
    as written (always set), so that a caller cannot take an unrecognised geo for a known one. */
struct profile_id_parts {
    std::optional<bedrock::geo> geo; ///< the geo, when it is one of @ref all_geos; empty for an unrecognised geo
    std::string_view geo_text;       ///< the geo as written (`us`, `zz`)
    std::string_view model;          ///< the model id part (after the first `.`)

    /// True when the geo is one this library knows (`geo` is set).
    [[nodiscard]] constexpr bool geo_recognised() const noexcept { return geo.has_value(); }
};

/** Reads a cross-region profile id from the service (see @ref check_profile_id_lenient); views `s`. Returns a
    `result<profile_id_parts>`.

    @par Example
    @code
    constexpr auto p = bedrock::read_profile_id("zz.anthropic.claude-3-haiku-20240307-v1:0");
    static_assert(p && !p->geo && p->geo_text == "zz" && p->model == "anthropic.claude-3-haiku-20240307-v1:0");
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto read_profile_id(std::string_view s) noexcept {
    using result_type = result<detail::dependent_t<profile_id_parts, I>>;
    if (auto e = check_profile_id_lenient<I>(s)) return result_type(*e);
    auto const head = detail::first_segment_size(s);
    return result_type(profile_id_parts{parse_geo<I>(s.substr(0, head)), s.substr(0, head), s.substr(head + 1)});
}

/** Checks an application inference profile id: exactly 12 bytes of `[a-z0-9]` (the id part of an
    `application-inference-profile` ARN; `docs/json.md`). Returns a `std::optional<parse_error>`.

    @par Example
    @code
    static_assert(!bedrock::check_application_profile_id("a1b2c3d4e5f6"));
    static_assert(bedrock::check_application_profile_id("A1b2c3d4e5f6")->code == bedrock::errc::uppercase);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto check_application_profile_id(std::string_view s) noexcept {
    return detail::check_full<I>(detail::id12_rule<I>, s, application_profile_id_size, application_profile_id_size);
}

/** An application inference profile id (`[a-z0-9]{12}`): a non-owning view.

    @par Example
    @code
    auto a = bedrock::parse_application_profile_id("k3x9q2mz7w4p");
    assert(a && a->str() == "k3x9q2mz7w4p");
    @endcode
*/
class application_profile_id : public checked_view<application_profile_id> {
public:
    /// An empty view (not a valid id; what a default-constructed result holds).
    constexpr application_profile_id() noexcept = default;
    /// Checks a string literal at compile time; a malformed literal does not compile.
    template <std::size_t N>
    consteval application_profile_id(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose
    /// The checker of the literal constructor and of @ref parse_application_profile_id (a `std::optional<parse_error>`).
    template <int I = 0>
    static constexpr auto check(std::string_view s) noexcept { return check_application_profile_id<I>(s); }
};

/** Parses an application inference profile id (see @ref check_application_profile_id); views `s`. Returns a
    `result<application_profile_id>`. */
template <int I = 0>
[[nodiscard]] constexpr auto parse_application_profile_id(std::string_view s) noexcept {
    return detail::dependent_t<application_profile_id, I>::parse(s);
}

} // namespace bedrock

#endif // BEDROCK_PROFILE_ID_HPP
