// expect-error: literal_is_not_an_arn
// The literal does not compile: the diagnostic names bedrock::detail::literal_is_not_an_arn.
#include <bedrock/bedrock_arn.hpp>

constexpr bedrock::arn_literal value{"ARN:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"};
int use() { return static_cast<int>(value.str().size()); }
