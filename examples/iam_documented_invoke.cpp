// uses: json
// The IAM policy that lets a role invoke a cross-region inference profile wherever Bedrock routes the request:
// the least-privilege policy of the Amazon Bedrock User Guide (docs/iam.md), for a geographic and a global profile.
#include <bedrock/grants.hpp>
#include <bedrock/json/iam.hpp>
#include <bedrock/models.hpp>

#include <iostream>

int main() {
    auto const env = bedrock::arn_environment::make(bedrock::partition::aws, "us-east-1", "123456789012").value();

    // Geographic (us): the profile, then the model in us-east-1, us-east-2 and us-west-2 only through the profile.
    constexpr bedrock::cross_region_profile us{bedrock::geo::us, bedrock::models::anthropic_claude_sonnet_4_5_v1_0};
    std::cout << bedrock::serialize_document(bedrock::make_documented_invoke_policy(us, env), bedrock::json_output::cli);

    // Global: three statements; the region-less model ARN is reached with aws:RequestedRegion "unspecified".
    constexpr bedrock::cross_region_profile global{bedrock::geo::global, bedrock::models::anthropic_claude_sonnet_4_5_v1_0};
    std::cout << bedrock::serialize_document(bedrock::make_documented_invoke_policy(global, env), bedrock::json_output::cli);
}
