// The JSON form of the CloudFormation documents (json/cloudformation.hpp): intrinsic functions, strict
// members, the resource Type and the V rules.
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/cloudformation.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <variant>

namespace bj = boost::json;
using bedrock::json_errc;

TEST_CASE("CloudFormation documents: intrinsic functions, strict members, Type, V rules", "[json][cfn]") {
    auto ok = bedrock::parse_document<bedrock::cfn_template>(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":{"Fn::Sub":"${AWS::StackName}-p"},"ModelSource":{"CopyFrom":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":bedrock:us-east-1::foundation-model/a.b"]]}}}}}})");
    REQUIRE(ok.has_value());
    CHECK(std::holds_alternative<bedrock::cfn_sub>(ok->resources[0].second.properties.inference_profile_name.value));
    auto type = bedrock::parse_document<bedrock::cfn_template>(
        R"({"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"InferenceProfileName":"x"}}}})");
    REQUIRE_FALSE(type.has_value());
    CHECK(type.error().pointer == "/Resources/B/Type");
    CHECK(type.error().code == json_errc::invalid_value);
    CHECK(type.error().offset == 5);
    auto name = bedrock::parse_document<bedrock::cfn_template>(
        R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile","Properties":{"InferenceProfileName":"bad.name"}}}})");
    CHECK(name.error().pointer == "/Resources/P/Properties/InferenceProfileName");
    CHECK(name.error().value_error.code == bedrock::errc::invalid_character);
    CHECK(name.error().value_error.offset == 3);
    auto copy = bedrock::parse_document<bedrock::cfn_template>(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":"p","ModelSource":{"CopyFrom":"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p"}}}}})");
    CHECK(copy.error().pointer == "/Resources/P/Properties/ModelSource/CopyFrom");
    auto fn = bedrock::parse_document<bedrock::cfn_template>(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":{"Fn::If":["c","a","b"]}}}}})");
    CHECK(fn.error().pointer == "/Resources/P/Properties/InferenceProfileName/Fn::If");
    CHECK(fn.error().code == json_errc::unknown_member);
    auto join = bedrock::parse_document<bedrock::cfn_template>(R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile",
        "Properties":{"InferenceProfileName":{"Fn::Join":["",["a",{"Ref":7}]]}}}}})");
    CHECK(join.error().pointer == "/Resources/P/Properties/InferenceProfileName/Fn::Join/1/1/Ref");
    auto many = bj::value{{"InferenceProfileName", "p"}, {"Tags", bj::array(201, bj::value{{"Key", "k"}, {"Value", "v"}})}};
    auto t = bedrock::from_json_value<bedrock::cfn_application_inference_profile_properties>(many);
    CHECK(t.error().code == json_errc::too_many_items);
    CHECK(t.error().pointer == "/Tags");
}
