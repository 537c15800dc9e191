// ARNs that several request tests use as members.
#ifndef BEDROCK_TEST_SAMPLE_ARNS_HPP
#define BEDROCK_TEST_SAMPLE_ARNS_HPP

#include <string_view>

namespace bedrock_test {

/// An application inference profile ARN in us-east-1.
inline constexpr std::string_view app_arn =
    "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6";
/// A default prompt router ARN in us-east-1.
inline constexpr std::string_view router_arn =
    "arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1";
/// A foundation-model ARN in us-east-1 (no account, as AWS writes it).
inline constexpr std::string_view fm_arn =
    "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0";

} // namespace bedrock_test

#endif // BEDROCK_TEST_SAMPLE_ARNS_HPP
