// expect-error: literal_is_too_long
// The literal does not compile: the diagnostic names bedrock::detail::literal_is_too_long.
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"a.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb:ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc:ddddddddddd"};
int use() { return static_cast<int>(value.str().size()); }
