// expect-error: literal_has_geo_prefixed_model_id
// The literal does not compile: the diagnostic names bedrock::detail::literal_has_geo_prefixed_model_id.
#include <bedrock/model_id.hpp>

constexpr bedrock::model_id value{"us.anthropic.claude-v2"};
int use() { return static_cast<int>(value.str().size()); }
