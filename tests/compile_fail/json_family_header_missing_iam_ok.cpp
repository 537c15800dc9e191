// expect-ok
#include <bedrock/iam.hpp>
#include <bedrock/json/iam.hpp>

#include <string_view>

inline auto read_policy(std::string_view text) { return bedrock::parse_document<bedrock::iam_policy_document>(text); }
