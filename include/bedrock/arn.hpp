#ifndef BEDROCK_ARN_HPP
#define BEDROCK_ARN_HPP

/** @file
    Amazon Resource Names: the generic `arn_view` (parse, format, compare, hash) and typed Bedrock ARNs
    (`resource_kind`, `bedrock_arn`, `parse_bedrock_arn`, the compile-time checked `arn_literal` / `_arn`,
    and builders such as `make_inference_profile_arn`).

    @par BNF
    @code
    arn      = "arn:" partition ":" service ":" region ":" account ":" resource   ; split on the first five ":"
    resource = type ( "/" / ":" ) id / id                                         ; type ends at the first "/" or ":"
    @endcode
    @par Specification
    `docs/identifiers.md`.
*/

#include <bedrock/detail/chars.hpp>
#include <bedrock/detail/literal_error.hpp>
#include <bedrock/detail/scan.hpp>
#include <bedrock/error.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/region.hpp>
#include <bedrock/result.hpp>

#include <array>        // std::array (the resource-kind table)
#include <compare>      // std::strong_ordering (operator<=>)
#include <concepts>     // std::same_as (typed builder overloads)
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint8_t, std::uint32_t
#include <optional>     // std::optional (parse_resource_kind, bedrock_arn::geo)
#include <string>       // std::string (to_string, builders)
#include <string_view>  // std::string_view, std::hash<std::string_view>

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

/** The number of bytes @ref format_to writes for `p`. */
[[nodiscard]] constexpr std::size_t formatted_size(arn_parts const& p) noexcept {
    return 4 + p.partition.size() + 1 + p.service.size() + 1 + p.region.size() + 1 + p.account.size() + 1 +
           p.resource.size();
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
    if (first == nullptr || last < first || static_cast<std::size_t>(last - first) < formatted_size(p)) return nullptr;
    auto put = [&first](std::string_view s) {
        for (char c : s) *first++ = c;
    };
    put("arn:");
    put(p.partition);
    put(":");
    put(p.service);
    put(":");
    put(p.region);
    put(":");
    put(p.account);
    put(":");
    put(p.resource);
    return first;
}

/** Formats `p` as a `std::string`. */
[[nodiscard]] inline std::string to_string(arn_parts const& p) {
    std::string s(formatted_size(p), '\0');
    format_to(p, s.data(), s.data() + s.size());
    return s;
}

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
        return parse_partition(partition()).value_or(bedrock::partition::unknown);
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
    friend constexpr result<arn_view> parse_arn(std::string_view s) noexcept;
    constexpr std::string_view part(std::size_t i) const noexcept {
        std::uint32_t const b = offset_of(i);
        return text_.substr(b, colon_[i] - b);
    }
    std::string_view text_;
    std::array<std::uint32_t, 4> colon_{4, 5, 6, 7}; // positions of the ':' that end partition..account
};

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
*/
[[nodiscard]] constexpr result<arn_view> parse_arn(std::string_view s) noexcept {
    if (s.size() > max_input_size) return parse_error{errc::too_long, static_cast<std::uint32_t>(max_input_size)};
    constexpr std::string_view prefix = "arn:";
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (i >= s.size() || s[i] != prefix[i])
            return parse_error{i >= s.size() ? errc::unexpected_end : errc::not_an_arn, static_cast<std::uint32_t>(i)};
    arn_view v;
    v.text_ = s;
    std::size_t found = 0;
    for (std::size_t i = 4; i < s.size() && found < 4; ++i)
        if (s[i] == ':') v.colon_[found++] = static_cast<std::uint32_t>(i);
    if (found < 4) return parse_error{errc::missing_component, static_cast<std::uint32_t>(s.size())};
    if (v.partition().empty()) return parse_error{errc::bad_partition, 4};
    if (v.service().empty()) return parse_error{errc::bad_service, v.offset_of(1)};
    if (v.resource().empty()) return parse_error{errc::missing_resource_id, v.offset_of(4)};
    return v;
}

/// The number of bytes of `a` (its text).
[[nodiscard]] constexpr std::size_t formatted_size(arn_view const& a) noexcept { return a.str().size(); }
/// Copies `a` into [first, last); returns one past the end, or `nullptr` when the range is too small.
constexpr char* format_to(arn_view const& a, char* first, char* last) noexcept { return format_to(a.parts(), first, last); }
/// The text of `a` as a `std::string`.
[[nodiscard]] inline std::string to_string(arn_view const& a) { return std::string(a.str()); }

/** A Bedrock (or SageMaker endpoint) resource kind: the resource type of an ARN (`docs/identifiers.md`).

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::resource_kind::application_inference_profile) == "application-inference-profile");
    static_assert(bedrock::parse_resource_kind("prompt-router") == bedrock::resource_kind::prompt_router);
    @endcode
*/
enum class resource_kind : std::uint8_t {
    foundation_model,                 ///< `foundation-model/<model-id>` (account empty)
    inference_profile,                ///< `inference-profile/<geo>.<model-id>` (system-defined, cross-region)
    application_inference_profile,    ///< `application-inference-profile/[a-z0-9]{12}`
    default_prompt_router,            ///< `default-prompt-router/<provider.family:N>`
    prompt_router,                    ///< `prompt-router/[a-z0-9]{12}` (custom router)
    provisioned_model,                ///< `provisioned-model/[a-z0-9]{12}`
    custom_model,                     ///< `custom-model/<base-model-id or imported>/[a-z0-9]{12}`
    imported_model,                   ///< `imported-model/[a-z0-9]{12}`
    custom_model_deployment,          ///< `custom-model-deployment/[a-z0-9]{12}`
    prompt,                           ///< `prompt/[0-9a-zA-Z]{10}[:version]` (Prompt management)
    sagemaker_endpoint,               ///< `endpoint/<name>`, service `sagemaker` (Marketplace model endpoint)
    async_invoke,                     ///< `async-invoke/[a-z0-9]{12}`
    guardrail,                        ///< `guardrail/[a-z0-9]+`
    guardrail_profile,                ///< `guardrail-profile/<prefix>.guardrail.v<N>`
    automated_reasoning_policy,       ///< `automated-reasoning-policy/[a-z0-9]{12}[:N]`
    model_customization_job,          ///< `model-customization-job/<base-model-id>/[a-z0-9]{12}`
    fine_tuning_job,                  ///< `fine-tuning-job/<base-model-id>/[a-z0-9]{12}`
    evaluation_job,                   ///< `evaluation-job/[a-z0-9]{12}`
    model_evaluation_job,             ///< `model-evaluation-job/[a-z0-9]{12}`
    model_copy_job,                   ///< `model-copy-job/[a-z0-9]{12}`
    model_import_job,                 ///< `model-import-job/[a-z0-9]{12}`
    model_invocation_job,             ///< `model-invocation-job/[a-z0-9]{12}`
    advanced_prompt_optimization_job, ///< `advanced-prompt-optimization-job/[a-z0-9]{12}`
    provisioned_model_v2,             ///< `provisioned-model-v2/[a-z0-9]{12}`
    provisioned_model_reservation,    ///< `provisioned-model-reservation/[a-z0-9]{12}`
};

namespace detail {
inline constexpr std::array<std::string_view, 25> resource_kind_names{
    "foundation-model",
    "inference-profile",
    "application-inference-profile",
    "default-prompt-router",
    "prompt-router",
    "provisioned-model",
    "custom-model",
    "imported-model",
    "custom-model-deployment",
    "prompt",
    "endpoint",
    "async-invoke",
    "guardrail",
    "guardrail-profile",
    "automated-reasoning-policy",
    "model-customization-job",
    "fine-tuning-job",
    "evaluation-job",
    "model-evaluation-job",
    "model-copy-job",
    "model-import-job",
    "model-invocation-job",
    "advanced-prompt-optimization-job",
    "provisioned-model-v2",
    "provisioned-model-reservation",
};
} // namespace detail

/// Every resource kind, in enum order.
inline constexpr std::array<resource_kind, 25> all_resource_kinds = [] {
    std::array<resource_kind, 25> a{};
    for (std::size_t i = 0; i < a.size(); ++i) a[i] = static_cast<resource_kind>(i);
    return a;
}();

/** The resource type as written in an ARN (`"foundation-model"`, `"endpoint"` for SageMaker endpoints). */
[[nodiscard]] constexpr std::string_view to_string(resource_kind k) noexcept {
    auto const i = static_cast<std::size_t>(k);
    return i < detail::resource_kind_names.size() ? detail::resource_kind_names[i] : std::string_view("unknown");
}

/** Parses a resource type exactly (`"inference-profile"` → `resource_kind::inference_profile`). */
[[nodiscard]] constexpr std::optional<resource_kind> parse_resource_kind(std::string_view s) noexcept {
    for (std::size_t i = 0; i < detail::resource_kind_names.size(); ++i)
        if (detail::resource_kind_names[i] == s) return static_cast<resource_kind>(i);
    return std::nullopt;
}

/** The ARN service of a kind: `"sagemaker"` for `sagemaker_endpoint`, `"bedrock"` otherwise. */
[[nodiscard]] constexpr std::string_view service_of(resource_kind k) noexcept {
    return k == resource_kind::sagemaker_endpoint ? "sagemaker" : "bedrock";
}

/** True when ARNs of this kind have an empty account (only `foundation_model`). */
[[nodiscard]] constexpr bool has_empty_account(resource_kind k) noexcept { return k == resource_kind::foundation_model; }

/** A Bedrock ARN that passed the strict checks of @ref parse_bedrock_arn, with its typed parts.

    All views refer to the caller's text. Which parts are set depends on `kind`:
    - `foundation_model`: `model` = the model id;
    - `inference_profile`: `geo` and `model` (the profile id is `resource_id()`);
    - `default_prompt_router`: `model` = the router id (`anthropic.claude:1`);
    - `custom_model`, `model_customization_job`, `fine_tuning_job`: `model` = base model id (or
      `imported`), `suffix` = the 12-character id;
    - `prompt`, `automated_reasoning_policy`: `version` = the text after `:` (empty without one);
    - all kinds: `id` = the resource id (after `<type>/`).

    @par Example
    @code
    constexpr auto b = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    static_assert(b && b->kind == bedrock::resource_kind::inference_profile && b->geo == bedrock::geo::us);
    static_assert(b->model == "anthropic.claude-3-5-sonnet-20241022-v2:0");
    @endcode
*/
struct bedrock_arn {
    arn_view arn;                                             ///< the generic view
    resource_kind kind = resource_kind::foundation_model;     ///< the resource type
    bedrock::partition partition = bedrock::partition::aws;   ///< the partition (never `unknown`)
    std::string_view id;                                      ///< the resource id (after `<type>/`)
    std::optional<bedrock::geo> geo;                          ///< inference profiles: the geo prefix
    std::string_view model;                                   ///< the model id part (see above)
    std::string_view suffix;                                  ///< the trailing 12-character id of custom models and jobs
    std::string_view version;                                 ///< prompt / automated-reasoning-policy version

    /// The whole ARN.
    [[nodiscard]] constexpr std::string_view str() const noexcept { return arn.str(); }
    friend constexpr bool operator==(bedrock_arn const& a, bedrock_arn const& b) noexcept { return a.arn == b.arn; }
    friend constexpr std::strong_ordering operator<=>(bedrock_arn const& a, bedrock_arn const& b) noexcept {
        return a.arn <=> b.arn;
    }
};

namespace detail {

inline constexpr class_rule arn_id12 = run_of(lower_alnum_chars, 12, 12, errc::bad_resource_id);
inline constexpr auto arn_prompt_id = seq(run_of(alnum_chars, 10, 10, errc::bad_resource_id),
                                          opt(seq(lit(":", errc::bad_resource_id), run_of(digit_chars, 1, 5, errc::bad_resource_id))));
inline constexpr class_rule arn_endpoint_id = run_of(alnum_hyphen_chars, 1, unbounded, errc::bad_resource_id);
inline constexpr class_rule arn_guardrail_id = run_of(lower_alnum_chars, 1, unbounded, errc::bad_resource_id);
inline constexpr auto arn_guardrail_profile_id =
    seq(run_of(segment_chars, 1, unbounded, errc::bad_resource_id), lit(".guardrail.v", errc::bad_resource_id),
        run_of(digit_chars | char_set(":"), 1, unbounded, errc::bad_resource_id));
inline constexpr auto arn_reasoning_policy_id =
    seq(arn_id12, opt(seq(lit(":", errc::bad_resource_id), run_of(char_set("123456789"), 1, 1, errc::bad_resource_id),
                          run_of(digit_chars, 0, 11, errc::bad_resource_id))));
inline constexpr auto arn_custom_model_id =
    seq(alt(lit("imported", errc::bad_model_id), model_id_g4), lit("/", errc::bad_model_id), arn_id12);
inline constexpr auto arn_job_model_id = seq(model_id_g4, lit("/", errc::bad_model_id), arn_id12);

template <class Rule>
constexpr std::optional<parse_error> check_id_at(Rule const& rule, std::string_view id, std::uint32_t base) noexcept {
    if (auto e = check_full(rule, id, 1, unbounded)) return parse_error{e->code, e->offset + base};
    return std::nullopt;
}

/// The first byte of `s` not in `cs`, or `s.size()`.
constexpr std::size_t find_not_in(std::string_view s, char_set cs) noexcept {
    std::size_t i = 0;
    while (i < s.size() && cs(s[i])) ++i;
    return i;
}

} // namespace detail

/** Parses and checks a Bedrock ARN strictly (the strict layer of `docs/identifiers.md`); the result views `s`.

    Checks, left to right, reporting the first failure at its byte offset:
    1. structure (@ref parse_arn), at most 2048 bytes (`too_long`);
    2. partition: one of the 8 known partition ids (`unknown_partition` for another `aws-…`, else `bad_partition`);
       SageMaker endpoints only in `aws`;
    3. service: `bedrock`, or `sagemaker` for `endpoint` (`bad_service`);
    4. region: `[a-z0-9-]{1,20}` (`bad_region`, `region_required`), known (`unknown_region`) and in the
       ARN's partition (`region_partition_mismatch`);
    5. account: empty for `foundation-model` (`account_not_allowed`), else exactly 12 digits
       (`account_required`, `bad_account`);
    6. type: a known resource kind followed by `/` (`unknown_resource_type`, `missing_resource_delimiter`);
    7. id: the grammar of the kind (model-id codes, `bad_resource_id`, profile-id codes, `doubled_geo`,
       `geo_prefixed_model_id`, `geo_partition_mismatch`).

    @par Example
    @code
    auto b = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    assert(b && b->kind == bedrock::resource_kind::foundation_model && b->model == "amazon.nova-pro-v1:0");
    auto e = bedrock::parse_bedrock_arn("arn:aws-us-gov:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-v2:1");
    assert(e.error().code == bedrock::errc::region_partition_mismatch && e.error().offset == 23);
    @endcode
*/
[[nodiscard]] constexpr result<bedrock_arn> parse_bedrock_arn(std::string_view s) noexcept {
    using detail::check_id_at;
    auto const parsed = parse_arn(s);
    if (!parsed) return parsed.error();
    arn_view const a = *parsed;
    auto const at = [&a](std::size_t part, std::size_t k = 0) { return static_cast<std::uint32_t>(a.offset_of(part) + k); };
    if (s.size() > max_arn_size) return parse_error{errc::too_long, static_cast<std::uint32_t>(max_arn_size)};

    bedrock_arn b;
    b.arn = a;
    // the kind decides the service, account and id rules; find it first, report in offset order below
    auto const resource = a.resource();
    auto const slash = resource.find('/');
    auto const colon = resource.find(':');
    auto const type = resource.substr(0, slash);
    auto const kind = parse_resource_kind(type);

    // 2. partition
    auto const p = parse_partition(a.partition());
    if (!p) {
        auto const text = a.partition();
        if (text.substr(0, 3) == "aws" && text.size() > 3 && text[3] == '-') return parse_error{errc::unknown_partition, at(0)};
        constexpr std::string_view aws = "aws";
        std::size_t k = 0;
        while (k < aws.size() && k < text.size() && text[k] == aws[k]) ++k;
        return parse_error{errc::bad_partition, at(0, k)};
    }
    b.partition = *p;
    bool const sagemaker = kind == resource_kind::sagemaker_endpoint;
    if (sagemaker && *p != partition::aws) return parse_error{errc::bad_partition, at(0, 3)};

    // 3. service
    {
        auto const want = kind ? service_of(*kind) : std::string_view("bedrock");
        auto const svc = a.service();
        if (svc != want) {
            std::size_t k = 0;
            while (k < want.size() && k < svc.size() && svc[k] == want[k]) ++k;
            return parse_error{errc::bad_service, at(1, k)};
        }
    }

    // 4. region
    {
        auto const region = a.region();
        if (region.empty()) return parse_error{errc::region_required, at(2)};
        auto const bad = detail::find_not_in(region, detail::segment_chars);
        if (bad < region.size() || region.size() > 20) {
            auto const k = bad < 20 ? bad : 20;
            return parse_error{bad < region.size() && detail::upper_chars(region[bad]) ? errc::uppercase : errc::bad_region,
                               at(2, k)};
        }
        auto const rp = partition_of_region(region);
        if (rp == partition::unknown) return parse_error{errc::unknown_region, at(2)};
        if (rp != *p) return parse_error{errc::region_partition_mismatch, at(2)};
    }

    // 5. account
    {
        auto const account = a.account();
        if (kind && has_empty_account(*kind)) {
            if (!account.empty()) return parse_error{errc::account_not_allowed, at(3)};
        } else {
            if (account.empty()) return parse_error{errc::account_required, at(3)};
            auto const bad = detail::find_not_in(account, detail::digit_chars);
            if (bad < account.size() || account.size() != 12)
                return parse_error{errc::bad_account, at(3, bad < 12 ? bad : 12)};
        }
    }

    // 6. type
    if (!kind) {
        if (colon < slash) {
            if (parse_resource_kind(resource.substr(0, colon)))
                return parse_error{errc::missing_resource_delimiter, at(4, colon)};
        }
        if (slash == std::string_view::npos && parse_resource_kind(resource))
            return parse_error{errc::missing_resource_delimiter, at(4, resource.size())};
        return parse_error{errc::unknown_resource_type, at(4)};
    }
    if (slash == std::string_view::npos)
        return parse_error{errc::missing_resource_delimiter, at(4, resource.size())};
    b.kind = *kind;
    auto const id = resource.substr(slash + 1);
    auto const id_at = at(4, slash + 1);
    b.id = id;
    if (id.empty()) return parse_error{errc::missing_resource_id, id_at};

    // 7. id
    std::optional<parse_error> e;
    switch (*kind) {
    case resource_kind::foundation_model:
        if ((e = check_model_id(id))) return parse_error{e->code, e->offset + id_at};
        b.model = id;
        break;
    case resource_kind::inference_profile: {
        if ((e = detail::check_profile_id_at(id, max_profile_id_size, id_at))) return *e;
        auto const head = detail::first_segment_size(id);
        b.geo = parse_geo(id.substr(0, head));
        if (partition_of(*b.geo) != *p) return parse_error{errc::geo_partition_mismatch, id_at};
        b.model = id.substr(head + 1);
        break;
    }
    case resource_kind::default_prompt_router:
        if ((e = detail::check_full(detail::model_id_g1, id, 1, max_model_id_size)))
            return parse_error{e->code, e->offset + id_at};
        b.model = id;
        break;
    case resource_kind::custom_model:
    case resource_kind::model_customization_job:
    case resource_kind::fine_tuning_job: {
        e = *kind == resource_kind::custom_model ? check_id_at(detail::arn_custom_model_id, id, id_at)
                                                 : check_id_at(detail::arn_job_model_id, id, id_at);
        if (e) return *e;
        auto const sep = id.find('/');
        b.model = id.substr(0, sep);
        b.suffix = id.substr(sep + 1);
        break;
    }
    case resource_kind::prompt:
        if ((e = check_id_at(detail::arn_prompt_id, id, id_at))) return *e;
        if (auto const c = id.find(':'); c != std::string_view::npos) b.version = id.substr(c + 1);
        break;
    case resource_kind::automated_reasoning_policy:
        if ((e = check_id_at(detail::arn_reasoning_policy_id, id, id_at))) return *e;
        if (auto const c = id.find(':'); c != std::string_view::npos) b.version = id.substr(c + 1);
        break;
    case resource_kind::sagemaker_endpoint:
        if ((e = check_id_at(detail::arn_endpoint_id, id, id_at))) return *e;
        break;
    case resource_kind::guardrail:
        if ((e = check_id_at(detail::arn_guardrail_id, id, id_at))) return *e;
        break;
    case resource_kind::guardrail_profile:
        if ((e = check_id_at(detail::arn_guardrail_profile_id, id, id_at))) return *e;
        break;
    case resource_kind::application_inference_profile:
    case resource_kind::prompt_router:
    case resource_kind::provisioned_model:
    case resource_kind::imported_model:
    case resource_kind::custom_model_deployment:
    case resource_kind::async_invoke:
    case resource_kind::evaluation_job:
    case resource_kind::model_evaluation_job:
    case resource_kind::model_copy_job:
    case resource_kind::model_import_job:
    case resource_kind::model_invocation_job:
    case resource_kind::advanced_prompt_optimization_job:
    case resource_kind::provisioned_model_v2:
    case resource_kind::provisioned_model_reservation:
        if ((e = check_id_at(detail::arn_id12, id, id_at))) return *e;
        break;
    }
    return b;
}

namespace detail {
struct arn_literal_access;
} // namespace detail

/** A Bedrock ARN checked at compile time: `arn_literal a{"arn:aws:bedrock:…"}` or `"…"_arn`.

    The consteval constructor runs @ref parse_bedrock_arn; a malformed literal does not compile and the
    diagnostic names the reason (`literal_has_bad_account`, `literal_has_bad_region`, …).

    @par Example
    @code
    constexpr bedrock::arn_literal fm{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"};
    static_assert(fm.get().kind == bedrock::resource_kind::foundation_model);
    static_assert(fm.get().model == "amazon.nova-pro-v1:0");
    // bedrock::arn_literal bad{"arn:aws:bedrock:us-east-1:12345:provisioned-model/abcdef012345"};  // literal_has_bad_account
    @endcode
*/
class arn_literal {
public:
    /// Checks a string literal at compile time.
    template <std::size_t N>
    consteval arn_literal(char const (&s)[N]) : arn_literal(std::string_view(s, N - 1)) {} // NOLINT: implicit on purpose

    /// The checked, typed ARN.
    [[nodiscard]] constexpr bedrock_arn const& get() const noexcept { return value_; }
    /// The generic view.
    [[nodiscard]] constexpr arn_view view() const noexcept { return value_.arn; }
    /// The ARN text.
    [[nodiscard]] constexpr std::string_view str() const noexcept { return value_.arn.str(); }
    /// Converts to the typed ARN.
    constexpr operator bedrock_arn const&() const noexcept { return value_; } // NOLINT: implicit on purpose

private:
    consteval explicit arn_literal(std::string_view s) : value_(check(s)) {}
    static consteval bedrock_arn check(std::string_view s) {
        auto r = parse_bedrock_arn(s);
        if (!r) detail::reject_literal(r.error().code);
        return *r;
    }
    bedrock_arn value_;
    friend struct detail::arn_literal_access;
};

namespace detail {
/// Lets the UDL reach arn_literal's private constructor.
struct arn_literal_access {
    static consteval arn_literal make(std::string_view s) { return arn_literal(s); }
};
} // namespace detail

namespace literals {
/** `"arn:aws:bedrock:…"_arn`: a compile-time checked @ref arn_literal.

    @par Example
    @code
    using namespace bedrock::literals;
    constexpr auto a = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef012345"_arn;
    static_assert(a.get().kind == bedrock::resource_kind::provisioned_model);
    @endcode
*/
consteval arn_literal operator""_arn(char const* s, std::size_t n) {
    return detail::arn_literal_access::make(std::string_view(s, n));
}
} // namespace literals

/** Builds `arn:<partition>:<service>:<region>:<account>:<type>/<id>` for a kind and checks the result with
    @ref parse_bedrock_arn (error offsets refer to the built text). The account is ignored (left empty) for
    `foundation_model`.

    @par Example
    @code
    auto s = bedrock::make_bedrock_arn(bedrock::resource_kind::imported_model, bedrock::partition::aws, "us-east-1", "123456789012", "abcdef012345");
    assert(s && *s == "arn:aws:bedrock:us-east-1:123456789012:imported-model/abcdef012345");
    @endcode
*/
[[nodiscard]] inline result<std::string> make_bedrock_arn(resource_kind kind, partition p, std::string_view region,
                                                          std::string_view account, std::string_view id) {
    auto const type = to_string(kind);
    std::string resource;
    resource.reserve(type.size() + 1 + id.size());
    resource.append(type).append("/").append(id);
    std::string s = to_string(arn_parts{to_string(p), service_of(kind), region,
                                        has_empty_account(kind) ? std::string_view{} : account, resource});
    if (auto r = parse_bedrock_arn(s); !r) return r.error();
    return s;
}

/** `arn:<p>:bedrock:<region>::foundation-model/<model>`.
    @par Example
    @code
    auto s = bedrock::make_foundation_model_arn(bedrock::partition::aws, "us-east-1", "amazon.nova-pro-v1:0");
    assert(s && *s == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    @endcode
*/
[[nodiscard]] inline result<std::string> make_foundation_model_arn(partition p, std::string_view region, std::string_view model) {
    return make_bedrock_arn(resource_kind::foundation_model, p, region, {}, model);
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
[[nodiscard]] inline result<std::string> make_inference_profile_arn(std::string_view region, std::string_view account,
                                                                    std::string_view profile) {
    auto const p = parse_profile_id(profile);
    if (!p) return p.error();
    return make_bedrock_arn(resource_kind::inference_profile, partition_of(p->geo_prefix()), region, account, profile);
}

/** Same as `make_inference_profile_arn(region, account, profile.str())`, for a checked @ref profile_id. */
template <std::same_as<profile_id> P>
[[nodiscard]] result<std::string> make_inference_profile_arn(std::string_view region, std::string_view account,
                                                             P const& profile) {
    return make_inference_profile_arn(region, account, profile.str());
}

/** `arn:<p>:bedrock:<region>:<account>:application-inference-profile/<id>`. */
[[nodiscard]] inline result<std::string> make_application_profile_arn(partition p, std::string_view region,
                                                                      std::string_view account, std::string_view id) {
    return make_bedrock_arn(resource_kind::application_inference_profile, p, region, account, id);
}

/** Same as `make_application_profile_arn(p, region, account, id.str())`, for a checked id. */
template <std::same_as<application_profile_id> A>
[[nodiscard]] result<std::string> make_application_profile_arn(partition p, std::string_view region,
                                                               std::string_view account, A const& id) {
    return make_application_profile_arn(p, region, account, id.str());
}

/** `arn:<p>:bedrock:<region>:<account>:provisioned-model/<id>` (id: 12 of `[a-z0-9]`). */
[[nodiscard]] inline result<std::string> make_provisioned_model_arn(partition p, std::string_view region,
                                                                    std::string_view account, std::string_view id) {
    return make_bedrock_arn(resource_kind::provisioned_model, p, region, account, id);
}

/** `arn:<p>:bedrock:<region>:<account>:prompt-router/<id>` (custom router, id: 12 of `[a-z0-9]`). */
[[nodiscard]] inline result<std::string> make_prompt_router_arn(partition p, std::string_view region,
                                                                std::string_view account, std::string_view id) {
    return make_bedrock_arn(resource_kind::prompt_router, p, region, account, id);
}

/** `arn:<p>:bedrock:<region>:<account>:default-prompt-router/<router>` (router: `anthropic.claude:1`). */
[[nodiscard]] inline result<std::string> make_default_prompt_router_arn(partition p, std::string_view region,
                                                                        std::string_view account, std::string_view router) {
    return make_bedrock_arn(resource_kind::default_prompt_router, p, region, account, router);
}

/** `arn:<p>:bedrock:<region>:<account>:custom-model/<base>/<suffix>` (base: a G4 model id or `imported`). */
[[nodiscard]] inline result<std::string> make_custom_model_arn(partition p, std::string_view region, std::string_view account,
                                                               std::string_view base, std::string_view suffix) {
    std::string id;
    id.reserve(base.size() + 1 + suffix.size());
    id.append(base).append("/").append(suffix);
    return make_bedrock_arn(resource_kind::custom_model, p, region, account, id);
}

/** `arn:<p>:bedrock:<region>:<account>:imported-model/<id>`. */
[[nodiscard]] inline result<std::string> make_imported_model_arn(partition p, std::string_view region,
                                                                 std::string_view account, std::string_view id) {
    return make_bedrock_arn(resource_kind::imported_model, p, region, account, id);
}

} // namespace bedrock

/// Hashes the ARN text (equal views hash equally).
template <>
struct std::hash<bedrock::arn_view> {
    std::size_t operator()(bedrock::arn_view const& a) const noexcept { return std::hash<std::string_view>{}(a.str()); }
};

/// Hashes the ARN text.
template <>
struct std::hash<bedrock::bedrock_arn> {
    std::size_t operator()(bedrock::bedrock_arn const& a) const noexcept { return std::hash<std::string_view>{}(a.str()); }
};

#endif // BEDROCK_ARN_HPP
