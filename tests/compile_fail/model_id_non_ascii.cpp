// expect-error: literal_has_non_ascii
// The literal does not compile: the diagnostic names bedrock::detail::literal_has_non_ascii.
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"anthropic.claud\xc3\xa9"};
int use() { return static_cast<int>(value.str().size()); }
