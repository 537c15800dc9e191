#include <bedrock/high.hpp>
