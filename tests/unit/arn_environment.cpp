#include <bedrock/arn_environment.hpp>
#include <bedrock/arn_environment.hpp>  // include guard works

#include <bedrock_test/catch.hpp>
#include <bedrock_test/rows.hpp>

#include <span>
#include <string>
#include <string_view>

using bedrock::errc;
using bedrock::partition;
using bedrock::resource_kind;

TEST_CASE("format_bedrock_arn: the one builder, buffer and string forms", "[arn_environment]") {
    constexpr bool ok = [] {
        char buf[128];
        auto a = bedrock::format_bedrock_arn(bedrock::template_location, resource_kind::inference_profile, "us.amazon.nova-pro-v1:0", buf);
        return *a == "arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/us.amazon.nova-pro-v1:0";
    }();
    static_assert(ok);
    // the account is left empty for foundation models, the service follows the kind
    REQUIRE(bedrock::format_bedrock_arn({"aws", "us-east-1", "123456789012"}, resource_kind::foundation_model, "a.b") ==
            "arn:aws:bedrock:us-east-1::foundation-model/a.b");
    REQUIRE(bedrock::format_bedrock_arn({"aws", "us-east-1", "123456789012"}, resource_kind::sagemaker_endpoint, "ep") ==
            "arn:aws:sagemaker:us-east-1:123456789012:endpoint/ep");
    REQUIRE(bedrock::format_bedrock_arn({"aws", bedrock::any_region, "*"}, resource_kind::application_inference_profile, "*") ==
            "arn:aws:bedrock:*:*:application-inference-profile/*");
    // too small a buffer: too_long at its size, nothing else
    char small[10];
    REQUIRE(bedrock::format_bedrock_arn(bedrock::template_location, resource_kind::prompt, "abc", small).error() ==
            bedrock::parse_error{errc::too_long, 10});
    std::string const s = bedrock::format_bedrock_arn({"aws", "r", "a"}, resource_kind::guardrail, "g");
    REQUIRE(s.size() == bedrock::formatted_size(bedrock::arn_location{"aws", "r", "a"}, resource_kind::guardrail, "g"));
    // an environment gives its location
    REQUIRE(bedrock::arn_environment{}.location().partition == bedrock::cfn_partition);
    auto env = bedrock::arn_environment::make(partition::aws_cn, "cn-north-1", "123456789012").value();
    REQUIRE(env.location().region == "cn-north-1");
}

TEST_CASE("check_region and check_account_id: errors against the argument", "[arn_environment]") {
    bedrock_test::check_rows(&bedrock::check_region<>, {
        {"us-east-1", errc::ok, 0},
        {"", errc::region_required, 0},
        {"us-EAST-1", errc::uppercase, 3},
        {"us east", errc::bad_region, 2},
        {"${AWS::Region}", errc::bad_region, 0},
        {"abcdefghijklmnopqrst", errc::ok, 0},
        {"abcdefghijklmnopqrstu", errc::bad_region, 20},
        {"abcdefghijklmnopqrstU", errc::bad_region, 20},
    });
    bedrock_test::check_rows([](std::string_view r) { return bedrock::check_region_in(partition::aws_us_gov, r); }, {
        {"us-gov-west-1", errc::ok, 0},
        {"us-east-1", errc::region_partition_mismatch, 0},
        {"xx-east-1", errc::unknown_region, 0},
        {"", errc::region_required, 0},
    });
    bedrock_test::check_rows(&bedrock::check_account_id<>, {
        {"123456789012", errc::ok, 0},
        {"", errc::account_required, 0},
        {"12345", errc::bad_account, 5},
        {"1234567890123", errc::bad_account, 12},
        {"12345678901x", errc::bad_account, 11},
    });
    // the builders report against the argument the caller gave
    REQUIRE(bedrock::make_imported_model_arn(partition::aws, "us-east-1", "12x", "abcdef012345").error() ==
            bedrock::parse_error{errc::bad_account, 2});
    REQUIRE(bedrock::make_imported_model_arn(partition::aws, "us_east_1", "123456789012", "abcdef012345").error() ==
            bedrock::parse_error{errc::bad_region, 2});
    REQUIRE(bedrock::make_imported_model_arn(partition::aws, "us-east-1", "123456789012", "abc").error().offset == 3);
    REQUIRE(bedrock::arn_environment::make(partition::aws, "us-east-1", "1234").error() == bedrock::parse_error{errc::bad_account, 4});
}

TEST_CASE("builders check what they build", "[arn]") {
    auto p = bedrock::make_provisioned_model_arn(partition::aws, "us-west-2", "123456789012", "abcdef012345");
    REQUIRE(p);
    REQUIRE(*p == "arn:aws:bedrock:us-west-2:123456789012:provisioned-model/abcdef012345");
    auto r = bedrock::make_prompt_router_arn(partition::aws, "us-west-2", "123456789012", "abcdef012345");
    REQUIRE(*r == "arn:aws:bedrock:us-west-2:123456789012:prompt-router/abcdef012345");
    auto d = bedrock::make_default_prompt_router_arn(partition::aws, "us-west-2", "123456789012", "meta.llama:1");
    REQUIRE(*d == "arn:aws:bedrock:us-west-2:123456789012:default-prompt-router/meta.llama:1");
    auto c = bedrock::make_custom_model_arn(partition::aws_us_gov, "us-gov-west-1", "123456789012", "imported", "abcdef012345");
    REQUIRE(*c == "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:custom-model/imported/abcdef012345");
    auto i = bedrock::make_imported_model_arn(partition::aws, "eu-west-1", "123456789012", "abcdef012345");
    REQUIRE(*i == "arn:aws:bedrock:eu-west-1:123456789012:imported-model/abcdef012345");
    auto a = bedrock::make_application_profile_arn(partition::aws, "us-east-1", "123456789012", "a1b2c3d4e5f6");
    REQUIRE(*a == "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6");
    auto g = bedrock::make_inference_profile_arn("us-gov-west-1", "123456789012", "us-gov.amazon.nova-pro-v1:0");
    REQUIRE(*g == "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.amazon.nova-pro-v1:0");
    constexpr bedrock::model_id nova{"amazon.nova-pro-v1:0"};
    auto fm = bedrock::make_foundation_model_arn(partition::aws_eusc, "eusc-de-east-1", nova);
    REQUIRE(*fm == "arn:aws-eusc:bedrock:eusc-de-east-1::foundation-model/amazon.nova-pro-v1:0");
    // the typed overloads (checked values) give the same text as the string_view ones
    constexpr bedrock::profile_id eu{"eu.amazon.nova-pro-v1:0"};
    constexpr bedrock::application_profile_id app{"a1b2c3d4e5f6"};
    REQUIRE(bedrock::make_inference_profile_arn("eu-west-1", "123456789012", eu).value() ==
            bedrock::make_inference_profile_arn("eu-west-1", "123456789012", eu.str()).value());
    REQUIRE(bedrock::make_application_profile_arn(partition::aws, "us-east-1", "123456789012", app).value() ==
            "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6");
    // the account is dropped for foundation models
    auto fm2 = bedrock::make_bedrock_arn(resource_kind::foundation_model, partition::aws, "us-east-1", "123456789012", "a.b");
    REQUIRE(*fm2 == "arn:aws:bedrock:us-east-1::foundation-model/a.b");
    // errors point into the argument they concern (issue 9), not into the built text
    REQUIRE(bedrock::make_provisioned_model_arn(partition::aws, "us-west-2", "1234", "abcdef012345").error() ==
            bedrock::parse_error{errc::bad_account, 4});
    REQUIRE(bedrock::make_provisioned_model_arn(partition::aws, "us-west-2", "123456789012", "abcdef01234X").error() ==
            bedrock::parse_error{errc::uppercase, 11});
    REQUIRE(bedrock::make_provisioned_model_arn(partition::aws, "cn-north-1", "123456789012", "abcdef012345").error().code ==
            errc::region_partition_mismatch);
    REQUIRE(bedrock::make_inference_profile_arn("us-east-1", "123456789012", "us-gov.amazon.nova-pro-v1:0").error().code ==
            errc::region_partition_mismatch);
    REQUIRE(bedrock::make_inference_profile_arn("us-east-1", "123456789012", "zz.amazon.nova-pro-v1:0").error() ==
            bedrock::parse_error{errc::unknown_geo, 0}); // offset into the profile id
    REQUIRE(bedrock::make_bedrock_arn(resource_kind::guardrail, partition::unknown, "us-east-1", "123456789012", "abc").error() ==
            bedrock::parse_error{errc::unknown_partition, 0});
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
