// uses: json
// The IAM policy for a role that invokes a cross-region inference profile: what the references'
// cris.grantInvoke(role) adds to the role's default policy, as a document you can print or deploy.
#include <bedrock/catalog.hpp>
#include <bedrock/grants.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/iam.hpp>
#include <bedrock/json/iam.hpp>

#include <iostream>

int main() {
    constexpr bedrock::cross_region_profile cris{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};

    // cris.grantInvoke(role): the model in every region (grantInvokeAllRegions), then the profile itself
    // (grantProfileUsage). In a template, ARNs use the pseudo parameters, written as Fn::Join like the CDK.
    bedrock::iam_policy_document in_template;
    in_template.statements = bedrock::grant_invoke(cris);
    std::cout << bedrock::serialize_document(in_template, bedrock::json_output::cli);

    // For one deployed account and source region, the ARNs are plain strings.
    auto const env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();
    bedrock::iam_policy_document deployed;
    deployed.statements = bedrock::grant_invoke(cris, env);
    std::cout << bedrock::serialize_document(deployed, bedrock::json_output::cli);
}
