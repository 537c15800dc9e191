// Compile-time subject (issue 13, last row): read a ListInferenceProfiles response into typed values and
// write it back, with the library. Its twin work_plain_boost.cpp does the same with plain Boost.JSON.
// Compiled only (-c), never linked: benchmarks/compile_time/run times it.
#include <bedrock/json/api.hpp>

#include <string>
#include <string_view>

std::string round_trip(std::string_view text) {
    auto r = bedrock::parse_document<bedrock::list_inference_profiles_response>(text);
    if (!r) return r.error().message;
    return bedrock::serialize_document(*r);
}
