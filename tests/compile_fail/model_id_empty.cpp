// expect-error: literal_is_empty
// The literal does not compile: the diagnostic names bedrock::detail::literal_is_empty.
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{""};
int use() { return static_cast<int>(value.str().size()); }
