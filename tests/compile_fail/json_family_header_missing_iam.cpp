// expect-error: the JSON form of this IAM policy document is in <bedrock/json/iam.hpp>: include it
#include <bedrock/iam.hpp>
#include <bedrock/json.hpp>

#include <string_view>

// <bedrock/json.hpp> alone has the entry points, not the descriptions of the IAM policy documents.
auto read_policy(std::string_view text) { return bedrock::parse_document<bedrock::iam_policy_document>(text); }
