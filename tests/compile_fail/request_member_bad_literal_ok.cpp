// expect-ok
#include <bedrock/request_members.hpp>

constexpr bedrock::inference_profile_identifier id{"eu.amazon.nova-pro-v1:0"};
static_assert(id.str() == "eu.amazon.nova-pro-v1:0");
