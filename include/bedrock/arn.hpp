#ifndef BEDROCK_ARN_HPP
#define BEDROCK_ARN_HPP

/** @file
    Amazon Resource Names of any service: the generic `arn_view` (parse, format, compare, hash) and
    `arn_parts`. The Bedrock resource kinds and the strictly checked `bedrock_arn` are in
    `<bedrock/bedrock_arn.hpp>`; building Bedrock ARNs in a concrete or template environment is in
    `<bedrock/arn_environment.hpp>`.

    @par BNF
    @code
    arn      = "arn:" partition ":" service ":" region ":" account ":" resource   ; split on the first five ":"
    resource = type ( "/" / ":" ) id / id                                         ; type ends at the first "/" or ":"
    @endcode
    @par Specification
    [Amazon Resource Names (ARNs)](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html);
    botocore `ArnParser` (`botocore/utils.py`); `docs/identifiers.md`.
*/

#include <bedrock/detail/dependent.hpp>
#include <bedrock/error.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/result.hpp>

#include <array>             // std::array (colon positions)
#include <compare>           // std::strong_ordering (operator<=>)
#include <cstddef>           // std::size_t
#include <cstdint>           // std::uint32_t
#include <initializer_list>  // std::initializer_list (resource pieces of the one ARN writer)
#include <optional>          // std::optional (check_account_id)
#include <string>            // std::string (to_string)
#include <string_view>       // std::string_view, std::hash<std::string_view>

namespace bedrock {

/** The longest ARN any Bedrock shape admits (InferenceProfileArn and friends: 2048). */
inline constexpr std::size_t max_arn_size = 2048;

/** The five parts of an ARN, as text. Used to build (format) an ARN; @ref arn_view is the parsed form.

    @par Example
    @code
    bedrock::arn_parts p{"aws", "bedrock", "us-east-1", "", "foundation-model/amazon.nova-pro-v1:0"};
    assert(bedrock::to_string(p) == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    @endcode
*/
struct arn_parts {
    std::string_view partition; ///< `aws`, `aws-us-gov`, …
    std::string_view service;   ///< `bedrock`, `sagemaker`, …
    std::string_view region;    ///< may be empty
    std::string_view account;   ///< may be empty
    std::string_view resource;  ///< everything after the fifth `:`
};

/** The text every ARN starts with. */
inline constexpr std::string_view arn_prefix = "arn:";

namespace detail {

/// The number of bytes write_arn writes.
constexpr std::size_t arn_size(std::string_view partition, std::string_view service, std::string_view region,
                               std::string_view account, std::initializer_list<std::string_view> resource) noexcept {
    std::size_t n = arn_prefix.size() + partition.size() + 1 + service.size() + 1 + region.size() + 1 + account.size() + 1;
    for (auto piece : resource) n += piece.size();
    return n;
}

/** The one place in the library that writes ARN text: `arn:<partition>:<service>:<region>:<account>:` then the
    pieces of the resource, into [first, last). Returns one past the last byte written, or `nullptr` (nothing
    written) when the range is too small. Every builder (`format_to`, `format_bedrock_arn` of
    `<bedrock/arn_environment.hpp>`) ends here. */
constexpr char* write_arn(std::string_view partition, std::string_view service, std::string_view region,
                          std::string_view account, std::initializer_list<std::string_view> resource, char* first,
                          char* last) noexcept {
    if (first == nullptr || last < first ||
        static_cast<std::size_t>(last - first) < arn_size(partition, service, region, account, resource))
        return nullptr;
    auto put = [&first](std::string_view s) {
        for (char c : s) *first++ = c;
    };
    put(arn_prefix);
    put(partition);
    put(":");
    put(service);
    put(":");
    put(region);
    put(":");
    put(account);
    put(":");
    for (auto piece : resource) put(piece);
    return first;
}

} // namespace detail

/** The number of bytes @ref format_to writes for `p`. */
[[nodiscard]] constexpr std::size_t formatted_size(arn_parts const& p) noexcept {
    return detail::arn_size(p.partition, p.service, p.region, p.account, {p.resource});
}

/** Writes `arn:<partition>:<service>:<region>:<account>:<resource>` into [first, last).

    @return one past the last byte written, or `nullptr` (nothing written) when the range is smaller than
    `formatted_size(p)`. Never allocates.
    @par Example
    @code
    char buf[128];
    char* end = bedrock::format_to(bedrock::arn_parts{"aws", "bedrock", "us-east-1", "123456789012", "prompt-router/abcdef012345"}, buf, buf + sizeof buf);
    assert(end && std::string_view(buf, end) == "arn:aws:bedrock:us-east-1:123456789012:prompt-router/abcdef012345");
    @endcode
*/
constexpr char* format_to(arn_parts const& p, char* first, char* last) noexcept {
    return detail::write_arn(p.partition, p.service, p.region, p.account, {p.resource}, first, last);
}

/** Formats `p` as a `std::string`. */
[[nodiscard]] inline std::string to_string(arn_parts const& p) {
    std::string s(formatted_size(p), '\0');
    format_to(p, s.data(), s.data() + s.size());
    return s;
}

namespace detail {
struct arn_view_access;
} // namespace detail

/** A parsed ARN: a non-owning view of the caller's text with the positions of its parts.

    The view refers to the caller's characters, which must outlive it. Only the ARN structure is checked
    (botocore `ArnParser`): the lowercase prefix `arn:`, five `:` separators, and non-empty partition,
    service and resource. The parts' contents are not checked here; @ref parse_bedrock_arn does that.

    The resource type ends at the first `/` or `:` of the resource, whichever comes first (botocore
    `aws.parseArn`); without either, the type is empty and the id is the whole resource (`arn:aws:s3:::bucket`).

    @par Example
    @code
    constexpr auto a = bedrock::parse_arn("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0");
    static_assert(a && a->region() == "us-east-1" && a->resource_type() == "inference-profile");
    static_assert(a->resource_id() == "us.amazon.nova-pro-v1:0");
    @endcode
*/
class arn_view {
public:
    /// An empty view (not a valid ARN; what a default-constructed result holds).
    constexpr arn_view() noexcept = default;

    /// The whole ARN.
    [[nodiscard]] constexpr std::string_view str() const noexcept { return text_; }
    /// The partition text (`aws-us-gov`); see @ref partition_id for the enum.
    [[nodiscard]] constexpr std::string_view partition() const noexcept { return part(0); }
    /// The service (`bedrock`).
    [[nodiscard]] constexpr std::string_view service() const noexcept { return part(1); }
    /// The region; may be empty.
    [[nodiscard]] constexpr std::string_view region() const noexcept { return part(2); }
    /// The account; may be empty.
    [[nodiscard]] constexpr std::string_view account() const noexcept { return part(3); }
    /// Everything after the fifth `:`.
    [[nodiscard]] constexpr std::string_view resource() const noexcept { return text_.substr(colon_[3] + 1); }
    /// The resource type: the resource up to its first `/` or `:`; empty when there is neither.
    [[nodiscard]] constexpr std::string_view resource_type() const noexcept {
        auto const r = resource();
        auto const d = r.find_first_of("/:");
        return d == std::string_view::npos ? std::string_view{} : r.substr(0, d);
    }
    /// The delimiter after the resource type (`'/'` or `':'`), or `'\0'` when there is none.
    [[nodiscard]] constexpr char resource_delimiter() const noexcept {
        auto const r = resource();
        auto const d = r.find_first_of("/:");
        return d == std::string_view::npos ? '\0' : r[d];
    }
    /// The resource id: the resource after the type and its delimiter (the whole resource without one).
    [[nodiscard]] constexpr std::string_view resource_id() const noexcept {
        auto const r = resource();
        auto const d = r.find_first_of("/:");
        return d == std::string_view::npos ? r : r.substr(d + 1);
    }
    /// The partition as an enum; `partition::unknown` when it is not a known partition.
    [[nodiscard]] constexpr bedrock::partition partition_id() const noexcept {
        return detail::find_partition(partition());
    }
    /// The byte offset of part `i` (0 partition, 1 service, 2 region, 3 account, 4 resource).
    [[nodiscard]] constexpr std::uint32_t offset_of(std::size_t i) const noexcept {
        return i == 0 ? 4u : colon_[i - 1] + 1;
    }
    /// The parts, e.g. to build a modified copy with @ref to_string(arn_parts const&).
    [[nodiscard]] constexpr arn_parts parts() const noexcept {
        return {partition(), service(), region(), account(), resource()};
    }

    friend constexpr bool operator==(arn_view const& a, arn_view const& b) noexcept { return a.text_ == b.text_; }
    friend constexpr std::strong_ordering operator<=>(arn_view const& a, arn_view const& b) noexcept {
        return a.text_ <=> b.text_;
    }

private:
    friend struct detail::arn_view_access;
    constexpr std::string_view part(std::size_t i) const noexcept {
        std::uint32_t const b = offset_of(i);
        return text_.substr(b, colon_[i] - b);
    }
    std::string_view text_;
    std::array<std::uint32_t, 4> colon_{4, 5, 6, 7}; // positions of the ':' that end partition..account
};

namespace detail {
/// Lets the one-pass parser of `parse_bedrock_arn` build the view of a split it has already checked.
struct arn_view_access {
    /// The view of `s` whose partition..account end at the `:` at `colons` (what @ref parse_arn would find).
    static constexpr arn_view make(std::string_view s, std::array<std::uint32_t, 4> colons) noexcept {
        arn_view v;
        v.text_ = s;
        v.colon_ = colons;
        return v;
    }
};
} // namespace detail

/** Checks an AWS account id given as an argument: `account_required` (0) when empty, else exactly 12 decimal
    digits (`bad_account` at the first byte that is not a digit, or at 12 when longer, or at the end when
    shorter). Offsets are into `account`. Returns a `std::optional<parse_error>` (a function template: called as
    before; its address is `check_account_id<>`).

    @par Example
    @code
    static_assert(!bedrock::check_account_id("123456789012"));
    static_assert(bedrock::check_account_id("12345")->offset == 5);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto check_account_id(std::string_view account) noexcept {
    using optional = std::optional<detail::dependent_t<parse_error, I>>;
    if (account.empty()) return optional(parse_error{errc::account_required, 0});
    std::size_t bad = 0;
    while (bad < account.size() && account[bad] >= '0' && account[bad] <= '9') ++bad;
    if (bad < account.size() || account.size() != 12)
        return optional(parse_error{errc::bad_account, static_cast<std::uint32_t>(bad < 12 ? bad : 12)});
    return optional();
}

/** Parses the structure of any ARN (not only Bedrock's); the result views `s`. Never allocates.

    Errors: `not_an_arn` where the prefix stops matching `arn:` (offset 0 for `ARN:`), `missing_component`
    at the end when there are fewer than five `:` after `arn`, `bad_partition` / `bad_service` /
    `missing_resource_id` at an empty partition, service or resource, `too_long` beyond `max_input_size`.

    @par Example
    @code
    auto a = bedrock::parse_arn("arn:aws:s3:::my-bucket");
    assert(a && a->service() == "s3" && a->resource_type().empty() && a->resource_id() == "my-bucket");
    assert(bedrock::parse_arn("arn:aws:bedrock").error().code == bedrock::errc::missing_component);
    @endcode
    Returns a `result<arn_view>` (a template, so that including the header instantiates neither).
*/
template <int I = 0>
[[nodiscard]] constexpr auto parse_arn(std::string_view s) noexcept {
    using result_type = result<detail::dependent_t<arn_view, I>>;
    if (s.size() > max_input_size)
        return result_type(parse_error{errc::too_long, static_cast<std::uint32_t>(max_input_size)});
    for (std::size_t i = 0; i < arn_prefix.size(); ++i)
        if (i >= s.size() || s[i] != arn_prefix[i])
            return result_type(
                parse_error{i >= s.size() ? errc::unexpected_end : errc::not_an_arn, static_cast<std::uint32_t>(i)});
    std::array<std::uint32_t, 4> colons{};
    std::size_t found = 0;
    for (std::size_t i = 4; i < s.size() && found < 4; ++i)
        if (s[i] == ':') colons[found++] = static_cast<std::uint32_t>(i);
    if (found < 4) return result_type(parse_error{errc::missing_component, static_cast<std::uint32_t>(s.size())});
    arn_view const v = detail::arn_view_access::make(s, colons);
    if (v.partition().empty()) return result_type(parse_error{errc::bad_partition, 4});
    if (v.service().empty()) return result_type(parse_error{errc::bad_service, v.offset_of(1)});
    if (v.resource().empty()) return result_type(parse_error{errc::missing_resource_id, v.offset_of(4)});
    return result_type(v);
}

/// The number of bytes of `a` (its text).
[[nodiscard]] constexpr std::size_t formatted_size(arn_view const& a) noexcept { return a.str().size(); }
/// Copies `a` into [first, last); returns one past the end, or `nullptr` when the range is too small.
constexpr char* format_to(arn_view const& a, char* first, char* last) noexcept { return format_to(a.parts(), first, last); }
/// The text of `a` as a `std::string`.
[[nodiscard]] inline std::string to_string(arn_view const& a) { return std::string(a.str()); }

} // namespace bedrock

/// Hashes the ARN text (equal views hash equally).
template <>
struct std::hash<bedrock::arn_view> {
    std::size_t operator()(bedrock::arn_view const& a) const noexcept { return std::hash<std::string_view>{}(a.str()); }
};

#endif // BEDROCK_ARN_HPP
