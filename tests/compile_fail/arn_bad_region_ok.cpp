// expect-ok
// The literal compiles: the twin of arn_bad_region.cpp (literal_has_bad_region).
#include <bedrock/bedrock_arn.hpp>

constexpr bedrock::arn_literal value{"arn:aws:bedrock:ap-southeast-9::foundation-model/amazon.nova-pro-v1:0"};
int use() { return static_cast<int>(value.str().size()); }
