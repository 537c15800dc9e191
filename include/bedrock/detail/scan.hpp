#ifndef BEDROCK_DETAIL_SCAN_HPP
#define BEDROCK_DETAIL_SCAN_HPP

/** @file
    The scanner behind every identifier checker: small constexpr grammar rules (literal, character-class
    run, sequence, alternation, counted repetition, name) combined into one rule per AWS shape.

    A rule runs on a *set* of start positions and returns the set of positions where it can end, plus its
    *reach*: the largest k such that the input's first k bytes are still a prefix of some value the rule
    (and hence the whole grammar) could match. That is exactly the offset that `docs/identifiers.md`
    defines (Python `regex` partial matching): for a union of alternatives it is the maximum over the
    branches, and it is independent of backtracking order. Position sets are kept as a few sorted
    intervals; the grammars of `docs/identifiers.md` never need more than a handful.

    Every rule also has a *fast matcher*, `fast(s, i)`: a greedy, non-backtracking walk (a PEG reading of
    the same rule) that returns where the rule ends when started at `i`, or `no_match`. It only ever
    follows one derivation of the grammar (a literal that is there, a class run of an allowed length, one
    branch of an alternation, an allowed number of repetitions), so when it reaches the end of the input
    the input *is* in the rule's language. It may miss a match (a greedy run that should have stopped
    earlier); then `check_full` simply runs the exact engine. So the fast matcher decides nothing but
    "valid, return at once", and every result (code and offset) is still the engine's.

    Nothing here allocates or reads past the end of the input.
*/

#include <bedrock/detail/chars.hpp>
#include <bedrock/detail/dependent.hpp>
#include <bedrock/error.hpp>

#include <cstdint>      // std::uint32_t, std::uint8_t
#include <optional>     // std::optional (check results)
#include <string_view>  // std::string_view

namespace bedrock::detail {

/// Repetition bound meaning "no upper limit".
inline constexpr std::uint32_t unbounded = 0xFFFF'FFFFu;

/// What a fast matcher returns when it cannot match (see the file comment).
inline constexpr std::size_t no_match = static_cast<std::size_t>(-1);

/** A set of input positions, kept as sorted, disjoint, non-adjacent closed intervals. */
class pos_set {
public:
    struct interval {
        std::uint32_t lo = 0;
        std::uint32_t hi = 0;
    };
    static constexpr std::size_t capacity = 24;

    constexpr pos_set() noexcept = default;
    static constexpr pos_set single(std::uint32_t p) noexcept {
        pos_set s;
        s.add(p, p);
        return s;
    }

    [[nodiscard]] constexpr bool empty() const noexcept { return n_ == 0; }
    [[nodiscard]] constexpr std::size_t intervals() const noexcept { return n_; }
    [[nodiscard]] constexpr interval operator[](std::size_t i) const noexcept { return v_[i]; }
    [[nodiscard]] constexpr std::uint32_t max() const noexcept { return n_ ? v_[n_ - 1].hi : 0; }
    [[nodiscard]] constexpr bool contains(std::uint32_t p) const noexcept {
        for (std::size_t i = 0; i < n_; ++i)
            if (v_[i].lo <= p && p <= v_[i].hi) return true;
        return false;
    }

    /// Adds [lo, hi] (lo <= hi), merging with overlapping or adjacent intervals.
    constexpr void add(std::uint32_t lo, std::uint32_t hi) noexcept {
        // find the first interval that ends at or after lo - 1
        std::size_t i = 0;
        while (i < n_ && v_[i].hi + 1 < lo) ++i;
        if (i < n_ && v_[i].lo <= hi + 1) { // merge with i and following
            if (lo < v_[i].lo) v_[i].lo = lo;
            if (hi > v_[i].hi) v_[i].hi = hi;
            std::size_t j = i + 1;
            while (j < n_ && v_[j].lo <= v_[i].hi + 1) {
                if (v_[j].hi > v_[i].hi) v_[i].hi = v_[j].hi;
                ++j;
            }
            std::size_t const removed = j - i - 1;
            for (std::size_t k = i + 1; k + removed < n_; ++k) v_[k] = v_[k + removed];
            n_ = static_cast<std::uint8_t>(n_ - removed);
            return;
        }
        if (n_ == capacity) { // never reached by the shapes of this library; stay a superset
            if (i == n_) --i;
            if (lo < v_[i].lo) v_[i].lo = lo;
            if (hi > v_[i].hi) v_[i].hi = hi;
            return;
        }
        for (std::size_t k = n_; k > i; --k) v_[k] = v_[k - 1];
        v_[i] = {lo, hi};
        ++n_;
    }
    constexpr void add(pos_set const& o) noexcept {
        for (std::size_t i = 0; i < o.n_; ++i) add(o.v_[i].lo, o.v_[i].hi);
    }

private:
    interval v_[capacity]{}; // a C array: no std::array to instantiate per TU (issue 9)
    std::uint8_t n_ = 0;
};

/** What a rule did: where it can end, how far the input stayed viable, and why it stopped there.

    A *strong* stop is a rule that could not match at `reach` (a literal that diverged, a class run shorter
    than its minimum); a *weak* one is a rule that ended there successfully, leaving the verdict to what
    follows. On equal reach a strong stop's code wins, otherwise the earlier rule's code is kept.
*/
struct scan_result {
    pos_set ends;                 ///< positions where the rule can end
    std::uint32_t reach = 0;      ///< largest viable prefix length seen (meaningful when `any`)
    errc code = errc::ok;         ///< the code of the rule that stopped at `reach`
    bool strong = false;          ///< whether `code` comes from a rule that failed at `reach`
    bool any = false;             ///< false when the rule had no start position

    constexpr void note(std::uint32_t r, errc c, bool is_strong) noexcept {
        if (!any || r > reach || (r == reach && is_strong && !strong)) {
            reach = r;
            code = c;
            strong = is_strong;
            any = true;
        }
    }
    /// Takes `o`'s stop when it is further, or as far but strong where ours is weak.
    constexpr void merge_reach(scan_result const& o) noexcept {
        if (o.any) note(o.reach, o.code, o.strong);
    }
};

/// A fixed string, e.g. `arn:` or `foundation-model`.
struct lit_rule {
    std::string_view text;
    errc code;
    constexpr scan_result run(std::string_view s, pos_set const& in) const noexcept {
        scan_result r;
        for (std::size_t i = 0; i < in.intervals(); ++i) {
            for (std::uint32_t p = in[i].lo; p <= in[i].hi && p <= s.size(); ++p) {
                std::size_t m = 0;
                while (m < text.size() && p + m < s.size() && s[p + m] == text[m]) ++m;
                r.note(static_cast<std::uint32_t>(p + m), code, m < text.size());
                if (m == text.size()) r.ends.add(static_cast<std::uint32_t>(p + m), static_cast<std::uint32_t>(p + m));
                if (p == in[i].hi) break; // avoid wrap-around at the maximum
            }
        }
        return r;
    }
    /// Fast matcher: the text is there.
    constexpr std::size_t fast(std::string_view s, std::size_t i) const noexcept {
        if (s.size() - i < text.size()) return no_match;
        for (std::size_t k = 0; k < text.size(); ++k) // a loop, not memcmp: literals are short and differ early
            if (s[i + k] != text[k]) return no_match;
        return i + text.size();
    }
};

/// A run of `min` to `max` bytes of one class, e.g. `[a-z0-9-]{1,63}`.
struct class_rule {
    char_set chars;
    std::uint32_t min;
    std::uint32_t max;
    errc code;
    constexpr scan_result run(std::string_view s, pos_set const& in) const noexcept {
        scan_result r;
        auto const n = static_cast<std::uint32_t>(s.size());
        for (std::size_t i = 0; i < in.intervals(); ++i) {
            std::uint32_t const lo = in[i].lo;
            std::uint32_t const hi = in[i].hi < n ? in[i].hi : n;
            if (lo > hi) continue;
            // run length at hi, capped at max, then walk down: run(p) = 1 + run(p + 1) inside the class
            std::uint32_t len = 0;
            while (len < max && hi + len < n && chars(s[hi + len])) ++len;
            for (std::uint32_t p = hi;; --p) {
                if (p != hi) len = chars(s[p]) ? (len < max ? len + 1 : max) : 0;
                std::uint32_t const stop = p + len;
                errc c = stop < n && len < max ? refine(s[stop]) : code;
                if (len == 0 && stop < n && s[stop] == ':') { // an empty ARN part
                    if (c == errc::bad_account) c = errc::account_required;
                    if (c == errc::bad_region) c = errc::region_required;
                }
                r.note(stop, c, len < min || c == errc::uppercase);
                if (len >= min) r.ends.add(p + min, stop);
                if (p == lo) break;
            }
        }
        return r;
    }
    /// Fast matcher: the longest run (at most `max`), if it has at least `min` bytes.
    constexpr std::size_t fast(std::string_view s, std::size_t i) const noexcept {
        std::size_t const end = s.size() - i > max ? i + max : s.size();
        std::size_t j = i;
        while (j < end && chars(s[j])) ++j;
        return j - i >= min ? j : no_match;
    }
    constexpr errc refine(char c) const noexcept {
        if (upper_chars(c) && chars(static_cast<char>(c - 'A' + 'a')) && !chars(c)) return errc::uppercase;
        return code;
    }
};

/// `([first][sep]?)+` with at most `max_units` units: names and descriptions (`docs/identifiers.md`).
struct name_rule {
    char_set first;
    char_set sep;
    std::uint32_t max_units;
    constexpr scan_result run(std::string_view s, pos_set const& in) const noexcept {
        scan_result r;
        auto const n = static_cast<std::uint32_t>(s.size());
        for (std::size_t i = 0; i < in.intervals(); ++i) {
            for (std::uint32_t p = in[i].lo; p <= in[i].hi && p <= n; ++p) {
                std::uint32_t q = p;
                std::uint32_t units = 0;
                while (true) {
                    if (units == max_units || q >= n || !first(s[q])) {
                        errc c = errc::invalid_character;
                        if (units < max_units && q < n && sep(s[q])) c = errc::bad_separator;
                        r.note(q, c, units == 0);
                        break;
                    }
                    ++q;
                    ++units;
                    if (q < n && sep(s[q])) ++q;
                }
                if (q > p) r.ends.add(p + 1, q); // the walk can stop after every byte it took
                if (p == in[i].hi) break;
            }
        }
        return r;
    }
    /// Fast matcher: the same single walk as run(), ending where it stops (one of run()'s end positions).
    constexpr std::size_t fast(std::string_view s, std::size_t i) const noexcept {
        std::size_t q = i;
        std::uint32_t units = 0;
        while (units < max_units && q < s.size() && first(s[q])) {
            ++q;
            ++units;
            if (q < s.size() && sep(s[q])) ++q;
        }
        return units > 0 ? q : no_match;
    }
};

/// `A B`
template <class A, class B>
struct seq_rule {
    A a;
    B b;
    constexpr scan_result run(std::string_view s, pos_set const& in) const noexcept {
        scan_result r = a.run(s, in);
        if (r.ends.empty()) return r;
        scan_result rb = b.run(s, r.ends);
        r.merge_reach(rb);
        r.ends = rb.ends;
        return r;
    }
    /// Fast matcher: `A`, then `B` where `A` ended.
    constexpr std::size_t fast(std::string_view s, std::size_t i) const noexcept {
        std::size_t const j = a.fast(s, i);
        return j == no_match ? no_match : b.fast(s, j);
    }
};

/// `A|B`
template <class A, class B>
struct alt_rule {
    A a;
    B b;
    constexpr scan_result run(std::string_view s, pos_set const& in) const noexcept {
        scan_result r = a.run(s, in);
        scan_result rb = b.run(s, in);
        r.merge_reach(rb);
        r.ends.add(rb.ends);
        return r;
    }
    /// Fast matcher: the branch that gets further (so `aws` + `-iso-b` beats `aws` + `-iso`); a branch that
    /// reaches the end of the input cannot be beaten, so then `B` is not tried.
    constexpr std::size_t fast(std::string_view s, std::size_t i) const noexcept {
        std::size_t const ja = a.fast(s, i);
        if (ja == s.size()) return ja;
        std::size_t const jb = b.fast(s, i);
        if (ja == no_match) return jb;
        if (jb == no_match) return ja;
        return ja > jb ? ja : jb;
    }
};

/// `R{min,max}`
template <class R>
struct rep_rule {
    R rule;
    std::uint32_t min;
    std::uint32_t max;
    constexpr scan_result run(std::string_view s, pos_set const& in) const noexcept {
        scan_result r;
        if (min == 0) r.ends = in;
        pos_set cur = in;
        for (std::uint32_t k = 1; k <= max && !cur.empty() && k <= s.size() + 1; ++k) {
            scan_result step = rule.run(s, cur);
            r.merge_reach(step);
            cur = step.ends;
            if (k >= min) r.ends.add(cur);
        }
        return r;
    }
    /// Fast matcher: as many repetitions as match (at most `max`), if that is at least `min`.
    constexpr std::size_t fast(std::string_view s, std::size_t i) const noexcept {
        std::uint32_t k = 0;
        while (k < max) {
            std::size_t const j = rule.fast(s, i);
            if (j == no_match) break;
            if (j == i) return i; // an empty repetition can be repeated up to any count
            i = j;
            ++k;
        }
        return k >= min ? i : no_match;
    }
};

/** A rule with a hand-written fast matcher: `run()` is `rule`'s (the exact engine, unchanged), and
    `fast()` takes the longest run of `token` bytes and accepts it when `accept` says so.

    For grammars that a greedy walk cannot follow (the model-id grammars G2-G4 contain two adjacent
    segments, `seg seg`). Correct as long as `accept(t)` implies that `t` is in `rule`'s language; each use
    states why, and `tests/unit/scan_fast_path.cpp` checks it against the engine.
*/
template <class R>
struct fast_token_rule {
    R rule;
    char_set token;
    bool (*accept)(std::string_view) noexcept;
    constexpr scan_result run(std::string_view s, pos_set const& in) const noexcept { return rule.run(s, in); }
    /// Fast matcher: the longest run of `token` bytes, if `accept` takes it.
    constexpr std::size_t fast(std::string_view s, std::size_t i) const noexcept {
        std::size_t j = i;
        while (j < s.size() && token(s[j])) ++j;
        return accept(s.substr(i, j - i)) ? j : no_match;
    }
};

/// Makes a literal rule.
constexpr lit_rule lit(std::string_view text, errc code = errc::invalid_character) noexcept { return {text, code}; }
/// Makes a class-run rule `[chars]{min,max}`.
constexpr class_rule run_of(char_set chars, std::uint32_t min, std::uint32_t max,
                            errc code = errc::invalid_character) noexcept {
    return {chars, min, max, code};
}
/// Makes a name rule `([first][sep]?){1,max_units}`.
constexpr name_rule name_of(char_set first, char_set sep, std::uint32_t max_units = unbounded) noexcept {
    return {first, sep, max_units};
}
/// Makes `A B C …`.
template <class A, class B, class... Rest>
constexpr auto seq(A a, B b, Rest... rest) noexcept {
    if constexpr (sizeof...(Rest) == 0) return seq_rule<A, B>{a, b};
    else return seq_rule<A, decltype(seq(b, rest...))>{a, seq(b, rest...)};
}
/// Makes `A|B|C…`.
template <class A, class B, class... Rest>
constexpr auto alt(A a, B b, Rest... rest) noexcept {
    if constexpr (sizeof...(Rest) == 0) return alt_rule<A, B>{a, b};
    else return alt_rule<A, decltype(alt(b, rest...))>{a, alt(b, rest...)};
}
/// Makes `R{min,max}`.
template <class R>
constexpr rep_rule<R> rep(std::uint32_t min, std::uint32_t max, R r) noexcept { return {r, min, max}; }
/// Makes `R?`.
template <class R>
constexpr rep_rule<R> opt(R r) noexcept { return {r, 0, 1}; }
/// Makes a @ref fast_token_rule: `r` for the engine, `accept` over the longest `token` run for the fast matcher.
template <class R>
constexpr fast_token_rule<R> with_fast_token(R r, char_set token, bool (*accept)(std::string_view) noexcept) noexcept {
    return {r, token, accept};
}

/** `r`, as a value whose type depends on `I` (`detail::dependent_t`): a rule built from it inside a template
    (`seq(defer<I>(lit("a")), …)`, a variable template's initializer) is built, and its `seq`/`alt` makers
    instantiated, when that template is instantiated, not where it is defined (issue 9: including a header
    builds no grammar). */
template <int I, class R>
constexpr dependent_t<R, I> defer(R r) noexcept {
    return r;
}
/// The same for a template on a type `V` (`defer<V>(lit("a"))`: a template-id with a dependent argument is
/// itself dependent).
template <class V, class R>
constexpr R defer(R r) noexcept {
    return r;
}

/// The model-id failure code for a failure at byte `k` of `s` (`docs/identifiers.md` vocabulary).
constexpr errc refine_model_id_failure(std::string_view s, std::size_t k) noexcept {
    if (k >= s.size()) return errc::unexpected_end;
    char const c = s[k];
    char const prev = k > 0 ? s[k - 1] : '\0';
    if (upper_chars(c)) return errc::uppercase;
    if (c == '.' || c == ':') {
        if (k == 0 || prev == '.' || prev == ':' || prev == '/') return errc::empty_segment;
        if (c == ':' && s.substr(0, k).find('.') == std::string_view::npos) return errc::bad_model_id; // no provider yet
        return c == '.' ? errc::too_many_segments : errc::too_many_suffixes;
    }
    if (segment_chars(c)) return errc::segment_too_long;
    return errc::invalid_character;
}

/// One step of a UTF-8 decoder as the WHATWG Encoding Standard (and so node and browsers) defines it:
/// `size` bytes form one code point (`valid`), or are one maximal invalid subpart that decodes to one U+FFFD.
struct utf8_step {
    std::uint8_t size;
    bool valid;
};

/// The step at byte `i < s.size()` of `s` (rejects overlongs, surrogates and code points past U+10FFFF).
constexpr utf8_step utf8_next(std::string_view s, std::size_t i) noexcept {
    auto const c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return {1, true};
    std::uint8_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return {1, false}; // a stray continuation byte or a byte that never starts a sequence
    }
    std::uint8_t k = 1;
    for (; k < need && i + k < s.size(); ++k) {
        auto const d = static_cast<unsigned char>(s[i + k]);
        if (d < lo || d > hi) break;
        lo = 0x80;
        hi = 0xBF;
    }
    return {k, k == need};
}

/// Byte offset where code point number `n` (0-based) of `s` starts, or `s.size()` when `s` has at most
/// `n` code points. AWS counts string lengths in code points (Smithy's length trait); each invalid
/// subpart counts as one, as a decoder would replace it by U+FFFD.
constexpr std::size_t utf8_offset_of_code_point(std::string_view s, std::size_t n) noexcept {
    std::size_t i = 0;
    for (std::size_t k = 0; i < s.size(); ++k) {
        if (k == n) return i;
        i += utf8_next(s, i).size;
    }
    return s.size();
}

/** The exact engine behind @ref check_full, without the fast acceptance path (tests compare the two); the same
    `std::optional<parse_error>`.

    @return `std::nullopt` when `s` matches; otherwise the code and the offset (`docs/identifiers.md`, error model): the first byte after
    the longest viable prefix, the length when all of `s` is viable but incomplete, or the byte offset of
    code point `max` when `s` has more than `max` code points and the grammar did not fail earlier (limits
    count code points, as AWS does; offsets are bytes).
*/
template <int I = 0, class Rule>
constexpr auto check_full_exact(Rule const& rule, std::string_view s, std::uint32_t min, std::uint32_t max) noexcept {
    using optional = std::optional<dependent_t<parse_error, I>>;
    if (s.size() > max_input_size) return optional(parse_error{errc::too_long, static_cast<std::uint32_t>(max < max_input_size ? max : max_input_size)});
    // Limits count code points (bytes for ASCII); `cut` is the byte where the first code point past `max`
    // starts. The scan reads up to the end of that code point, as it read max + 1 bytes of ASCII.
    std::size_t const cut = max == unbounded || s.size() <= max ? s.size() : utf8_offset_of_code_point(s, max);
    bool const over = cut < s.size();
    std::string_view const t = over ? s.substr(0, cut + utf8_next(s, cut).size) : s;
    auto const n = static_cast<std::uint32_t>(t.size());
    scan_result const r = rule.run(t, pos_set::single(0));
    if (over) {
        if (r.reach >= cut) return optional(parse_error{errc::too_long, static_cast<std::uint32_t>(cut)});
    } else if (r.ends.contains(n)) {
        if (n < min || (min > 1 && utf8_offset_of_code_point(t, min - 1) == t.size()))
            return optional(parse_error{n == 0 ? errc::empty : errc::too_short, n});
        return optional();
    }
    if (r.reach >= n) {
        errc c = n == 0 ? errc::empty : errc::unexpected_end;
        if (n > 0 && t[n - 1] == '/') c = errc::missing_resource_id; // `<type>/` and nothing after it
        return optional(parse_error{c, n});
    }
    char const b = t[r.reach];
    errc c = r.code;
    if (non_ascii_chars(b)) c = errc::non_ascii;
    else if (control_or_space_chars(b) && !(b == ' ' && c == errc::bad_separator)) c = errc::whitespace;
    else if (c == errc::bad_model_id) c = refine_model_id_failure(t, r.reach);
    return optional(parse_error{c, r.reach});
}

/** True when the fast matcher of `rule` consumes all of `s` (then `s` is in the rule's language). */
template <class Rule>
constexpr bool fast_full_match(Rule const& rule, std::string_view s) noexcept {
    return rule.fast(s, 0) == s.size();
}

/** Runs `rule` as a full match of `s` with the length limits [min, max] (`unbounded` for none); returns a
    `std::optional<parse_error>`.

    Valid input returns through the fast matcher (one greedy pass, see the file comment); anything it does
    not accept goes to @ref check_full_exact. Equivalent because the fast matcher only accepts strings of
    the rule's language, and the engine returns `std::nullopt` for exactly those strings whose length is
    within [min, max] and `max_input_size`, the conditions checked here first.

    @return `std::nullopt` when `s` matches; otherwise the code and the offset (`docs/identifiers.md`, error model): the first byte after
    the longest viable prefix, the length when all of `s` is viable but incomplete, or `max` when `s` is
    longer than `max` and the grammar did not fail earlier.
*/
template <int I = 0, class Rule>
constexpr auto check_full(Rule const& rule, std::string_view s, std::uint32_t min, std::uint32_t max) noexcept {
    using optional = std::optional<dependent_t<parse_error, I>>;
    // Bytes bound code points from above: within `max` bytes is within `max` code points. Below `min` code
    // points (non-ASCII text of `min` bytes or more) is left to the exact engine.
    if (s.size() >= min && s.size() <= max && s.size() <= max_input_size &&
        (min <= 1 || utf8_offset_of_code_point(s, min - 1) < s.size()) && fast_full_match(rule, s))
        return optional();
    return check_full_exact<I>(rule, s, min, max);
}

} // namespace bedrock::detail

#endif // BEDROCK_DETAIL_SCAN_HPP
