// expect-error: literal_ends_too_early
// The literal does not compile: the diagnostic names bedrock::detail::literal_ends_too_early.
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"anthropic"};
int use() { return static_cast<int>(value.str().size()); }
