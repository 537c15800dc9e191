// expect-error: literal_has_region_partition_mismatch
// The literal does not compile: the diagnostic names bedrock::detail::literal_has_region_partition_mismatch.
#include <bedrock/bedrock_arn.hpp>

constexpr bedrock::arn_literal value{"arn:aws-us-gov:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-v2:1"};
int use() { return static_cast<int>(value.str().size()); }
