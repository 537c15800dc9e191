// expect-ok
// The literal compiles: the twin of model_id_bad_character.cpp (literal_has_bad_character).
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"anthropic.claude-v2"};
int use() { return static_cast<int>(value.str().size()); }
