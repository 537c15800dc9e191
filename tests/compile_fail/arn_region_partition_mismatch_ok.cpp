// expect-ok
// The literal compiles: the twin of arn_region_partition_mismatch.cpp (literal_has_region_partition_mismatch).
#include <bedrock/bedrock_arn.hpp>

constexpr bedrock::arn_literal value{"arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.anthropic.claude-v2:1"};
int use() { return static_cast<int>(value.str().size()); }
