// uses: json
// An application inference profile across Regions, from a cross-region (system-defined) inference profile:
// the C++ twin of the CDK's `new ApplicationInferenceProfile(…, {modelSource: <cross-region profile>})`. Requests are routed to the
// Regions of the cross-region profile, and their usage and costs are tracked under the application profile.
#include <bedrock/application_profile.hpp>
#include <bedrock/grants.hpp>
#include <bedrock/catalog.hpp>
#include <bedrock/cross_region_profile.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/iam.hpp>

#include <iostream>

int main() {
    // const cris = bedrock.CrossRegionInferenceProfile.fromConfig({
    //   geoRegion: bedrock.CrossRegionInferenceProfileRegion.US,
    //   model: bedrock.BedrockFoundationModel.ANTHROPIC_CLAUDE_3_5_SONNET_V2_0,
    // });
    constexpr bedrock::cross_region_profile cris{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};

    // const appInfProfile2 = new ApplicationInferenceProfile(this, 'myapplicationprofile2', {
    bedrock::application_profile app_inf_profile2;
    //   inferenceProfileName: 'claude 3 sonnet v1',
    app_inf_profile2.name = "claude 3 sonnet v1";
    //   modelSource: cris,
    app_inf_profile2.source = cris;
    // });
    app_inf_profile2.logical_id = "myapplicationprofile2";

    std::cout << "copyFrom: " << app_inf_profile2.source.arn() << '\n';
    std::cout << "routes to:";
    for (auto region : cris.destination_regions()) std::cout << ' ' << region;
    std::cout << "\n\n";

    auto resource = bedrock::make_cfn_resource(app_inf_profile2).value();
    std::cout << bedrock::format_json(bedrock::to_json_value(resource), bedrock::json_layout::cli);

    // appInfProfile2.grantInvoke(role): the model in every Region, the cross-region profile, then the
    // application profile itself (Fn::GetAtt of its logical id), in the references' order.
    bedrock::iam_policy_document policy;
    policy.statements = bedrock::grant_invoke(app_inf_profile2);
    std::cout << bedrock::format_json(bedrock::to_json_value(policy), bedrock::json_layout::cli);
}
