// Parsing an ARN that comes from user input: the parts on success, the reason and the byte offset on
// failure. Nothing is allocated; the parts are views into the caller's string.
#include <bedrock/arn_environment.hpp>

#include <iostream>
#include <string>
#include <string_view>

namespace {

void show(std::string_view input) {
    std::cout << input << '\n';
    auto const arn = bedrock::parse_bedrock_arn(input);
    if (!arn) {
        // Point at the offending byte under the input.
        std::cout << std::string(arn.error().offset, ' ') << "^ " << to_string(arn.error().code) << ": "
                  << arn.error().message() << " (at byte " << arn.error().offset << ")\n\n";
        return;
    }
    std::cout << "  kind:      " << to_string(arn->kind) << '\n'
              << "  partition: " << to_string(arn->partition) << '\n'
              << "  region:    " << arn->arn.region() << '\n'
              << "  account:   " << (arn->arn.account().empty() ? "(none)" : arn->arn.account()) << '\n'
              << "  id:        " << arn->id << '\n';
    if (arn->geo) std::cout << "  geo:       " << to_string(*arn->geo) << '\n';
    if (!arn->model.empty()) std::cout << "  model:     " << arn->model << '\n';
    std::cout << '\n';
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 1) {  // your own input: example_parse_arn 'arn:aws:bedrock:…'
        for (int i = 1; i < argc; ++i) show(argv[i]);
        return 0;
    }
    // copyFrom: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-sonnet-20240229-v1:0'
    show("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-sonnet-20240229-v1:0");
    show("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    show("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p");
    // inferenceProfileArn: 'arn:aws:bedrock:us-east-1:XXXXX:application-inference-profile/ID'
    // A documentation placeholder: the account must be 12 digits.
    show("arn:aws:bedrock:us-east-1:XXXXX:application-inference-profile/ID");
    // A GovCloud profile id in a commercial-partition ARN.
    show("arn:aws:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.amazon.nova-pro-v1:0");
    // A foundation model never has an account.
    show("arn:aws:bedrock:us-east-1:123456789012:foundation-model/amazon.nova-pro-v1:0");
}
