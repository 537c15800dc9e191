// expect-error: literal_has_bad_account
// The literal does not compile: the diagnostic names bedrock::detail::literal_has_bad_account.
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:us-east-1:12345:provisioned-model/abcdef012345"_arn;
int use() { return static_cast<int>(value.str().size()); }
