// uses: json
// Importing an application inference profile created by the CloudFormation L1 construct: the C++ twin of the
// CDK's CfnApplicationInferenceProfile + ApplicationInferenceProfile.fromCfnApplicationInferenceProfile. The resource
// is read from template JSON, as it would come from a synthesized or hand-written template.
#include <bedrock/application_profile.hpp>
#include <bedrock/grants.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/iam.hpp>

#include <iostream>
#include <variant>

int main() {
    // const cfnapp = new CfnApplicationInferenceProfile(this, 'mytestaip3', {
    //   inferenceProfileName: 'mytest',
    //   modelSource: {
    //     copyFrom: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-sonnet-20240229-v1:0',
    //   },
    // });
    auto cfnapp = bedrock::parse_document<bedrock::cfn_application_inference_profile>(R"({
        "Type": "AWS::Bedrock::ApplicationInferenceProfile",
        "Properties": {
            "InferenceProfileName": "mytest",
            "ModelSource": {
                "CopyFrom": "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-sonnet-20240229-v1:0"
            }
        }
    })");
    if (!cfnapp) {
        std::cout << "error: " << cfnapp.error().message << '\n';
        return 1;
    }

    // const appInfProfile3 = bedrock.ApplicationInferenceProfile.fromCfnApplicationInferenceProfile(cfnapp);
    auto app_inf_profile3 = bedrock::import_cfn_resource(*cfnapp, "mytestaip3").value();

    std::cout << "inferenceProfileName: " << app_inf_profile3.name << '\n';
    std::cout << "modelSource:          " << app_inf_profile3.source.arn() << '\n';
    // appInfProfile3.inferenceProfileArn is a token: Fn::GetAtt [mytestaip3, InferenceProfileArn]
    auto const arn = bedrock::application_profile_arn_value(app_inf_profile3);
    if (auto const* get_att = std::get_if<bedrock::cfn_get_att>(&arn.value))
        std::cout << "inferenceProfileArn:  Fn::GetAtt [" << get_att->logical_id << ", " << get_att->attribute << "]\n\n";

    // appInfProfile3.grantProfileUsage(role)
    bedrock::iam_policy_document usage;
    usage.statements.push_back(bedrock::grant_profile_usage(app_inf_profile3));
    std::cout << bedrock::serialize_document(usage, bedrock::json_output::cli);

    // A template that breaks the schema is refused with a JSON Pointer (CloudFormation spells tags Key/Value).
    auto bad = bedrock::parse_document<bedrock::cfn_application_inference_profile>(
        R"({"Type": "AWS::Bedrock::ApplicationInferenceProfile",
            "Properties": {"InferenceProfileName": "mytest", "Tags": [{"key": "team", "value": "a"}]}})");
    if (!bad) std::cout << "rejected: " << bad.error().message << '\n';
}
