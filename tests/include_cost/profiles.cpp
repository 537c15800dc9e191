// The TU of the include-cost check (check_instantiations.cmake): the umbrella header and nothing else.
#include <bedrock/profiles.hpp>
