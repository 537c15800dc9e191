// expect-error: literal_has_bad_resource_id
// The literal does not compile: a data-automation project id is [a-zA-Z0-9_-] (bad_resource_id); the diagnostic names bedrock::detail::literal_has_bad_resource_id.
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:us-east-1:aws:data-automation-project/public.default"_arn;
int use() { return static_cast<int>(value.str().size()); }
