#include <bedrock/grants.hpp>
#include <bedrock/grants.hpp>  // include guard works

#include <bedrock_test/catch.hpp>
#include <bedrock_test/profiles.hpp>

#include <string>
#include <utility>
#include <variant>
#include <vector>

using bedrock::cfn_expr;
using bedrock::errc;

namespace {

using bedrock_test::valid_profile;

} // namespace

TEST_CASE("foundation-model grants: regional and all regions (the CDK constructs' grantInvoke)", "[iam]") {
    auto const& m = bedrock::models::amazon_nova_pro_v1;
    auto s = bedrock::grant_invoke(m);
    CHECK(s.effect == bedrock::iam_effect::allow);
    CHECK(s.actions.items == std::vector<std::string>{"bedrock:InvokeModel*", "bedrock:GetFoundationModel"});
    bedrock::cfn_join const want{"", {"arn:", bedrock::cfn_ref{"AWS::Partition"}, ":bedrock:", bedrock::cfn_ref{"AWS::Region"},
                                      "::foundation-model/amazon.nova-pro-v1:0"}};
    CHECK(s.resources.items == std::vector<cfn_expr>{want});

    auto all = bedrock::grant_invoke_all_regions(m);
    bedrock::cfn_join const want_all{"", {"arn:", bedrock::cfn_ref{"AWS::Partition"}, ":bedrock:*::foundation-model/amazon.nova-pro-v1:0"}};
    CHECK(all.resources.items == std::vector<cfn_expr>{want_all});

    auto const gov = bedrock::arn_environment::make(bedrock::partition::aws_us_gov, "us-gov-west-1", "123456789012").value();
    CHECK(bedrock::grant_invoke(m, gov).resources.items[0] == cfn_expr{"arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/amazon.nova-pro-v1:0"});
    CHECK(bedrock::grant_invoke_all_regions(m, gov).resources.items[0] == cfn_expr{"arn:aws-us-gov:bedrock:*::foundation-model/amazon.nova-pro-v1:0"});
    CHECK(std::get<bedrock::cfn_sub>(bedrock::grant_invoke(m, {}, bedrock::cfn_pseudo_style::sub).resources.items[0].value).text ==
          "arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/amazon.nova-pro-v1:0");
}

TEST_CASE("cross-region profile grants: all-regions model, then profile usage", "[iam]") {
    constexpr bedrock::cross_region_profile p{bedrock::geo::eu, bedrock::models::amazon_nova_lite_v1};
    auto s = bedrock::grant_invoke(p);
    REQUIRE(s.size() == 2);
    CHECK(s[0] == bedrock::grant_invoke_all_regions(p.model()));
    CHECK(s[1] == bedrock::grant_profile_usage(p));
    CHECK(s[1].actions.items == std::vector<std::string>{"bedrock:GetInferenceProfile", "bedrock:InvokeModel*"});
    auto const env = bedrock::arn_environment::make(bedrock::partition::aws, "eu-west-1", "123456789012").value();
    CHECK(bedrock::grant_profile_usage(p, env).resources.items[0] ==
          cfn_expr{"arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-lite-v1:0"});
    CHECK(bedrock::cross_region_profile_arn(p, bedrock::arn_environment{}) == p.arn());
    CHECK(bedrock::foundation_model_arn(p.model(), env) == "arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-lite-v1:0");
}

TEST_CASE("management policy, optionally restricted to application profiles", "[iam]") {
    auto open = bedrock::make_management_policy();
    REQUIRE(open.statements.size() == 1);
    CHECK(open.version == "2012-10-17");
    CHECK(open.statements[0].actions.items ==
          std::vector<std::string>{"bedrock:CreateInferenceProfile", "bedrock:GetInferenceProfile", "bedrock:ListInferenceProfiles",
                                   "bedrock:DeleteInferenceProfile", "bedrock:TagResource", "bedrock:UntagResource",
                                   "bedrock:ListTagsForResource"});
    CHECK(open.statements[0].resources.items == std::vector<cfn_expr>{"*"});
    auto restricted = bedrock::make_management_policy("aws-us-gov", true);
    CHECK(restricted.statements[0].resources.items ==
          std::vector<cfn_expr>{"arn:aws-us-gov:bedrock:*:*:application-inference-profile/*"});
}

TEST_CASE("least-privilege invoke policy names concrete ARNs", "[application_profile][iam]") {
    auto p = bedrock::import_application_profile(
                 "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", "k3x9q2mz7w4p")
                 .value();
    p.source = bedrock::cross_region_profile{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    auto const env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    auto doc = bedrock::make_least_privilege_invoke_policy(p, env);
    REQUIRE(doc.has_value());
    REQUIRE(doc->statements.size() == 1);
    auto const& s = doc->statements[0];
    CHECK(s.actions.items == std::vector<std::string>{"bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"});
    std::vector<bedrock::cfn_expr> const want{
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0",
        "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0",
        "arn:aws:bedrock:us-east-2::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0",
        "arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"};
    CHECK(s.resources.items == want);

    p.attributes->models = {"arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"};
    CHECK(bedrock::make_least_privilege_invoke_policy(p, env)->statements[0].resources.items.size() == 3);

    p.attributes->models.clear();
    p.source = bedrock::cross_region_profile{bedrock::geo::global, bedrock::models::anthropic_claude_sonnet_4_5_v1_0};
    auto const global = bedrock::make_least_privilege_invoke_policy(p, env);
    auto const& g = global->statements[0].resources.items;
    REQUIRE(g.size() == 4);
    CHECK(g[3] == bedrock::cfn_expr{"arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0"});

    p.source = bedrock::model_source::from_arn("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0");
    CHECK(bedrock::make_least_privilege_invoke_policy(p, env)->statements[0].resources.items.size() == 2);

    auto none = bedrock::make_least_privilege_invoke_policy(p, bedrock::arn_environment{});
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error()[0].code == errc::region_required);
    p.attributes.reset();
    p.source = bedrock::make_prompt_router(bedrock::default_prompt_routers::meta_llama_3_1, "us-east-1").value();
    CHECK(bedrock::make_least_privilege_invoke_policy(p, env).error().size() == 2);
}

TEST_CASE("grants for ARN-text sources follow the resource type", "[application_profile][iam]") {
    auto p = valid_profile();
    auto actions = [&](std::string arn) {
        p.source = bedrock::model_source::from_arn(std::move(arn));
        std::vector<std::vector<std::string>> out;
        for (auto const& s : bedrock::grant_invoke(p)) out.push_back(s.actions.items);
        return out;
    };
    using v = std::vector<std::vector<std::string>>;
    CHECK(actions("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0") ==
          v{{"bedrock:InvokeModel*", "bedrock:GetFoundationModel"}, {"bedrock:GetInferenceProfile", "bedrock:InvokeModel"}});
    CHECK(actions("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0").size() == 3);
    CHECK(actions("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p")[0] ==
          std::vector<std::string>{"bedrock:GetInferenceProfile", "bedrock:InvokeModel"});
    CHECK(actions("arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1")[0] ==
          std::vector<std::string>{"bedrock:GetPromptRouter", "bedrock:InvokeModel"});
    CHECK(actions("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdefghij12")[0] ==
          std::vector<std::string>{"bedrock:InvokeModel*"});
    auto cris = bedrock::grant_invoke(p = valid_profile(), bedrock::arn_environment{});
    CHECK(cris.size() == 2);
    auto const all = bedrock::model_source::from_arn("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0");
    p.source = all;
    CHECK(bedrock::grant_invoke(p)[0].resources.items[0] == bedrock::cfn_expr{"arn:aws:bedrock:*::foundation-model/amazon.nova-pro-v1:0"});
    // The model in every region keeps the partition the user wrote: another partition, or the pseudo parameter.
    p.source = bedrock::model_source::from_arn("arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.anthropic.claude-3-5-sonnet-20240620-v1:0");
    CHECK(bedrock::grant_invoke(p)[0].resources.items[0] ==
          bedrock::cfn_expr{"arn:aws-us-gov:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0"});
    p.source = bedrock::model_source::from_arn("arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/eu.amazon.nova-lite-v1:0");
    auto const pseudo = bedrock::grant_invoke(p, bedrock::arn_environment{}, bedrock::cfn_pseudo_style::sub);
    REQUIRE(pseudo.size() == 3);
    CHECK(pseudo[0].resources.items[0] == bedrock::cfn_expr{bedrock::cfn_sub{"arn:${AWS::Partition}:bedrock:*::foundation-model/amazon.nova-lite-v1:0"}});
    CHECK(pseudo[1].resources.items[0] == bedrock::cfn_expr{bedrock::cfn_sub{"arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/eu.amazon.nova-lite-v1:0"}});
    // Text that is no Bedrock ARN at all is granted as written, InvokeModel* only.
    CHECK(actions("arn:aws:s3:::my-bucket") == v{{"bedrock:InvokeModel*"}, {"bedrock:GetInferenceProfile", "bedrock:InvokeModel"}});
}
