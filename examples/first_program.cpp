// The first program of docs/getting-started.md: a profile built and checked while compiling, and an ARN
// from outside checked at run time.
#include <bedrock/arn_environment.hpp>                  // parse_bedrock_arn
#include <bedrock/catalog.hpp>              // bedrock::models::…
#include <bedrock/cross_region_profile.hpp> // cross_region_profile

#include <iostream>
#include <string>

int main(int argc, char** argv) {
    // Compile time: a model without cross-region support here would not compile.
    constexpr bedrock::cross_region_profile cris{bedrock::geo::us, bedrock::models::anthropic_claude_3_5_sonnet_v2_0};
    std::cout << cris.id() << " routes to " << cris.destination_regions().size() << " regions\n";

    // Run time: text from a user, a file or the network is parsed into a result, never trusted.
    std::string const input = argc > 1 ? argv[1] : "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0";
    auto const arn = bedrock::parse_bedrock_arn(input);
    if (!arn) {
        std::cout << "error: " << arn.error().message() << " (at byte " << arn.error().offset << ")\n";
        return 1;
    }
    std::cout << to_string(arn->kind) << " in " << arn->arn.region() << ", model " << arn->model << '\n';
}
