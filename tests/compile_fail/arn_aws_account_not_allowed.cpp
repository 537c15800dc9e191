// expect-error: literal_has_bad_account
// The literal does not compile: the account `aws` is allowed only where AWS owns the resource (data-automation projects and profiles, blueprints), not for an agent (bad_account); the diagnostic names bedrock::detail::literal_has_bad_account.
#include <bedrock/bedrock_arn.hpp>

using namespace bedrock::literals;
constexpr auto value = "arn:aws:bedrock:us-east-1:aws:agent/PXINSLJAOL"_arn;
int use() { return static_cast<int>(value.str().size()); }
