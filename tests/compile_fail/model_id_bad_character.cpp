// expect-error: literal_has_bad_character
// The literal does not compile: the diagnostic names bedrock::detail::literal_has_bad_character.
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"anthropic.claude_v2"};
int use() { return static_cast<int>(value.str().size()); }
