// expect-ok
// The literal compiles: the twin of arn_bad_account.cpp (literal_has_bad_account).
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef012345"_arn;
int use() { return static_cast<int>(value.str().size()); }
