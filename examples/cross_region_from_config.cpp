// A system-defined cross-region inference profile from a config: the C++ twin of the CDK's
// CrossRegionInferenceProfile.fromConfig (@aws-cdk/aws-bedrock-alpha, TypeScript and Python).
#include <bedrock/catalog.hpp>
#include <bedrock/cross_region_profile.hpp>

#include <iostream>

int main() {
    // const cris = bedrock.CrossRegionInferenceProfile.fromConfig({
    //   geoRegion: bedrock.CrossRegionInferenceProfileRegion.US,
    //   model: bedrock.BedrockFoundationModel.ANTHROPIC_CLAUDE_3_5_SONNET_V2_0,
    // });
    // The geo and the model are checked while compiling: a model without cross-region support does not compile.
    constexpr bedrock::cross_region_profile cris{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    static_assert(cris.id() == "us.anthropic.claude-3-5-sonnet-20241022-v2:0");

    // cris.inferenceProfileId, cris.inferenceProfileArn, cris.type
    std::cout << "inferenceProfileId:  " << cris.id() << '\n';
    std::cout << "inferenceProfileArn: " << cris.arn() << '\n';
    std::cout << "type:                " << to_string(cris.type()) << '\n';
    // cris.inferenceProfileModel.modelId
    std::cout << "model:               " << cris.model().id << '\n';

    // The regions requests are routed to; enable model access in each of them (Bedrock user guide).
    std::cout << "routes to:          ";
    for (auto region : cris.destination_regions()) std::cout << ' ' << region;
    std::cout << '\n';

    // Deployed in one account and region, the ARN is concrete.
    auto deployed = cris.arn(bedrock::partition::aws, "us-east-1", "123456789012");
    std::cout << "deployed ARN:        " << deployed.value() << '\n';

    // Choices made at run time are checked at run time: the references throw
    // "Model anthropic.claude-v2 does not support cross-region inference"; here it is a value.
    auto legacy = bedrock::make_cross_region_profile(bedrock::geo::us, "anthropic.claude-v2");
    if (!legacy) std::cout << "error: " << bedrock::cross_region_error_message(legacy.error(), "anthropic.claude-v2") << '\n';
}
