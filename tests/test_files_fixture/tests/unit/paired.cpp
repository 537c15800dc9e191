#include <bedrock/other.hpp>
