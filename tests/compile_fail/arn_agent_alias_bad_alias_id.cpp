// expect-error: literal_has_bad_resource_id
// The literal does not compile: an agent alias id is 10 letters or digits (bad_alias_id); the diagnostic names bedrock::detail::literal_has_bad_resource_id.
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:us-east-1:123456789012:agent-alias/DNCJJYQKSU/TCLC-ITFZT"_arn;
int use() { return static_cast<int>(value.str().size()); }
