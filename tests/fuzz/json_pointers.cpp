// Fuzzes the document readers (every response, request and CloudFormation type) on JSON that parsed.
// Properties: the error pointer names an existing location of the document (for missing_member: its
// parent object exists), an accepted document survives serialize -> parse with an equal value, and
// reading never throws.
#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/iam.hpp>

#include "fuzz_property.hpp"

#include <cstdint>
#include <string>

namespace {
void pointer_exists(boost::json::value const& doc, bedrock::json_error const& e) {
    std::string ptr = e.pointer;
    if (e.code == bedrock::json_errc::missing_member) ptr = ptr.substr(0, ptr.rfind('/'));
    boost::system::error_code ec;
    BEDROCK_PROPERTY_DETAIL(doc.find_pointer(ptr, ec) != nullptr, e.pointer);
}

template <class T>
void read(boost::json::value const& doc) {
    auto const r = bedrock::from_json_value<T>(doc);
    if (!r) {
        pointer_exists(doc, r.error());
        return;
    }
    for (auto form : {bedrock::json_output::wire, bedrock::json_output::cli}) {
        std::string const text = bedrock::serialize_document(*r, form);
        auto const again = bedrock::parse_document<T>(text);
        BEDROCK_PROPERTY_DETAIL(again.has_value(), text);
        BEDROCK_PROPERTY_DETAIL(bedrock::serialize_document(*again, form) == text, text);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const in(reinterpret_cast<char const*>(data), size);
    bedrock_fuzz::current_input() = in;
    auto const doc = bedrock::parse_json(in);
    if (!doc) return 0;
    read<bedrock::list_inference_profiles_response>(*doc);
    read<bedrock::get_inference_profile_response>(*doc);
    read<bedrock::list_foundation_models_response>(*doc);
    read<bedrock::get_foundation_model_response>(*doc);
    read<bedrock::create_inference_profile_request>(*doc);
    read<bedrock::create_inference_profile_response>(*doc);
    read<bedrock::cfn_template>(*doc);
    read<bedrock::cfn_application_inference_profile>(*doc);
    read<bedrock::iam_policy_document>(*doc);
    return 0;
}
