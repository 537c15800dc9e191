// Fuzzes the untrusted-JSON entry points with arbitrary bytes. Properties checked for every input:
// nothing crashes or throws out of parse_document (the sanitizers and the noexcept contract watch), and
// every document that is accepted serializes to JSON that reads back to the same serialization
// (wire form and CLI form), so accepting a document never loses a value.
#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/cfn_import.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {
void require(bool ok) {
    if (!ok) std::abort();
}

template <class T>
void round_trip(std::string_view in) {
    auto r = bedrock::parse_document<T>(in);
    if (!r) return;
    for (auto form : {bedrock::json_output::wire, bedrock::json_output::cli}) {
        std::string const once = bedrock::serialize_document(*r, form);
        auto again = bedrock::parse_document<T>(once);
        require(again.has_value());
        require(bedrock::serialize_document(*again, form) == once);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const in(reinterpret_cast<char const*>(data), size);
    round_trip<bedrock::list_inference_profiles_response>(in);
    round_trip<bedrock::get_inference_profile_response>(in);
    round_trip<bedrock::list_foundation_models_response>(in);
    round_trip<bedrock::create_inference_profile_request>(in);
    round_trip<bedrock::create_inference_profile_response>(in);
    round_trip<bedrock::cfn_template>(in);
    (void)bedrock::parse_cfn_application_profiles(in);
    return 0;
}
