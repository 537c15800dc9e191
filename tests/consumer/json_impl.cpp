// Boost.JSON in header-only mode: exactly one TU of the program includes src.hpp.
#include <boost/json/src.hpp>
