#include <bedrock/iam.hpp>
#include <bedrock/grants.hpp>
#include <bedrock/iam.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <string>
#include <vector>

using bedrock::cfn_expr;
using bedrock::errc;

TEST_CASE("iam_effect wire table", "[iam]") {
    static_assert(bedrock::to_string(bedrock::iam_effect::allow) == "Allow");
    static_assert(bedrock::to_string(bedrock::iam_effect::deny) == "Deny");
    static_assert(bedrock::parse_iam_effect("Deny") == bedrock::iam_effect::deny);
    static_assert(!bedrock::parse_iam_effect("allow"));
    static_assert(bedrock::to_string(static_cast<bedrock::iam_effect>(9)) == "unknown");
}

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

TEST_CASE("arn_environment validates its location", "[iam]") {
    bedrock::arn_environment t;
    CHECK(t.is_template());
    CHECK(t.partition_text() == "${AWS::Partition}");
    CHECK(t.region() == "${AWS::Region}");
    CHECK(t.account() == "${AWS::AccountId}");
    auto e = bedrock::arn_environment::make(bedrock::partition::aws_cn, "cn-north-1", "123456789012");
    REQUIRE(e.has_value());
    CHECK(e->partition_text() == "aws-cn");
    CHECK(e->region() == "cn-north-1");
    CHECK(e->account() == "123456789012");
    CHECK_FALSE(e->is_template());
    CHECK(bedrock::arn_environment::make(bedrock::partition::unknown, "us-east-1", "123456789012").error().code == errc::unknown_partition);
    CHECK(bedrock::arn_environment::make(bedrock::partition::aws, "", "123456789012").error().code == errc::region_required);
    CHECK(bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "").error().code == errc::account_required);
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

TEST_CASE("make_policy_document drops byte-identical statements only", "[iam]") {
    auto a = bedrock::grant_invoke(bedrock::models::amazon_nova_pro_v1);
    auto b = bedrock::grant_invoke(bedrock::models::amazon_nova_lite_v1);
    auto doc = bedrock::make_policy_document({a, b, a, b, a});
    REQUIRE(doc.statements.size() == 2);
    CHECK(doc.statements[0] == a);
    CHECK(doc.statements[1] == b);
}

TEST_CASE("make_allow_statement and one_or_many", "[iam]") {
    auto s = bedrock::make_allow_statement({"bedrock:GetInferenceProfile"}, std::vector<std::string>{"a", "arn:${AWS::Partition}:x"});
    REQUIRE(s.resources.items.size() == 2);
    CHECK(s.resources.items[0] == cfn_expr{"a"});
    CHECK(std::holds_alternative<bedrock::cfn_join>(s.resources.items[1].value));
    auto g = bedrock::make_allow_statement({"x"}, std::vector<cfn_expr>{bedrock::cfn_get_att{"P", "InferenceProfileArn"}});
    CHECK(g.resources.items[0] == cfn_expr{bedrock::cfn_get_att{"P", "InferenceProfileArn"}});
    bedrock::one_or_many<std::string> one{"a"};
    bedrock::one_or_many<std::string> two{"a", "b"};
    bedrock::one_or_many<std::string> vec{std::vector<std::string>{"a"}};
    CHECK(one == vec);
    CHECK_FALSE(one == two);
}

TEST_CASE("make_cfn_expr: pseudo parameters as Fn::Join (like the CDK) or Fn::Sub", "[iam][cfn]") {
    CHECK(bedrock::make_cfn_expr("plain") == cfn_expr{"plain"});
    CHECK(bedrock::make_cfn_expr("${AWS::Region}") == cfn_expr{bedrock::cfn_join{"", {bedrock::cfn_ref{"AWS::Region"}}}});
    CHECK(bedrock::make_cfn_expr("a${AWS::Region}${AWS::AccountId}b") ==
          cfn_expr{bedrock::cfn_join{"", {"a", bedrock::cfn_ref{"AWS::Region"}, bedrock::cfn_ref{"AWS::AccountId"}, "b"}}});
    CHECK(bedrock::make_cfn_expr("a${AWS::Region") == cfn_expr{bedrock::cfn_join{"", {"a${AWS::Region"}}});
    CHECK(bedrock::make_cfn_expr("x${other}") == cfn_expr{"x${other}"});
    CHECK(bedrock::make_cfn_expr("a${AWS::Region}", bedrock::cfn_pseudo_style::sub) == cfn_expr{bedrock::cfn_sub{"a${AWS::Region}"}});
}

// javadoc
TEST_CASE("iam doc examples compile", "[iam]") {
    bedrock::one_or_many<std::string> a{"bedrock:InvokeModel"};
    bedrock::one_or_many<std::string> b{"a", "b"};
    CHECK((a.items.size() == 1 && b.items.size() == 2));
    bedrock::iam_statement s{std::nullopt, bedrock::iam_effect::allow, {"bedrock:GetInferenceProfile"},
                             {bedrock::cfn_expr{"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p"}}};
    CHECK(s.resources.items.size() == 1);
    bedrock::arn_environment in_template;
    auto deployed = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    CHECK((in_template.is_template() && !deployed.is_template()));
    auto st = bedrock::make_allow_statement(
        {"bedrock:GetInferenceProfile"},
        std::vector<std::string>{"arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/us.amazon.nova-pro-v1:0"});
    CHECK(st.actions.items.size() == 1);
    auto g = bedrock::grant_invoke(bedrock::models::amazon_nova_pro_v1);
    auto doc = bedrock::make_policy_document({g, g});
    CHECK(doc.statements.size() == 1);
    constexpr bedrock::cross_region_profile p{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    CHECK(bedrock::grant_invoke(p).size() == 2);
    auto m = bedrock::make_management_policy("aws", true);
    CHECK(m.statements[0].actions.items.size() == 7);
    auto e = bedrock::make_cfn_expr("arn:${AWS::Partition}:bedrock:*::foundation-model/a.b");
    CHECK(std::get<bedrock::cfn_join>(e.value).parts.size() == 3);
}
