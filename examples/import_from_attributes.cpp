// Importing an existing application inference profile through its attributes: the C++ twin of the
// CDK's ApplicationInferenceProfile.fromApplicationInferenceProfileAttributes (@aws-cdk/aws-bedrock-alpha).
#include <bedrock/application_profile.hpp>
#include <bedrock/arn_environment.hpp>

#include <iostream>

int main() {
    // const appInfProfile4 = bedrock.ApplicationInferenceProfile.fromApplicationInferenceProfileAttributes(this, 'TestAIP', {
    //   inferenceProfileArn: 'arn:aws:bedrock:us-east-1:XXXXX:application-inference-profile/ID',
    //   inferenceProfileIdentifier: 'arn:aws:bedrock:us-east-1:XXXXXXX:application-inference-profile/ID',
    // });
    auto app_inf_profile4 = bedrock::import_application_profile(
        "arn:aws:bedrock:us-east-1:XXXXX:application-inference-profile/ID",
        "arn:aws:bedrock:us-east-1:XXXXXXX:application-inference-profile/ID");

    // Like the references, the import takes the id from the ARN (the text after the first '/') and ignores
    // the identifier, so the documentation's placeholders import without complaint ...
    std::cout << "inferenceProfileArn: " << app_inf_profile4->attributes->arn << '\n';
    std::cout << "inferenceProfileId:  " << app_inf_profile4->attributes->id << '\n';
    std::cout << "type:                " << to_string(app_inf_profile4->attributes->type) << "\n\n";

    // ... but they are not a real ARN: check one before you deploy it.
    auto strict = bedrock::parse_bedrock_arn(app_inf_profile4->attributes->arn);
    if (!strict)
        std::cout << "strict check: " << to_string(strict.error().code) << " at byte " << strict.error().offset << ": "
                  << strict.error().message() << "\n\n";

    // With real values both checks pass.
    auto real = bedrock::import_application_profile(
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p", "k3x9q2mz7w4p");
    auto checked = bedrock::parse_bedrock_arn(real->attributes->arn);
    std::cout << "inferenceProfileId:  " << real->attributes->id << " (" << to_string(checked->kind) << ", account "
              << checked->arn.account() << ")\n";

    // Not an ARN at all: the references throw "ARNs must start with \"arn:\" …"; here it is a value.
    auto wrong = bedrock::import_application_profile("k3x9q2mz7w4p", "k3x9q2mz7w4p");
    if (!wrong) std::cout << "error: " << wrong.error().message() << '\n';
}
