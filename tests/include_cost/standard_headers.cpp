// The baseline of the include-cost check: the standard headers <bedrock/profiles.hpp> includes (the same list as
// the `profiles.hpp` row of benchmarks/compile_time). What these instantiate is not the library's doing.
#include <array>
#include <bit>
#include <cstddef>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
