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
    possible_unknown_geo,        ///< a model id that looks like `<geo>.<model-id>` with a geo not in the list (`zz.…`)
};

/** A sentence for a note; `possible_unknown_geo` is completed by `classification::unknown_geo`. */
[[nodiscard]] constexpr std::string_view to_string(classification_note n) noexcept {
    switch (n) {
    case classification_note::none: return "";
    case classification_note::ambiguous_twelve_char_id:
        return "a 12-character id may also name a custom prompt router or a provisioned model";
    case classification_note::possible_unknown_geo: return "possible cross-region profile id with unknown geo";
    }
    return "";
}

/** The result of @ref classify_model_identifier. Views refer to the classified string. */
struct classification {
    identifier_kind kind = identifier_kind::invalid;          ///< what the string is
    std::optional<resource_kind> resource;                    ///< for `arn`: the ARN's resource kind
    std::optional<bedrock_arn> arn;                           ///< for `arn`: the typed ARN
    std::optional<bedrock::geo> geo;                          ///< the geo of a profile id (or profile ARN)
    std::string_view model;                                   ///< the model id part, when there is one
    classification_note note = classification_note::none;    ///< a remark (ambiguity, unknown geo)
    std::string_view unknown_geo;                             ///< for `possible_unknown_geo`: the prefix (`zz`)
    parse_error error;                                        ///< for `invalid`: why and where

    /// True unless `kind` is `invalid`.
    [[nodiscard]] constexpr bool valid() const noexcept { return kind != identifier_kind::invalid; }
    /// True for the ambiguous 12-character id.
    [[nodiscard]] constexpr bool ambiguous() const noexcept { return note == classification_note::ambiguous_twelve_char_id; }
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

/** Classifies a `modelId` string by the algorithm of `docs/identifiers.md`.

    1. `arn:…`: a strictly checked Bedrock ARN (@ref parse_bedrock_arn); kind `arn` with `resource` set,
       or `invalid` with the ARN's error.
    2. `[a-z0-9]{12}`: `application_profile_id`, noted as ambiguous.
    3. The text before the first `.` is a known geo: `cross_region_profile_id` when @ref check_profile_id
       passes, else `invalid` with its error (e.g. `doubled_geo`).
    4. G1 and at most 140 bytes: `foundation_model_id`. When the text after the first `.` is itself a
       model id of the catalog (`is_catalog_model`, when given) the id is noted as a possible profile id with
       an unknown geo (`zz.anthropic.…`). Without a catalog predicate the grammar decides: the prefix is two
       lowercase letters (the shape of the country geos) and the rest is a G1 model id.
    5. `([0-9a-zA-Z][_-]?)+` of at most 63 bytes (ProvisionedModelName, CustomModelName): `model_name`;
       longer, `invalid` with `too_long` at 63.
    6. Otherwise `invalid`: `not_an_arn` at 0 for a differently cased `ARN:` prefix, else the model-id error.

    @param is_catalog_model optional predicate "is this a catalog model id" (this header does not depend
    on the catalog).
    @par Example
    @code
    constexpr auto c = bedrock::classify_model_identifier("us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    static_assert(c.kind == bedrock::identifier_kind::cross_region_profile_id && c.geo == bedrock::geo::us);
    constexpr auto d = bedrock::classify_model_identifier("zz.anthropic.claude-sonnet-4-5-20250929-v1:0");
    static_assert(d.kind == bedrock::identifier_kind::foundation_model_id && d.unknown_geo == "zz");
    @endcode
*/
[[nodiscard]] constexpr classification classify_model_identifier(std::string_view s,
                                                                 bool (*is_catalog_model)(std::string_view) = nullptr) noexcept {
    classification c;
    if (s.substr(0, arn_prefix.size()) == arn_prefix) {
        auto const a = parse_bedrock_arn(s);
        if (!a) {
            c.error = a.error();
            return c;
        }
        c.kind = identifier_kind::arn;
        c.resource = a->kind;
        c.arn = *a;
        c.geo = a->geo;
        c.model = a->model;
        return c;
    }
    if (!check_application_profile_id(s)) {
        c.kind = identifier_kind::application_profile_id;
        c.note = classification_note::ambiguous_twelve_char_id;
        return c;
    }
    auto const head_size = detail::first_segment_size(s);
    auto const head = s.substr(0, head_size);
    if (head_size < s.size() && parse_geo(head)) {
        if (auto e = check_profile_id(s)) {
            c.error = *e;
            return c;
        }
        c.kind = identifier_kind::cross_region_profile_id;
        c.geo = parse_geo(head);
        c.model = s.substr(head_size + 1);
        return c;
    }
    auto const model_error = check_model_id(s);
    if (!model_error) {
        c.kind = identifier_kind::foundation_model_id;
        c.model = s;
        auto const rest = s.substr(head_size + 1);
        bool suspicious = false;
        if (is_catalog_model != nullptr) {
            suspicious = is_catalog_model(rest);
        } else {
            suspicious = head.size() == 2 && detail::lower_chars(head[0]) && detail::lower_chars(head[1]) &&
                         !check_model_id(rest, model_id_grammar::g1);
        }
        if (suspicious) {
            c.note = classification_note::possible_unknown_geo;
            c.unknown_geo = head;
        }
        return c;
    }
    if (!detail::check_full(detail::model_name_rule, s, 1, detail::unbounded)) {
        // ProvisionedModelName and CustomModelName are 1..63 characters; a longer name is no identifier AWS
        // accepts, so it is `invalid` (too_long at 63) rather than a model name of unbounded length.
        if (s.size() > max_model_name_size) {
            c.error = parse_error{errc::too_long, static_cast<std::uint32_t>(max_model_name_size)};
            return c;
        }
        c.kind = identifier_kind::model_name;
        return c;
    }
    if (detail::starts_with_arn_ignoring_case(s)) c.error = parse_error{errc::not_an_arn, 0};
    else c.error = *model_error;
    return c;
}

} // namespace bedrock

#endif // BEDROCK_CLASSIFY_HPP
