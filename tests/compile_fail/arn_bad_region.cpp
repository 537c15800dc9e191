// expect-error: literal_has_bad_region
// The literal does not compile: the diagnostic names bedrock::detail::literal_has_bad_region.
#include <bedrock/bedrock_arn.hpp>

constexpr bedrock::arn_literal value{"arn:aws:bedrock:xx-east-1::foundation-model/amazon.nova-pro-v1:0"};
int use() { return static_cast<int>(value.str().size()); }
