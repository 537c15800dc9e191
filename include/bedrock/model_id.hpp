#ifndef BEDROCK_MODEL_ID_HPP
#define BEDROCK_MODEL_ID_HPP

/** @file
    Bedrock foundation-model ids (`anthropic.claude-3-5-sonnet-20241022-v2:0`): the four grammars the AWS
    models use (G1..G4), the canonical checker and the `model_id` view with a compile-time checked literal.

    @par BNF
    @code
    seg = 1*63( %x61-7A / DIGIT / "-" )                           ; [a-z0-9-]{1,63}
    G1  = seg "." 0*2( seg "." ) seg 0*2( ":" seg )                 ; the canonical grammar
    G2  = seg "." seg [ "." ] seg 0*2( ":" seg )
    G3  = seg "." seg [ "." / ":" ] seg
    G4  = seg "." seg 0*2( seg "." ) seg 0*2( ":" seg )             ; two adjacent seg runs after the first "."
    @endcode
    @par Specification
    `docs/identifiers.md`
*/

#include <bedrock/checked_view.hpp>
#include <bedrock/detail/dependent.hpp>
#include <bedrock/detail/scan.hpp>
#include <bedrock/error.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/result.hpp>

#include <array>        // std::array (model_id_layout)
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint8_t
#include <optional>     // std::optional (checkers)
#include <string_view>  // std::string_view

namespace bedrock {

/** The four model-id grammars of `docs/identifiers.md` */
enum class model_id_grammar : std::uint8_t {
    g1, ///< `seg.(seg.){0,2}seg(:seg){0,2}`: FoundationModelArn; the library's canonical grammar.
    g2, ///< `seg.seg([.]?seg)(:seg){0,2}`: GetFoundationModelIdentifier, ModelIdentifier, ModelId.
    g3, ///< `seg.seg([.:]?seg)`: runtime InvokeModel / Converse.
    g4, ///< `seg.seg(seg.){0,2}seg(:seg){0,2}`: BedrockModelId, CustomModelArn, InvokedModelId.
};

/// The longest canonical model id (the max length of BedrockModelId).
inline constexpr std::size_t max_model_id_size = 140;

namespace detail {

inline constexpr class_rule model_segment = run_of(segment_chars, 1, 63, errc::bad_model_id);
inline constexpr lit_rule model_dot = lit(".", errc::bad_model_id);
inline constexpr lit_rule model_colon = lit(":", errc::bad_model_id);

/** A fast, allocation-free full match of G1 for the common (valid) case. G1 is deterministic because a
    segment never contains `.` or `:`: 2-4 `.`-separated segments, then 0-2 `:`-separated suffixes, every
    one 1-63 bytes of `[a-z0-9-]`. Only the verdict is computed; on `false` the grammar engine runs to find
    the exact code and offset. `tests/unit/regex_oracle.cpp` checks it against the engine. */
constexpr bool is_model_id_g1(std::string_view s) noexcept {
    std::size_t dots = 0;
    std::size_t colons = 0;
    std::size_t run = 0;
    for (char c : s) {
        if (segment_chars(c)) {
            if (++run > 63) return false;
            continue;
        }
        if (run == 0) return false;
        if (c == '.') {
            if (colons > 0 || ++dots > 3) return false;
        } else if (c == ':') {
            if (dots == 0 || ++colons > 2) return false;
        } else {
            return false;
        }
        run = 0;
    }
    return run > 0 && dots > 0;
}

/** How a string splits into `[a-z0-9-]+` runs: `seg ("." seg)* (":" seg)*`, every run non-empty.

    Every model-id grammar is such a string (a segment never contains `.` or `:`), so G2-G4 are conditions
    on this layout; see @ref is_model_id_g2 and friends.
*/
struct model_id_layout {
    bool ok = false;                      ///< the string has the form above
    std::size_t dotted = 0;               ///< the number of `.`-separated runs before the first `:`
    std::array<std::size_t, 4> len{};     ///< the lengths of the first four of them
    std::size_t suffixes = 0;             ///< the number of `:`-separated runs after them
    std::size_t longest_suffix = 0;       ///< the length of the longest of those
};

/// Splits `s` as @ref model_id_layout describes (`ok` is false when it does not have that form).
constexpr model_id_layout layout_of_model_id(std::string_view s) noexcept {
    model_id_layout m;
    std::size_t run = 0;
    auto close = [&m, &run] {
        if (m.suffixes == 0 && m.dotted < 4) m.len[m.dotted] = run;
        if (m.suffixes == 0) ++m.dotted;
        else if (run > m.longest_suffix) m.longest_suffix = run;
    };
    for (char c : s) {
        if (segment_chars(c)) {
            ++run;
            continue;
        }
        if (run == 0 || (c != '.' && c != ':') || (c == '.' && m.suffixes > 0)) return {};
        close();
        if (c == ':') ++m.suffixes; // the run that follows is suffix number m.suffixes
        run = 0;
    }
    if (run == 0) return {};
    close();
    m.ok = true;
    return m;
}

/** The fast verdict of G2 = `seg "." seg ["."] seg 0*2(":" seg)`: without the optional `.` the two
    adjacent segments form one run of 2..126 bytes (`seg seg`); with it there are three dotted runs. */
constexpr bool is_model_id_g2(std::string_view s) noexcept {
    auto const m = layout_of_model_id(s);
    if (!m.ok || m.len[0] > 63 || m.suffixes > 2 || m.longest_suffix > 63) return false;
    if (m.dotted == 2) return m.len[1] >= 2 && m.len[1] <= 126;
    return m.dotted == 3 && m.len[1] <= 63 && m.len[2] <= 63;
}

/** The fast verdict of G3 = `seg "." seg [ "." / ":" ] seg` (no further suffix): two dotted runs with the
    second 2..126 bytes (`seg seg`), three dotted runs, or two dotted runs and one `:` suffix. */
constexpr bool is_model_id_g3(std::string_view s) noexcept {
    auto const m = layout_of_model_id(s);
    if (!m.ok || m.len[0] > 63) return false;
    if (m.dotted == 2 && m.suffixes == 0) return m.len[1] >= 2 && m.len[1] <= 126;
    if (m.dotted == 3 && m.suffixes == 0) return m.len[1] <= 63 && m.len[2] <= 63;
    return m.dotted == 2 && m.suffixes == 1 && m.len[1] <= 63 && m.longest_suffix <= 63;
}

/** The fast verdict of G4 = `seg "." seg 0*2(seg ".") seg 0*2(":" seg)`: the second dotted run is two
    adjacent segments (2..126 bytes), then 0-2 more dotted runs, then 0-2 suffixes, all 1..63 bytes. */
constexpr bool is_model_id_g4(std::string_view s) noexcept {
    auto const m = layout_of_model_id(s);
    if (!m.ok || m.dotted < 2 || m.dotted > 4 || m.len[0] > 63 || m.len[1] < 2 || m.len[1] > 126) return false;
    for (std::size_t i = 2; i < m.dotted; ++i)
        if (m.len[i] > 63) return false;
    return m.suffixes <= 2 && m.longest_suffix <= 63;
}

/// The bytes of a model id: `[a-z0-9-.:]` (what the fast matchers of the model-id rules take).
inline constexpr char_set model_id_token_chars = segment_chars | dot_colon_chars;

// The engine sees the grammars as written; the fast matcher (scan.hpp) takes the model id's bytes and asks
// the verdict functions above. A model id is followed by the end of input or by `/`, never by a byte of
// `[a-z0-9-.:]`, so taking the longest such run is what the grammar does too.
template <model_id_grammar G, int I>
constexpr auto make_model_id_rule() noexcept {
    // Copies whose type depends on I: the seq/rep calls are instantiated with the rule, not with this template.
    dependent_t<class_rule, I> const seg = model_segment;
    dependent_t<lit_rule, I> const dot = model_dot;
    auto const suffixes = rep(0, 2, seq(model_colon, seg));
    if constexpr (G == model_id_grammar::g1)
        return with_fast_token(seq(seg, dot, rep(0, 2, seq(seg, dot)), seg, suffixes), model_id_token_chars,
                               is_model_id_g1);
    else if constexpr (G == model_id_grammar::g2)
        return with_fast_token(seq(seg, dot, seg, opt(dot), seg, suffixes), model_id_token_chars, is_model_id_g2);
    else if constexpr (G == model_id_grammar::g3)
        return with_fast_token(
            seq(seg, dot, seg, opt(defer<I>(run_of(dot_colon_chars, 1, 1, errc::bad_model_id))), seg),
            model_id_token_chars, is_model_id_g3);
    else
        return with_fast_token(seq(seg, dot, seg, rep(0, 2, seq(seg, dot)), seg, suffixes), model_id_token_chars,
                               is_model_id_g4);
}

/** The rule of grammar `G`. A variable template on an `I` that a function template passes on
    (`model_id_rule<model_id_grammar::g1, I>`), so that including this header builds and constant-evaluates
    no grammar: only a TU that calls a checker does (issue 9, `<bedrock/profiles.hpp>` compile time). */
template <model_id_grammar G, int I = 0>
inline constexpr auto model_id_rule = make_model_id_rule<G, I>();

/** A rule that runs @ref model_id_rule `<G>` (same codes and offsets), for rules built from it at namespace
    scope (`seq(model_id_g4, …)`): an empty object, so building it builds no grammar; the grammar's rule is
    instantiated when a checker runs it. Function templates name `model_id_rule<G, I>` directly. */
template <model_id_grammar G>
struct model_id_rule_ref {
    constexpr scan_result run(std::string_view s, pos_set const& in) const noexcept {
        return model_id_rule<G>.run(s, in);
    }
    constexpr std::size_t fast(std::string_view s, std::size_t i) const noexcept { return model_id_rule<G>.fast(s, i); }
};
inline constexpr model_id_rule_ref<model_id_grammar::g1> model_id_g1{};
inline constexpr model_id_rule_ref<model_id_grammar::g2> model_id_g2{};
inline constexpr model_id_rule_ref<model_id_grammar::g3> model_id_g3{};
inline constexpr model_id_rule_ref<model_id_grammar::g4> model_id_g4{};

/// The length of the first `.`-separated segment (the whole text when there is no `.`).
constexpr std::size_t first_segment_size(std::string_view s) noexcept {
    auto const dot = s.find('.');
    return dot == std::string_view::npos ? s.size() : dot;
}

/// Strict: a canonical model id whose first segment is a geo is a profile id (`docs/identifiers.md`): a
/// `std::optional<parse_error>`, `code` at `base` when it is.
template <int I = 0>
constexpr auto check_not_geo_prefixed(std::string_view s, errc code, std::uint32_t base) noexcept {
    using optional = std::optional<dependent_t<parse_error, I>>;
    if (is_geo_name(s.substr(0, first_segment_size(s)))) return optional(parse_error{code, base});
    return optional();
}

} // namespace detail

/** Checks `s` against one model-id grammar (full match, no length limit).

    @par Example
    @code
    static_assert(!bedrock::check_model_id("a.b", bedrock::model_id_grammar::g1));
    static_assert(bedrock::check_model_id("a.b", bedrock::model_id_grammar::g2)->offset == 3);
    @endcode
    @return a `std::optional<parse_error>`: `std::nullopt` when `s` matches; otherwise the code and byte offset
    (`docs/identifiers.md`).
*/
template <int I = 0>
[[nodiscard]] constexpr auto check_model_id(std::string_view s, model_id_grammar g) noexcept {
    using optional = std::optional<detail::dependent_t<parse_error, I>>;
    using enum model_id_grammar;
    switch (g) {
    case g1:
        if (s.size() <= max_input_size && detail::is_model_id_g1(s)) return optional();
        return detail::check_full<I>(detail::model_id_rule<g1, I>, s, 1, detail::unbounded);
    case g2: return detail::check_full<I>(detail::model_id_rule<g2, I>, s, 1, detail::unbounded);
    case g3: return detail::check_full<I>(detail::model_id_rule<g3, I>, s, 1, detail::unbounded);
    case g4: return detail::check_full<I>(detail::model_id_rule<g4, I>, s, 1, detail::unbounded);
    }
    return optional(parse_error{errc::bad_model_id, 0});
}

/** Checks a canonical foundation-model id: grammar G1, at most 140 bytes, and (strict) a first segment
    that is not a cross-region geo (`us.anthropic.…` is a profile id: `errc::geo_prefixed_model_id` at 0).
    Returns a `std::optional<parse_error>`.

    @par Example
    @code
    static_assert(!bedrock::check_model_id("anthropic.claude-3-5-sonnet-20241022-v2:0"));
    static_assert(bedrock::check_model_id("anthropic.claude-v2::0")->code == bedrock::errc::empty_segment);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto check_model_id(std::string_view s) noexcept {
    if (!(s.size() <= max_model_id_size && detail::is_model_id_g1(s)))
        if (auto e = detail::check_full<I>(detail::model_id_rule<model_id_grammar::g1, I>, s, 1, max_model_id_size))
            return e;
    return detail::check_not_geo_prefixed<I>(s, errc::geo_prefixed_model_id, 0);
}

/** A canonical foundation-model id: a non-owning view of text that passed @ref check_model_id.

    The view refers to the caller's characters, which must outlive it (a string literal always does).
    Parts (`docs/identifiers.md`): the provider is the first segment; the name is the text after the first
    `.` up to the first `:`; the version is the text after the first `:` (it may contain one more `:`).

    @par Example
    @code
    constexpr bedrock::model_id m{"anthropic.claude-3-haiku-20240307-v1:0:200k"};
    static_assert(m.provider() == "anthropic");
    static_assert(m.name() == "claude-3-haiku-20240307-v1");
    static_assert(m.version() == "0:200k");
    // bedrock::model_id bad{"Anthropic.claude"};   // does not compile: literal_has_uppercase
    @endcode
    @par BNF
    @code
    model-id = G1, at most 140 bytes, first segment not a geo
    @endcode
*/
class model_id : public checked_view<model_id> {
public:
    /// An empty view (not a valid id; what a default-constructed result holds).
    constexpr model_id() noexcept = default;
    /// Checks a string literal at compile time; a malformed literal does not compile.
    template <std::size_t N>
    consteval model_id(char const (&s)[N]) : checked_view(s) {} // NOLINT: implicit on purpose

    /// The checker of the literal constructor and of @ref parse_model_id: @ref check_model_id(std::string_view)
    /// (a `std::optional<parse_error>`).
    template <int I = 0>
    static constexpr auto check(std::string_view s) noexcept { return check_model_id<I>(s); }

    /// The first segment, e.g. `anthropic`.
    [[nodiscard]] constexpr std::string_view provider() const noexcept {
        return str().substr(0, detail::first_segment_size(str()));
    }
    /// The text after the first `.` up to the first `:`, e.g. `claude-3-5-sonnet-20241022-v2`.
    [[nodiscard]] constexpr std::string_view name() const noexcept {
        auto const text = str();
        auto const start = detail::first_segment_size(text);
        if (start >= text.size()) return {};
        auto rest = text.substr(start + 1);
        return rest.substr(0, rest.find(':'));
    }
    /// The text after the first `:`, e.g. `0` or `0:200k`; empty when there is none.
    [[nodiscard]] constexpr std::string_view version() const noexcept {
        auto const text = str();
        auto const colon = text.find(':');
        return colon == std::string_view::npos ? std::string_view{} : text.substr(colon + 1);
    }
    /// The number of `.`-separated segments before the version (2..4).
    [[nodiscard]] constexpr std::size_t segment_count() const noexcept {
        auto const text = str();
        std::size_t n = text.empty() ? 0 : 1;
        for (char c : text.substr(0, text.find(':'))) n += c == '.' ? 1 : 0;
        return n;
    }
};

/** Parses a canonical foundation-model id (see @ref check_model_id); the result views `s`. Returns a
    `result<model_id>` (a template, so that including the header instantiates neither it nor the G1 engine).

    @par Example
    @code
    auto m = bedrock::parse_model_id("amazon.nova-pro-v1:0");
    assert(m && m->provider() == "amazon" && m->version() == "0");
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto parse_model_id(std::string_view s) noexcept {
    return detail::dependent_t<model_id, I>::parse(s);
}

} // namespace bedrock

#endif // BEDROCK_MODEL_ID_HPP
