// Fuzzes parse_timestamp. Properties: an error offset lies inside the input; an accepted timestamp is
// formattable (no silent clamping) and parse(format(t)) == t in both text forms; epoch-second numbers
// built from the input's bytes convert only inside the years 0000-9999.
#include <bedrock/timestamp.hpp>

#include "fuzz_property.hpp"

#include <cstdint>
#include <cstring>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const in(reinterpret_cast<char const*>(data), size);
    bedrock_fuzz::current_input() = in;
    if (auto t = bedrock::parse_timestamp(in)) {
        BEDROCK_PROPERTY(bedrock::is_formattable(*t));
        for (auto f : {bedrock::timestamp_format::wire, bedrock::timestamp_format::cli}) {
            std::string const text = bedrock::format_timestamp(*t, f);
            auto again = bedrock::parse_timestamp(text);
            BEDROCK_PROPERTY_DETAIL(again.has_value() && *again == *t, text);
        }
    } else {
        BEDROCK_PROPERTY_OFFSET_INSIDE(t.error(), in);
    }
    if (size >= sizeof(double)) {
        double d = 0;
        std::memcpy(&d, data, sizeof d);
        if (auto t = bedrock::timestamp_from_epoch_seconds(d)) BEDROCK_PROPERTY(bedrock::is_formattable(*t));
        std::int64_t i = 0;
        std::memcpy(&i, data, sizeof i);
        if (auto t = bedrock::timestamp_from_epoch_seconds(i)) BEDROCK_PROPERTY(bedrock::is_formattable(*t));
    }
    return 0;
}
