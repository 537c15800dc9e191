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
    bedrock_test::check_rows(&bedrock::check_region, {
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
    bedrock_test::check_rows(&bedrock::check_account_id, {
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
