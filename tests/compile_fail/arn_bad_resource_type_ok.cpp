// expect-ok
// The literal compiles: the twin of arn_bad_resource_type.cpp (literal_has_bad_resource_type).
#include <bedrock/bedrock_arn.hpp>

constexpr bedrock::arn_literal value{"arn:aws:bedrock:us-east-1:123456789012:guardrail/abcdef012345"};
int use() { return static_cast<int>(value.str().size()); }
