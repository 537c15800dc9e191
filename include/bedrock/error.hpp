#ifndef BEDROCK_ERROR_HPP
#define BEDROCK_ERROR_HPP

#include <bedrock/wire_name.hpp>

#include <array>         // std::array (the wire table)
#include <cstddef>       // std::size_t (max_input_size)
#include <cstdint>       // std::uint8_t, std::uint32_t
#include <string>        // std::string (error_category::message)
#include <string_view>   // std::string_view
#include <system_error>  // std::error_code interop

namespace bedrock {

/** Why a string was rejected.

    Every parser and validator in the library reports one of these codes together with the byte offset
    where the input stopped being valid (see @ref parse_error). The numeric values are stable within a
    major version; the wire spelling is given by @ref to_string.

    Codes are grouped: the generic ones first, then ARN parts, then identifiers, then names and tags.
*/
enum class errc : std::uint8_t {
    ok = 0,                    ///< No error.
    // generic
    empty,                     ///< The input is empty but the shape needs at least one character.
    too_long,                  ///< The input is longer than the shape's maximum length.
    too_short,                 ///< The input is shorter than the shape's minimum length.
    non_ascii,                 ///< A byte outside ASCII where only ASCII is allowed.
    whitespace,                ///< A whitespace or control character where none is allowed.
    uppercase,                 ///< An uppercase letter where the shape allows only lowercase.
    invalid_character,         ///< A character that the shape does not allow at this position.
    unexpected_end,            ///< The input ends where more characters are required.
    // ARN structure
    not_an_arn,                ///< The input does not start with the lowercase prefix `arn:`.
    missing_component,         ///< The ARN has fewer than six `:`-separated components.
    bad_partition,             ///< The partition is not `aws` or `aws-<suffix>`, or not allowed by this shape.
    unknown_partition,         ///< (strict) The partition is well formed but not a known AWS partition.
    bad_service,               ///< The service is not the one this ARN kind needs (`bedrock`, `sagemaker`).
    bad_region,                ///< The region is not 1-20 characters of `[a-z0-9-]`.
    region_required,           ///< The region is empty but this ARN kind needs one.
    unknown_region,            ///< (strict) No partition claims this region.
    region_partition_mismatch, ///< (strict) The region belongs to another partition than the ARN's.
    bad_account,               ///< The account is not exactly 12 decimal digits.
    account_required,          ///< The account is empty but this ARN kind needs one.
    account_not_allowed,       ///< The account must be empty for this ARN kind (foundation models).
    unknown_resource_type,     ///< The resource type is not a known Bedrock resource kind.
    wrong_resource_type,       ///< The resource type is a Bedrock kind, but not one this shape accepts.
    missing_resource_delimiter,///< The resource type is not followed by `/`.
    missing_resource_id,       ///< Nothing follows `<type>/`.
    bad_resource_id,           ///< The resource id does not follow the grammar of its kind.
    // model ids and profile ids
    bad_model_id,              ///< The text is not a model id (`provider.name[:version]`).
    segment_too_long,          ///< A segment of a model id is longer than 63 characters.
    empty_segment,             ///< A model id has an empty segment (`a..b`, `v2::0`).
    too_many_segments,         ///< A model id has more `.`-separated segments than allowed.
    too_many_suffixes,         ///< A model id has more `:`-separated suffixes than allowed.
    unknown_geo,               ///< (strict) The prefix before the first `.` is not a known geo.
    doubled_geo,               ///< (strict) The model id after the geo starts with a geo again (`us.us.…`).
    geo_prefixed_model_id,     ///< (strict) A foundation-model id starts with a geo (`us.…`): it is a profile id.
    geo_partition_mismatch,    ///< (strict) The profile's geo belongs to another partition than the ARN's.
    // names, descriptions, tags
    bad_separator,             ///< A separator (space, `_`, `-`) leads or follows another separator.
    trailing_separator,        ///< (strict) A name or description ends with a separator.
    too_many_items,            ///< A list has more items than the shape allows.
    duplicate_key,             ///< A key appears twice where keys must be unique.
    // semantics
    not_cross_region_capable,  ///< The model does not support cross-region inference.
    unknown_model,             ///< The model id is not in the catalog.
    geo_not_offered,           ///< AWS offers no system-defined profile of the model in this geo.
    // Bedrock ARN kinds beyond inference (issue 11)
    region_not_allowed,        ///< The region must be empty for this ARN kind (`system-tool`).
    bad_alias_id,              ///< The alias id of an agent or flow alias is not 10 letters or digits.
    bad_execution_id,          ///< A flow execution id is not `/execution/` and 1 to 36 of a-z, A-Z, 0-9, '-'.
    missing_alias,             ///< A `flow/<id>/` ARN does not continue with `alias/`.
};

namespace detail {
using std::string_view_literals::operator""sv;  // the tables' literals carry their length (nothing to evaluate)

/// The wire spellings of @ref errc (`docs/errors.md`), in enum order: @ref wire_names<errc>.
inline constexpr std::array<std::string_view, 46> errc_names{
    "ok"sv,
    "empty"sv,
    "too_long"sv,
    "too_short"sv,
    "non_ascii"sv,
    "whitespace"sv,
    "uppercase"sv,
    "invalid_character"sv,
    "unexpected_end"sv,
    "not_an_arn"sv,
    "missing_component"sv,
    "bad_partition"sv,
    "unknown_partition"sv,
    "bad_service"sv,
    "bad_region"sv,
    "region_required"sv,
    "unknown_region"sv,
    "region_partition_mismatch"sv,
    "bad_account"sv,
    "account_required"sv,
    "account_not_allowed"sv,
    "unknown_resource_type"sv,
    "wrong_resource_type"sv,
    "missing_resource_delimiter"sv,
    "missing_resource_id"sv,
    "bad_resource_id"sv,
    "bad_model_id"sv,
    "segment_too_long"sv,
    "empty_segment"sv,
    "too_many_segments"sv,
    "too_many_suffixes"sv,
    "unknown_geo"sv,
    "doubled_geo"sv,
    "geo_prefixed_model_id"sv,
    "geo_partition_mismatch"sv,
    "bad_separator"sv,
    "trailing_separator"sv,
    "too_many_items"sv,
    "duplicate_key"sv,
    "not_cross_region_capable"sv,
    "unknown_model"sv,
    "geo_not_offered"sv,
    "region_not_allowed"sv,
    "bad_alias_id"sv,
    "bad_execution_id"sv,
    "missing_alias"sv,
};
} // namespace detail

/// The wire spellings of @ref errc (`docs/errors.md`), in enum order (the table is `detail::errc_names`, whose
/// `sv` literals spare the compiler a length computation per entry on every include).
template <>
struct wire_names<errc> {
    static constexpr auto const& names = detail::errc_names;
};

/** The wire spelling of an error code, e.g. `"too_long"`. Never allocates. */
[[nodiscard]] constexpr std::string_view to_string(errc e) noexcept { return wire_name(e); }

/** A human-readable sentence for an error code. Static text: never allocates. */
[[nodiscard]] constexpr std::string_view message(errc e) noexcept {
    switch (e) {
    case errc::ok: return "no error";
    case errc::empty: return "the value is empty";
    case errc::too_long: return "the value is longer than the maximum length";
    case errc::too_short: return "the value is shorter than the minimum length";
    case errc::non_ascii: return "a non-ASCII byte is not allowed here";
    case errc::whitespace: return "whitespace or a control character is not allowed here";
    case errc::uppercase: return "an uppercase letter is not allowed here";
    case errc::invalid_character: return "this character is not allowed here";
    case errc::unexpected_end: return "the value ends too early";
    case errc::not_an_arn: return "an ARN must start with \"arn:\"";
    case errc::missing_component: return "an ARN needs six components: arn:partition:service:region:account:resource";
    case errc::bad_partition: return "the partition is not one this ARN accepts";
    case errc::unknown_partition: return "the partition is not a known AWS partition";
    case errc::bad_service: return "the service is not the one this ARN needs";
    case errc::bad_region: return "a region is 1 to 20 characters of a-z, 0-9 and '-'";
    case errc::region_required: return "this ARN needs a region";
    case errc::unknown_region: return "no AWS partition has this region";
    case errc::region_partition_mismatch: return "the region belongs to another partition";
    case errc::bad_account: return "an account id is exactly 12 digits";
    case errc::account_required: return "this ARN needs an account id";
    case errc::account_not_allowed: return "this ARN must have an empty account id";
    case errc::unknown_resource_type: return "the resource type is not a Bedrock resource type";
    case errc::wrong_resource_type: return "this resource type is not accepted here";
    case errc::missing_resource_delimiter: return "the resource type must be followed by '/'";
    case errc::missing_resource_id: return "the resource id is missing";
    case errc::bad_resource_id: return "the resource id does not fit its resource type";
    case errc::bad_model_id: return "a model id is provider.name with optional :version suffixes";
    case errc::segment_too_long: return "a model id segment is longer than 63 characters";
    case errc::empty_segment: return "a model id segment is empty";
    case errc::too_many_segments: return "the model id has too many '.'-separated segments";
    case errc::too_many_suffixes: return "the model id has too many ':'-separated suffixes";
    case errc::unknown_geo: return "the prefix is not a known cross-region geo";
    case errc::doubled_geo: return "the geo prefix is repeated";
    case errc::geo_prefixed_model_id: return "a foundation-model id cannot start with a cross-region geo; this is a profile id";
    case errc::geo_partition_mismatch: return "the profile's geo belongs to another partition than the ARN";
    case errc::bad_separator: return "a separator (space, '_' or '-') must follow a letter or digit";
    case errc::trailing_separator: return "the value ends with a separator";
    case errc::too_many_items: return "the list has more items than allowed";
    case errc::duplicate_key: return "the key appears more than once";
    case errc::not_cross_region_capable: return "the model does not support cross-region inference";
    case errc::unknown_model: return "the model id is not in the catalog";
    case errc::geo_not_offered: return "the model has no system-defined inference profile in this geo";
    case errc::region_not_allowed: return "this ARN must have an empty region";
    case errc::bad_alias_id: return "an alias id is 10 letters or digits";
    case errc::bad_execution_id: return "a flow execution is /execution/ and 1 to 36 letters, digits or '-'";
    case errc::missing_alias: return "a flow ARN continues only with /alias/<alias-id>";
    }
    return "unknown error";
}

/** The longest input any parser accepts (bytes); longer input fails with `errc::too_long`. This keeps every
    offset within `std::uint32_t`. */
inline constexpr std::size_t max_input_size = 0x7FFF'FFFF;

/** Where and why a parse or validation failed.

    `offset` is the 0-based byte offset of the first byte at which the input can no longer become valid,
    or the input's length when the input is a valid prefix that ends too early.
*/
struct parse_error {
    errc code = errc::ok;      ///< What went wrong.
    std::uint32_t offset = 0;  ///< Byte offset into the input.

    /// The static sentence describing `code`.
    [[nodiscard]] constexpr std::string_view message() const noexcept { return bedrock::message(code); }
    friend constexpr bool operator==(parse_error const&, parse_error const&) noexcept = default;
};

namespace detail {
class error_category_impl final : public std::error_category {
public:
    [[nodiscard]] char const* name() const noexcept override { return "bedrock"; }
    [[nodiscard]] std::string message(int ev) const override {
        auto const m = bedrock::message(static_cast<errc>(ev));
        return std::string(m.data(), m.size()); // not std::string(m), a constructor template instantiated on include
    }
};
} // namespace detail

/** The `std::error_category` of @ref errc, for code that works with `std::error_code`. */
[[nodiscard]] inline std::error_category const& error_category() noexcept {
    static detail::error_category_impl const instance;
    return instance;
}

/** Converts an @ref errc to a `std::error_code` (the offset is lost). */
[[nodiscard]] inline std::error_code make_error_code(errc e) noexcept {
    return {static_cast<int>(e), error_category()};
}

} // namespace bedrock

template <>
struct std::is_error_code_enum<bedrock::errc> : std::true_type {};

#endif // BEDROCK_ERROR_HPP
