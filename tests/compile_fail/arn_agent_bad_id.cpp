// expect-error: literal_has_bad_resource_id
// The literal does not compile: an agent id is exactly 10 letters or digits (bad_resource_id); the diagnostic names bedrock::detail::literal_has_bad_resource_id.
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:us-east-1:123456789012:agent/PXINSLJAOL1"_arn;
int use() { return static_cast<int>(value.str().size()); }
