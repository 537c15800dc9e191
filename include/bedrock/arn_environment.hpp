#ifndef BEDROCK_ARN_ENVIRONMENT_HPP
#define BEDROCK_ARN_ENVIRONMENT_HPP

/** @file
    Building Bedrock ARNs: the CloudFormation pseudo parameters, the environment an ARN is resolved in (a
    template or one concrete partition, region and account), **the one ARN builder** @ref format_bedrock_arn
    (buffer and `std::string` forms) and the typed builders on top of it (`make_bedrock_arn`,
    `make_inference_profile_arn`, `foundation_model_arn`, …).

    Builders are `template <int I = 0>`, calling `parse_bedrock_arn<I>`: a TU that builds no ARN parses none.

    @par Specification
    [Pseudo parameters reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html);
    [Actions, resources, and condition keys for Amazon Bedrock](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html);
    `docs/identifiers.md`, `docs/cdk-mapping.md`.
*/

#include <bedrock/arn.hpp>
#include <bedrock/bedrock_arn.hpp>
#include <bedrock/error.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/region.hpp>
#include <bedrock/result.hpp>

#include <concepts>     // std::same_as (typed builder overloads)
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint32_t
#include <optional>     // std::optional (checkers)
#include <span>         // std::span (caller buffers)
#include <string>       // std::string (string forms, arn_environment)
#include <string_view>  // std::string_view

namespace bedrock {

/// `${AWS::Partition}`: the CloudFormation pseudo parameter the references put in ARNs for the partition.
inline constexpr std::string_view cfn_partition = "${AWS::Partition}";
/// `${AWS::Region}`: the pseudo parameter for the deploying stack's region.
inline constexpr std::string_view cfn_region = "${AWS::Region}";
/// `${AWS::AccountId}`: the pseudo parameter for the deploying stack's account.
inline constexpr std::string_view cfn_account_id = "${AWS::AccountId}";

/** A buffer size that fits every ARN this header builds from a catalog model: the longest partition, a
    20-byte region, a 12-digit account (or the pseudo parameters) and a 64-byte profile id. */
inline constexpr std::size_t max_cross_region_arn_size = 4 + 17 + 9 + 20 + 1 + 17 + 19 + max_profile_id_size;

namespace detail {

// Checks a concrete (partition, region[, account]) for an ARN. Each error is reported against the argument
// it concerns (the code says which): unknown_partition at 0, the region codes of check_region_in, the account
// codes of check_account_id; never against the ARN the caller did not type. Returns a `std::optional<parse_error>`.
template <int I = 0>
constexpr auto check_arn_location(partition p, std::string_view region, std::string_view const* account) noexcept {
    using optional = std::optional<dependent_t<parse_error, I>>;
    if (p == partition::unknown) return optional(parse_error{errc::unknown_partition, 0});
    if (auto e = check_region_in<I>(p, region)) return e;
    if (account)
        if (auto e = check_account_id<I>(*account)) return e;
    return optional();
}

} // namespace detail

/** Where an ARN lives, as text: partition, region and account. Each part may be concrete (`aws`,
    `us-east-1`, `123456789012`), a CloudFormation pseudo parameter (@ref cfn_partition, …), `*` (IAM
    wildcards) or empty. @ref arn_environment gives the location of a concrete or template environment. */
struct arn_location {
    std::string_view partition; ///< `aws`, …, or `${AWS::Partition}`
    std::string_view region;    ///< `us-east-1`, `${AWS::Region}`, `*` or empty
    std::string_view account;   ///< 12 digits, `${AWS::AccountId}`, `*` or empty
};

/// The location of ARNs in a CloudFormation template: every part a pseudo parameter.
inline constexpr arn_location template_location{cfn_partition, cfn_region, cfn_account_id};

/// The region of an ARN that names a resource in every region (IAM wildcard).
inline constexpr std::string_view any_region = "*";

/// The number of bytes @ref format_bedrock_arn writes.
[[nodiscard]] constexpr std::size_t formatted_size(arn_location const& loc, resource_kind kind, std::string_view id) noexcept {
    return detail::arn_size(loc.partition, service_of(kind), loc.region, has_empty_account(kind) ? std::string_view{} : loc.account,
                            {to_string(kind), "/", id});
}

/** The one Bedrock ARN builder: `arn:<partition>:<service of kind>:<region>:<account>:<type of kind>/<id>`,
    written into `buffer`; the result views it. The account is left empty for kinds that have none
    (@ref has_empty_account: foundation models). Returns a `result<std::string_view>` (a template on an unused `I`,
    issue 9: including the header instantiates no result class; taking its address needs `<>`).

    It assembles text and checks nothing but the buffer size (`too_long` at `buffer.size()`): callers check
    their arguments first (`make_bedrock_arn` parses what it built, the concrete-region builders check the
    region and account). Every ARN the library builds comes from here (or from @ref format_to of
    `<bedrock/arn.hpp>` for ARNs of other services).

    @par Example
    @code
    constexpr bool ok = [] {
        char buf[128];
        auto a = bedrock::format_bedrock_arn(bedrock::template_location, bedrock::resource_kind::inference_profile, "us.amazon.nova-pro-v1:0", buf);
        return *a == "arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/us.amazon.nova-pro-v1:0";
    }();
    static_assert(ok);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto format_bedrock_arn(arn_location const& loc, resource_kind kind, std::string_view id,
                                                std::span<char> buffer) noexcept {
    using result_type = result<detail::dependent_t<std::string_view, I>>;
    auto const account = has_empty_account(kind) ? std::string_view{} : loc.account;
    char* const end = detail::write_arn(loc.partition, service_of(kind), loc.region, account, {to_string(kind), "/", id},
                                        buffer.data(), buffer.data() + buffer.size());
    if (end == nullptr) return result_type(parse_error{errc::too_long, static_cast<std::uint32_t>(buffer.size())});
    return result_type(std::string_view(buffer.data(), static_cast<std::size_t>(end - buffer.data())));
}

/// The same ARN as a `std::string` (never fails).
template <int I = 0>
[[nodiscard]] inline std::string format_bedrock_arn(arn_location const& loc, resource_kind kind, std::string_view id) {
    std::string s(formatted_size(loc, kind, id), '\0');
    (void)format_bedrock_arn<I>(loc, kind, id, std::span<char>(s));
    return s;
}

/** Where ARNs are resolved: in a CloudFormation template (pseudo parameters `${AWS::Partition}`,
    `${AWS::Region}`, `${AWS::AccountId}`, the default, as the references do) or in one concrete partition,
    source region and account.

    @par Example
    @code
    bedrock::arn_environment in_template;  // pseudo parameters
    auto deployed = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    assert(in_template.is_template() && !deployed.is_template());
    @endcode
*/
class arn_environment {
public:
    /// The template environment (pseudo parameters).
    arn_environment() = default;

    /** A concrete environment. Fails like the catalog's ARN builders: `unknown_partition`, `region_required`,
        `bad_region`, `unknown_region`, `region_partition_mismatch`, `account_required`, `bad_account`
        (offsets into the argument the code concerns). */
    template <int I = 0>
    [[nodiscard]] static result<arn_environment> make(bedrock::partition p, std::string_view region, std::string_view account) {
        if (auto e = detail::check_arn_location<I>(p, region, &account)) return *e;
        arn_environment e;
        e.concrete_ = true;
        e.partition_ = p;
        e.region_ = std::string(region);
        e.account_ = std::string(account);
        return e;
    }
    /// True for the pseudo-parameter environment.
    [[nodiscard]] bool is_template() const noexcept { return !concrete_; }
    /// The partition (`aws` for the template environment, where `${AWS::Partition}` is written instead).
    [[nodiscard]] bedrock::partition partition() const noexcept { return partition_; }
    /// The partition as ARN text (`aws`, …, or `${AWS::Partition}`).
    [[nodiscard]] std::string_view partition_text() const noexcept { return concrete_ ? to_string(partition_) : cfn_partition; }
    /// The source region as ARN text (or `${AWS::Region}`).
    [[nodiscard]] std::string_view region() const noexcept { return concrete_ ? std::string_view(region_) : cfn_region; }
    /// The account as ARN text (or `${AWS::AccountId}`).
    [[nodiscard]] std::string_view account() const noexcept { return concrete_ ? std::string_view(account_) : cfn_account_id; }
    /// The partition, region and account as ARN text, for @ref format_bedrock_arn.
    [[nodiscard]] arn_location location() const noexcept { return {partition_text(), region(), account()}; }
    friend bool operator==(arn_environment const&, arn_environment const&) = default;

private:
    bool concrete_ = false;
    bedrock::partition partition_ = bedrock::partition::aws;
    std::string region_;
    std::string account_;
};

/** Builds `arn:<partition>:<service>:<region>:<account>:<type>/<id>` for a kind and checks the result with
    @ref parse_bedrock_arn, by the rules of the kinds table: the account is ignored (left empty) for
    `foundation_model`; `account` may be `"aws"` for the AWS-owned kinds (@ref account_rule::twelve_digits_or_aws);
    `region` may be empty for `foundation_model` (every region) and must be empty for `system_tool`. Errors are
    reported against the argument they concern: `unknown_partition` (0), `region_required` /
    `region_not_allowed` (0) and the region codes of @ref check_region_in, the account codes of
    @ref check_account_id (offsets into those arguments), then the id's codes with offsets into `id`.

    @par Example
    @code
    auto s = bedrock::make_bedrock_arn(bedrock::resource_kind::imported_model, bedrock::partition::aws, "us-east-1", "123456789012", "abcdef012345");
    assert(s && *s == "arn:aws:bedrock:us-east-1:123456789012:imported-model/abcdef012345");
    @endcode
*/
template <int I = 0>
[[nodiscard]] inline result<std::string> make_bedrock_arn(resource_kind kind, partition p, std::string_view region,
                                                          std::string_view account, std::string_view id) {
    if (p == partition::unknown) return parse_error{errc::unknown_partition, 0};
    auto const rrule = region_rule_of(kind);
    if (region.empty()) {
        if (rrule == region_rule::required) return parse_error{errc::region_required, 0};
    } else if (rrule == region_rule::empty) {
        return parse_error{errc::region_not_allowed, 0};
    } else if (auto e = check_region_in<I>(p, region)) {
        return *e;
    }
    auto const arule = account_rule_of(kind);
    if (arule != account_rule::empty && !(arule == account_rule::twelve_digits_or_aws && account == "aws"))
        if (auto e = check_account_id<I>(account)) return *e;
    std::string s = format_bedrock_arn<I>({to_string(p), region, account}, kind, id);
    if (auto r = parse_bedrock_arn<I>(s); !r) {
        // The location was checked above, so what remains concerns the id (or the kind's partition rule).
        auto const id_at = static_cast<std::uint32_t>(s.size() - id.size());
        auto const e = r.error();
        return parse_error{e.code, e.offset >= id_at ? e.offset - id_at : 0};
    }
    return s;
}

/** `arn:<p>:bedrock:::foundation-model/<model>`: the region-less foundation-model ARN, "the model in every
    region", as global cross-Region profiles list their models and as the user guide's global IAM policy grants
    it. Fails with `unknown_partition` (0) for `partition::unknown`, or with the model-id error (offset into `model`).
    @par Example
    @code
    auto s = bedrock::make_region_less_foundation_model_arn(bedrock::partition::aws, "anthropic.claude-sonnet-4-20250514-v1:0");
    assert(s && *s == "arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0");
    @endcode
*/
template <int I = 0>
[[nodiscard]] inline result<std::string> make_region_less_foundation_model_arn(partition p, std::string_view model) {
    return make_bedrock_arn<I>(resource_kind::foundation_model, p, {}, {}, model);
}

/** `arn:<p>:bedrock:<region>::foundation-model/<model>`.
    @par Example
    @code
    auto s = bedrock::make_foundation_model_arn(bedrock::partition::aws, "us-east-1", "amazon.nova-pro-v1:0");
    assert(s && *s == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    @endcode
*/
template <int I = 0>
[[nodiscard]] inline result<std::string> make_foundation_model_arn(partition p, std::string_view region, std::string_view model) {
    return make_bedrock_arn<I>(resource_kind::foundation_model, p, region, {}, model);
}

/** Same as `make_foundation_model_arn(p, region, model.str())`, for a checked @ref model_id (a template so
    that a string literal picks the `string_view` overload). */
template <std::same_as<model_id> M>
[[nodiscard]] result<std::string> make_foundation_model_arn(partition p, std::string_view region, M const& model) {
    return make_foundation_model_arn(p, region, model.str());
}

/** `arn:<partition of the geo>:bedrock:<region>:<account>:inference-profile/<profile>`: the ARN of a
    system-defined profile as seen from a source region and caller account (`docs/identifiers.md`).

    A malformed `profile` fails with the error of @ref parse_profile_id (offset into `profile`); other
    errors have offsets into the built ARN.
    @par Example
    @code
    auto s = bedrock::make_inference_profile_arn("us-east-1", "123456789012", "us.amazon.nova-pro-v1:0");
    assert(s && *s == "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0");
    @endcode
*/
template <int I = 0>
[[nodiscard]] inline result<std::string> make_inference_profile_arn(std::string_view region, std::string_view account,
                                                                    std::string_view profile) {
    auto const p = parse_profile_id<I>(profile);
    if (!p) return p.error();
    return make_bedrock_arn<I>(resource_kind::inference_profile, partition_of(p->geo_prefix()), region, account, profile);
}

/** Same as `make_inference_profile_arn(region, account, profile.str())`, for a checked @ref profile_id. */
template <std::same_as<profile_id> P>
[[nodiscard]] result<std::string> make_inference_profile_arn(std::string_view region, std::string_view account,
                                                             P const& profile) {
    return make_inference_profile_arn(region, account, profile.str());
}

/** `arn:<p>:bedrock:<region>:<account>:application-inference-profile/<id>`. */
template <int I = 0>
[[nodiscard]] inline result<std::string> make_application_profile_arn(partition p, std::string_view region,
                                                                      std::string_view account, std::string_view id) {
    return make_bedrock_arn<I>(resource_kind::application_inference_profile, p, region, account, id);
}

/** Same as `make_application_profile_arn(p, region, account, id.str())`, for a checked id. */
template <std::same_as<application_profile_id> A>
[[nodiscard]] result<std::string> make_application_profile_arn(partition p, std::string_view region,
                                                               std::string_view account, A const& id) {
    return make_application_profile_arn(p, region, account, id.str());
}

/** `arn:<p>:bedrock:<region>:<account>:provisioned-model/<id>` (id: 12 of `[a-z0-9]`). */
template <int I = 0>
[[nodiscard]] inline result<std::string> make_provisioned_model_arn(partition p, std::string_view region,
                                                                    std::string_view account, std::string_view id) {
    return make_bedrock_arn<I>(resource_kind::provisioned_model, p, region, account, id);
}

/** `arn:<p>:bedrock:<region>:<account>:prompt-router/<id>` (custom router, id: 12 of `[a-z0-9]`). */
template <int I = 0>
[[nodiscard]] inline result<std::string> make_prompt_router_arn(partition p, std::string_view region,
                                                                std::string_view account, std::string_view id) {
    return make_bedrock_arn<I>(resource_kind::prompt_router, p, region, account, id);
}

/** `arn:<p>:bedrock:<region>:<account>:default-prompt-router/<router>` (router: `anthropic.claude:1`). */
template <int I = 0>
[[nodiscard]] inline result<std::string> make_default_prompt_router_arn(partition p, std::string_view region,
                                                                        std::string_view account, std::string_view router) {
    return make_bedrock_arn<I>(resource_kind::default_prompt_router, p, region, account, router);
}

/** `arn:<p>:bedrock:<region>:<account>:custom-model/<base>/<suffix>` (base: a G4 model id or `imported`). */
template <int I = 0>
[[nodiscard]] inline result<std::string> make_custom_model_arn(partition p, std::string_view region, std::string_view account,
                                                               std::string_view base, std::string_view suffix) {
    std::string id;
    id.reserve(base.size() + 1 + suffix.size());
    id.append(base).append("/").append(suffix);
    return make_bedrock_arn<I>(resource_kind::custom_model, p, region, account, id);
}

/** `arn:<p>:bedrock:<region>:<account>:imported-model/<id>`. */
template <int I = 0>
[[nodiscard]] inline result<std::string> make_imported_model_arn(partition p, std::string_view region,
                                                                 std::string_view account, std::string_view id) {
    return make_bedrock_arn<I>(resource_kind::imported_model, p, region, account, id);
}

// ---- foundation-model ARNs ------------------------------------------------------------------------------------

/** The foundation-model ARN in the deploying stack's partition and region, as the references' `modelArn` /
    `asArn()` render it: `arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/<model-id>` (account
    empty). Written into `buffer`; the result views it. Fails with `too_long` at `buffer.size()`. Returns a
    `result<std::string_view>` (like @ref format_bedrock_arn, a template: an address needs `<>`).

    @par Example
    @code
    constexpr bool ok = [] {
        char buf[bedrock::max_cross_region_arn_size];
        auto arn = bedrock::foundation_model_arn("anthropic.claude-v2", buf);
        return *arn == "arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/anthropic.claude-v2";
    }();
    static_assert(ok);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto foundation_model_arn(std::string_view model_id, std::span<char> buffer) noexcept {
    return format_bedrock_arn<I>(template_location, resource_kind::foundation_model, model_id, buffer);
}

/// The pseudo-parameter foundation-model ARN of @ref foundation_model_arn(std::string_view, std::span<char>), as a string.
template <int I = 0>
[[nodiscard]] inline std::string foundation_model_arn(std::string_view model_id) {
    return format_bedrock_arn<I>(template_location, resource_kind::foundation_model, model_id);
}

/** The foundation-model ARN for one concrete region: `arn:<partition>:bedrock:<region>::foundation-model/<model-id>`.

    Fails (offsets into the argument each code concerns) with `unknown_partition` for `partition::unknown`, `region_required`,
    `bad_region`, `unknown_region` when no partition claims the region, `region_partition_mismatch` when it
    belongs to another partition, the model-id errors of @ref parse_bedrock_arn (e.g. `geo_prefixed_model_id`
    for a profile id), and `too_long` when `buffer` is too small. Returns a `result<std::string_view>`.

    @par Example
    @code
    char buf[bedrock::max_cross_region_arn_size];
    auto arn = bedrock::foundation_model_arn(bedrock::partition::aws, "us-west-2", "amazon.nova-pro-v1:0", buf);
    assert(*arn == "arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-pro-v1:0");
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto foundation_model_arn(partition p, std::string_view region, std::string_view model_id,
                                                  std::span<char> buffer) noexcept {
    using result_type = result<detail::dependent_t<std::string_view, I>>;
    if (auto e = detail::check_arn_location<I>(p, region, nullptr)) return result_type(*e);
    auto const s = format_bedrock_arn<I>({to_string(p), region, {}}, resource_kind::foundation_model, model_id, buffer);
    if (!s) return s;
    // The model id was written unchecked (`us.amazon…` gave an ARN parse_bedrock_arn rejects with
    // geo_prefixed_model_id): what this builds, the parser must accept.
    if (auto r = parse_bedrock_arn<I>(*s); !r) return result_type(r.error());
    return s;
}

/// The one-region foundation-model ARN of the buffer overload, as a string (same errors but `too_long`).
template <int I = 0>
[[nodiscard]] inline result<std::string> foundation_model_arn(partition p, std::string_view region, std::string_view model_id) {
    if (auto e = detail::check_arn_location<I>(p, region, nullptr)) return *e;
    std::string s = format_bedrock_arn<I>({to_string(p), region, {}}, resource_kind::foundation_model, model_id);
    if (auto r = parse_bedrock_arn<I>(s); !r) return r.error();
    return s;
}

/** The foundation-model ARN for every region, the resource of the references' `grantInvokeAllRegions` (and
    of a cross-region profile's `grantInvoke`): `arn:${AWS::Partition}:bedrock:*::foundation-model/<model-id>`.
    Returns a `result<std::string_view>` (a template: an address needs `<>`).

    @par Example
    @code
    assert(bedrock::foundation_model_arn_all_regions("deepseek.r1-v1:0") ==
           "arn:${AWS::Partition}:bedrock:*::foundation-model/deepseek.r1-v1:0");
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto foundation_model_arn_all_regions(std::string_view model_id, std::span<char> buffer) noexcept {
    return format_bedrock_arn<I>({cfn_partition, any_region, {}}, resource_kind::foundation_model, model_id, buffer);
}

/// The all-regions foundation-model ARN, as a string.
template <int I = 0>
[[nodiscard]] inline std::string foundation_model_arn_all_regions(std::string_view model_id) {
    return format_bedrock_arn<I>({cfn_partition, any_region, {}}, resource_kind::foundation_model, model_id);
}

/** The all-regions foundation-model ARN in one concrete partition: `arn:<partition>:bedrock:*::foundation-model/<model-id>`.
    Fails with `unknown_partition` for `partition::unknown`. */
template <int I = 0>
[[nodiscard]] inline result<std::string> foundation_model_arn_all_regions(partition p, std::string_view model_id) {
    if (p == partition::unknown) return parse_error{errc::unknown_partition, 0};
    return format_bedrock_arn<I>({to_string(p), any_region, {}}, resource_kind::foundation_model, model_id);
}

} // namespace bedrock

#endif // BEDROCK_ARN_ENVIRONMENT_HPP
