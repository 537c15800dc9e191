// expect-ok
#include <bedrock/request_members.hpp>

constexpr bedrock::max_results m{1000};
static_assert(m.value() == 1000);
