// The one translation unit of the JSON tests that compiles Boost.JSON (header-only mode, docs/json.md).
#include <boost/json/src.hpp>
