// The check must reject this TU (CTest include_cost_check_rejects_an_iterator_trap): a non-template function that
// builds a string_view from a `char*` and a count makes overload resolution consider string_view's iterator-pair
// constructor and instantiate the iterator concepts for `char*`, at every include.
#include <bedrock/profiles.hpp>

inline std::string_view lowered(char* buffer, std::size_t size) { return std::string_view(buffer, size); }
