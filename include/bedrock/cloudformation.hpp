#ifndef BEDROCK_CLOUDFORMATION_HPP
#define BEDROCK_CLOUDFORMATION_HPP

/** @file
    CloudFormation documents as plain C++ aggregates: property values with intrinsic functions (`cfn_expr`:
    `Ref`, `Fn::GetAtt`, `Fn::Join`, `Fn::Sub`), `AWS::Bedrock::ApplicationInferenceProfile` resources, template
    fragments with outputs, and how the CDK writes a template (pseudo parameters as `Fn::Join`, tag order).
    JSON comes from `<bedrock/json/cloudformation.hpp>`.

    @par Specification
    [AWS::Bedrock::ApplicationInferenceProfile](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-bedrock-applicationinferenceprofile.html);
    [Intrinsic function reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html);
    `docs/json.md`, `docs/application-profiles.md`.
*/

#include <bedrock/api.hpp>

#include <algorithm>    // std::stable_sort (tag order)
#include <array>        // std::array (collation table)
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint8_t
#include <optional>     // std::optional (optional members)
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::pair, std::move
#include <variant>      // std::variant (cfn_expr)
#include <vector>       // std::vector

namespace bedrock {
// ----------------------------------------------------------------------------------------------------------
// CloudFormation (`docs/json.md`)
// ----------------------------------------------------------------------------------------------------------

/** `{"Ref": name}`, e.g. a pseudo parameter `AWS::Partition` or a logical id. */
struct cfn_ref {
    std::string name; ///< logical id or pseudo parameter
    friend bool operator==(cfn_ref const&, cfn_ref const&) = default;
};

/** `{"Fn::GetAtt": [logical_id, attribute]}`. */
struct cfn_get_att {
    std::string logical_id; ///< resource logical id
    std::string attribute;  ///< e.g. `InferenceProfileArn`
    friend bool operator==(cfn_get_att const&, cfn_get_att const&) = default;
};

/** `{"Fn::Sub": text}` (string form; `${AWS::Region}` etc. are substituted by CloudFormation). */
struct cfn_sub {
    std::string text; ///< template text with `${…}` references
    friend bool operator==(cfn_sub const&, cfn_sub const&) = default;
};

struct cfn_expr;

/** `{"Fn::Join": [delimiter, [parts…]]}`. */
struct cfn_join {
    std::string delimiter;       ///< usually `""`
    std::vector<cfn_expr> parts; ///< strings and nested intrinsic functions
};

/** A CloudFormation property value: a plain string or one of the intrinsic functions
    `Ref`, `Fn::GetAtt`, `Fn::Sub`, `Fn::Join`.

    @par Example
    @code
    bedrock::cfn_expr plain{"analytics-nova-pro"};
    bedrock::cfn_expr arn{bedrock::cfn_get_att{"Profile6F32097C", "InferenceProfileArn"}};
    assert(plain.is_string() && !arn.is_string());
    @endcode
*/
struct cfn_expr {
    /// The alternatives, in the order the JSON reader tries them.
    using variant_type = std::variant<std::string, cfn_ref, cfn_get_att, cfn_sub, cfn_join>;
    variant_type value; ///< the expression

    /// An empty string.
    cfn_expr() = default;
    /// A plain string (implicit: a literal is a value).
    cfn_expr(std::string s) : value(std::move(s)) {}         // NOLINT
    /// A plain string.
    cfn_expr(char const* s) : value(std::string(s)) {}       // NOLINT
    /// `{"Ref": …}`.
    cfn_expr(cfn_ref r) : value(std::move(r)) {}             // NOLINT
    /// `{"Fn::GetAtt": […]}`.
    cfn_expr(cfn_get_att g) : value(std::move(g)) {}         // NOLINT
    /// `{"Fn::Sub": …}`.
    cfn_expr(cfn_sub s) : value(std::move(s)) {}             // NOLINT
    /// `{"Fn::Join": […]}`.
    cfn_expr(cfn_join j) : value(std::move(j)) {}            // NOLINT

    /// True when the value is a plain string (not an intrinsic function).
    [[nodiscard]] bool is_string() const noexcept { return std::holds_alternative<std::string>(value); }
    /// The plain string, or nullptr for an intrinsic function.
    [[nodiscard]] std::string const* string() const noexcept { return std::get_if<std::string>(&value); }
};

/// Deep equality of two joins.
inline bool operator==(cfn_join const& a, cfn_join const& b) {
    if (a.delimiter != b.delimiter || a.parts.size() != b.parts.size()) return false;
    for (std::size_t i = 0; i < a.parts.size(); ++i)
        if (!(a.parts[i].value == b.parts[i].value)) return false;
    return true;
}
/// Deep equality of two expressions.
inline bool operator==(cfn_expr const& a, cfn_expr const& b) { return a.value == b.value; }

/** How an ARN holding pseudo parameters (`${AWS::Partition}`, `${AWS::Region}`, `${AWS::AccountId}`) is
    written into a template. The references write `Fn::Join`; that is the default here. */
enum class cfn_pseudo_style : std::uint8_t {
    join, ///< `{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, …]]}`, as the CDK does
    sub,  ///< `{"Fn::Sub": "arn:${AWS::Partition}:…"}`
};

/** Turns text with `${AWS::…}` pseudo-parameter references into a template value.

    Text without such a reference stays a plain string. With `join`, literal runs and `{"Ref": "AWS::…"}`
    alternate exactly as aws-cdk-lib's token resolution writes them.

    @par Example
    @code
    auto e = bedrock::make_cfn_expr("arn:${AWS::Partition}:bedrock:*::foundation-model/a.b");
    // {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":bedrock:*::foundation-model/a.b"]]}
    @endcode
*/
template <int = 0>  // a template: a TU that never calls it does not instantiate its vector<cfn_expr> growth (issue 9)
[[nodiscard]] cfn_expr make_cfn_expr(std::string_view text, cfn_pseudo_style style = cfn_pseudo_style::join) {
    constexpr std::string_view open = "${AWS::";
    if (text.find(open) == std::string_view::npos) return cfn_expr{std::string(text)};
    if (style == cfn_pseudo_style::sub) return cfn_expr{cfn_sub{std::string(text)}};
    cfn_join j;
    std::string literal;
    std::size_t i = 0;
    while (i < text.size()) {
        auto const p = text.find(open, i);
        auto const close = p == std::string_view::npos ? p : text.find('}', p);
        if (p == std::string_view::npos || close == std::string_view::npos) {
            literal.append(text.substr(i));
            break;
        }
        literal.append(text.substr(i, p - i));
        if (!literal.empty()) j.parts.emplace_back(std::move(literal));
        literal.clear();
        j.parts.emplace_back(cfn_ref{std::string(text.substr(p + 2, close - p - 2))});
        i = close + 1;
    }
    if (!literal.empty()) j.parts.emplace_back(std::move(literal));
    return cfn_expr{std::move(j)};
}

/** `InferenceProfileModelSource` in CloudFormation spelling (`CopyFrom`). */
struct cfn_model_source {
    cfn_expr copy_from; ///< required
    friend bool operator==(cfn_model_source const&, cfn_model_source const&) = default;
};

/** A CloudFormation `Tag` (`Key`/`Value`; the API spells them `key`/`value`). */
struct cfn_tag {
    cfn_expr key;   ///< required, 1..128
    cfn_expr value; ///< required, 0..256
    friend bool operator==(cfn_tag const&, cfn_tag const&) = default;
};

/** The `Properties` of `AWS::Bedrock::ApplicationInferenceProfile` (`docs/json.md`; `additionalProperties: false`). */
struct cfn_application_inference_profile_properties {
    cfn_expr inference_profile_name;                ///< required, 1..64
    std::optional<cfn_expr> description;            ///< optional, 1..200
    std::optional<cfn_model_source> model_source;   ///< optional in the schema (createOnly, writeOnly)
    std::optional<std::vector<cfn_tag>> tags;       ///< optional, at most 200
    friend bool operator==(cfn_application_inference_profile_properties const&,
                           cfn_application_inference_profile_properties const&) = default;
};

/// The CloudFormation type name of an application inference profile.
inline constexpr std::string_view cfn_application_inference_profile_type = "AWS::Bedrock::ApplicationInferenceProfile";

/** A resource of type `AWS::Bedrock::ApplicationInferenceProfile`. */
struct cfn_application_inference_profile {
    std::string type{cfn_application_inference_profile_type};     ///< `Type`; must be the constant above
    cfn_application_inference_profile_properties properties;      ///< `Properties`
    friend bool operator==(cfn_application_inference_profile const&, cfn_application_inference_profile const&) = default;
};

/** A JSON object whose keys are kept in document order (template `Resources`, `Outputs`). */
template <class T>
using ordered_members = std::vector<std::pair<std::string, T>>;

/** `Export` of a template output. */
struct cfn_export {
    cfn_expr name; ///< `Name`
    friend bool operator==(cfn_export const&, cfn_export const&) = default;
};

/** An entry of the template's `Outputs`. */
struct cfn_output {
    std::optional<std::string> description; ///< `Description`
    cfn_expr value;                         ///< `Value`, required
    std::optional<cfn_export> export_;      ///< `Export`
    friend bool operator==(cfn_output const&, cfn_output const&) = default;
};

/** A template fragment whose resources are application inference profiles (strict: other members or other
    resource types are rejected when read).

    @par Example
    @code
    bedrock::cfn_template t;
    t.resources.emplace_back("Profile", bedrock::cfn_application_inference_profile{});
    @endcode
*/
struct cfn_template {
    std::optional<std::string> aws_template_format_version;              ///< `AWSTemplateFormatVersion`
    std::optional<std::string> description;                              ///< `Description`
    ordered_members<cfn_application_inference_profile> resources;        ///< `Resources`, required
    std::optional<ordered_members<cfn_output>> outputs;                  ///< `Outputs`
    friend bool operator==(cfn_template const&, cfn_template const&) = default;
};


// ---------------------------------------------------------------------------------------------------------
// Tag order as the references emit it: String.prototype.localeCompare (ICU root collation)
// ---------------------------------------------------------------------------------------------------------

namespace detail {
/// ICU root (CLDR) primary order of ASCII: controls are ignorable, then whitespace, punctuation, symbols,
/// digits, letters (a/A share a primary weight). Checked against node's localeCompare for all 128 characters.
inline constexpr std::string_view cdk_primary_order =
    "\t\n\v\f\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";

struct collation_weights {
    std::array<std::uint16_t, 256> primary{};  ///< 0 = completely ignorable
    std::array<std::uint8_t, 256> tertiary{};  ///< 1 = upper case
};

constexpr collation_weights make_collation_weights() noexcept {
    collation_weights w{};
    std::uint16_t next = 1;
    for (std::size_t i = 0; i < cdk_primary_order.size(); ++i) {
        char const c = cdk_primary_order[i];
        bool const upper = c >= 'A' && c <= 'Z';
        if (!upper) ++next; // an upper-case letter shares the primary weight of the lower-case one before it
        w.primary[static_cast<unsigned char>(c)] = next;
        w.tertiary[static_cast<unsigned char>(c)] = upper ? 1 : 0;
    }
    // bytes >= 0x80 (non-ASCII): after every ASCII character, in byte order (an approximation of ICU)
    for (std::size_t b = 0x80; b < 256; ++b) w.primary[b] = static_cast<std::uint16_t>(next + 1 + (b - 0x80));
    return w;
}
inline constexpr collation_weights cdk_collation = make_collation_weights();
} // namespace detail

/** Compares two strings as JavaScript's `a.localeCompare(b)` does in node (ICU root collation, tertiary
    strength): exact for ASCII, byte order after ASCII for other bytes.

    Primary weights first (case-insensitive, controls ignored), then case (lower before upper). Returns
    a negative number, zero or a positive number.

    @par Example
    @code
    static_assert(bedrock::cdk_collate("_x", "-x") < 0);  // '_' sorts before '-'
    static_assert(bedrock::cdk_collate("a", "A") < 0);
    static_assert(bedrock::cdk_collate("A", "a b") < 0);  // primary difference wins over case
    static_assert(bedrock::cdk_collate("a10", "a2") < 0);  // not numeric
    @endcode
*/
[[nodiscard]] constexpr int cdk_collate(std::string_view a, std::string_view b) noexcept {
    auto const& w = detail::cdk_collation;
    auto next = [&](std::string_view s, std::size_t& i) -> int {
        while (i < s.size()) {
            auto const c = static_cast<unsigned char>(s[i++]);
            if (w.primary[c] != 0) return c;
        }
        return -1;
    };
    {
        std::size_t i = 0, j = 0;
        for (;;) {
            int const x = next(a, i), y = next(b, j);
            if (x < 0 || y < 0) {
                if (x != y) return x < 0 ? -1 : 1;
                break;
            }
            if (w.primary[x] != w.primary[y]) return w.primary[x] < w.primary[y] ? -1 : 1;
        }
    }
    std::size_t i = 0, j = 0;
    for (;;) {
        int const x = next(a, i), y = next(b, j);
        if (x < 0 || y < 0) return 0;
        if (w.tertiary[x] != w.tertiary[y]) return w.tertiary[x] < w.tertiary[y] ? -1 : 1;
    }
}

/** Orders tags as aws-cdk-lib's TagManager writes them into a template: a repeated key keeps its first
    position and its last value, then a stable sort by key with @ref cdk_collate.

    @par Example
    @code
    std::vector<bedrock::tag> t{{"b", "1"}, {"A", "2"}, {"a", "3"}, {"b", "4"}};
    bedrock::sort_tags_like_cdk(t);  // {"a","3"}, {"A","2"}, {"b","4"}
    @endcode
*/
template <int = 0>  // a template: a TU that never calls it does not instantiate its two std::stable_sort (issue 9)
void sort_tags_like_cdk(std::vector<tag>& tags) {
    // Group equal keys in n log n (a search of the kept tags per tag was quadratic): sort positions by
    // key, stably, so each group starts at the key's first position and ends at its last.
    std::vector<std::size_t> by_key(tags.size());
    for (std::size_t i = 0; i < by_key.size(); ++i) by_key[i] = i;
    std::stable_sort(by_key.begin(), by_key.end(), [&](std::size_t x, std::size_t y) { return tags[x].key < tags[y].key; });
    std::vector<std::size_t> last_of(tags.size(), tags.size()); // for a key's first position: its last one
    for (std::size_t g = 0; g < by_key.size();) {
        std::size_t h = g + 1;
        while (h < by_key.size() && tags[by_key[h]].key == tags[by_key[g]].key) ++h;
        last_of[by_key[g]] = by_key[h - 1];
        g = h;
    }
    std::vector<tag> unique;
    unique.reserve(tags.size());
    for (std::size_t i = 0; i < tags.size(); ++i) {
        if (last_of[i] == tags.size()) continue; // a repeat: its key is kept at its first position
        unique.push_back({std::move(tags[i].key), std::move(tags[last_of[i]].value)});
    }
    std::stable_sort(unique.begin(), unique.end(),
                     [](tag const& x, tag const& y) { return cdk_collate(x.key, y.key) < 0; });
    tags = std::move(unique);
}

} // namespace bedrock

#endif // BEDROCK_CLOUDFORMATION_HPP
