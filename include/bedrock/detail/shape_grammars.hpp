#ifndef BEDROCK_DETAIL_SHAPE_GRAMMARS_HPP
#define BEDROCK_DETAIL_SHAPE_GRAMMARS_HPP

/** @file
    The implementation of `<bedrock/shape.hpp>`: the table of AWS shape names and length limits (one row per
    `bedrock::shape` enumerator, in enum order), the grammar rule of every shape (the `detail/scan.hpp` rules,
    transcribed from the verbatim botocore patterns of `docs/identifiers.md`) and the extra checks of the strict
    layer. Users name none of it: `shape.hpp` maps each `shape` to its rule, so naming one shape instantiates
    one grammar. Every rule is a variable template (`shapes::x<>`; the parameter only defers it), so a TU
    instantiates and constant-evaluates only the rules its shapes use, not all 55 (issue 9).
*/

#include <bedrock/bedrock_arn.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/detail/chars.hpp>
#include <bedrock/detail/scan.hpp>
#include <bedrock/error.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/profile_id.hpp>

#include <array>        // std::array (the shape table)
#include <cstdint>      // std::uint32_t
#include <optional>     // std::optional (the strict checks)
#include <string_view>  // std::string_view

namespace bedrock::detail {

/// The length limits of one shape as AWS's model states them (`shape_limits` is their public form).
struct shape_length {
    std::uint32_t min = 0;
    std::uint32_t max = unbounded;
};

/// One row of the shape table: the AWS shape name and its lengths.
struct shape_info {
    std::string_view name;
    shape_length limits;
};

inline constexpr std::uint32_t nolim = unbounded;
/// The shape table: one row per `bedrock::shape` enumerator, in enum order (`shape.hpp` checks the count).
inline constexpr std::array<shape_info, 40> shape_table{{
    {"InferenceProfileArn", {1, 2048}},
    {"InferenceProfileId", {1, 64}},
    {"InferenceProfileIdentifier", {1, 2048}},
    {"InferenceProfileName", {1, 64}},
    {"InferenceProfileDescription", {1, 200}},
    {"InferenceProfileModelSourceArn", {1, 2048}},
    {"FoundationModelArn", {0, nolim}},
    {"BedrockModelId", {0, 140}},
    {"GetFoundationModelIdentifier", {1, 2048}},
    {"ModelIdentifier", {1, 2048}},
    {"ModelArn", {20, 1011}},
    {"ModelId", {1, 2048}},
    {"PromptRouterArn", {1, 2048}},
    {"PromptRouterName", {1, 64}},
    {"PromptRouterDescription", {1, 200}},
    {"PromptRouterTargetModelArn", {1, 2048}},
    {"ProvisionedModelArn", {0, nolim}},
    {"ProvisionedModelId", {0, nolim}},
    {"ProvisionedModelName", {1, 63}},
    {"CustomModelArn", {20, 1011}},
    {"ImportedModelArn", {20, 1011}},
    {"ImportedModelIdentifier", {1, 1011}},
    {"CustomModelDeploymentArn", {0, 1011}},
    {"CustomModelDeploymentIdentifier", {1, 93}},
    {"AccountId", {0, nolim}},
    {"TagKey", {1, 128}},
    {"TagValue", {0, 256}},
    {"TaggableResourcesArn", {20, 1011}},
    {"IdempotencyToken", {1, 256}},
    {"InvokeModelIdentifier", {1, 2048}},
    {"ConversationalModelId", {1, 2048}},
    {"InvokedModelId", {0, nolim}},
    {"AsyncInvokeIdentifier", {1, 256}},
    {"AsyncInvokeArn", {1, 2048}},
    {"InvocationArn", {1, 2048}},
    {"FoundationModelVersionIdentifier", {1, 256}},
    {"FoundationModelArnRelaxed", {0, nolim}},
    {"PaginationToken", {1, 2048}},
    {"Provider", {0, nolim}},
    {"BrandedName", {1, 20}},
}};

// The grammar of every shape, transcribed from `docs/identifiers.md`. Each rule is a variable template on an
// unused `V` that it passes on to the rules it is built from, so that nothing is evaluated before a shape is
// named (shape.hpp's shape_rule<S>() names `x<>`).
namespace shapes {

template <class V = void>
inline constexpr auto arn_head = lit(arn_prefix, errc::not_an_arn);
// aws(-[^:]+)?:
template <class V = void>
inline constexpr auto partition_any =
    seq(lit("aws", errc::bad_partition),
        opt(seq(lit("-", errc::bad_partition), run_of(not_colon_chars, 1, unbounded, errc::bad_partition))),
        lit(":", errc::bad_partition));
// aws(|-us-gov|-cn|-iso|-iso-b):
template <class V = void>
inline constexpr auto partition_five =
    seq(lit("aws", errc::bad_partition),
        alt(lit("", errc::bad_partition), lit("-us-gov", errc::bad_partition), lit("-cn", errc::bad_partition),
            lit("-iso", errc::bad_partition), lit("-iso-b", errc::bad_partition)),
        lit(":", errc::bad_partition));
template <class V = void>
inline constexpr auto service_bedrock = seq(lit("bedrock", errc::bad_service), lit(":", errc::bad_service));
template <class V = void>
inline constexpr auto prefix_any = seq(arn_head<V>, partition_any<V>, service_bedrock<V>);
template <class V = void>
inline constexpr auto prefix_five = seq(arn_head<V>, partition_five<V>, service_bedrock<V>);
// [a-z0-9-]{1,20}:   and   (|[0-9a-z-]{0,20}):
template <class V = void>
inline constexpr auto region1 = seq(run_of(segment_chars, 1, 20, errc::bad_region), lit(":", errc::bad_region));
template <class V = void>
inline constexpr auto region0 = seq(run_of(segment_chars, 0, 20, errc::bad_region), lit(":", errc::bad_region));
template <class V = void>
inline constexpr auto account12 = run_of(digit_chars, 12, 12, errc::bad_account);
template <class V = void>
inline constexpr auto account_opt = alt(lit("", errc::bad_account), account12<V>);
template <class V = void>
inline constexpr auto account_end = lit(":", errc::bad_account);
template <class V = void>
inline constexpr auto no_account = lit(":", errc::account_not_allowed);
constexpr lit_rule type(std::string_view t) noexcept { return lit(t, errc::wrong_resource_type); }
template <class V = void>
inline constexpr auto slash = lit("/", errc::missing_resource_delimiter);
template <class V = void>
inline constexpr auto profile_types = alt(type("inference-profile"), type("application-inference-profile"));
template <class V = void>
inline constexpr auto profile_chars = run_of(profile_id_chars, 1, unbounded, errc::bad_resource_id);
template <class V = void>
inline constexpr auto id12 = run_of(lower_alnum_chars, 12, 12, errc::bad_resource_id);
template <class V = void>
inline constexpr auto seg = model_segment;
template <class V = void>
inline constexpr auto dot = model_dot;
template <class V = void>
inline constexpr auto model_slash = lit("/", errc::bad_model_id);
template <class V = void>
inline constexpr name_rule name_underscore = name_of(alnum_chars, underscore_hyphen_chars);
template <class V = void>
inline constexpr name_rule name_space = name_of(alnum_chars, name_separator_chars);
template <class V = void>
inline constexpr name_rule description = name_of(description_chars, name_separator_chars);
template <class V = void>
inline constexpr auto bare_profile = run_of(profile_id_chars, 1, unbounded, errc::invalid_character);

// ...:region::foundation-model/<g>
template <class V, class Region, class G>
constexpr auto fm_arn(Region region, G g) noexcept {
    return seq(prefix_any<V>, region, no_account<V>, type("foundation-model"), slash<V>, g);
}
// arn:aws(|…):bedrock:(|region):(|account):(<types>)/[a-zA-Z0-9-:.]+
template <class V, class Account, class Types>
constexpr auto profile_arn(Account account, Types types) noexcept {
    return seq(prefix_five<V>, region0<V>, account, account_end<V>, types, slash<V>, profile_chars<V>);
}
// arn:aws(-[^:]+)?:bedrock:region:account:<type>/[a-z0-9]{12}
template <class V>
constexpr auto id12_arn(std::string_view t) noexcept {
    return seq(prefix_any<V>, region1<V>, account12<V>, account_end<V>, type(t), slash<V>, id12<V>);
}

template <class V = void>
inline constexpr auto inference_profile_arn = profile_arn<V>(account_opt<V>, profile_types<V>);
template <class V = void>
inline constexpr auto inference_profile_identifier =
    seq(opt(seq(prefix_five<V>, region0<V>, account_opt<V>, account_end<V>, profile_types<V>, slash<V>)), bare_profile<V>);
template <class V = void>
inline constexpr auto inference_profile_model_source_arn =
    profile_arn<V>(account_opt<V>, alt(type("inference-profile"), type("foundation-model")));
template <class V = void>
inline constexpr auto foundation_model_arn = fm_arn<V>(region1<V>, model_id_g1);
template <class V = void>
inline constexpr auto foundation_model_arn_relaxed = fm_arn<V>(region0<V>, model_id_g1);
template <class V = void>
inline constexpr auto bedrock_model_id = seq(model_id_g4, opt(seq(model_slash<V>, id12<V>)));
template <class V = void>
inline constexpr auto get_foundation_model_identifier = alt(foundation_model_arn<V>, model_id_g2);
template <class V = void>
inline constexpr auto custom_base_g2 = seq(alt(lit("imported", errc::bad_model_id), seq(seg<V>, dot<V>, seg<V>)),
                                           rep(0, 2, seq(model_colon, seg<V>)), model_slash<V>, id12<V>);
template <class V = void>
inline constexpr auto model_identifier =
    alt(seq(prefix_any<V>, region1<V>,
            alt(seq(account12<V>, account_end<V>, type("custom-model"), slash<V>, custom_base_g2<V>),
                seq(no_account<V>, type("foundation-model"), slash<V>, model_id_g2))),
        model_id_g2, name_underscore<V>);
template <class V = void>
inline constexpr auto model_arn =
    seq(prefix_any<V>, region1<V>,
        alt(seq(account12<V>, account_end<V>, type("custom-model"), slash<V>, custom_base_g2<V>),
            seq(no_account<V>, type("foundation-model"), slash<V>, model_id_g1)));
template <class V = void>
inline constexpr auto model_id =
    alt(seq(prefix_any<V>, region1<V>,
            alt(seq(account12<V>, account_end<V>, type("custom-model"), slash<V>, seg<V>, dot<V>,
                    run_of(segment_colon_chars, 1, 63, errc::bad_model_id), model_slash<V>, id12<V>),
                seq(no_account<V>, type("foundation-model"), slash<V>, model_id_g2), name_underscore<V>,
                seq(account12<V>, account_end<V>, profile_types<V>, slash<V>, profile_chars<V>))),
        model_id_g2, name_underscore<V>);
template <class V = void>
inline constexpr auto prompt_router_arn =
    seq(prefix_any<V>, region1<V>, account12<V>, account_end<V>, type("default-prompt-router"), slash<V>, profile_chars<V>);
template <class V = void>
inline constexpr auto prompt_router_target_model_arn = alt(foundation_model_arn<V>, inference_profile_arn<V>);
template <class V = void>
inline constexpr auto provisioned_model_arn = id12_arn<V>("provisioned-model");
template <class V = void>
inline constexpr auto provisioned_model_id = alt(name_underscore<V>, provisioned_model_arn<V>);
template <class V = void>
inline constexpr auto custom_model_arn =
    seq(prefix_five<V>, region1<V>, account12<V>, account_end<V>, type("custom-model"), slash<V>,
        alt(lit("imported", errc::bad_model_id), model_id_g4), model_slash<V>, id12<V>);
template <class V = void>
inline constexpr auto imported_model_arn = id12_arn<V>("imported-model");
template <class V = void>
inline constexpr auto imported_model_identifier = alt(imported_model_arn<V>, name_underscore<V>);
template <class V = void>
inline constexpr auto custom_model_deployment_arn = id12_arn<V>("custom-model-deployment");
template <class V = void>
inline constexpr auto custom_model_deployment_identifier =
    alt(seq(prefix_five<V>, region1<V>, account12<V>, account_end<V>, type("custom-model-deployment"), slash<V>, id12<V>),
        name_of(alnum_chars, underscore_hyphen_chars, 63));
template <class V = void>
inline constexpr auto account_id = account12<V>;
template <class V = void>
inline constexpr auto tag = run_of(tag_chars, 0, unbounded);
template <class V = void>
inline constexpr auto taggable_resources_arn = profile_arn<V>(account12<V>, profile_types<V>);
// Fast verdict of the rule below: an alphanumeric, then optionally 0..254 of `[a-zA-Z0-9-]` and an
// alphanumeric; i.e. 1..256 bytes of `[a-zA-Z0-9-]` (the token) that start and end with an alphanumeric.
constexpr bool is_idempotency_token(std::string_view t) noexcept {
    return !t.empty() && t.size() <= 256 && alnum_chars(t.front()) && alnum_chars(t.back());
}
template <class V = void>
inline constexpr auto idempotency_token = with_fast_token(
    seq(run_of(alnum_chars, 1, 1), opt(seq(run_of(alnum_hyphen_chars, 0, 254), run_of(alnum_chars, 1, 1)))),
    alnum_hyphen_chars, is_idempotency_token);
template <class V = void>
inline constexpr auto invoke_model_identifier = alt(
    seq(prefix_any<V>, region1<V>,
        alt(seq(account12<V>, account_end<V>, type("custom-model"), slash<V>, seg<V>, dot<V>, seg<V>, model_slash<V>, id12<V>),
            seq(no_account<V>, type("foundation-model"), slash<V>, model_id_g3),
            seq(account12<V>, account_end<V>, type("imported-model"), slash<V>, id12<V>),
            seq(account12<V>, account_end<V>, type("provisioned-model"), slash<V>, id12<V>),
            seq(account12<V>, account_end<V>, type("custom-model-deployment"), slash<V>, id12<V>),
            seq(account12<V>, account_end<V>, profile_types<V>, slash<V>, profile_chars<V>))),
    model_id_g3, name_underscore<V>, bare_profile<V>,
    seq(prefix_any<V>, region1<V>, account12<V>, account_end<V>, type("prompt"), slash<V>,
        run_of(alnum_chars, 10, 10, errc::bad_resource_id),
        opt(seq(lit(":", errc::bad_resource_id), run_of(digit_chars, 1, 5, errc::bad_resource_id)))),
    seq(arn_head<V>, lit("aws", errc::bad_partition), lit(":", errc::bad_partition), lit("sagemaker", errc::bad_service),
        lit(":", errc::bad_service), run_of(segment_chars, 1, unbounded, errc::bad_region), lit(":", errc::bad_region),
        account12<V>, account_end<V>, type("endpoint"), slash<V>, run_of(alnum_hyphen_chars, 1, unbounded, errc::bad_resource_id)),
    seq(prefix_any<V>, region1<V>, account12<V>, account_end<V>, opt(lit("default-", errc::wrong_resource_type)),
        type("prompt-router"), slash<V>, profile_chars<V>));
template <class V = void>
inline constexpr auto invoked_model_id =
    alt(fm_arn<V>(region1<V>, model_id_g4),
        seq(prefix_five<V>, region0<V>, account_opt<V>, account_end<V>, type("inference-profile"), slash<V>, profile_chars<V>));
template <class V = void>
inline constexpr auto async_identifier = run_of(async_id_chars, 1, unbounded);
template <class V = void>
inline constexpr auto async_invoke_arn =
    seq(arn_head<V>, run_of(segment_chars, 1, unbounded, errc::bad_partition), lit(":", errc::bad_partition),
        service_bedrock<V>, run_of(segment_chars, 0, unbounded, errc::bad_region), lit(":", errc::bad_region),
        run_of(digit_chars, 0, unbounded, errc::bad_account), account_end<V>,
        alt(type("provisioned-model"), type("foundation-model")), slash<V>,
        run_of(dot_chars, 1, unbounded, errc::bad_resource_id));
template <class V = void>
inline constexpr auto invocation_arn = id12_arn<V>("async-invoke");
template <class V = void>
inline constexpr auto pagination_token = run_of(non_space_chars, 0, unbounded);
template <class V = void>
inline constexpr auto provider = run_of(provider_chars, 1, 63);
template <class V = void>
inline constexpr auto branded_name = run_of(dot_chars, 0, unbounded);

} // namespace shapes

/// Strict: a name or description must not end with a separator (`docs/identifiers.md`).
constexpr std::optional<parse_error> check_no_trailing_separator(std::string_view s) noexcept {
    if (!s.empty() && name_separator_chars(s.back()))
        return parse_error{errc::trailing_separator, static_cast<std::uint32_t>(s.size() - 1)};
    return std::nullopt;
}

/// Strict: a bare profile id is an application profile id or a cross-region profile id.
constexpr std::optional<parse_error> check_any_profile_id(std::string_view s) noexcept {
    if (!check_application_profile_id(s)) return std::nullopt;
    return check_profile_id(s);
}

/// Strict: a Bedrock ARN of one of the given kinds (the syntax layer already fixed the kind set).
constexpr std::optional<parse_error> check_bedrock_arn(std::string_view s) noexcept {
    auto const r = parse_bedrock_arn(s);
    if (!r) return r.error();
    return std::nullopt;
}

/// Strict: what the classifier says (runtime invoke ids, batch model ids, …).
constexpr std::optional<parse_error> check_classified(std::string_view s) noexcept {
    return check_model_identifier(s); // strict: an unrecognised geo is refused
}

} // namespace bedrock::detail

#endif // BEDROCK_DETAIL_SHAPE_GRAMMARS_HPP
