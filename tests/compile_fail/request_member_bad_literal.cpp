// expect-error: literal_has_unknown_geo
#include <bedrock/request_members.hpp>

constexpr bedrock::inference_profile_identifier id{"zz.amazon.nova-pro-v1:0"};
