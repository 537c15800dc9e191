// expect-error: literal_has_bad_resource_id
// The literal does not compile: a flow ARN continues with /alias/ only (missing_alias); the diagnostic names bedrock::detail::literal_has_bad_resource_id.
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/version/1"_arn;
int use() { return static_cast<int>(value.str().size()); }
