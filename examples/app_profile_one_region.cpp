// uses: json
// An application inference profile for one Region, from a foundation model, with tags: the C++ twin of
// the CDK's `new ApplicationInferenceProfile(…, {modelSource: <foundation model>})` (@aws-cdk/aws-bedrock-alpha). Usage and costs of requests made in the
// stack's Region with that model are tracked under the profile.
#include <bedrock/application_profile.hpp>
#include <bedrock/catalog.hpp>
#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>

#include <iostream>

int main() {
    // const appInfProfile1 = new ApplicationInferenceProfile(this, 'myapplicationprofile', {
    bedrock::application_profile app_inf_profile1;
    //   inferenceProfileName: 'claude 3 sonnet v1',
    app_inf_profile1.name = "claude 3 sonnet v1";
    //   modelSource: bedrock.BedrockFoundationModel.ANTHROPIC_CLAUDE_SONNET_V1_0,
    app_inf_profile1.source = bedrock::models::anthropic_claude_sonnet_v1_0;
    //   tags: [{ key: 'test', value: 'test' }],
    app_inf_profile1.tags = {{"test", "test"}};
    // });

    // The references validate nothing (genai) or only the CDK's own rules (alpha); here every rule of the
    // Bedrock API and the CloudFormation schema is checked, and every violation is reported.
    if (auto violations = bedrock::validate(app_inf_profile1); !violations.empty()) {
        for (auto const& v : violations) std::cout << v.field << ": " << v.message << '\n';
        return 1;
    }

    // What the construct synthesizes: the AWS::Bedrock::ApplicationInferenceProfile resource.
    auto resource = bedrock::make_cfn_resource(app_inf_profile1).value();
    std::cout << bedrock::format_json(bedrock::to_json_value(resource), bedrock::json_layout::cli);

    // The same profile created through the API in one account and Region: the CreateInferenceProfile body.
    auto env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    auto request = bedrock::make_create_request(app_inf_profile1, env).value();
    std::cout << bedrock::serialize_document(request, bedrock::json_output::cli);
}
