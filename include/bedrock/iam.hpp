#ifndef BEDROCK_IAM_HPP
#define BEDROCK_IAM_HPP

#include <bedrock/api.hpp>

#include <array>        // std::array (wire table)
#include <cstdint>      // std::uint8_t
#include <initializer_list> // one_or_many construction
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::move
#include <vector>       // std::vector

/** @file
    IAM policy statements as plain structs, and the statements that the reference CDK constructs' grant
    methods produce (`spec/reference.md` §10), plus the management and least-privilege policies of the seed
    document. JSON (`{"Version": …, "Statement": [...]}`) comes from `<bedrock/json.hpp>`.

    ARNs are text. Text that holds pseudo-parameter references (`${AWS::Partition}`, `${AWS::Region}`,
    `${AWS::AccountId}`) is turned into a CloudFormation value by @ref make_cfn_expr (`Fn::Join` by default,
    as the references write it).
*/

namespace bedrock {

/** `Effect` of a statement. */
enum class iam_effect : std::uint8_t {
    allow, ///< `Allow`
    deny,  ///< `Deny`
};

namespace detail {
inline constexpr std::array<std::string_view, 2> iam_effect_names{"Allow", "Deny"};
} // namespace detail

/// Wire spelling (`"Allow"`, `"Deny"`).
[[nodiscard]] constexpr std::string_view to_string(iam_effect e) noexcept { return detail::wire_name(detail::iam_effect_names, e); }
/// Parses `"Allow"` or `"Deny"` (case-sensitive).
[[nodiscard]] constexpr std::optional<iam_effect> parse_iam_effect(std::string_view s) noexcept {
    return detail::wire_parse<iam_effect>(detail::iam_effect_names, s);
}

/// Wire table of `iam_effect`.
template <>
struct wire_enum<iam_effect> {
    static constexpr std::string_view to_string(iam_effect e) noexcept { return bedrock::to_string(e); }
    static constexpr std::optional<iam_effect> parse(std::string_view s) noexcept { return parse_iam_effect(s); }
};

/** A list that IAM writes as a scalar when it has one item (`"Action": "s3:GetObject"`), as the CDK does.

    @par Example
    @code
    bedrock::one_or_many<std::string> a{"bedrock:InvokeModel"};  // JSON: "bedrock:InvokeModel"
    bedrock::one_or_many<std::string> b{"a", "b"};                // JSON: ["a", "b"]
    @endcode
*/
template <class T>
struct one_or_many {
    std::vector<T> items; ///< the values, in order

    one_or_many() = default;
    one_or_many(std::initializer_list<T> l) : items(l) {}
    explicit one_or_many(std::vector<T> v) : items(std::move(v)) {}
    friend bool operator==(one_or_many const&, one_or_many const&) = default;
};

/** One IAM policy statement (`Sid`, `Effect`, `Action`, `Resource`; no conditions).

    `resources` are CloudFormation values so that a statement can name `Fn::GetAtt`/`Fn::Join` ARNs.

    @par Example
    @code
    bedrock::iam_statement s{std::nullopt, bedrock::iam_effect::allow, {"bedrock:GetInferenceProfile"},
                             {bedrock::cfn_expr{"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p"}}};
    @endcode
*/
struct iam_statement {
    std::optional<std::string> sid;         ///< `Sid`
    iam_effect effect = iam_effect::allow;  ///< `Effect`
    one_or_many<std::string> actions;       ///< `Action`
    one_or_many<cfn_expr> resources;        ///< `Resource`
    friend bool operator==(iam_statement const&, iam_statement const&) = default;
};

/** An IAM policy document (`Version` `2012-10-17`, `Statement` list). */
struct iam_policy_document {
    std::string version = "2012-10-17";   ///< `Version`
    std::vector<iam_statement> statements; ///< `Statement`
    friend bool operator==(iam_policy_document const&, iam_policy_document const&) = default;
};

/** Where ARNs are built: concrete values, or CloudFormation pseudo parameters (the default, like the CDK).

    @par Example
    @code
    bedrock::arn_environment deployed{"aws", "us-east-1", "123456789012"};
    bedrock::arn_environment in_template;  // ${AWS::Partition}, ${AWS::Region}, ${AWS::AccountId}
    @endcode
*/
struct arn_environment {
    std::string partition = "${AWS::Partition}"; ///< `aws`, `aws-cn`, … or the pseudo parameter
    std::string region = "${AWS::Region}";       ///< the stack's (source) region
    std::string account = "${AWS::AccountId}";   ///< the stack's account
    friend bool operator==(arn_environment const&, arn_environment const&) = default;
};

/// The IAM actions used below, spelled as the references spell them.
namespace iam_actions {
inline constexpr std::string_view invoke_model_any = "bedrock:InvokeModel*";      ///< InvokeModel + InvokeModelWithResponseStream
inline constexpr std::string_view invoke_model = "bedrock:InvokeModel";           ///< exact action
inline constexpr std::string_view get_foundation_model = "bedrock:GetFoundationModel";
inline constexpr std::string_view get_inference_profile = "bedrock:GetInferenceProfile";
inline constexpr std::string_view list_inference_profiles = "bedrock:ListInferenceProfiles";
inline constexpr std::string_view create_inference_profile = "bedrock:CreateInferenceProfile";
inline constexpr std::string_view delete_inference_profile = "bedrock:DeleteInferenceProfile";
inline constexpr std::string_view tag_resource = "bedrock:TagResource";
inline constexpr std::string_view untag_resource = "bedrock:UntagResource";
inline constexpr std::string_view list_tags_for_resource = "bedrock:ListTagsForResource";
inline constexpr std::string_view get_prompt_router = "bedrock:GetPromptRouter";
} // namespace iam_actions

/** Builds an `Allow` statement from actions and ARN texts (pseudo parameters become `Fn::Join`/`Fn::Sub`).

    @par Example
    @code
    auto s = bedrock::make_allow_statement({"bedrock:GetInferenceProfile"}, {"arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/us.amazon.nova-pro-v1:0"});
    @endcode
*/
[[nodiscard]] inline iam_statement make_allow_statement(std::vector<std::string_view> const& actions,
                                                        std::vector<std::string> const& resource_arns,
                                                        cfn_pseudo_style style = cfn_pseudo_style::join) {
    iam_statement s;
    for (auto a : actions) s.actions.items.emplace_back(a);
    for (auto const& r : resource_arns) s.resources.items.push_back(make_cfn_expr(r, style));
    return s;
}

/** Same, with resources that are already CloudFormation values (e.g. `Fn::GetAtt`). */
[[nodiscard]] inline iam_statement make_allow_statement(std::vector<std::string_view> const& actions,
                                                        std::vector<cfn_expr> resources) {
    iam_statement s;
    for (auto a : actions) s.actions.items.emplace_back(a);
    s.resources.items = std::move(resources);
    return s;
}

/** The regional foundation-model ARN `arn:<partition>:bedrock:<region>::foundation-model/<id>` (empty account). */
[[nodiscard]] inline std::string foundation_model_arn_text(std::string_view model_id, arn_environment const& env = {}) {
    return "arn:" + env.partition + ":bedrock:" + env.region + "::foundation-model/" + std::string(model_id);
}

/** `BedrockFoundationModel.grantInvoke`: `[InvokeModel*, GetFoundationModel]` on the regional FM ARN. */
[[nodiscard]] inline iam_statement grant_invoke_foundation_model(std::string_view model_id, arn_environment const& env = {},
                                                                 cfn_pseudo_style style = cfn_pseudo_style::join) {
    return make_allow_statement({iam_actions::invoke_model_any, iam_actions::get_foundation_model},
                                {foundation_model_arn_text(model_id, env)}, style);
}

/** `BedrockFoundationModel.grantInvokeAllRegions`: the same actions on `arn:<partition>:bedrock:*::foundation-model/<id>`. */
[[nodiscard]] inline iam_statement grant_invoke_foundation_model_all_regions(std::string_view model_id, arn_environment const& env = {},
                                                                             cfn_pseudo_style style = cfn_pseudo_style::join) {
    arn_environment any = env;
    any.region = "*";
    return make_allow_statement({iam_actions::invoke_model_any, iam_actions::get_foundation_model},
                                {foundation_model_arn_text(model_id, any)}, style);
}

/** The cross-region profile ARN `arn:<partition>:bedrock:<region>:<account>:inference-profile/<profile-id>`. */
[[nodiscard]] inline std::string cross_region_profile_arn_text(std::string_view profile_id, arn_environment const& env = {}) {
    return "arn:" + env.partition + ":bedrock:" + env.region + ":" + env.account + ":inference-profile/" + std::string(profile_id);
}

/** `CrossRegionInferenceProfile.grantProfileUsage`: `[GetInferenceProfile, InvokeModel*]` on the profile ARN. */
[[nodiscard]] inline iam_statement grant_cross_region_profile_usage(std::string_view profile_id, arn_environment const& env = {},
                                                                    cfn_pseudo_style style = cfn_pseudo_style::join) {
    return make_allow_statement({iam_actions::get_inference_profile, iam_actions::invoke_model_any},
                                {cross_region_profile_arn_text(profile_id, env)}, style);
}

/** `CrossRegionInferenceProfile.grantInvoke`: the model in all regions, then the profile usage (two statements).

    @param profile_id `<geo>.<model-id>`; the model id is the text after the first `.`.
*/
[[nodiscard]] inline std::vector<iam_statement> grant_invoke_cross_region_profile(std::string_view profile_id,
                                                                                  arn_environment const& env = {},
                                                                                  cfn_pseudo_style style = cfn_pseudo_style::join) {
    auto const dot = profile_id.find('.');
    std::string_view const model = dot == std::string_view::npos ? profile_id : profile_id.substr(dot + 1);
    return {grant_invoke_foundation_model_all_regions(model, env, style), grant_cross_region_profile_usage(profile_id, env, style)};
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
    std::string const resource = restrict_to_application_profiles
                                     ? "arn:" + std::string(partition) + ":bedrock:*:*:application-inference-profile/*"
                                     : std::string("*");
    doc.statements.push_back(make_allow_statement(actions, std::vector<std::string>{resource}));
    return doc;
}

} // namespace bedrock

#endif // BEDROCK_IAM_HPP
