// expect-ok
// The literal compiles: the twin of arn_account_not_allowed.cpp (literal_has_account_not_allowed).
#include <bedrock/bedrock_arn.hpp>

constexpr bedrock::arn_literal value{"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"};
int use() { return static_cast<int>(value.str().size()); }
