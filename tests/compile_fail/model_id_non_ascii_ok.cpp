// expect-ok
// The literal compiles: the twin of model_id_non_ascii.cpp (literal_has_non_ascii).
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"anthropic.claude"};
int use() { return static_cast<int>(value.str().size()); }
