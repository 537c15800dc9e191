#ifndef BEDROCK_BEDROCK_ARN_HPP
#define BEDROCK_BEDROCK_ARN_HPP

/** @file
    Bedrock ARNs: the strictly checked `bedrock_arn` (`parse_bedrock_arn`, one pass, the exact engine behind it for
    errors) and the compile-time checked `arn_literal` / `"…"_arn`. Kinds: `<bedrock/resource_kind.hpp>`.

    Functions are `template <int I = 0>`, calling `f<I>(...)`, grammars and tables named via `dependent_t<..., I>`:
    a TU that parses no ARN instantiates none of it (docs/architecture.md); an address needs `<>`.

    @par Specification
    [Actions, resources, and condition keys for Amazon Bedrock](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html)
    (resource types and their ARN formats); the `pattern`s of the Bedrock service model (botocore
    `data/bedrock/2023-04-20/service-2.json`); `docs/identifiers.md`.
*/

#include <bedrock/arn.hpp>
#include <bedrock/detail/arn_fast.hpp>
#include <bedrock/detail/arn_scan.hpp>
#include <bedrock/detail/chars.hpp>
#include <bedrock/detail/dependent.hpp>
#include <bedrock/detail/literal_error.hpp>
#include <bedrock/detail/scan.hpp>
#include <bedrock/error.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/region.hpp>
#include <bedrock/resource_kind.hpp>
#include <bedrock/result.hpp>

#include <array>        // std::array (colon positions)
#include <bit>          // std::countr_zero (the exact engine's byte masks)
#include <compare>      // std::strong_ordering (operator<=>)
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint32_t
#include <optional>     // std::optional (bedrock_arn::geo, checker results)
#include <string_view>  // std::string_view, std::hash<std::string_view>

namespace bedrock {

/** A Bedrock ARN that passed the strict checks of @ref parse_bedrock_arn, with its typed parts.

    All views refer to the caller's text. Which parts are set depends on `kind`:
    - `foundation_model`: `model` = the model id;
    - `inference_profile`: `geo` and `model` (the profile id is `resource_id()`);
    - `default_prompt_router`: `model` = the router id (`anthropic.claude:1`);
    - `custom_model`, `model_customization_job`, `fine_tuning_job`: `model` = base model id (or
      `imported`), `suffix` = the 12-character id;
    - `prompt`, `automated_reasoning_policy`: `version` = the text after `:` (empty without one);
    - `agent_alias`: `parent` = the agent id, `alias` = the alias id;
    - `flow`: `parent` = the flow id, `alias` = the alias id and `execution` = the execution id when present;
    - `foundation_model` may have an empty `arn.region()` (the model in every region: @ref region_less);
      `data_automation_project`, `data_automation_profile`, `blueprint` may have the account `aws` (@ref aws_owned);
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
    std::string_view parent;                                  ///< agent id of an agent alias; flow id of a flow alias/execution
    std::string_view alias;                                   ///< alias id of an agent alias or flow alias/execution
    std::string_view execution;                               ///< flow execution id

    /// True when AWS owns the resource (the account is `aws`).
    [[nodiscard]] constexpr bool aws_owned() const noexcept { return arn.account() == "aws"; }
    /// True for a region-less ARN (`arn:aws:bedrock:::foundation-model/…`, `system-tool`).
    [[nodiscard]] constexpr bool region_less() const noexcept { return arn.region().empty(); }
    /// The whole ARN.
    [[nodiscard]] constexpr std::string_view str() const noexcept { return arn.str(); }
    friend constexpr bool operator==(bedrock_arn const& a, bedrock_arn const& b) noexcept { return a.arn == b.arn; }
    friend constexpr std::strong_ordering operator<=>(bedrock_arn const& a, bedrock_arn const& b) noexcept {
        return a.arn <=> b.arn;
    }
};

namespace detail {

// The resource ids' grammars, variable templates of the error code type (`E` = `errc`, named as `dependent_t<errc,
// I>` by check_kind_id): a TU that parses no ARN neither builds these rule objects nor instantiates their types.
template <class E>
inline constexpr auto arn_id12 = run_of(lower_alnum_chars, 12, 12, E::bad_resource_id);
template <class E>
inline constexpr auto arn_prompt_id = seq(run_of(alnum_chars, 10, 10, E::bad_resource_id),
                                          opt(seq(lit(":", E::bad_resource_id), run_of(digit_chars, 1, 5, E::bad_resource_id))));
template <class E>
inline constexpr auto arn_endpoint_id = run_of(alnum_hyphen_chars, 1, unbounded, E::bad_resource_id);
template <class E>
inline constexpr auto arn_guardrail_id = run_of(lower_alnum_chars, 1, unbounded, E::bad_resource_id);
template <class E>
inline constexpr auto arn_guardrail_profile_id =
    seq(run_of(segment_chars, 1, unbounded, E::bad_resource_id), lit(".guardrail.v", E::bad_resource_id),
        run_of(digit_chars | char_set(":"), 1, unbounded, E::bad_resource_id));
template <class E>
inline constexpr auto arn_reasoning_policy_id =
    seq(arn_id12<E>, opt(seq(lit(":", E::bad_resource_id), run_of(char_set("123456789"), 1, 1, E::bad_resource_id),
                          run_of(digit_chars, 0, 11, E::bad_resource_id))));
template <class E>
inline constexpr auto arn_custom_model_id =
    seq(alt(lit("imported", E::bad_model_id), model_id_g4), lit("/", E::bad_model_id), arn_id12<E>);
template <class E>
inline constexpr auto arn_job_model_id = seq(model_id_g4, lit("/", E::bad_model_id), arn_id12<E>);

template <class E>
inline constexpr auto arn_id10 = run_of(alnum_chars, 10, 10, E::bad_resource_id);
template <class E>
inline constexpr auto arn_agent_alias_id =
    seq(arn_id10<E>, lit("/", E::missing_resource_delimiter), run_of(alnum_chars, 10, 10, E::bad_alias_id));
inline constexpr char_set hex_lower_chars = digit_chars | char_set("abcdef");
template <class E>
inline constexpr auto arn_session_id =
    seq(run_of(hex_lower_chars, 8, 8, E::bad_resource_id), lit("-", E::bad_resource_id),
        run_of(hex_lower_chars, 4, 4, E::bad_resource_id), lit("-", E::bad_resource_id),
        run_of(hex_lower_chars, 4, 4, E::bad_resource_id), lit("-", E::bad_resource_id),
        run_of(hex_lower_chars, 4, 4, E::bad_resource_id), lit("-", E::bad_resource_id),
        run_of(hex_lower_chars, 12, 12, E::bad_resource_id));
inline constexpr char_set word_hyphen_chars = alnum_chars | char_set("_-");
template <class E>
inline constexpr auto arn_word_id = run_of(word_hyphen_chars, 1, 128, E::bad_resource_id);
template <class E>
inline constexpr auto arn_dotted_word_id = run_of(word_hyphen_chars | char_set("."), 1, 128, E::bad_resource_id);
template <class E>
inline constexpr auto arn_library_id = run_of(alnum_hyphen_chars, 12, 36, E::bad_resource_id);
template <class E>
inline constexpr auto arn_blueprint_id =
    alt(seq(lit("bedrock-data-automation-public-", E::bad_resource_id), run_of(word_hyphen_chars, 1, 30, E::bad_resource_id)),
        seq(lit("bedrock-data-insights-public-", E::bad_resource_id), run_of(word_hyphen_chars, 1, 30, E::bad_resource_id)),
        arn_library_id<E>);
template <class E>
inline constexpr auto arn_project_id = run_of(word_hyphen_chars, 1, 64, E::bad_resource_id);
template <class E>
inline constexpr auto arn_system_tool_id =
    seq(run_of(lower_alnum_chars | char_set("-"), 1, 63, E::bad_resource_id), lit(".", E::bad_resource_id),
        run_of(lower_alnum_chars | char_set("_-"), 1, 63, E::bad_resource_id));
template <class E>
inline constexpr auto arn_marketplace_id = lit("model-endpoint/all-access", E::bad_resource_id);

/// Checks `flow/` ids (`<flow-id>[/alias/<alias-id>[/execution/<execution-id>]]`), filling `*b`'s parts if not null;
/// returns a `std::optional<parse_error>`, like every checker below.
template <int I = 0>
constexpr auto check_flow_id(std::string_view id, std::uint32_t base, bedrock_arn* b) noexcept {
    using optional = std::optional<dependent_t<parse_error, I>>;
    auto const fail = [base](errc c, std::size_t k) { return optional(parse_error{c, static_cast<std::uint32_t>(base + k)}); };
    auto const run = [&id](std::size_t from, char_set cs) {
        std::size_t i = from;
        while (i < id.size() && cs(id[i])) ++i;
        return i - from;
    };
    auto const n = run(0, alnum_chars);
    if (n != 10) return fail(errc::bad_resource_id, n < 10 ? n : 10);
    if (b != nullptr) b->parent = id.substr(0, 10);
    if (id.size() == 10) return optional();
    constexpr std::string_view alias_text = "/alias/";
    for (std::size_t k = 0; k < alias_text.size(); ++k)
        if (10 + k >= id.size() || id[10 + k] != alias_text[k]) return fail(k == 0 ? errc::bad_resource_id : errc::missing_alias, 10 + k);
    std::size_t const a0 = 10 + alias_text.size();
    auto const an = run(a0, alnum_chars);
    if (an != 10) return fail(errc::bad_alias_id, a0 + (an < 10 ? an : 10));
    if (b != nullptr) b->alias = id.substr(a0, 10);
    std::size_t const a1 = a0 + 10;
    if (id.size() == a1) return optional();
    constexpr std::string_view exec_text = "/execution/";
    for (std::size_t k = 0; k < exec_text.size(); ++k)
        if (a1 + k >= id.size() || id[a1 + k] != exec_text[k]) return fail(errc::bad_execution_id, a1 + k);
    std::size_t const e0 = a1 + exec_text.size();
    auto const en = run(e0, alnum_hyphen_chars);
    if (en == 0 || en > 36) return fail(errc::bad_execution_id, e0 + (en > 36 ? 36 : 0));
    if (e0 + en != id.size()) return fail(errc::bad_execution_id, e0 + en);
    if (b != nullptr) b->execution = id.substr(e0);
    return optional();
}

template <int I = 0, class Rule>
constexpr auto check_id_at(Rule const& rule, std::string_view id, std::uint32_t base) noexcept {
    using optional = std::optional<dependent_t<parse_error, I>>;
    if (auto e = check_full<I>(rule, id, 1, unbounded)) return optional(parse_error{e->code, e->offset + base});
    return optional();
}

/** Step 7 of @ref parse_bedrock_arn: checks the resource id `id` (at byte `id_at` of an ARN of partition `part`)
    by the grammar of `kind` and fills the typed parts of `*b` (none when `b` is null: the error-only check). */
template <int I = 0>
constexpr auto check_kind_id(resource_kind kind, std::string_view id, std::uint32_t id_at, partition part, bedrock_arn* b) noexcept {
    using E = dependent_t<errc, I>; // the rule objects' parameter
    using optional = std::optional<dependent_t<parse_error, I>>;
    optional e;
    switch (kind) {
    case resource_kind::foundation_model:
        if ((e = check_model_id<I>(id))) return optional(parse_error{e->code, e->offset + id_at});
        if (b != nullptr) b->model = id;
        break;
    case resource_kind::inference_profile: {
        if ((e = detail::check_profile_id_at<I>(id, max_profile_id_size, id_at))) return optional(*e);
        auto const head = detail::first_segment_size(id);
        auto const g = parse_geo<I>(id.substr(0, head));
        if (partition_of(*g) != part) return optional(parse_error{errc::geo_partition_mismatch, id_at});
        if (b != nullptr) {
            b->geo = g;
            b->model = id.substr(head + 1);
        }
        break;
    }
    case resource_kind::default_prompt_router:
        if ((e = detail::check_full<I>(detail::model_id_rule<model_id_grammar::g1, I>, id, 1, max_model_id_size)))
            return optional(parse_error{e->code, e->offset + id_at});
        if (b != nullptr) b->model = id;
        break;
    case resource_kind::custom_model:
    case resource_kind::model_customization_job:
    case resource_kind::fine_tuning_job: {
        e = kind == resource_kind::custom_model ? check_id_at<I>(detail::arn_custom_model_id<E>, id, id_at)
                                                 : check_id_at<I>(detail::arn_job_model_id<E>, id, id_at);
        if (e) return optional(*e);
        if (b != nullptr) {
            auto const sep = id.find('/');
            b->model = id.substr(0, sep);
            b->suffix = id.substr(sep + 1);
        }
        break;
    }
    case resource_kind::prompt:
        if ((e = check_id_at<I>(detail::arn_prompt_id<E>, id, id_at))) return optional(*e);
        if (auto const c = id.find(':'); b != nullptr && c != std::string_view::npos) b->version = id.substr(c + 1);
        break;
    case resource_kind::automated_reasoning_policy:
        if ((e = check_id_at<I>(detail::arn_reasoning_policy_id<E>, id, id_at))) return optional(*e);
        if (auto const c = id.find(':'); b != nullptr && c != std::string_view::npos) b->version = id.substr(c + 1);
        break;
    case resource_kind::sagemaker_endpoint:
        if ((e = check_id_at<I>(detail::arn_endpoint_id<E>, id, id_at))) return optional(*e);
        break;
    case resource_kind::guardrail:
        if ((e = check_id_at<I>(detail::arn_guardrail_id<E>, id, id_at))) return optional(*e);
        break;
    case resource_kind::guardrail_profile:
        if ((e = check_id_at<I>(detail::arn_guardrail_profile_id<E>, id, id_at))) return optional(*e);
        break;
    case resource_kind::agent:
    case resource_kind::knowledge_base:
        if ((e = check_id_at<I>(detail::arn_id10<E>, id, id_at))) return optional(*e);
        break;
    case resource_kind::agent_alias:
        if ((e = check_id_at<I>(detail::arn_agent_alias_id<E>, id, id_at))) return optional(*e);
        if (b != nullptr) {
            b->parent = id.substr(0, 10);
            b->alias = id.substr(11);
        }
        break;
    case resource_kind::flow:
        if ((e = detail::check_flow_id<I>(id, id_at, b))) return optional(*e);
        break;
    case resource_kind::session:
        if ((e = check_id_at<I>(detail::arn_session_id<E>, id, id_at))) return optional(*e);
        break;
    case resource_kind::data_automation_project:
    case resource_kind::data_automation_invocation:
    case resource_kind::blueprint_optimization_invocation:
        if ((e = check_id_at<I>(detail::arn_word_id<E>, id, id_at))) return optional(*e);
        break;
    case resource_kind::data_automation_profile:
        if ((e = check_id_at<I>(detail::arn_dotted_word_id<E>, id, id_at))) return optional(*e);
        break;
    case resource_kind::blueprint:
        if ((e = check_id_at<I>(detail::arn_blueprint_id<E>, id, id_at))) return optional(*e);
        break;
    case resource_kind::data_automation_library:
    case resource_kind::data_automation_library_ingestion_job:
        if ((e = check_id_at<I>(detail::arn_library_id<E>, id, id_at))) return optional(*e);
        break;
    case resource_kind::marketplace_model_endpoint:
        if ((e = check_id_at<I>(detail::arn_marketplace_id<E>, id, id_at))) return optional(*e);
        break;
    case resource_kind::project:
        if ((e = check_id_at<I>(detail::arn_project_id<E>, id, id_at))) return optional(*e);
        break;
    case resource_kind::system_tool:
        if ((e = check_id_at<I>(detail::arn_system_tool_id<E>, id, id_at))) return optional(*e);
        break;
    default: // no grammar of its own: the kinds table's id rule (a kind with neither refuses every id)
        if (id_rule_of(kind) != id_rule::twelve_lower_alnum) return optional(parse_error{errc::bad_resource_id, id_at});
        if ((e = check_id_at<I>(detail::arn_id12<E>, id, id_at))) return optional(*e);
        break;
    }
    return optional();
}

/// @ref check_kind_id filling `b` (`b.partition` already set): what the one-pass parser calls for the ids it leaves.
template <int I = 0>
constexpr auto check_kind_id(resource_kind kind, std::string_view id, std::uint32_t id_at, bedrock_arn& b) noexcept {
    return check_kind_id<I>(kind, id, id_at, b.partition, &b);
}

/** Step 1 of the exact engine: the structure, with @ref parse_arn's checks, codes and offsets (its view is
    @ref arn_view_access::make of `s` and `colons`), finding the partition..account `:`s eight bytes per step. */
template <int I = 0>
constexpr auto split_arn_exact(std::string_view s, std::array<std::uint32_t, 4>& colons) noexcept {
    using optional = std::optional<dependent_t<parse_error, I>>;
    std::size_t const n = s.size();
    if (n > max_input_size) return optional(parse_error{errc::too_long, static_cast<std::uint32_t>(max_input_size)});
    for (std::size_t i = 0; i < arn_prefix.size(); ++i)
        if (i >= n || s[i] != arn_prefix[i])
            return optional(parse_error{i >= n ? errc::unexpected_end : errc::not_an_arn, static_cast<std::uint32_t>(i)});
    std::size_t found = 0;
    std::size_t i = arn_prefix.size();
    for (; found < colons.size() && n - i >= 8; i += 8)
        for (auto hits = byte_hits8(s.data() + i, ':'); hits != 0 && found < colons.size(); hits &= hits - 1)
            colons[found++] = static_cast<std::uint32_t>(i + std::countr_zero(hits) / 8);
    for (; found < colons.size() && i < n; ++i)
        if (s[i] == ':') colons[found++] = static_cast<std::uint32_t>(i);
    if (found < colons.size()) return optional(parse_error{errc::missing_component, static_cast<std::uint32_t>(n)});
    if (colons[0] == arn_prefix.size()) return optional(parse_error{errc::bad_partition, colons[0]});
    if (colons[1] == colons[0] + 1) return optional(parse_error{errc::bad_service, colons[0] + 1});
    if (colons[3] + 1 == n) return optional(parse_error{errc::missing_resource_id, static_cast<std::uint32_t>(n)});
    return optional();
}

/** The exact engine of @ref parse_bedrock_arn: every check in the documented order, the first failure with its
    code and offset: `std::nullopt` when `s` is a valid Bedrock ARN, whose parts it then writes into `*b` if `b` is
    not null (partly, on a failure). Without `b`, the error-only check @ref classify_model_identifier runs on an ARN
    the one-pass parser refused (nothing constructed or cleared); @ref parse_bedrock_arn_exact passes `b`. */
template <int I = 0>
constexpr auto check_bedrock_arn_exact(std::string_view s, bedrock_arn* b = nullptr) noexcept {
    using optional = std::optional<dependent_t<parse_error, I>>;
    std::array<std::uint32_t, 4> colons{};
    if (auto e = split_arn_exact<I>(s, colons)) return e;
    if (s.size() > max_arn_size) return optional(parse_error{errc::too_long, static_cast<std::uint32_t>(max_arn_size)});
    // byte `k` of part `part` (0 partition, 1 service, 2 region, 3 account, 4 resource), and the parts
    auto const at = [&colons](std::size_t part, std::size_t k = 0) {
        return static_cast<std::uint32_t>((part == 0 ? arn_prefix.size() : colons[part - 1] + 1) + k);
    };
    auto const field = [&](std::size_t part) {
        return slice(s, at(part), (part < 4 ? colons[part] : s.size()) - at(part));
    };

    // the kind decides the service, account and id rules; find it first, report in offset order below
    auto const resource = field(4);
    auto const slash = find_byte_in_words(s, at(4), '/') - at(4); // resource.size() when there is none
    auto const kind = kind_at<I>(s.data(), at(4), at(4, slash)); // parse_resource_kind by one hash

    // 2. partition
    auto const p = colons[0] == 7 && has_text(s.data() + 4, "aws:") ? partition::aws // the common one
                                                                     : find_partition(field(0));
    if (p == partition::unknown) {
        auto const text = field(0);
        if (text.substr(0, 3) == "aws" && text.size() > 3 && text[3] == '-') return optional(parse_error{errc::unknown_partition, at(0)});
        constexpr std::string_view aws = "aws";
        std::size_t k = 0;
        while (k < aws.size() && k < text.size() && text[k] == aws[k]) ++k;
        return optional(parse_error{errc::bad_partition, at(0, k)});
    }
    bool const sagemaker = kind == resource_kind::sagemaker_endpoint;
    if (sagemaker && p != partition::aws) return optional(parse_error{errc::bad_partition, at(0, 3)});

    // 3. service
    {
        auto const want = kind ? service_of(*kind) : std::string_view("bedrock");
        auto const svc = field(1);
        // `bedrock` (with its `:`) as one word, the common case
        if (!(!sagemaker && svc.size() == 7 && has_text(svc.data(), "bedrock:")) && svc != want) {
            std::size_t k = 0;
            while (k < want.size() && k < svc.size() && svc[k] == want[k]) ++k;
            return optional(parse_error{errc::bad_service, at(1, k)});
        }
    }

    // 4. region
    {
        auto const region = field(2);
        auto const rule = kind ? region_rule_of(*kind) : region_rule::required;
        if (region.empty() && rule == region_rule::required) return optional(parse_error{errc::region_required, at(2)});
        if (!region.empty() && rule == region_rule::empty) return optional(parse_error{errc::region_not_allowed, at(2)});
        // the common case without the lookup
        if (!region.empty() && !(p == partition::aws && is_aws_regex_region_at(s, at(2), colons[2])))
            if (auto e = check_region_in<I>(p, region)) return optional(parse_error{e->code, at(2, e->offset)});
    }

    // 5. account
    {
        auto const account = field(3);
        auto const rule = kind ? account_rule_of(*kind) : account_rule::twelve_digits;
        if (rule == account_rule::empty) {
            if (!account.empty()) return optional(parse_error{errc::account_not_allowed, at(3)});
        } else if (!(rule == account_rule::twelve_digits_or_aws && account == "aws")) {
            if (auto e = check_account_id<I>(account)) return optional(parse_error{e->code, at(3, e->offset)});
        }
    }

    // 6. type
    if (!kind) {
        auto const colon = find_byte(resource.data(), 0, resource.size(), ':');
        if (colon < slash && find_resource_kind<I>(resource.substr(0, colon)))
            return optional(parse_error{errc::missing_resource_delimiter, at(4, colon)});
        if (slash == resource.size() && find_resource_kind<I>(resource))
            return optional(parse_error{errc::missing_resource_delimiter, at(4, resource.size())});
        return optional(parse_error{errc::unknown_resource_type, at(4)});
    }
    if (slash == resource.size()) return optional(parse_error{errc::missing_resource_delimiter, at(4, resource.size())});
    auto const id = resource.substr(slash + 1);
    auto const id_at = at(4, slash + 1);
    if (id.empty()) return optional(parse_error{errc::missing_resource_id, id_at});
    if (b != nullptr) {
        b->arn = arn_view_access::make(s, colons);
        b->kind = *kind;
        b->partition = p;
        b->id = id;
    }

    // 7. id
    return check_kind_id<I>(*kind, id, id_at, p, b);
}

/** The exact engine of @ref parse_bedrock_arn as a parser (@ref check_bedrock_arn_exact filling a `bedrock_arn`):
    whatever the one-pass parser (@ref parse_bedrock_arn_fast, which only accepts) refuses comes here. Returns a
    `result<bedrock_arn>`. */
template <int I = 0>
constexpr auto parse_bedrock_arn_exact(std::string_view s) noexcept {
    using result_type = result<dependent_t<bedrock_arn, I>>;
    bedrock_arn b;
    if (auto e = check_bedrock_arn_exact<I>(s, &b)) return result_type(*e);
    return result_type(b);
}

/// Fills `b` from the split of `s` (@ref split_bedrock_arn); runs the kind's id grammar where the split left it.
template <int I = 0>
constexpr bool bedrock_arn_from_split(std::string_view s, arn_split const& f, bedrock_arn& b) noexcept {
    b.arn = arn_view_access::make(s, f.colons);
    b.kind = f.kind;
    b.partition = f.part;
    b.id = slice(s, f.id_at, s.size() - f.id_at);
    switch (f.id) {
    case arn_id_check::model:
        b.geo = f.geo;
        b.model = slice(s, f.model_at, s.size() - f.model_at);
        return true;
    case arn_id_check::plain: return true;
    case arn_id_check::unchecked: break;
    }
    return !check_kind_id<I>(f.kind, b.id, f.id_at, b);
}

/** The typed ARN of the split `f` of `s`, member by member (@ref bedrock_arn_from_split before the id grammar that
    the caller runs for an `unchecked` id), built in place by @ref parse_bedrock_arn. Meaningless on a failed split. */
constexpr bedrock_arn bedrock_arn_of_split(std::string_view s, arn_split const& f) noexcept {
    bool const model = f.id == arn_id_check::model;
    return bedrock_arn{.arn = arn_view_access::make(s, f.colons), .kind = f.kind, .partition = f.part,
                       .id = slice(s, f.id_at, s.size() - f.id_at), .geo = f.geo,
                       .model = model ? slice(s, f.model_at, s.size() - f.model_at) : std::string_view{},
                       .suffix = {}, .version = {}, .parent = {}, .alias = {}, .execution = {}};
}

/// @ref bedrock_arn_of_split as a conversion to a `bedrock_arn` prvalue, so that `optional::emplace` builds it in place.
struct bedrock_arn_of_split_call {
    std::string_view s; ///< the ARN
    arn_split const& f; ///< its split
    constexpr operator bedrock_arn() const noexcept { return bedrock_arn_of_split(s, f); } ///< the typed ARN
};

/** The one-pass parser behind @ref parse_bedrock_arn (`<bedrock/detail/arn_fast.hpp>`): fills `b` when the ARN is
    valid; on `false` the exact engine (@ref parse_bedrock_arn_exact) finds the code and offset. It accepts exactly
    what the engine accepts, with the same parts (`tests/unit/bedrock_arn_fast_path.cpp`: every row and mutation). */
template <int I = 0>
constexpr bool parse_bedrock_arn_fast(std::string_view s, bedrock_arn& b) noexcept {
    arn_split f;
    return split_bedrock_arn<I>(s, f) && bedrock_arn_from_split<I>(s, f, b);
}

} // namespace detail

/** Parses and checks a Bedrock ARN strictly (the strict layer of `docs/identifiers.md`): a `result<bedrock_arn>`
    that views `s`.

    Checks, left to right, reporting the first failure at its byte offset:
    1. structure (@ref parse_arn), at most 2048 bytes (`too_long`);
    2. partition: one of the 8 known partition ids (`unknown_partition` for another `aws-…`, else `bad_partition`);
       SageMaker endpoints only in `aws`;
    3. service: `bedrock`, or `sagemaker` for `endpoint` (`bad_service`);
    4. region, by the kind's @ref region_rule: empty only for `foundation-model` (every region) and `system-tool`
       (`region_required`; a region on a `system-tool` ARN is `region_not_allowed`); otherwise `[a-z0-9-]{1,20}`
       (`bad_region`), known (`unknown_region`) and in the ARN's partition (`region_partition_mismatch`);
    5. account, by the kind's @ref account_rule: empty for `foundation-model` (`account_not_allowed`), else
       exactly 12 digits (`account_required`, `bad_account`), or `aws` where AWS owns the resource;
    6. type: a known resource kind followed by `/` (`unknown_resource_type`, `missing_resource_delimiter`);
    7. id: the grammar of the kind (model-id codes, `bad_resource_id`, profile-id codes, `doubled_geo`,
       `geo_prefixed_model_id`, `geo_partition_mismatch`).

    Valid input takes one pass (`detail::parse_bedrock_arn_fast`); the exact engine decides errors. Never allocates.

    @par Example
    @code
    auto b = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    assert(b && b->kind == bedrock::resource_kind::foundation_model && b->model == "amazon.nova-pro-v1:0");
    auto e = bedrock::parse_bedrock_arn("arn:aws-us-gov:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-v2:1");
    assert(e.error().code == bedrock::errc::region_partition_mismatch && e.error().offset == 23);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto parse_bedrock_arn(std::string_view s) noexcept {
    using result_type = result<detail::dependent_t<bedrock_arn, I>>;
    detail::arn_split f;
    bool valid = detail::split_bedrock_arn<I>(s, f);
    // built in place from the split (no zeroing, no copy): one return object on both paths
    result_type r(in_place_call, [&s, &f]() noexcept { return detail::bedrock_arn_of_split(s, f); });
    if (valid && f.id == detail::arn_id_check::unchecked) valid = !detail::check_kind_id<I>(f.kind, r->id, f.id_at, *r);
    if (!valid) r = detail::parse_bedrock_arn_exact<I>(s);
    return r;
}

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
    // templates, like the parser: a TU that checks no literal instantiates no parser (docs/architecture.md)
    template <int I = 0>
    consteval explicit arn_literal(std::string_view s) : value_(check<I>(s)) {}
    template <int I = 0>
    static consteval bedrock_arn check(std::string_view s) {
        auto r = parse_bedrock_arn<I>(s);
        if (!r) detail::reject_literal(r.error().code);
        return *r;
    }
    bedrock_arn value_;
};

namespace detail {
/// The text of an `_arn` literal as a template argument (its `N` counts the terminating NUL).
template <std::size_t N>
struct arn_literal_text {
    char chars[N]; // NOLINT: a structural type needs a public member
    /// Copies the literal.
    consteval arn_literal_text(char const (&s)[N]) noexcept { // NOLINT: implicit on purpose
        for (std::size_t i = 0; i < N; ++i) chars[i] = s[i];
    }
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

    A literal operator template (the text is its template argument): a TU with no `_arn` literal instantiates no parser.
*/
template <detail::arn_literal_text Text>
consteval arn_literal operator""_arn() {
    return arn_literal(Text.chars);
}
} // namespace literals

} // namespace bedrock

/// Hashes the ARN text.
template <>
struct std::hash<bedrock::bedrock_arn> {
    std::size_t operator()(bedrock::bedrock_arn const& a) const noexcept { return std::hash<std::string_view>{}(a.str()); }
};

#endif // BEDROCK_BEDROCK_ARN_HPP
