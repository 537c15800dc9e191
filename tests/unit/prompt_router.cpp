#include <bedrock/prompt_router.hpp>
#include <bedrock/grants.hpp>
#include <bedrock/prompt_router.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <string>
#include <string_view>
#include <variant>

using bedrock::errc;

TEST_CASE("default routers match the references' DefaultPromptRouterIdentifier", "[prompt_router]") {
    static_assert(bedrock::default_prompt_routers::anthropic_claude_v1.id == "anthropic.claude:1");
    static_assert(bedrock::default_prompt_routers::meta_llama_3_1.id == "meta.llama:1");
    static_assert(bedrock::default_prompt_routers::anthropic_claude_v1.routing_models[0]->id == "anthropic.claude-3-haiku-20240307-v1:0");
    static_assert(bedrock::default_prompt_routers::anthropic_claude_v1.routing_models[1]->id == "anthropic.claude-3-5-sonnet-20240620-v1:0");
    static_assert(bedrock::default_prompt_routers::meta_llama_3_1.routing_models[0]->id == "meta.llama3-1-8b-instruct-v1:0");
    static_assert(bedrock::default_prompt_routers::meta_llama_3_1.routing_models[1]->id == "meta.llama3-1-70b-instruct-v1:0");
    static_assert(bedrock::default_prompt_routers::all.size() == 2);
}

TEST_CASE("routing endpoints: a profile in a mapped region, the bare model elsewhere (alpha)", "[prompt_router]") {
    auto [region, geo_prefix] = GENERATE(table<std::string_view, std::string_view>({
        {"us-east-1", "us."}, {"us-east-2", "us."}, {"us-west-2", "us."},
        {"eu-central-1", "eu."}, {"eu-west-1", "eu."}, {"eu-west-3", "eu."},
        {"ap-northeast-1", "apac."}, {"ap-northeast-2", "apac."}, {"ap-south-1", "apac."}, {"ap-southeast-1", "apac."},
        {"ap-southeast-2", "apac."},
        {"ca-central-1", ""}, {"eu-west-2", ""}, {"us-gov-west-1", ""}, {"ap-northeast-3", ""}, {"mars-north-1", ""},
    }));
    CAPTURE(region);
    auto r = bedrock::make_prompt_router(bedrock::default_prompt_routers::anthropic_claude_v1, region);
    REQUIRE(r.has_value());
    CHECK(r->id() == "anthropic.claude:1");
    CHECK(r->region() == region);
    REQUIRE(r->routing_endpoints().size() == 2);
    for (auto const& e : r->routing_endpoints()) {
        if (geo_prefix.empty()) {
            REQUIRE(std::holds_alternative<bedrock::foundation_model>(e));
        } else {
            REQUIRE(std::holds_alternative<bedrock::cross_region_profile>(e));
            CHECK(std::get<bedrock::cross_region_profile>(e).id().starts_with(geo_prefix));
        }
    }
    CHECK(r->arn() == "arn:${AWS::Partition}:bedrock:" + std::string(region) + ":${AWS::AccountId}:default-prompt-router/anthropic.claude:1");
}

TEST_CASE("router ARNs and region errors", "[prompt_router]") {
    auto r = bedrock::make_prompt_router(bedrock::default_prompt_routers::meta_llama_3_1, "eu-west-1").value();
    CHECK(r.arn(bedrock::partition::aws, "123456789012").value() ==
          "arn:aws:bedrock:eu-west-1:123456789012:default-prompt-router/meta.llama:1");
    CHECK(r.arn(bedrock::partition::aws, "12").error().code == errc::bad_account);
    auto const env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    CHECK(r.arn(env) == "arn:aws:bedrock:eu-west-1:123456789012:default-prompt-router/meta.llama:1");
    CHECK(r.arn(bedrock::arn_environment{}) == r.arn());
    CHECK(r == bedrock::make_prompt_router(bedrock::default_prompt_routers::meta_llama_3_1, "eu-west-1").value());
    CHECK_FALSE(r == bedrock::make_prompt_router(bedrock::default_prompt_routers::meta_llama_3_1, "us-east-1").value());

    auto [region, code, offset] = GENERATE(table<std::string_view, errc, std::uint32_t>({
        {"", errc::region_required, 0},
        {"US-EAST-1", errc::uppercase, 0}, // issue 9: the one region check (check_region) names uppercase
        {"us east", errc::bad_region, 2},
        {"${Token[AWS.Region.1]}", errc::bad_region, 0},
        {"abcdefghijklmnopqrstu", errc::bad_region, 20},
    }));
    CAPTURE(region);
    auto bad = bedrock::make_prompt_router(bedrock::default_prompt_routers::meta_llama_3_1, region);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == code);
    CHECK(bad.error().offset == offset);
}

TEST_CASE("grant_invoke: endpoints first, then GetPromptRouter + InvokeModel on the router", "[prompt_router][iam]") {
    auto mapped = bedrock::make_prompt_router(bedrock::default_prompt_routers::anthropic_claude_v1, "us-east-1").value();
    auto s = bedrock::grant_invoke(mapped);
    REQUIRE(s.size() == 5);
    CHECK(s[0].actions.items == std::vector<std::string>{"bedrock:InvokeModel*", "bedrock:GetFoundationModel"});
    CHECK(s[1].actions.items == std::vector<std::string>{"bedrock:GetInferenceProfile", "bedrock:InvokeModel*"});
    CHECK(s[4].actions.items == std::vector<std::string>{"bedrock:GetPromptRouter", "bedrock:InvokeModel"});
    auto const& join = std::get<bedrock::cfn_join>(s[4].resources.items[0].value);
    CHECK(join.parts.back() == bedrock::cfn_expr{":default-prompt-router/anthropic.claude:1"});

    auto unmapped = bedrock::make_prompt_router(bedrock::default_prompt_routers::anthropic_claude_v1, "ca-central-1").value();
    auto u = bedrock::grant_invoke(unmapped);
    REQUIRE(u.size() == 3);
    CHECK(u[0].actions.items == std::vector<std::string>{"bedrock:InvokeModel*", "bedrock:GetFoundationModel"});

    auto const env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    auto c = bedrock::grant_invoke(mapped, env);
    CHECK(c[0].resources.items[0] == bedrock::cfn_expr{"arn:aws:bedrock:*::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"});
    CHECK(c[4].resources.items[0] == bedrock::cfn_expr{"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1"});
    auto sub = bedrock::grant_invoke(mapped, {}, bedrock::cfn_pseudo_style::sub);
    CHECK(std::get<bedrock::cfn_sub>(sub[4].resources.items[0].value).text == mapped.arn());
}

// javadoc
TEST_CASE("prompt_router doc examples compile", "[prompt_router]") {
    auto r = bedrock::make_prompt_router(bedrock::default_prompt_routers::anthropic_claude_v1, "us-east-1").value();
    CHECK(r.arn() == "arn:${AWS::Partition}:bedrock:us-east-1:${AWS::AccountId}:default-prompt-router/anthropic.claude:1");
    CHECK(std::holds_alternative<bedrock::cross_region_profile>(r.routing_endpoints()[0]));
    auto m = bedrock::make_prompt_router(bedrock::default_prompt_routers::meta_llama_3_1, "us-west-2").value();
    auto statements = bedrock::grant_invoke(m);
    CHECK(statements.size() == 5);
    bedrock::prompt_router empty;
    CHECK(empty.routing_endpoints().empty());
}
