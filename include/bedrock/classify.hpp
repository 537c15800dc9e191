#ifndef BEDROCK_CLASSIFY_HPP
#define BEDROCK_CLASSIFY_HPP

/** @file
    "What is this `modelId` string?": the classifier of `docs/identifiers.md` for any value a caller may pass
    as `modelId` to InvokeModel / Converse (a model id, a cross-region profile id, an application profile
    id, any Bedrock ARN, a provisioned/custom model name).

    @par Specification
    `docs/identifiers.md`.
*/

#include <bedrock/bedrock_arn.hpp>
#include <bedrock/detail/scan.hpp>
#include <bedrock/error.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/wire_name.hpp>

#include <array>        // std::array (the wire table)
#include <cstdint>      // std::uint8_t
#include <optional>     // std::optional (parts of a classification)
#include <string_view>  // std::string_view

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
    /// True for a profile id or profile ARN whose geo is written (`geo_text`) but not one this library knows:
    /// `geo` is then empty, so code that needs a known geo has to look.
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

/** Reads a Bedrock ARN that comes from the service: @ref parse_bedrock_arn, except that an
    `inference-profile` ARN whose profile id has an *unrecognised* geo (@ref check_profile_id_lenient:
    `zz.anthropic.claude-3-haiku-20240307-v1:0`) is accepted, with `geo` empty and no geo-partition check
    (the geo's partition is unknown). Every other part is checked as strictly as @ref parse_bedrock_arn does,
    and every other failure is its error.

    @par Example
    @code
    constexpr auto b = bedrock::read_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0");
    static_assert(b && b->kind == bedrock::resource_kind::inference_profile && !b->geo && b->model == "amazon.nova-pro-v1:0");
    static_assert(!bedrock::parse_bedrock_arn(b->str()));   // the strict parser still refuses it
    @endcode
*/
[[nodiscard]] constexpr result<bedrock_arn> read_bedrock_arn(std::string_view s) noexcept;

namespace detail {
/// @ref read_bedrock_arn given the strict result `strict` of `s`.
constexpr result<bedrock_arn> read_bedrock_arn_from(result<bedrock_arn> strict, std::string_view s) noexcept {
    if (strict || strict.error().code != errc::unknown_geo) return strict;
    auto const a = parse_arn(s);
    if (!a) return strict;
    constexpr std::string_view type = "inference-profile/";
    auto const resource = a->resource();
    if (resource.substr(0, type.size()) != type) return strict;
    // The strict parser checks the parts left to right: an unknown geo in the id means parts 1-6 passed.
    if (strict.error().offset < a->offset_of(4) + type.size()) return strict;
    auto const id = resource.substr(type.size());
    auto const profile = read_profile_id(id);
    auto const part = parse_partition(a->partition());
    if (!profile || !part) return strict;
    bedrock_arn b;
    b.arn = *a;
    b.kind = resource_kind::inference_profile;
    b.partition = *part;
    b.id = id;
    b.model = profile->model;
    return b;
}
} // namespace detail

[[nodiscard]] constexpr result<bedrock_arn> read_bedrock_arn(std::string_view s) noexcept {
    return detail::read_bedrock_arn_from(parse_bedrock_arn(s), s);
}

namespace detail {

/// Classifies an ARN (`s` starts with `arn:`) as @ref read_bedrock_arn reads it, into a default `c`: the typed ARN
/// is parsed in place (the one-pass parser), so a valid ARN is neither copied nor checked twice.
constexpr void classify_arn_into(classification& c, std::string_view s) noexcept {
    auto& a = c.arn.emplace();
    if (!parse_bedrock_arn_fast(s, a)) {
        auto const read = read_bedrock_arn_from(parse_bedrock_arn_exact(s), s); // the fast path has said no once
        if (!read) {
            c.arn.reset();
            c.error = read.error();
            return;
        }
        a = *read;
    }
    c.kind = identifier_kind::arn;
    c.resource = a.kind;
    c.geo = a.geo;
    c.model = a.model;
    if (a.kind == resource_kind::inference_profile) {
        c.geo_text = a.id.substr(0, first_segment_size(a.id));
        if (!a.geo) c.note = classification_note::unrecognised_geo;
    }
}

/// A classification of an ARN (`s` starts with `arn:`): @ref read_bedrock_arn's.
constexpr classification classify_arn(std::string_view s) noexcept {
    classification c;
    classify_arn_into(c, s);
    return c;
}

/** The classifier written as `docs/identifiers.md` states it, with the checkers (and their grammar engines)
    of each step: the specification that @ref classify_model_identifier's one-pass fast path is tested against
    (`tests/unit/classify_fast_path.cpp`, every table row and single-byte mutations). */
constexpr classification classify_model_identifier_exact(std::string_view s,
                                                         bool (*is_catalog_model)(std::string_view) = nullptr) noexcept {
    if (s.substr(0, arn_prefix.size()) == arn_prefix) return classify_arn(s);
    classification c;
    if (!check_application_profile_id(s)) {
        c.kind = identifier_kind::application_profile_id;
        c.note = classification_note::ambiguous_twelve_char_id;
        return c;
    }
    auto const head_size = first_segment_size(s);
    auto const head = s.substr(0, head_size);
    if (head_size < s.size() && parse_geo(head)) {
        if (auto e = check_profile_id(s)) {
            c.error = *e;
            return c;
        }
        c.kind = identifier_kind::cross_region_profile_id;
        c.geo = parse_geo(head);
        c.geo_text = head;
        c.model = s.substr(head_size + 1);
        return c;
    }
    auto const model_error = check_model_id(s);
    if (head_size < s.size() && is_geo_shaped(head) && !check_profile_id_lenient(s)) {
        auto const rest = s.substr(head_size + 1);
        bool const profile = model_error || (is_catalog_model != nullptr
                                                 ? is_catalog_model(rest) && !is_catalog_model(s)
                                                 : head_size == 2);
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
    if (!check_full(model_name_rule, s, 1, unbounded)) {
        // ProvisionedModelName and CustomModelName are 1..63 characters; a longer name is no identifier AWS
        // accepts, so it is `invalid` (too_long at 63) rather than a model name of unbounded length.
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


/** What one pass over a non-ARN `modelId` string finds: whether it has the layout every model and profile
    id has (`seg ("." seg)* (":" seg){0,2}`, every run 1..63 bytes of `[a-z0-9-]`, no `.` after a `:`), and
    where its first two `.` are. */
struct model_identifier_scan {
    bool layout = false;                         ///< the string has the layout above
    std::size_t dots = 0;                        ///< the number of `.`
    std::size_t dot1 = std::string_view::npos;   ///< the first `.`
    std::size_t dot2 = std::string_view::npos;   ///< the second `.`
};

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

/// The verdict of `model_name_rule` (`([0-9a-zA-Z][_-]?)+`) without the engine.
constexpr bool is_model_name(std::string_view s) noexcept {
    bool after_separator = true; // a name starts with an alphanumeric byte
    for (char c : s) {
        if (alnum_chars(c)) after_separator = false;
        else if (!after_separator && underscore_hyphen_chars(c)) after_separator = true;
        else return false;
    }
    return !s.empty();
}

/// True when `s` is exactly 12 bytes of `[a-z0-9]` (the verdict of @ref check_application_profile_id).
constexpr bool is_application_profile_id(std::string_view s) noexcept {
    if (s.size() != application_profile_id_size) return false;
    for (char c : s)
        if (!lower_alnum_chars(c)) return false;
    return true;
}

/// The bytes of a head of at most 7 bytes in one integer, with its length (so that a lookup compares integers).
constexpr std::uint64_t packed_head(std::string_view head) noexcept {
    std::uint64_t v = head.size();
    for (char c : head) v = v << 8 | static_cast<unsigned char>(c);
    return v;
}

/// The geos' wire names packed as @ref packed_head packs a head, in enum order.
inline constexpr auto packed_geo_names = [] {
    constexpr auto const& names = wire_names<geo>::names;
    std::array<std::uint64_t, names.size()> a{};
    for (std::size_t i = 0; i < names.size(); ++i) a[i] = packed_head(names[i]);
    return a;
}();

/// A geo of the list (as @ref parse_geo), looked up only for heads of a geo's length, by integer compares.
constexpr std::optional<geo> known_geo(std::string_view head) noexcept {
    if (head.size() < 2 || head.size() > max_unrecognised_geo_size) return std::nullopt;
    auto const v = packed_head(head);
    for (std::size_t i = 0; i < packed_geo_names.size(); ++i)
        if (packed_geo_names[i] == v) return static_cast<geo>(i);
    return std::nullopt;
}

/** The error the grammar engine reports for `s[from..]` as a G1 model id inside `s` (the geo and `.` before
    `from` already matched), with `s` limited to `max` code points: one left-to-right walk of G1's automaton,
    the failure at the first byte no G1 string continues with, its code refined as the engine refines it.
    `std::nullopt` when the walk finds no failure (the caller then asks the engine). */
constexpr std::optional<parse_error> g1_failure(std::string_view s, std::size_t from, std::size_t max) noexcept {
    std::size_t const cut = s.size() <= max ? s.size() : utf8_offset_of_code_point(s, max);
    auto const at = [&](std::size_t k) -> std::optional<parse_error> {
        if (cut < s.size() && k >= cut) return parse_error{errc::too_long, static_cast<std::uint32_t>(cut)};
        auto const offset = static_cast<std::uint32_t>(k);
        if (k >= s.size()) return parse_error{k == 0 ? errc::empty : errc::unexpected_end, offset};
        char const b = s[k];
        if (non_ascii_chars(b)) return parse_error{errc::non_ascii, offset};
        if (control_or_space_chars(b)) return parse_error{errc::whitespace, offset};
        return parse_error{refine_model_id_failure(s, k), offset};
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
    return std::nullopt;
}

/// @ref check_model_id's error for a string that is no canonical model id, without the engine where the walk names it.
constexpr parse_error model_id_failure(std::string_view s) noexcept {
    if (auto e = g1_failure(s, 0, max_model_id_size)) return *e;
    return check_model_id(s).value_or(parse_error{errc::bad_model_id, 0});
}

/// @ref check_profile_id's error for `<known geo>.<rest>` that is no profile id, without the engine where it can.
constexpr parse_error profile_id_failure(std::string_view s, std::size_t dot1, bool rest_is_model) noexcept {
    if (rest_is_model && s.size() <= max_profile_id_size) // the grammar passed: the model id names a geo
        return parse_error{errc::doubled_geo, static_cast<std::uint32_t>(dot1 + 1)};
    if (auto e = g1_failure(s, dot1 + 1, max_profile_id_size)) return *e;
    return check_profile_id(s).value_or(parse_error{errc::unknown_geo, 0});
}

constexpr void classify_model_identifier_fast_into(classification& c, std::string_view s,
                                                  bool (*is_catalog_model)(std::string_view)) noexcept {
    if (s.size() >= arn_prefix.size() && s[0] == 'a' && s[1] == 'r' && s[2] == 'n' && s[3] == ':') {
        classify_arn_into(c, s);
        return;
    }
    if (s.size() > max_input_size) {
        c = classify_model_identifier_exact(s, is_catalog_model);
        return;
    }
    auto const scan = scan_model_identifier(s);
    auto const fail = [&c](std::optional<parse_error> e) {
        c.error = e.value_or(parse_error{errc::invalid_character, 0}); // always set: the scan found s invalid
    };
    if (!scan.layout) {
        // No model id and no profile id (both have the layout): a model name, or the error of the first
        // rule that claims the string.
        auto const head = s.substr(0, first_segment_size(s));
        if (head.size() < s.size() && known_geo(head)) return fail(profile_id_failure(s, head.size(), false));
        if (is_model_name(s)) {
            if (s.size() > max_model_name_size)
                return fail(parse_error{errc::too_long, static_cast<std::uint32_t>(max_model_name_size)});
            c.kind = identifier_kind::model_name;
            return;
        }
        if (starts_with_arn_ignoring_case(s)) return fail(parse_error{errc::not_an_arn, 0});
        return fail(model_id_failure(s));
    }
    if (scan.dots == 0) {
        if (is_application_profile_id(s)) {
            c.kind = identifier_kind::application_profile_id;
            c.note = classification_note::ambiguous_twelve_char_id;
            return;
        }
        if (is_model_name(s) && s.size() <= max_model_name_size) {
            c.kind = identifier_kind::model_name;
            return;
        }
        if (is_model_name(s)) return fail(parse_error{errc::too_long, static_cast<std::uint32_t>(max_model_name_size)});
        return fail(model_id_failure(s));
    }
    auto const head = s.substr(0, scan.dot1);
    auto const rest = s.substr(scan.dot1 + 1);
    // the text after the geo is a canonical model id: 1..3 dots of its own, its first segment no geo
    bool const rest_is_model = scan.dots >= 2 && scan.dots <= 4 &&
                               !known_geo(s.substr(scan.dot1 + 1, scan.dot2 - scan.dot1 - 1));
    if (auto const g = known_geo(head)) {
        if (s.size() > max_profile_id_size || !rest_is_model) return fail(profile_id_failure(s, scan.dot1, rest_is_model));
        c.kind = identifier_kind::cross_region_profile_id;
        c.geo = g;
        c.geo_text = head;
        c.model = rest;
        return;
    }
    bool const is_model = scan.dots <= 3 && s.size() <= max_model_id_size;
    if (rest_is_model && s.size() <= max_profile_id_size && is_geo_shaped(head)) {
        bool const profile = !is_model || (is_catalog_model != nullptr
                                               ? is_catalog_model(rest) && !is_catalog_model(s)
                                               : head.size() == 2);
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
    return fail(model_id_failure(s));
}

/** @ref classify_model_identifier_exact in one pass: the layout scan decides every valid non-ARN string; the
    checkers that compute an error's code and offset run only when the answer is `invalid`. */
constexpr classification classify_model_identifier_fast(std::string_view s,
                                                        bool (*is_catalog_model)(std::string_view) = nullptr) noexcept {
    classification c; // one named result, filled in place (no copy of the 232-byte value per return)
    classify_model_identifier_fast_into(c, s, is_catalog_model);
    return c;
}

} // namespace detail

/** Classifies a `modelId` string by the algorithm of `docs/identifiers.md`. The text is read as text from
    the service is: a profile id whose geo this library does not know yet is a profile id, not an error.

    1. `arn:…`: a checked Bedrock ARN (@ref read_bedrock_arn); kind `arn` with `resource` set, or `invalid`
       with the ARN's error.
    2. `[a-z0-9]{12}`: `application_profile_id`, noted as ambiguous.
    3. The text before the first `.` is a known geo: `cross_region_profile_id` when @ref check_profile_id
       passes, else `invalid` with its error (e.g. `doubled_geo`).
    4. `<geo>.<model-id>` with an *unrecognised* geo (@ref check_profile_id_lenient): `cross_region_profile_id`
       with `geo` empty, `geo_text` the geo as written and the note `unrecognised_geo`, when the string is no
       model id itself, or when it is one but a catalog says the text after the first `.` is a model and the
       whole is not (`is_catalog_model`, when given; `openai.gpt-5.6-sol` stays a model id). Without a catalog
       predicate the grammar decides: a two-letter geo (the shape of the country geos).
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
[[nodiscard]] constexpr classification classify_model_identifier(std::string_view s,
                                                                 bool (*is_catalog_model)(std::string_view) = nullptr) noexcept {
    return detail::classify_model_identifier_fast(s, is_catalog_model);
}

/** The strict verdict on a `modelId` string (the strict layer of the runtime and batch identifier shapes):
    @ref classify_model_identifier must not say `invalid`, and a profile id or profile ARN whose geo is
    unrecognised is refused as strict parsing refuses it (@ref parse_bedrock_arn's error; a string that is
    also a canonical model id, `zz.anthropic.claude-v2`, stays the model id it always was).

    @par Example
    @code
    static_assert(!bedrock::check_model_identifier("zz.anthropic.claude-v2"));
    static_assert(bedrock::check_model_identifier(
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0")->code == bedrock::errc::unknown_geo);
    @endcode
*/
[[nodiscard]] constexpr std::optional<parse_error> check_model_identifier(std::string_view s) noexcept {
    auto const c = classify_model_identifier(s);
    if (!c.valid()) return c.error;
    if (!c.geo_unrecognised()) return std::nullopt;
    if (c.arn) return parse_bedrock_arn(s).error();
    return check_model_id(s);
}

} // namespace bedrock

#endif // BEDROCK_CLASSIFY_HPP
