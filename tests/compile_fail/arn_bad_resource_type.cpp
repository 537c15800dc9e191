// expect-error: literal_has_bad_resource_type
// The literal does not compile: the diagnostic names bedrock::detail::literal_has_bad_resource_type.
#include <bedrock/bedrock_arn.hpp>

constexpr bedrock::arn_literal value{"arn:aws:bedrock:us-east-1:123456789012:knowledge-bases/abcdef012345"};
int use() { return static_cast<int>(value.str().size()); }
