// expect-ok
// The literal compiles: the twin of model_id_too_long.cpp (literal_is_too_long).
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"a.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb:ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc:dddddddddd"};
int use() { return static_cast<int>(value.str().size()); }
