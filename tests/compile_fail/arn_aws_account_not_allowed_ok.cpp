// expect-ok
// The literal compiles: the twin of arn_aws_account_not_allowed.cpp (literal_has_bad_account).
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:us-east-1:aws:blueprint/bedrock-data-automation-public-invoice"_arn;
int use() { return static_cast<int>(value.str().size()); }
