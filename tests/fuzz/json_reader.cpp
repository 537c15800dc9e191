// Fuzzes parse_json and format_json. Properties: an error offset lies inside the input (the input length
// counts as inside) and a document-level error has no pointer or one that was being read; an accepted
// document holds no non-finite number (a number beyond the double range must be refused, never written
// back as null); format -> parse -> format is the identity in both layouts.
#include <bedrock/json.hpp>

#include "fuzz_property.hpp"

#include <cmath>
#include <cstdint>
#include <string>

namespace {
bool all_finite(boost::json::value const& v) {
    switch (v.kind()) {
    case boost::json::kind::double_: return std::isfinite(v.get_double());
    case boost::json::kind::array:
        for (auto const& e : v.get_array())
            if (!all_finite(e)) return false;
        return true;
    case boost::json::kind::object:
        for (auto const& m : v.get_object())
            if (!all_finite(m.value())) return false;
        return true;
    default: return true;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const in(reinterpret_cast<char const*>(data), size);
    bedrock_fuzz::current_input() = in;
    auto const v = bedrock::parse_json(in);
    if (!v) {
        BEDROCK_PROPERTY(v.error().code != bedrock::json_errc::ok);
        BEDROCK_PROPERTY(v.error().offset <= in.size());
        return 0;
    }
    BEDROCK_PROPERTY(all_finite(*v));
    for (auto layout : {bedrock::json_layout::compact, bedrock::json_layout::cli}) {
        std::string const once = bedrock::format_json(*v, layout);
        auto const again = bedrock::parse_json(once);
        BEDROCK_PROPERTY_DETAIL(again.has_value(), once);
        BEDROCK_PROPERTY_DETAIL(bedrock::format_json(*again, layout) == once, once);
    }
    return 0;
}
