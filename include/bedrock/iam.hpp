#ifndef BEDROCK_IAM_HPP
#define BEDROCK_IAM_HPP

#include <bedrock/api.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/foundation_model.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/result.hpp>

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
    methods produce (`docs/cdk-mapping.md`), plus the management and least-privilege policies of the seed
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
        (offsets refer to an ARN `arn:<partition>:bedrock:<region>:<account>:…`). */
    [[nodiscard]] static result<arn_environment> make(bedrock::partition p, std::string_view region, std::string_view account) {
        if (auto r = cross_region_profile{}.arn(p, region, account); !r) return r.error();
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
    friend bool operator==(arn_environment const&, arn_environment const&) = default;

private:
    bool concrete_ = false;
    bedrock::partition partition_ = bedrock::partition::aws;
    std::string region_;
    std::string account_;
};

/// The IAM actions used below, spelled as the references spell them.
namespace iam_actions {
inline constexpr std::string_view invoke_model_any = "bedrock:InvokeModel*";      ///< InvokeModel + InvokeModelWithResponseStream
inline constexpr std::string_view invoke_model = "bedrock:InvokeModel";           ///< exact action
inline constexpr std::string_view invoke_model_with_response_stream = "bedrock:InvokeModelWithResponseStream"; ///< exact action
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

/** A policy document from statements, dropping byte-identical repeats as aws-cdk-lib does by default.

    @par Example
    @code
    auto s = bedrock::grant_invoke(bedrock::models::amazon_nova_pro_v1);
    auto doc = bedrock::make_policy_document({s, s});  // one statement
    @endcode
*/
[[nodiscard]] inline iam_policy_document make_policy_document(std::vector<iam_statement> statements) {
    iam_policy_document doc;
    for (auto& s : statements) {
        bool seen = false;
        for (auto const& t : doc.statements) seen = seen || t == s;
        if (!seen) doc.statements.push_back(std::move(s));
    }
    return doc;
}

/** The foundation-model ARN in the environment's region (`modelArn` of the references). */
[[nodiscard]] inline std::string foundation_model_arn(foundation_model const& m, arn_environment const& env) {
    if (env.is_template()) return foundation_model_arn(m.id);
    return foundation_model_arn(env.partition(), env.region(), m.id).value();
}

/** The cross-region profile ARN in the environment's source region and account. */
[[nodiscard]] inline std::string cross_region_profile_arn(cross_region_profile const& p, arn_environment const& env) {
    if (env.is_template()) return p.arn();
    return p.arn(env.partition(), env.region(), env.account()).value();
}

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
    std::string const resource = restrict_to_application_profiles
                                     ? "arn:" + std::string(partition) + ":bedrock:*:*:application-inference-profile/*"
                                     : std::string("*");
    doc.statements.push_back(make_allow_statement(actions, std::vector<std::string>{resource}));
    return doc;
}

} // namespace bedrock

#endif // BEDROCK_IAM_HPP
