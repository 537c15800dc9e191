// Boost.JSON in header-only mode, compiled exactly once for the whole program (style.md §2.6).
#include <boost/json/src.hpp>
