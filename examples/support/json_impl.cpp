// Boost.JSON in header-only mode, compiled once for all examples.
#include <boost/json/src.hpp>
