// expect-ok
// The literal compiles: the twin of model_id_uppercase.cpp (literal_has_uppercase).
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"anthropic.claude-v2"};
int use() { return static_cast<int>(value.str().size()); }
