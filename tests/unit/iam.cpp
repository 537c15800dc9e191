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
