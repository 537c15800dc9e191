// Fuzzes every shape checker (check_syntax, check_strict over all_shapes). Properties: an error offset lies
// inside the input (or is the shape's maximum length for a too-long input); strict is never looser than
// syntax; no shape accepts a value outside its length limits, counted in AWS's unit (Unicode code points:
// the Smithy length trait on strings) -- for the ASCII-only shapes that is the byte count.
#include <bedrock/shape.hpp>

#include "fuzz_property.hpp"

#include <cstdint>

namespace {
// Code points as the library and a UTF-8 decoder count them: each maximal invalid subpart is one (U+FFFD).
std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); i += bedrock::detail::utf8_next(s, i).size) ++n;
    return n;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const in(reinterpret_cast<char const*>(data), size);
    bedrock_fuzz::current_input() = in;
    for (auto sh : bedrock::all_shapes) {
        auto const syntax = bedrock::check_syntax(sh, in);
        auto const strict = bedrock::check_strict(sh, in);
        auto const lim = bedrock::limits(sh);
        if (syntax) {
            BEDROCK_PROPERTY(syntax->code != bedrock::errc::ok);
            BEDROCK_PROPERTY(syntax->offset <= in.size());
        } else {
            BEDROCK_PROPERTY(code_points(in) >= lim.min);
            BEDROCK_PROPERTY(lim.max == bedrock::shape_limits::unbounded || code_points(in) <= lim.max);
        }
        if (strict) BEDROCK_PROPERTY(strict->offset <= in.size());
        BEDROCK_PROPERTY(!syntax || strict.has_value());
    }
    return 0;
}
