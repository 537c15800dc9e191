// Boost.JSON compiled once for the JSON benchmarks.
#include <boost/json/src.hpp>
