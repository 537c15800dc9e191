// Boost.JSON is header-only when <boost/json/src.hpp> is compiled in exactly one translation unit of a program.
#include <boost/json/src.hpp>
