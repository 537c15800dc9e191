#ifndef BEDROCK_IAM_HPP
#define BEDROCK_IAM_HPP

#include <bedrock/cloudformation.hpp>
#include <bedrock/wire_name.hpp>

#include <algorithm>    // std::stable_sort (repeated statements)
#include <array>        // std::array (wire table)
#include <cstdint>      // std::uint8_t
#include <initializer_list> // one_or_many construction
#include <optional>     // std::optional
#include <string>       // std::string
#include <string_view>  // std::string_view
#include <utility>      // std::move, std::pair (conditions)
#include <variant>      // std::get_if (statement fingerprints)
#include <vector>       // std::vector

/** @file
    IAM policy documents as plain structs: statements, documents, the action names the library grants, and
    helpers that build a statement or a document. The statements of the references' grant methods and the
    management / least-privilege policies are in `<bedrock/grants.hpp>`. JSON (`{"Version": …, "Statement":
    [...]}`) comes from `<bedrock/json/iam.hpp>`.

    @par Specification
    [IAM JSON policy element reference](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html);
    `docs/iam.md`.

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

/// The wire spellings of @ref iam_effect.
template <>
struct wire_names<iam_effect> {
    static constexpr std::array<std::string_view, 2> names{"Allow", "Deny"};
};

/// Wire spelling (`"Allow"`, `"Deny"`).
[[nodiscard]] constexpr std::string_view to_string(iam_effect e) noexcept { return wire_name(e); }
/// Parses `"Allow"` or `"Deny"` (case-sensitive).
[[nodiscard]] constexpr std::optional<iam_effect> parse_iam_effect(std::string_view s) noexcept {
    return parse_wire_name<iam_effect>(s);
}

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
    bool as_list = false; ///< write one item as a one-item list (`["…"]`), as the JSON read or the page wrote it (no effect on other counts)

    one_or_many() = default;
    one_or_many(std::initializer_list<T> l) : items(l) {}
    explicit one_or_many(std::vector<T> v, bool list = false) : items(std::move(v)), as_list(list) {}
    /// A list even with one item (`"Resource": ["arn:…"]`).
    [[nodiscard]] static one_or_many list(std::vector<T> v) { return one_or_many(std::move(v), true); }
    /// True when JSON writes a list: any count but one, or one item with @ref as_list.
    [[nodiscard]] bool written_as_list() const noexcept { return as_list || items.size() != 1; }
    /// Same items, written the same way (scalar or list).
    friend bool operator==(one_or_many const& a, one_or_many const& b) {
        return a.items == b.items && a.written_as_list() == b.written_as_list();
    }
};

/** The values of one condition key: one value or a list, exactly as written (`"aws:RequestedRegion":
    "us-east-1"`). A value may hold pseudo parameters (`${AWS::Region}`): IAM conditions take CloudFormation values. */
using iam_condition_values = one_or_many<cfn_expr>;

/** One condition operator's keys in the order written: `"StringEquals": {"aws:RequestedRegion": …,
    "bedrock:InferenceProfileArn": …}` is `{{"aws:RequestedRegion", …}, {"bedrock:InferenceProfileArn", …}}`. */
using iam_condition_block = std::vector<std::pair<std::string, iam_condition_values>>;

/** A statement's `Condition`: operator (`StringEquals`, `StringLike`, `ArnLike`, `ForAnyValue:…`, …) → keys, in
    the order written. Operators are free text: IAM has dozens. */
using iam_conditions = std::vector<std::pair<std::string, iam_condition_block>>;

/// Condition operators the library writes.
namespace iam_condition_operators {
inline constexpr std::string_view string_equals = "StringEquals"; ///< exact, case-sensitive match
inline constexpr std::string_view string_like = "StringLike";     ///< match with `*` and `?`
inline constexpr std::string_view arn_like = "ArnLike";           ///< ARN match with `*` and `?`
} // namespace iam_condition_operators

/// Condition keys the library writes.
namespace iam_condition_keys {
inline constexpr std::string_view inference_profile_arn = "bedrock:InferenceProfileArn"; ///< the profile a request came through
inline constexpr std::string_view requested_region = "aws:RequestedRegion";             ///< the region called (`unspecified` for region-less resources)
} // namespace iam_condition_keys

/** One IAM policy statement (`Sid`, `Effect`, `Action`, `Resource`, `Condition`).

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
    std::optional<iam_conditions> conditions = std::nullopt; ///< `Condition` (omitted when empty), in the order written
    friend bool operator==(iam_statement const&, iam_statement const&) = default;
};

/** An IAM policy document (`Version` `2012-10-17`, `Statement` list). */
struct iam_policy_document {
    std::string version = "2012-10-17";   ///< `Version`
    std::vector<iam_statement> statements; ///< `Statement`
    friend bool operator==(iam_policy_document const&, iam_policy_document const&) = default;
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
template <int = 0>  // templates, as the functions below: a TU that never calls them does not instantiate them (issue 9)
[[nodiscard]] iam_statement make_allow_statement(std::vector<std::string_view> const& actions,
                                                        std::vector<std::string> const& resource_arns,
                                                        cfn_pseudo_style style = cfn_pseudo_style::join) {
    iam_statement s;
    for (auto a : actions) s.actions.items.emplace_back(a);
    for (auto const& r : resource_arns) s.resources.items.push_back(make_cfn_expr(r, style));
    return s;
}

/** Same, with resources that are already CloudFormation values (e.g. `Fn::GetAtt`). */
template <int = 0>
[[nodiscard]] iam_statement make_allow_statement(std::vector<std::string_view> const& actions,
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
namespace detail {
// Length-prefixed text, so that the fingerprints of different values differ.
inline void append_text_fingerprint(std::string& out, std::string_view s) {
    out += std::to_string(s.size());
    out += ':';
    out.append(s);
}
template <int = 0>
void append_expr_fingerprint(std::string& out, cfn_expr const& e) {
    out += static_cast<char>('a' + e.value.index());
    if (auto const* s = std::get_if<std::string>(&e.value)) append_text_fingerprint(out, *s);
    else if (auto const* r = std::get_if<cfn_ref>(&e.value)) append_text_fingerprint(out, r->name);
    else if (auto const* g = std::get_if<cfn_get_att>(&e.value)) {
        append_text_fingerprint(out, g->logical_id);
        append_text_fingerprint(out, g->attribute);
    } else if (auto const* t = std::get_if<cfn_sub>(&e.value)) append_text_fingerprint(out, t->text);
    else if (auto const* j = std::get_if<cfn_join>(&e.value)) {
        append_text_fingerprint(out, j->delimiter);
        out += std::to_string(j->parts.size());
        out += '[';
        for (auto const& part : j->parts) append_expr_fingerprint(out, part);
    }
}
/// Text that is equal for equal statements (sid, effect, actions, resources), to group them by sorting.
template <int = 0>
std::string statement_fingerprint(iam_statement const& s) {
    std::string out;
    out += s.sid ? 's' : '-';
    if (s.sid) append_text_fingerprint(out, *s.sid);
    out += static_cast<char>('0' + static_cast<int>(s.effect));
    out += std::to_string(s.actions.items.size());
    for (auto const& a : s.actions.items) append_text_fingerprint(out, a);
    out += std::to_string(s.resources.items.size());
    for (auto const& r : s.resources.items) append_expr_fingerprint(out, r);
    return out;
}
} // namespace detail

template <int = 0>  // a template: a TU that never calls it does not instantiate its std::stable_sort (issue 9)
[[nodiscard]] iam_policy_document make_policy_document(std::vector<iam_statement> statements) {
    // n log n: statements are grouped by a fingerprint (sorting positions, stably, keeps each group in input
    // order) and compared in full only inside a group; comparing each with every kept one was quadratic.
    std::vector<std::string> keys;
    keys.reserve(statements.size());
    for (auto const& s : statements) keys.push_back(detail::statement_fingerprint(s));
    std::vector<std::size_t> order(statements.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return keys[x] < keys[y]; });
    std::vector<bool> keep(statements.size(), true);
    for (std::size_t g = 0; g < order.size();) {
        std::size_t h = g + 1;
        while (h < order.size() && keys[order[h]] == keys[order[g]]) ++h;
        for (std::size_t k = g + 1; k < h; ++k)
            for (std::size_t m = g; m < k; ++m)
                if (keep[order[m]] && statements[order[m]] == statements[order[k]]) {
                    keep[order[k]] = false;
                    break;
                }
        g = h;
    }
    iam_policy_document doc;
    for (std::size_t i = 0; i < statements.size(); ++i)
        if (keep[i]) doc.statements.push_back(std::move(statements[i]));
    return doc;
}

} // namespace bedrock

#endif // BEDROCK_IAM_HPP
