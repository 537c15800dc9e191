// expect-error: max_results_is_outside_1_to_1000
#include <bedrock/request_members.hpp>

constexpr bedrock::max_results m{1001};
