#ifndef BEDROCK_JSON_MEMBER_CHECKS_HPP
#define BEDROCK_JSON_MEMBER_CHECKS_HPP

/** @file
    The rule checkers of the JSON documents' members: @ref detail::check_shape (a shape's pattern) and, for
    the identifier members (ARNs and profile ids, `docs/json.md`), @ref detail::check_identifier (the verdict
    of @ref check_typed) and @ref detail::read_profile_identifier (its lenient reading in responses).

    Each is the exact verdict with one *accepting* fast path in front of it. The exact verdict runs the typed
    parser and then AWS's pattern (@ref check_syntax): two passes over the text. For the shapes that the
    documents check on every read (`FoundationModelArnRelaxed`, `InferenceProfileArn`, `InferenceProfileId`,
    `InferenceProfileModelSourceArn`, `PromptRouterTargetModelArn`), the typed parser's acceptance already
    implies the pattern, except for a few parts that are read from its result (the partition, whether the
    region is empty): the fast path accepts on those and never runs the pattern. Anything it does not accept
    goes to the exact verdict, which alone decides every error. The implications are written out beside each
    case and pinned by `static_assert`s on the tables they rely on; `tests/json/member_checks.cpp` runs the
    fast and exact verdicts on every identifier-table row and every single-byte mutation of them.
*/

#include <bedrock/bedrock_arn.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/detail/arn_scan.hpp>  // detail::all_in_class
#include <bedrock/detail/chars.hpp>
#include <bedrock/error.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/resource_kind.hpp>
#include <bedrock/shape.hpp>

#include <cstdint>      // std::uint32_t
#include <optional>     // std::optional (checker results)
#include <string_view>  // std::string_view

namespace bedrock::detail {

/// A rule checker for one AWS shape (the syntax layer of `<bedrock/shape.hpp>`).
template <shape S>
constexpr std::optional<parse_error> check_shape(std::string_view s) noexcept {
    return check_syntax<S>(s);
}

/// The partitions of AWS's pattern `arn:aws(|-us-gov|-cn|-iso|-iso-b):` (InferenceProfileArn and its family).
constexpr bool in_five_partitions(partition p) noexcept {
    return p == partition::aws || p == partition::aws_us_gov || p == partition::aws_cn || p == partition::aws_iso ||
           p == partition::aws_iso_b;
}

// What the fast paths rely on, checked on the tables themselves:
// every known partition matches `aws(-[^:]+)?` (FoundationModelArn's partition) ...
static_assert([] {
    for (partition p : all_partitions) {
        std::string_view const s = wire_name(p);
        if (s.substr(0, 3) != "aws" || (s.size() > 3 && (s.size() == 4 || s[3] != '-')) ||
            s.find(':') != std::string_view::npos)
            return false;
    }
    return true;
}());
// ... the five partitions are spelled as in the InferenceProfileArn pattern ...
static_assert(wire_name(partition::aws) == "aws" && wire_name(partition::aws_us_gov) == "aws-us-gov" &&
              wire_name(partition::aws_cn) == "aws-cn" && wire_name(partition::aws_iso) == "aws-iso" &&
              wire_name(partition::aws_iso_b) == "aws-iso-b");
// ... the kinds' services and accounts are the patterns' `bedrock` and `::` / `:\d{12}:` ...
static_assert(service_of(resource_kind::foundation_model) == "bedrock" &&
              service_of(resource_kind::inference_profile) == "bedrock" &&
              service_of(resource_kind::application_inference_profile) == "bedrock");
static_assert(account_rule_of(resource_kind::foundation_model) == account_rule::empty &&
              account_rule_of(resource_kind::inference_profile) == account_rule::twelve_digits &&
              account_rule_of(resource_kind::application_inference_profile) == account_rule::twelve_digits);
// ... and every geo is `[a-z-]`, so `<geo>.<G1 model id>` is `[a-zA-Z0-9-:.]+` (the pattern of profile ids).
static_assert([] {
    for (geo g : all_geos)
        if (!all_in_class(wire_name(g).data(), wire_name(g).size(), lower_chars | char_set("-"))) return false;
    return true;
}());
static_assert(max_profile_id_size == 64 && max_arn_size == 2048);

/** The fast path of @ref check_identifier: true only when `check_typed<S>(s)` accepts `s`, decided from
    @ref parse_bedrock_arn's result (one pass) without AWS's pattern. False means "not decided here".

    Why acceptance by the typed parser implies the pattern (the parts not read here are implied for every
    kind below): the typed parser accepts only `arn:`, a known partition, the kind's service (`bedrock`), a
    region that is empty or `[a-z0-9-]{1,20}` (@ref check_region), the kind's account, the kind's type and `/`,
    and an id by the kind's grammar: a foundation model's id is G1 (@ref check_model_id), an inference
    profile's `<geo>.<G1>`, an application profile's `[a-z0-9]{12}`; at most 2048 bytes.
    - `FoundationModelArnRelaxed` (`arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{0,20}::foundation-model/<G1>`): the
      kind alone.
    - `InferenceProfileArn` (`arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:<region0>:(|\d{12}):`
      `(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+`, 1-2048): the kind and the partition.
    - `InferenceProfileModelSourceArn` (the same with `inference-profile|foundation-model`): the kind and the
      partition (a foundation model's empty account is the pattern's `(|\d{12})`).
    - `PromptRouterTargetModelArn` (`FoundationModelArn` with a non-empty region, or `InferenceProfileArn`):
      a foundation model with a region, or a profile kind in the five partitions.
*/
template <shape S>
constexpr bool typed_implies_pattern(bedrock_arn const& b) noexcept {
    bool const fm = b.kind == resource_kind::foundation_model;
    bool const profile = b.kind == resource_kind::inference_profile || b.kind == resource_kind::application_inference_profile;
    if constexpr (S == shape::foundation_model_arn_relaxed) return fm;
    else if constexpr (S == shape::inference_profile_arn) return profile && in_five_partitions(b.partition);
    else if constexpr (S == shape::inference_profile_model_source_arn)
        return (fm || b.kind == resource_kind::inference_profile) && in_five_partitions(b.partition);
    else if constexpr (S == shape::prompt_router_target_model_arn)
        return (fm && !b.region_less()) || (profile && in_five_partitions(b.partition));
    else return false;
}

/// The shapes whose accepted case @ref typed_implies_pattern decides.
template <shape S>
inline constexpr bool has_fast_identifier_check =
    S == shape::foundation_model_arn_relaxed || S == shape::inference_profile_arn ||
    S == shape::inference_profile_model_source_arn || S == shape::prompt_router_target_model_arn;

/** A rule checker for one identifier member (an ARN or id): the typed parser's verdict bounded by AWS's
    pattern (@ref check_typed), so the reader and `parse` give one verdict, with one code and offset. Valid
    ARNs of the shapes of @ref has_fast_identifier_check are accepted after one pass (@ref typed_implies_pattern). */
template <shape S>
constexpr std::optional<parse_error> check_identifier(std::string_view s) noexcept {
    if constexpr (has_fast_identifier_check<S>) {
        auto const b = parse_bedrock_arn(s);
        if (b && typed_implies_pattern<S>(*b)) return std::nullopt;
    }
    return check_typed<S>(s);
}

/// The exact verdict of @ref read_profile_identifier: the lenient reading, then AWS's pattern.
template <shape S>
constexpr std::optional<parse_error> read_profile_identifier_exact(std::string_view s) noexcept {
    static_assert(S == shape::inference_profile_id || S == shape::inference_profile_arn);
    if constexpr (S == shape::inference_profile_id) {
        if (check_application_profile_id(s))
            if (auto e = check_profile_id_lenient(s)) return e;
    } else {
        auto const b = read_bedrock_arn(s);
        if (!b) return b.error();
        if (!shape_takes_kind(S, b->kind))
            return parse_error{errc::wrong_resource_type, static_cast<std::uint32_t>(b->arn.offset_of(4))};
    }
    return check_syntax<S>(s); // the shape named at compile time: only its grammar is instantiated
}

/** The lenient reading (R) of an inference profile's id or ARN in a response: as @ref check_identifier, except
    that a profile id whose geo is unrecognised is kept (@ref check_profile_id_lenient, @ref read_bedrock_arn);
    strict reads (V) also run @ref check_identifier.

    Accepted in one pass (then AWS's pattern is implied): an application profile id (`[a-z0-9]{12}`) or a
    profile id that @ref check_profile_id_lenient accepts (at most 64 bytes of a `[a-z-]` geo, `.` and a G1
    model id: `[a-zA-Z0-9-:.]{1,64}`); an ARN that @ref read_bedrock_arn reads as a profile kind in the
    pattern's five partitions (as @ref typed_implies_pattern; an unrecognised geo is geo-shaped, `[a-z-]`).
    Everything else: @ref read_profile_identifier_exact. */
template <shape S>
constexpr std::optional<parse_error> read_profile_identifier(std::string_view s) noexcept {
    static_assert(S == shape::inference_profile_id || S == shape::inference_profile_arn);
    if constexpr (S == shape::inference_profile_id) {
        // what check_application_profile_id accepts, without its engine on the usual 40-byte profile ids
        if (s.size() == application_profile_id_size && all_in_class(s.data(), s.size(), lower_alnum_chars))
            return std::nullopt;
        if (!check_profile_id_lenient(s)) return std::nullopt;
    } else {
        auto const b = read_bedrock_arn(s);
        if (b && typed_implies_pattern<S>(*b)) return std::nullopt;
    }
    return read_profile_identifier_exact<S>(s);
}

} // namespace bedrock::detail

#endif // BEDROCK_JSON_MEMBER_CHECKS_HPP
