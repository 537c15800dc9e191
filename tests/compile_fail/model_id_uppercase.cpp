// expect-error: literal_has_uppercase
// The literal does not compile: the diagnostic names bedrock::detail::literal_has_uppercase.
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"Anthropic.claude-v2"};
int use() { return static_cast<int>(value.str().size()); }
