#ifndef BEDROCK_GRANTS_HPP
#define BEDROCK_GRANTS_HPP

/** @file
    Every grant and policy builder: the IAM statements that the reference CDK constructs' grant methods produce
    (`grantInvoke`, `grantInvokeAllRegions`, `grantProfileUsage` of foundation models, cross-region profiles,
    prompt routers and application profiles), the management policy of the seed document and a
    least-privilege invoke policy with concrete ARNs. A new grant goes here.

    @par Specification
    `docs/iam.md`, `docs/cdk-mapping.md`;
    [Prerequisites for inference profiles](https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-prereq.html).
*/

#include <bedrock/application_profile.hpp>
#include <bedrock/arn_environment.hpp>
#include <bedrock/bedrock_arn.hpp>
#include <bedrock/cloudformation.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/foundation_model.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/iam.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/prompt_router.hpp>
#include <bedrock/reference_flavor.hpp>
#include <bedrock/result.hpp>

#include <array>        // std::array (management actions)
#include <cstdint>      // std::uint8_t
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <variant>      // std::get_if (routing endpoints)
#include <vector>       // std::vector

namespace bedrock {

// ---- foundation models and cross-region profiles ---------------------------------------------------------

/** `BedrockFoundationModel.grantInvoke`: `[InvokeModel*, GetFoundationModel]` on the regional FM ARN.

    @par Example
    @code
    auto s = bedrock::grant_invoke(bedrock::models::amazon_nova_pro_v1);
    // Resource: {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":bedrock:", {"Ref": "AWS::Region"}, "::foundation-model/amazon.nova-pro-v1:0"]]}
    @endcode
*/
[[nodiscard]] inline iam_statement grant_invoke(foundation_model const& m, arn_environment const& env = {},
                                                cfn_pseudo_style style = cfn_pseudo_style::join) {
    return make_allow_statement({iam_actions::invoke_model_any, iam_actions::get_foundation_model},
                                {foundation_model_arn(m, env)}, style);
}

/** `BedrockFoundationModel.grantInvokeAllRegions`: the same actions on `arn:<partition>:bedrock:*::foundation-model/<id>`. */
[[nodiscard]] inline iam_statement grant_invoke_all_regions(foundation_model const& m, arn_environment const& env = {},
                                                            cfn_pseudo_style style = cfn_pseudo_style::join) {
    std::string arn = env.is_template() ? foundation_model_arn_all_regions(m.id)
                                        : foundation_model_arn_all_regions(env.partition(), m.id).value();
    return make_allow_statement({iam_actions::invoke_model_any, iam_actions::get_foundation_model}, {std::move(arn)}, style);
}

/** `CrossRegionInferenceProfile.grantProfileUsage`: `[GetInferenceProfile, InvokeModel*]` on the profile ARN. */
[[nodiscard]] inline iam_statement grant_profile_usage(cross_region_profile const& p, arn_environment const& env = {},
                                                       cfn_pseudo_style style = cfn_pseudo_style::join) {
    return make_allow_statement({iam_actions::get_inference_profile, iam_actions::invoke_model_any},
                                {cross_region_profile_arn(p, env)}, style);
}

/** `CrossRegionInferenceProfile.grantInvoke`: the model in all regions, then the profile usage (two statements).

    @par Example
    @code
    constexpr bedrock::cross_region_profile p{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    auto s = bedrock::grant_invoke(p);  // 2 statements
    @endcode
*/
[[nodiscard]] inline std::vector<iam_statement> grant_invoke(cross_region_profile const& p, arn_environment const& env = {},
                                                             cfn_pseudo_style style = cfn_pseudo_style::join) {
    return {grant_invoke_all_regions(p.model(), env, style), grant_profile_usage(p, env, style)};
}

/** The management actions the seed document lists, plus `CreateInferenceProfile` (creating a profile needs it).

    Order: Create, Get, List, Delete, TagResource, UntagResource, ListTagsForResource.
*/
inline constexpr std::array<std::string_view, 7> inference_profile_management_actions{
    iam_actions::create_inference_profile, iam_actions::get_inference_profile, iam_actions::list_inference_profiles,
    iam_actions::delete_inference_profile, iam_actions::tag_resource,          iam_actions::untag_resource,
    iam_actions::list_tags_for_resource};

/** The management policy of the seed document, as a valid document (the seed's snippet misses a comma).

    With `restrict_to_application_profiles`, `Resource` is `arn:<partition>:bedrock:*:*:application-inference-profile/` + `*`
    (the seed's restriction); otherwise `*`. One statement with all seven actions, as the seed shows it; see
    docs/iam.md for the caveat about list actions and resource-level restrictions.

    @par Example
    @code
    auto p = bedrock::make_management_policy("aws", true);
    // {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[…7 actions…],
    //   "Resource":"arn:aws:bedrock:*:*:application-inference-profile/" "*"}]}
    @endcode
*/
[[nodiscard]] inline iam_policy_document make_management_policy(std::string_view partition = "aws",
                                                                bool restrict_to_application_profiles = false) {
    iam_policy_document doc;
    std::vector<std::string_view> actions(inference_profile_management_actions.begin(), inference_profile_management_actions.end());
    std::string const resource =
        restrict_to_application_profiles
            ? format_bedrock_arn({partition, any_region, "*"}, resource_kind::application_inference_profile, "*")
            : std::string("*");
    doc.statements.push_back(make_allow_statement(actions, std::vector<std::string>{resource}));
    return doc;
}

// ---- prompt routers ------------------------------------------------------------------------------------------

/** `PromptRouter.grantInvoke`: each endpoint's `grantInvoke` (a profile gives two statements, a bare model one),
    then `[GetPromptRouter, InvokeModel]` on the router ARN.

    @par Example
    @code
    auto r = bedrock::make_prompt_router(bedrock::default_prompt_routers::meta_llama_3_1, "us-west-2").value();
    auto statements = bedrock::grant_invoke(r);  // 2 × 2 + 1 = 5 statements
    @endcode
*/
[[nodiscard]] inline std::vector<iam_statement> grant_invoke(prompt_router const& r, arn_environment const& env = {},
                                                             cfn_pseudo_style style = cfn_pseudo_style::join) {
    std::vector<iam_statement> out;
    for (auto const& e : r.routing_endpoints()) {
        if (auto const* p = std::get_if<cross_region_profile>(&e)) {
            for (auto& s : grant_invoke(*p, env, style)) out.push_back(std::move(s));
        } else {
            out.push_back(grant_invoke(std::get<foundation_model>(e), env, style));
        }
    }
    out.push_back(make_allow_statement({iam_actions::get_prompt_router, iam_actions::invoke_model}, {r.arn(env)}, style));
    return out;
}

// ---------------------------------------------------------------------------------------------------------
// IAM
// ---------------------------------------------------------------------------------------------------------

/** The ARN of a profile as a statement resource: the attributes' ARN, or `Fn::GetAtt [<logical id>, InferenceProfileArn]`. */
[[nodiscard]] inline cfn_expr application_profile_arn_value(application_profile const& p) {
    if (p.attributes && !p.attributes->arn.empty()) return cfn_expr{p.attributes->arn};
    return cfn_expr{cfn_get_att{p.logical_id, "InferenceProfileArn"}};
}

/** `grantProfileUsage` of an application profile: `[GetInferenceProfile, InvokeModel]` (no `*`) on its ARN.
    For an imported profile (no model source) with `reference_flavor::genai`:
    `[GetInferenceProfile, ListInferenceProfiles]`, as genai's `InferenceProfileBase` grants. */
[[nodiscard]] inline iam_statement grant_profile_usage(application_profile const& p,
                                                       reference_flavor flavor = reference_flavor::alpha) {
    bool const genai_import = flavor == reference_flavor::genai && p.source.kind() == model_source_kind::none;
    return make_allow_statement({iam_actions::get_inference_profile,
                                 genai_import ? iam_actions::list_inference_profiles : iam_actions::invoke_model},
                                std::vector<cfn_expr>{application_profile_arn_value(p)});
}

/** `grantInvoke` of an application profile: the model source's `grantInvoke` chain, then
    @ref grant_profile_usage, in the references' order (`docs/cdk-mapping.md`).

    An ARN-text source is granted by its resource type: a foundation model as `BedrockFoundationModel.grantInvoke`,
    a system-defined profile as `CrossRegionInferenceProfile.grantInvoke` (model in all regions + profile), an
    application profile with `[GetInferenceProfile, InvokeModel]`, a prompt router with
    `[GetPromptRouter, InvokeModel]`, anything else with `[InvokeModel*]`.

    @par Example
    @code
    bedrock::application_profile p;
    p.name = "x";
    p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    auto s = bedrock::grant_invoke(p);  // FM in all regions, the CRIS, then the AIP's Fn::GetAtt
    @endcode
*/
[[nodiscard]] inline std::vector<iam_statement> grant_invoke(application_profile const& p, arn_environment const& env = {},
                                                             cfn_pseudo_style style = cfn_pseudo_style::join) {
    std::vector<iam_statement> out;
    auto append = [&](std::vector<iam_statement> v) {
        for (auto& s : v) out.push_back(std::move(s));
    };
    switch (p.source.kind()) {
    case model_source_kind::none: break;
    case model_source_kind::foundation_model: out.push_back(grant_invoke(*p.source.model(), env, style)); break;
    case model_source_kind::cross_region_profile: append(grant_invoke(*p.source.profile(), env, style)); break;
    case model_source_kind::prompt_router: append(grant_invoke(*p.source.router(), env, style)); break;
    case model_source_kind::application_profile: append(grant_invoke(*p.source.application(), env, style)); break;
    case model_source_kind::arn: {
        std::string const& text = *p.source.arn_text();
        auto const sample = detail::with_sample_pseudo_values(text);
        auto const b = parse_bedrock_arn(sample);
        auto const is = [&b](resource_kind k) { return b && b->kind == k; };
        if (is(resource_kind::foundation_model)) {
            out.push_back(make_allow_statement({iam_actions::invoke_model_any, iam_actions::get_foundation_model}, {text}, style));
        } else if (is(resource_kind::inference_profile)) {
            // The partition as the user wrote it (`aws`, `aws-us-gov` or `${AWS::Partition}`): the text between
            // `arn:` and `:bedrock:`, which the sample substitution above has already proven present.
            std::string_view const partition_text = std::string_view(text).substr(4, text.find(":bedrock:") - 4);
            std::string all = format_bedrock_arn(arn_location{partition_text, any_region, {}}, resource_kind::foundation_model, b->model);
            out.push_back(make_allow_statement({iam_actions::invoke_model_any, iam_actions::get_foundation_model}, {std::move(all)}, style));
            out.push_back(make_allow_statement({iam_actions::get_inference_profile, iam_actions::invoke_model_any}, {text}, style));
        } else if (is(resource_kind::application_inference_profile)) {
            out.push_back(make_allow_statement({iam_actions::get_inference_profile, iam_actions::invoke_model}, {text}, style));
        } else if (is(resource_kind::default_prompt_router) || is(resource_kind::prompt_router)) {
            out.push_back(make_allow_statement({iam_actions::get_prompt_router, iam_actions::invoke_model}, {text}, style));
        } else {
            out.push_back(make_allow_statement({iam_actions::invoke_model_any}, {text}, style));
        }
        break;
    }
    }
    out.push_back(grant_profile_usage(p));
    return out;
}

/** A least-privilege invoke policy with concrete ARNs, where the references grant region `*`:
    `[bedrock:InvokeModel, bedrock:InvokeModelWithResponseStream]` on the application profile, its source
    profile (in the environment's region and account) and the foundation model in every region the profile
    routes to. The regions come from the service's `models` list when the attributes have one, otherwise from
    the geo's destination regions; a `global` profile names the region-less model ARN
    (`arn:aws:bedrock:::foundation-model/<id>`) and the model in the source region.

    Needs a concrete `env` (else `region_required`), the profile's ARN (attributes) or id, and a foundation
    model or system-defined profile source (an ARN text of either kind works too) in the environment's
    partition (else `region_partition_mismatch` for an ARN text in another partition, `geo_partition_mismatch`
    for a profile whose geo belongs to another partition; both at `/modelSource/copyFrom`, offset 4).

    @par Example
    @code
    auto p = bedrock::import_application_profile(
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", "k3x9q2mz7w4p").value();
    p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    auto env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    auto doc = bedrock::make_least_privilege_invoke_policy(p, env);  // 1 statement, 5 resources
    @endcode
*/
[[nodiscard]] inline checked<iam_policy_document> make_least_privilege_invoke_policy(application_profile const& p,
                                                                                     arn_environment const& env) {
    std::vector<profile_violation> v;
    if (env.is_template())
        v.push_back({errc::region_required, "", 0, "a least-privilege policy needs a concrete partition, region and account", service_rule});
    if (!p.attributes || p.attributes->arn.empty())
        v.push_back({errc::missing_resource_id, "/inferenceProfileArn", 0, "the application profile has no ARN yet (import or create it first)", service_rule});
    std::vector<std::string> resources;
    if (v.empty()) resources.push_back(p.attributes->arn);
    std::string model_id;
    std::optional<geo> g;
    std::string profile_arn;
    partition part = env.partition();
    switch (p.source.kind()) {
    case model_source_kind::foundation_model: model_id = std::string(p.source.model()->id); break;
    case model_source_kind::cross_region_profile:
        model_id = std::string(p.source.profile()->model().id);
        g = p.source.profile()->geo_region();
        if (v.empty()) profile_arn = cross_region_profile_arn(*p.source.profile(), env);
        break;
    case model_source_kind::arn:
        if (auto b = parse_bedrock_arn(*p.source.arn_text())) {
            if (b->kind == resource_kind::foundation_model) {
                model_id = std::string(b->model);
                part = b->partition;
            } else if (b->kind == resource_kind::inference_profile) {
                model_id = std::string(b->model);
                g = b->geo;
                profile_arn = *p.source.arn_text();
            }
        }
        if (model_id.empty())
            v.push_back({errc::wrong_resource_type, "/modelSource/copyFrom", 0,
                         "the source must be a concrete foundation-model or system-defined inference-profile ARN", service_rule});
        break;
    default:
        v.push_back({errc::wrong_resource_type, "/modelSource/copyFrom", 0,
                     "the source must be a foundation model or a system-defined inference profile", service_rule});
    }
    // Every ARN below is in one partition: the environment's. A source that lives in another one (a
    // us-gov profile from an aws environment) made a policy that mixed partitions, or threw from value().
    if (v.empty() && part != env.partition())
        v.push_back({errc::region_partition_mismatch, "/modelSource/copyFrom", 4,
                     "the source's partition (" + std::string(to_string(part)) + ") is not the environment's (" +
                         std::string(to_string(env.partition())) + ")",
                     service_rule});
    if (v.empty() && g && partition_of(*g) != env.partition())
        v.push_back({errc::geo_partition_mismatch, "/modelSource/copyFrom", 4,
                     "the profile's geo (" + std::string(to_string(*g)) + ") belongs to another partition than the environment (" +
                         std::string(to_string(env.partition())) + ")",
                     service_rule});
    if (!v.empty()) return v;
    if (!profile_arn.empty()) resources.push_back(profile_arn);
    if (!p.attributes->models.empty()) {
        for (auto const& m : p.attributes->models) resources.push_back(m);
    } else if (!g) {
        resources.push_back(foundation_model_arn(part, env.region(), model_id).value());
    } else if (*g == geo::global) {
        resources.push_back(foundation_model_arn(env.partition(), env.region(), model_id).value());
        resources.push_back(format_bedrock_arn({to_string(partition_of(*g)), {}, {}}, resource_kind::foundation_model, model_id));
    } else {
        for (auto const r : destination_regions(*g))
            resources.push_back(foundation_model_arn(partition_of(*g), r, model_id).value());
    }
    iam_policy_document doc;
    doc.statements.push_back(make_allow_statement({iam_actions::invoke_model, iam_actions::invoke_model_with_response_stream},
                                                  resources, cfn_pseudo_style::join));
    return doc;
}

// ---- the invoke policies of the Amazon Bedrock User Guide -------------------------------------------------

namespace detail {

/// `{"StringEquals": {key: value, …}}` with one value per key, keys in the order given.
inline iam_conditions string_equals(std::vector<std::pair<std::string_view, cfn_expr>> entries) {
    iam_condition_block block;
    for (auto& [k, value] : entries) block.emplace_back(std::string(k), iam_condition_values{std::move(value)});
    return {{std::string(iam_condition_operators::string_equals), std::move(block)}};
}

/// One `Allow` statement of the user guide's shape: a Sid, `"Action": "bedrock:InvokeModel"` (one string), a
/// `Resource` list (a list even with one ARN), and the conditions.
inline iam_statement documented_statement(std::string_view sid, std::vector<cfn_expr> resources, std::optional<iam_conditions> conditions) {
    iam_statement s = make_allow_statement({iam_actions::invoke_model}, std::move(resources));
    s.sid = std::string(sid);
    s.resources.as_list = true;
    s.conditions = std::move(conditions);
    return s;
}

/// The statements of the documented policy for the profile `g`.`model_id` invoked through `invoked` (the
/// system-defined profile's ARN, or an application profile's), in `env`; `behind` (when set) is the
/// system-defined profile behind an application profile, added to the first statement's resources.
inline std::vector<iam_statement> documented_invoke_statements(geo g, std::string_view model_id, cfn_expr const& invoked,
                                                               std::optional<cfn_expr> const& behind, arn_environment const& env,
                                                               cfn_pseudo_style style) {
    namespace keys = iam_condition_keys;
    std::vector<cfn_expr> first{invoked};
    if (behind) first.push_back(*behind);
    std::vector<iam_statement> out;
    if (g == geo::global) {
        // the region alone is a plain {"Ref": "AWS::Region"} in a template
        cfn_expr const region = env.is_template() ? cfn_expr{cfn_ref{"AWS::Region"}} : cfn_expr{std::string(env.region())};
        auto const in_region = make_cfn_expr(format_bedrock_arn(env.location(), resource_kind::foundation_model, model_id), style);
        auto const region_less =
            make_cfn_expr(format_bedrock_arn({env.partition_text(), {}, {}}, resource_kind::foundation_model, model_id), style);
        out.push_back(documented_statement("GrantGlobalCrisInferenceProfileRegionAccess", first,
                                           string_equals({{keys::requested_region, region}})));
        out.push_back(documented_statement("GrantGlobalCrisInferenceProfileInRegionModelAccess", {in_region},
                                           string_equals({{keys::requested_region, region}, {keys::inference_profile_arn, invoked}})));
        out.push_back(documented_statement("GrantGlobalCrisInferenceProfileGlobalModelAccess", {region_less},
                                           string_equals({{keys::requested_region, cfn_expr{std::string("unspecified")}},
                                                          {keys::inference_profile_arn, invoked}})));
        return out;
    }
    // geographic: the model in the source region first, then every other destination region in the geo's order
    auto const part = to_string(partition_of(g));
    std::vector<cfn_expr> models;
    if (!env.is_template()) models.emplace_back(format_bedrock_arn({part, env.region(), {}}, resource_kind::foundation_model, model_id));
    for (auto const r : profile_destination_regions(g, model_id)) {
        if (!env.is_template() && r == env.region()) continue;
        models.emplace_back(format_bedrock_arn({part, r, {}}, resource_kind::foundation_model, model_id));
    }
    out.push_back(documented_statement("GrantGeoCrisInferenceProfileAccess", first, std::nullopt));
    out.push_back(documented_statement("GrantGeoCrisModelAccess", std::move(models),
                                       string_equals({{keys::inference_profile_arn, invoked}})));
    return out;
}

} // namespace detail

/** The least-privilege invoke policy of a cross-region profile exactly as the Amazon Bedrock User Guide shows it
    (`docs/iam.md`): `bedrock:InvokeModel` on the profile, and on the model in the source region and every
    destination region (the region-less model ARN for `global`) only through the profile, by the
    `bedrock:InferenceProfileArn` condition; for `global` also the `aws:RequestedRegion` conditions.

    In a concrete environment every ARN is literal and the source region's model comes first. In the template
    environment the profile ARN and the condition values use `${AWS::Region}` / `${AWS::AccountId}` (written as
    `Fn::Join`), and the geographic model list is the geo's destination regions in order (the source region is
    one of them). Destination regions are the profile's own where AWS's data gives them, else the geo's
    (@ref profile_destination_regions).

    @par Specification
    [Geographic cross-Region inference](https://docs.aws.amazon.com/bedrock/latest/userguide/geographic-cross-region-inference.html),
    [Global cross-Region inference](https://docs.aws.amazon.com/bedrock/latest/userguide/global-cross-region-inference.html)
    (sections "IAM policy requirements").

    @par Example
    @code
    constexpr bedrock::cross_region_profile p{bedrock::geo::us, bedrock::models::anthropic_claude_sonnet_4_5_v1_0};
    auto env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    auto doc = bedrock::make_documented_invoke_policy(p, env);  // 2 statements, as the geographic page shows
    @endcode
*/
[[nodiscard]] inline iam_policy_document make_documented_invoke_policy(cross_region_profile const& p, arn_environment const& env = {},
                                                                      cfn_pseudo_style style = cfn_pseudo_style::join) {
    iam_policy_document doc;
    doc.statements = detail::documented_invoke_statements(p.geo_region(), p.model().id,
                                                          make_cfn_expr(cross_region_profile_arn(p, env), style), std::nullopt, env, style);
    return doc;
}

/** The documented invoke policy for an application profile whose source is a cross-region profile (object or
    `inference-profile` ARN): the statements of @ref make_documented_invoke_policy(cross_region_profile const&, arn_environment const&, cfn_pseudo_style)
    with the application profile's ARN as the invoked ARN (first statement's resource and every
    `bedrock:InferenceProfileArn` value), plus the system-defined profile's ARN in the first statement. The
    application profile's ARN is its attributes' ARN, else `Fn::GetAtt [<logical id>, InferenceProfileArn]`
    (@ref application_profile_arn_value). AWS shows no example of this case; `docs/iam.md` says why it is
    derived so.

    Fails with `wrong_resource_type` when the source is not a cross-region profile.
*/
[[nodiscard]] inline checked<iam_policy_document> make_documented_invoke_policy(application_profile const& p,
                                                                               arn_environment const& env = {},
                                                                               cfn_pseudo_style style = cfn_pseudo_style::join) {
    std::optional<geo> g;
    std::string model_id;
    std::optional<cfn_expr> behind;
    if (p.source.kind() == model_source_kind::cross_region_profile) {
        g = p.source.profile()->geo_region();
        model_id = std::string(p.source.profile()->model().id);
        behind = make_cfn_expr(cross_region_profile_arn(*p.source.profile(), env), style);
    } else if (p.source.kind() == model_source_kind::arn) {
        std::string const sample = detail::with_sample_pseudo_values(*p.source.arn_text());
        auto const b = parse_bedrock_arn(sample);
        if (b && b->kind == resource_kind::inference_profile) {
            g = b->geo;
            model_id = std::string(b->model);
            behind = make_cfn_expr(*p.source.arn_text(), style);
        }
    }
    if (!g)
        return std::vector<profile_violation>{{errc::wrong_resource_type, "/modelSource/copyFrom", 0,
                                               "the documented policy needs a system-defined (cross-region) inference profile as the source",
                                               service_rule}};
    iam_policy_document doc;
    doc.statements = detail::documented_invoke_statements(*g, model_id, application_profile_arn_value(p), behind, env, style);
    return doc;
}

} // namespace bedrock

#endif // BEDROCK_GRANTS_HPP
