// expect-ok
// The literal compiles: the twin of model_id_geo_prefixed.cpp (literal_has_geo_prefixed_model_id).
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"zz.anthropic.claude-v2"};
int use() { return static_cast<int>(value.str().size()); }
