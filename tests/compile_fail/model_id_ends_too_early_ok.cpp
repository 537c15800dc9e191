// expect-ok
// The literal compiles: the twin of model_id_ends_too_early.cpp (literal_ends_too_early).
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"anthropic.claude"};
int use() { return static_cast<int>(value.str().size()); }
