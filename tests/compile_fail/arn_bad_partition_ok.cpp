// expect-ok
// The literal compiles: the twin of arn_bad_partition.cpp (literal_has_bad_partition).
#include <bedrock/bedrock_arn.hpp>

constexpr bedrock::arn_literal value{"arn:aws-cn:bedrock:cn-north-1::foundation-model/amazon.nova-pro-v1:0"};
int use() { return static_cast<int>(value.str().size()); }
