// expect-ok
// The literal compiles: the twin of arn_bad_service.cpp (literal_has_bad_service).
#include <bedrock/bedrock_arn.hpp>

constexpr bedrock::arn_literal value{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"};
int use() { return static_cast<int>(value.str().size()); }
