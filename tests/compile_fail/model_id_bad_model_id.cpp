// expect-error: literal_has_bad_model_id
// The literal does not compile: the diagnostic names bedrock::detail::literal_has_bad_model_id.
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"anthropic.claude-v2::0"};
int use() { return static_cast<int>(value.str().size()); }
