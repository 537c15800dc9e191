#ifndef BEDROCK_CLASSIFY_HPP
#define BEDROCK_CLASSIFY_HPP

/** @file
    "What is this `modelId` string?": the classifier of `docs/identifiers.md` for any `modelId` of InvokeModel /
    Converse (a model id, a cross-region profile id, an application profile id, any Bedrock ARN, a model name).

    Functions are `template <int I = 0>`, calling `f<I>(...)`, tables named via `dependent_t<..., I>`: a TU that
    classifies nothing instantiates none of it (docs/architecture.md); an address needs `<>`.

    @par Specification
    `docs/identifiers.md`. */

#include <bedrock/bedrock_arn.hpp>
#include <bedrock/detail/arn_fast.hpp>
#include <bedrock/detail/arn_scan.hpp>
#include <bedrock/detail/dependent.hpp>
#include <bedrock/detail/scan.hpp>
#include <bedrock/error.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/wire_name.hpp>

#include <array>        // std::array (the wire table)
#include <bit>          // std::countr_zero (the class masks)
#include <cstdint>      // std::uint8_t, std::uint64_t
#include <new>          // placement new (the run-time result)
#include <optional>     // std::optional (parts of a classification)
#include <string_view>  // std::string_view
#include <type_traits>  // std::is_constant_evaluated (the run-time result)

namespace bedrock {

/** What kind of identifier a string is. */
enum class identifier_kind : std::uint8_t {
    foundation_model_id,     ///< a canonical model id (G1, ≤ 140 bytes), e.g. `amazon.nova-pro-v1:0`
    cross_region_profile_id, ///< `<geo>.<model-id>` with a known geo
    application_profile_id,  ///< `[a-z0-9]{12}` (ambiguous: also a custom router or provisioned-model id)
    arn,                     ///< a Bedrock (or SageMaker endpoint) ARN; see `classification::resource`
    model_name,              ///< `([0-9a-zA-Z][_-]?)+`: a provisioned-model or custom-model name
    invalid,                 ///< none of the above; see `classification::error`
};

/// The wire-style names of @ref identifier_kind, in enum order.
template <>
struct wire_names<identifier_kind> {
    static constexpr std::array<std::string_view, 6> names{
        "foundation_model_id", "cross_region_profile_id", "application_profile_id", "arn", "model_name", "invalid"};
};

/** The wire-style name of an identifier kind (`"cross_region_profile_id"`). */
[[nodiscard]] constexpr std::string_view to_string(identifier_kind k) noexcept { return wire_name(k); }

/** A remark the classifier attaches to an otherwise valid classification. */
enum class classification_note : std::uint8_t {
    none,                        ///< nothing to add
    ambiguous_twelve_char_id,    ///< `[a-z0-9]{12}` may also be a custom prompt-router or provisioned-model id
    unrecognised_geo,            ///< a cross-region profile id (or profile ARN) whose geo this library does not know (`zz.…`)
};

/** A sentence for a note; `unrecognised_geo` is completed by `classification::geo_text`. */
[[nodiscard]] constexpr std::string_view to_string(classification_note n) noexcept {
    switch (n) {
    case classification_note::none: return "";
    case classification_note::ambiguous_twelve_char_id:
        return "a 12-character id may also name a custom prompt router or a provisioned model";
    case classification_note::unrecognised_geo: return "cross-region profile id with a geo this library does not recognise";
    }
    return "";
}

/** The result of @ref classify_model_identifier. Views refer to the classified string. */
struct classification {
    identifier_kind kind = identifier_kind::invalid;          ///< what the string is
    std::optional<resource_kind> resource;                    ///< for `arn`: the ARN's resource kind
    std::optional<bedrock_arn> arn;                           ///< for `arn`: the typed ARN
    std::optional<bedrock::geo> geo;                          ///< the geo of a profile id (or profile ARN), when recognised
    std::string_view geo_text;                                ///< the geo as written (`us`, `zz`), recognised or not
    std::string_view model;                                   ///< the model id part, when there is one
    classification_note note = classification_note::none;    ///< a remark (ambiguity, unrecognised geo)
    parse_error error;                                        ///< for `invalid`: why and where

    /// True unless `kind` is `invalid`.
    [[nodiscard]] constexpr bool valid() const noexcept { return kind != identifier_kind::invalid; }
    /// True for the ambiguous 12-character id.
    [[nodiscard]] constexpr bool ambiguous() const noexcept { return note == classification_note::ambiguous_twelve_char_id; }
    /// True for a profile id or ARN whose geo is written (`geo_text`) but unknown here (`geo` is then empty).
    [[nodiscard]] constexpr bool geo_unrecognised() const noexcept { return !geo_text.empty() && !geo; }
};

/// Longest provisioned-model or custom-model name (ProvisionedModelName, CustomModelName: 1..63).
inline constexpr std::size_t max_model_name_size = 63;

namespace detail {
inline constexpr name_rule model_name_rule = name_of(alnum_chars, underscore_hyphen_chars);

constexpr bool starts_with_arn_ignoring_case(std::string_view s) noexcept {
    if (s.size() < 4) return false;
    auto lower = [](char c) { return upper_chars(c) ? static_cast<char>(c - 'A' + 'a') : c; };
    return lower(s[0]) == 'a' && lower(s[1]) == 'r' && lower(s[2]) == 'n' && s[3] == ':';
}
} // namespace detail

/** Reads a Bedrock ARN that comes from the service: @ref parse_bedrock_arn (a `result<bedrock_arn>`), but an ARN of an
    `inference-profile` whose id has an *unrecognised* geo (@ref check_profile_id_lenient: `zz.amazon.nova-pro-v1:0`) is
    accepted, with `geo` empty and no geo-partition check. Every other part and failure is @ref parse_bedrock_arn's.

    @par Example
    @code
    constexpr auto b = bedrock::read_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0");
    static_assert(b && b->kind == bedrock::resource_kind::inference_profile && !b->geo && b->model == "amazon.nova-pro-v1:0");
    static_assert(!bedrock::parse_bedrock_arn(b->str()));   // the strict parser still refuses it
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto read_bedrock_arn(std::string_view s) noexcept;

namespace detail {
/// @ref read_bedrock_arn given the strict result `strict` of `s` (both `result<bedrock_arn>`).
template <int I = 0>
constexpr auto read_bedrock_arn_from(result<dependent_t<bedrock_arn, I>> strict, std::string_view s) noexcept {
    if (strict || strict.error().code != errc::unknown_geo) return strict;
    auto const a = parse_arn<I>(s);
    if (!a) return strict;
    constexpr std::string_view type = "inference-profile/";
    auto const resource = a->resource();
    if (resource.substr(0, type.size()) != type) return strict;
    // The strict parser checks the parts left to right: an unknown geo in the id means parts 1-6 passed.
    if (strict.error().offset < a->offset_of(4) + type.size()) return strict;
    auto const id = resource.substr(type.size());
    auto const profile = read_profile_id<I>(id);
    auto const part = find_partition(a->partition());
    if (!profile || part == partition::unknown) return strict;
    bedrock_arn b;
    b.arn = *a;
    b.kind = resource_kind::inference_profile;
    b.partition = part;
    b.id = id;
    b.model = profile->model;
    return decltype(strict)(b);
}
} // namespace detail

template <int I>
[[nodiscard]] constexpr auto read_bedrock_arn(std::string_view s) noexcept {
    return detail::read_bedrock_arn_from<I>(parse_bedrock_arn<I>(s), s);
}

namespace detail {

/// Fills the parts of a classification whose `arn` is set.
template <int I = 0>
constexpr void classify_arn_parts(classification& c) noexcept {
    auto const& a = *c.arn;
    c.kind = identifier_kind::arn;
    c.resource = a.kind;
    c.geo = a.geo;
    c.model = a.model;
    if (a.kind == resource_kind::inference_profile) {
        c.geo_text = slice(a.id, 0, first_segment_size(a.id));
        if (!a.geo) c.note = classification_note::unrecognised_geo;
    }
}

/// The one-pass parser into `c.arn` at run time: split, `c.arn` built in place (no zeroing, no copy), the id's grammar.
template <int I = 0>
inline bool parse_bedrock_arn_fast_into(classification& c, std::string_view s) noexcept {
    arn_split f;
    if (!split_bedrock_arn<I>(s, f)) return false;
    auto& b = c.arn.emplace(bedrock_arn_of_split_call{s, f});
    if (f.id != arn_id_check::unchecked || !check_kind_id<I>(f.kind, b.id, f.id_at, b)) return true;
    c.arn.reset();
    return false;
}

/// Classifies an ARN (`s` starts with `arn:`) as @ref read_bedrock_arn reads it, into a default `c`: a valid ARN
/// takes the one-pass parser once; any other the exact engine once as the error-only check (@ref
/// check_bedrock_arn_exact: nothing built and cleared), and @ref read_bedrock_arn_from only for an unknown geo.
template <int I = 0>
constexpr void classify_arn_into(classification& c, std::string_view s) noexcept {
    bool parsed = false;
    if (!std::is_constant_evaluated()) {
        parsed = parse_bedrock_arn_fast_into<I>(c, s);
    } else {
        parsed = parse_bedrock_arn_fast<I>(s, c.arn.emplace());
        if (!parsed) c.arn.reset();
    }
    if (!parsed) {
        auto const e = check_bedrock_arn_exact<I>(s); // the fast path has said no once
        if (e && e->code != errc::unknown_geo) {
            c.error = *e;
            return;
        }
        // an unknown geo (or, were the two engines ever to disagree, what the exact engine accepts)
        auto const read = read_bedrock_arn_from<I>(e ? result<dependent_t<bedrock_arn, I>>(*e) : parse_bedrock_arn_exact<I>(s), s);
        if (!read) {
            c.error = read.error();
            return;
        }
        c.arn.emplace(*read);
    }
    classify_arn_parts<I>(c);
}

/// A classification of an ARN (`s` starts with `arn:`): @ref read_bedrock_arn's.
template <int I = 0>
constexpr classification classify_arn(std::string_view s) noexcept {
    classification c;
    classify_arn_into<I>(c, s);
    return c;
}

/** The classifier as `docs/identifiers.md` states it, each step with its checkers: what the one-pass fast path is
    tested against (`tests/unit/classify_fast_path.cpp`: every table row, every single-byte mutation). */
template <int I = 0>
constexpr classification classify_model_identifier_exact(std::string_view s,
                                                         bool (*is_catalog_model)(std::string_view) = nullptr) noexcept {
    if (s.substr(0, arn_prefix.size()) == arn_prefix) return classify_arn<I>(s);
    classification c;
    if (!check_application_profile_id<I>(s)) {
        c.kind = identifier_kind::application_profile_id;
        c.note = classification_note::ambiguous_twelve_char_id;
        return c;
    }
    auto const head_size = first_segment_size(s);
    auto const head = s.substr(0, head_size);
    if (head_size < s.size() && parse_geo<I>(head)) {
        if (auto e = check_profile_id<I>(s)) {
            c.error = *e;
            return c;
        }
        c.kind = identifier_kind::cross_region_profile_id;
        c.geo = parse_geo<I>(head);
        c.geo_text = head;
        c.model = s.substr(head_size + 1);
        return c;
    }
    auto const model_error = check_model_id<I>(s);
    if (head_size < s.size() && is_geo_shaped(head) && !check_profile_id_lenient<I>(s)) {
        auto const rest = s.substr(head_size + 1);
        bool const profile = model_error || (is_catalog_model != nullptr
                                                 ? is_catalog_model(rest) && !is_catalog_model(s) : head_size == 2);
        if (profile) {
            c.kind = identifier_kind::cross_region_profile_id;
            c.geo_text = head;
            c.model = rest;
            c.note = classification_note::unrecognised_geo;
            return c;
        }
    }
    if (!model_error) {
        c.kind = identifier_kind::foundation_model_id;
        c.model = s;
        return c;
    }
    if (!check_full<I>(model_name_rule, s, 1, unbounded)) {
        // ProvisionedModelName and CustomModelName have 1..63 characters: a longer name is `invalid` (too_long at 63)
        if (s.size() > max_model_name_size) {
            c.error = parse_error{errc::too_long, static_cast<std::uint32_t>(max_model_name_size)};
            return c;
        }
        c.kind = identifier_kind::model_name;
        return c;
    }
    if (starts_with_arn_ignoring_case(s)) c.error = parse_error{errc::not_an_arn, 0};
    else c.error = *model_error;
    return c;
}

/// The layout scan: each run of segment bytes in a tight loop over the 256-entry table, a branch per delimiter.
constexpr model_identifier_scan scan_model_identifier(std::string_view s) noexcept {
    model_identifier_scan r;
    std::size_t const n = s.size();
    std::size_t i = 0;
    std::size_t colons = 0;
    for (;;) {
        std::size_t const start = i;
        // four bytes per test while they last (segments are long: `claude-3-5-sonnet-20241022-v2`), then one
        auto const in = [&s](std::size_t k) { return static_cast<unsigned>(segment_chars(s[k])); };
        while (i + 4 <= n && (in(i) & in(i + 1) & in(i + 2) & in(i + 3)) != 0) i += 4;
        while (i < n && segment_chars(s[i])) ++i;
        if (i == start || i - start > 63) return r;
        if (i == n) break;
        if (s[i] == '.') {
            if (colons > 0) return r;
            if (++r.dots == 1) r.dot1 = i;
            else if (r.dots == 2) r.dot2 = i;
        } else if (s[i] != ':' || r.dots == 0 || ++colons > 2) {
            return r;
        }
        ++i;
    }
    r.layout = true;
    return r;
}

/// The verdict of `model_name_rule` (`([0-9a-zA-Z][_-]?)+`) without the engine (strings over 64 bytes).
constexpr bool is_model_name(std::string_view s) noexcept {
    bool after_separator = true; // a name starts with an alphanumeric byte
    for (char c : s) {
        if (alnum_chars(c)) after_separator = false;
        else if (!after_separator && underscore_hyphen_chars(c)) after_separator = true;
        else return false;
    }
    return !s.empty();
}

/// The bytes of a head of at most 7 bytes in one integer, with its length (so that a lookup compares integers).
constexpr std::uint64_t packed_head(std::string_view head) noexcept {
    std::uint64_t v = head.size();
    for (char c : head) v = v << 8 | static_cast<unsigned char>(c);
    return v;
}

/// The geos' names packed as @ref packed_head packs a head, in enum order (named via `dependent_t` by @ref known_geo).
template <class Words>
inline constexpr Words packed_geo_names = [] {
    constexpr auto const& names = wire_names<geo>::names;
    Words a{};
    for (std::size_t i = 0; i < names.size(); ++i) a[i] = packed_head(names[i]);
    return a;
}();

/// A geo of the list (as @ref parse_geo), looked up only for heads of a geo's length, by integer compares.
template <int I = 0>
constexpr std::optional<geo> known_geo(std::string_view head) noexcept {
    constexpr auto const& packed_geo_names =
        detail::packed_geo_names<dependent_t<std::array<std::uint64_t, wire_names<geo>::names.size()>, I>>;
    if (head.size() < 2 || head.size() > max_unrecognised_geo_size) return std::nullopt;
    auto const v = packed_head(head);
    for (std::size_t i = 0; i < packed_geo_names.size(); ++i) if (packed_geo_names[i] == v) return static_cast<geo>(i);
    return std::nullopt;
}

/// @ref known_geo of `s[from, from + size)`: at run time one word load, one hash, one compare (@ref find_geo_at).
template <int I = 0>
constexpr std::optional<geo> known_geo_in(std::string_view s, std::size_t from, std::size_t size) noexcept {
    return std::is_constant_evaluated() ? known_geo<I>(slice(s, from, size)) : find_geo_at<I>(s.data(), from, size, s.size());
}

/// G1's error at byte `k <= s.size()` of `s`: `empty` or `unexpected_end` at the end, else the byte's refined code.
constexpr parse_error g1_failure_at(std::string_view s, std::size_t k) noexcept {
    auto const offset = static_cast<std::uint32_t>(k);
    if (k >= s.size()) return parse_error{k == 0 ? errc::empty : errc::unexpected_end, offset};
    char const b = s[k];
    if (non_ascii_chars(b)) return parse_error{errc::non_ascii, offset};
    if (control_or_space_chars(b)) return parse_error{errc::whitespace, offset};
    return parse_error{refine_model_id_failure(s, k), offset};
}

/** The engine's error for `s[from..]` as a G1 model id inside `s` (geo and `.` before `from`), `s` limited to `max`
    code points: one walk of G1's automaton, failing at the first byte no G1 string continues with, its code refined as
    the engine refines it: a `std::optional<parse_error>`, empty when the walk finds none (the caller asks the engine). */
template <int I = 0>
constexpr auto g1_failure(std::string_view s, std::size_t from, std::size_t max) noexcept {
    using optional = std::optional<dependent_t<parse_error, I>>;
    std::size_t const cut = s.size() <= max ? s.size() : utf8_offset_of_code_point(s, max);
    auto const at = [&](std::size_t k) -> optional {
        if (cut < s.size() && k >= cut) return parse_error{errc::too_long, static_cast<std::uint32_t>(cut)};
        return g1_failure_at(s, k);
    };
    std::size_t run = 0;
    std::size_t dots = 0;
    std::size_t colons = 0;
    for (std::size_t k = from; k < s.size(); ++k) {
        char const c = s[k];
        if (segment_chars(c)) {
            if (run == 63) return at(k);
            ++run;
        } else if (c == '.') {
            if (run == 0 || colons > 0 || dots == 3) return at(k);
            ++dots;
            run = 0;
        } else if (c == ':') {
            if (run == 0 || dots == 0 || colons == 2) return at(k);
            ++colons;
            run = 0;
        } else {
            return at(k);
        }
    }
    if (run == 0 || dots == 0 || cut < s.size()) return at(s.size());
    return optional();
}

/** @ref g1_failure for a string of at most 63 bytes, from its classes `m`: the lowest byte at which a G1 rule breaks,
    each rule's breaking bytes one mask (a byte of no class, a separator with no segment before it, a dot after a
    colon, a fourth dot, a colon before any dot, a third colon); the same `std::optional<parse_error>`. */
template <int I = 0>
constexpr auto g1_failure_in_classes(identifier_classes const& m, std::string_view s, std::size_t from) noexcept {
    using optional = std::optional<dependent_t<parse_error, I>>;
    std::size_t const n = s.size();
    std::uint64_t const range = ((std::uint64_t{1} << n) - 1) & ~((std::uint64_t{1} << from) - 1);
    std::uint64_t const dot = m.dot & range;
    std::uint64_t const colon = m.colon & range;
    std::uint64_t const sep = dot | colon;
    std::uint64_t const fail = (range & ~(m.lower_alnum | m.dash | sep)) | (sep & ((sep << 1) | (std::uint64_t{1} << from))) |
                               (dot & ~((lowest_bit(colon) << 1) - 1)) |
                               lowest_bit(without_lowest_bit(without_lowest_bit(without_lowest_bit(dot)))) |
                               (colon & (lowest_bit(dot) - 1)) | lowest_bit(without_lowest_bit(without_lowest_bit(colon)));
    if (fail != 0) return optional(g1_failure_at(s, static_cast<std::size_t>(std::countr_zero(fail))));
    if (from == n || dot == 0 || (sep >> (n - 1) & 1) != 0) return optional(g1_failure_at(s, n));
    return optional();
}

/// @ref check_model_id's error for a non-model-id, without the engine where the walk names it (classes `m`: < 64 bytes).
template <int I = 0>
constexpr parse_error model_id_failure(std::string_view s, identifier_classes const* m = nullptr) noexcept {
    if (auto e = m != nullptr && s.size() < 64 ? g1_failure_in_classes<I>(*m, s, 0) : g1_failure<I>(s, 0, max_model_id_size)) return *e;
    return check_model_id<I>(s).value_or(parse_error{errc::bad_model_id, 0});
}

/// @ref check_profile_id's error for `<known geo>.<rest>` that is no profile id, without the engine where it can.
template <int I = 0>
constexpr parse_error profile_id_failure(std::string_view s, std::size_t dot1, bool rest_is_model,
                                         identifier_classes const* m = nullptr) noexcept {
    if (rest_is_model && s.size() <= max_profile_id_size) // the grammar passed: the model id names a geo
        return parse_error{errc::doubled_geo, static_cast<std::uint32_t>(dot1 + 1)};
    if (auto e = m != nullptr && s.size() < 64 ? g1_failure_in_classes<I>(*m, s, dot1 + 1) : g1_failure<I>(s, dot1 + 1, max_profile_id_size))
        return *e;
    return check_profile_id<I>(s).value_or(parse_error{errc::unknown_geo, 0});
}

template <int I = 0>
constexpr void classify_model_identifier_fast_into(classification& c, std::string_view s,
                                                  bool (*is_catalog_model)(std::string_view)) noexcept {
    if (s.size() >= arn_prefix.size() && s[0] == 'a' && s[1] == 'r' && s[2] == 'n' && s[3] == ':') {
        classify_arn_into<I>(c, s);
        return;
    }
    if (s.size() > max_input_size) {
        c = classify_model_identifier_exact<I>(s, is_catalog_model);
        return;
    }
    // Up to 64 bytes (every profile id, most model ids): each byte's classes once; longer: layout scan, byte checks
    bool const short_text = s.size() <= 64;
    identifier_classes m = short_text ? identifier_classes_of(s) : identifier_classes{};
    identifier_classes const* const classes = short_text ? &m : nullptr;
    auto const scan = short_text ? scan_in_classes(m, s.size()) : scan_model_identifier(s);
    auto const fail = [&c](std::optional<dependent_t<parse_error, I>> e) {
        c.error = e.value_or(parse_error{errc::invalid_character, 0}); // always set: the scan found s invalid
    };
    auto const model_name = [&] {
        if (!short_text) return is_model_name(s);
        add_name_classes(m, s);
        return is_model_name_in_classes(m, s.size());
    };
    if (!scan.layout) {
        // No model id nor profile id (both have the layout): a model name, or the first claiming rule's error
        std::size_t const head_size = short_text ? (scan.dot1 < s.size() ? scan.dot1 : s.size()) : first_segment_size(s);
        if (head_size < s.size() && known_geo<I>(slice(s, 0, head_size)))
            return fail(profile_id_failure<I>(s, head_size, false, classes));
        if (model_name()) {
            if (s.size() > max_model_name_size)
                return fail(parse_error{errc::too_long, static_cast<std::uint32_t>(max_model_name_size)});
            c.kind = identifier_kind::model_name;
            return;
        }
        if (starts_with_arn_ignoring_case(s)) return fail(parse_error{errc::not_an_arn, 0});
        return fail(model_id_failure<I>(s, classes));
    }
    if (scan.dots == 0) {
        if (is_application_profile_id_in_classes(m, s.size())) {
            c.kind = identifier_kind::application_profile_id;
            c.note = classification_note::ambiguous_twelve_char_id;
            return;
        }
        if (model_name()) {
            if (s.size() > max_model_name_size)
                return fail(parse_error{errc::too_long, static_cast<std::uint32_t>(max_model_name_size)});
            c.kind = identifier_kind::model_name;
            return;
        }
        return fail(model_id_failure<I>(s, classes));
    }
    auto const head = slice(s, 0, scan.dot1);
    auto const rest = slice(s, scan.dot1 + 1, s.size() - scan.dot1 - 1);
    // the text after the geo is a canonical model id: 1..3 dots of its own, its first segment no geo
    bool const rest_is_model = scan.dots >= 2 && scan.dots <= 4 &&
                               !known_geo_in<I>(s, scan.dot1 + 1, scan.dot2 - scan.dot1 - 1);
    if (auto const g = known_geo_in<I>(s, 0, scan.dot1)) {
        if (s.size() > max_profile_id_size || !rest_is_model)
            return fail(profile_id_failure<I>(s, scan.dot1, rest_is_model, classes));
        c.kind = identifier_kind::cross_region_profile_id;
        c.geo = g;
        c.geo_text = head;
        c.model = rest;
        return;
    }
    bool const is_model = scan.dots <= 3 && s.size() <= max_model_id_size;
    if (rest_is_model && s.size() <= max_profile_id_size && is_geo_shaped(head)) {
        bool const profile = !is_model || (is_catalog_model != nullptr
                                               ? is_catalog_model(rest) && !is_catalog_model(s) : head.size() == 2);
        if (profile) {
            c.kind = identifier_kind::cross_region_profile_id;
            c.geo_text = head;
            c.model = rest;
            c.note = classification_note::unrecognised_geo;
            return;
        }
    }
    if (is_model) {
        c.kind = identifier_kind::foundation_model_id;
        c.model = s;
        return;
    }
    return fail(model_id_failure<I>(s, classes));
}

/// A default `classification` at run time, by placement new in a union: GCC sets its members one by one and copies
/// only those out (a local's constructor it folds into a constant, clearing all 232 bytes with `rep stos` first).
template <int I = 0>
inline classification default_classification_at_run_time() noexcept {
    union storage {
        classification c;
        storage() noexcept {} // leaves `c` to the placement new below
    } u;
    ::new (static_cast<void*>(&u.c)) classification;
    return u.c;
}

/// @ref classify_model_identifier_fast at run time, into the returned value itself (no copy of the 232 bytes).
template <int I = 0>
inline classification classify_model_identifier_at_run_time(std::string_view s,
                                                           bool (*is_catalog_model)(std::string_view)) noexcept {
    classification c = default_classification_at_run_time<I>();
    classify_model_identifier_fast_into<I>(c, s, is_catalog_model);
    return c;
}

/** @ref classify_model_identifier_exact in one pass: the layout scan decides every valid non-ARN string; the
    checkers that compute an error's code and offset run only when the answer is `invalid`. */
template <int I = 0>
constexpr classification classify_model_identifier_fast(std::string_view s,
                                                        bool (*is_catalog_model)(std::string_view) = nullptr) noexcept {
    if (!std::is_constant_evaluated()) return classify_model_identifier_at_run_time<I>(s, is_catalog_model);
    classification c;
    classify_model_identifier_fast_into<I>(c, s, is_catalog_model);
    return c;
}

} // namespace detail

/** Classifies a `modelId` string by the algorithm of `docs/identifiers.md`. The text is read as text from
    the service is: a profile id whose geo this library does not know yet is a profile id, not an error.

    1. `arn:…`: a checked Bedrock ARN (@ref read_bedrock_arn); kind `arn` with `resource` set, or `invalid` with its error.
    2. `[a-z0-9]{12}`: `application_profile_id`, noted as ambiguous.
    3. The text before the first `.` is a known geo: `cross_region_profile_id` when @ref check_profile_id
       passes, else `invalid` with its error (e.g. `doubled_geo`).
    4. `<geo>.<model-id>` with an *unrecognised* geo (@ref check_profile_id_lenient): `cross_region_profile_id`
       with `geo` empty, `geo_text` the geo as written and the note `unrecognised_geo`, when the string is no model
       id itself, or is one but a catalog says the text after the first `.` is a model and the whole is not
       (`is_catalog_model`; `openai.gpt-5.6-sol` stays a model id). Without one, a two-letter geo (country geos).
    5. G1 and at most 140 bytes: `foundation_model_id`.
    6. `([0-9a-zA-Z][_-]?)+` of at most 63 bytes (ProvisionedModelName, CustomModelName): `model_name`;
       longer, `invalid` with `too_long` at 63.
    7. Otherwise `invalid`: `not_an_arn` at 0 for a differently cased `ARN:` prefix, else the model-id error.

    @param is_catalog_model optional predicate "is this a catalog model id" (this header does not depend
    on the catalog).
    @par Example
    @code
    constexpr auto c = bedrock::classify_model_identifier("us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    static_assert(c.kind == bedrock::identifier_kind::cross_region_profile_id && c.geo == bedrock::geo::us);
    constexpr auto d = bedrock::classify_model_identifier("zz.anthropic.claude-sonnet-4-5-20250929-v1:0");
    static_assert(d.kind == bedrock::identifier_kind::cross_region_profile_id && !d.geo && d.geo_text == "zz");
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr classification classify_model_identifier(std::string_view s,
                                                                 bool (*is_catalog_model)(std::string_view) = nullptr) noexcept {
    return detail::classify_model_identifier_fast<I>(s, is_catalog_model);
}

/** The strict verdict on a `modelId` string, a `std::optional<parse_error>` (the strict layer of the runtime and batch
    identifier shapes): @ref classify_model_identifier must not say `invalid`, and a profile id or ARN with an unrecognised
    geo is refused as strict parsing does (@ref parse_bedrock_arn's error; `zz.anthropic.claude-v2` stays a model id).

    @par Example
    @code
    static_assert(!bedrock::check_model_identifier("zz.anthropic.claude-v2"));
    static_assert(bedrock::check_model_identifier(
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0")->code == bedrock::errc::unknown_geo);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto check_model_identifier(std::string_view s) noexcept {
    using optional = std::optional<detail::dependent_t<parse_error, I>>;
    auto const c = classify_model_identifier<I>(s);
    if (!c.valid()) return optional(c.error);
    if (!c.geo_unrecognised()) return optional();
    if (c.arn) return optional(parse_bedrock_arn<I>(s).error());
    return check_model_id<I>(s);
}

} // namespace bedrock

#endif // BEDROCK_CLASSIFY_HPP
