// expect-ok
// The literal compiles: the twin of model_id_empty.cpp (literal_is_empty).
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"amazon.nova-pro-v1:0"};
int use() { return static_cast<int>(value.str().size()); }
