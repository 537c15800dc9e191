// The writer's scan for bytes that need an escape, 8 bytes at a time (json_needs_escape8): the same answer as
// the byte table on every word made of one byte value with any other byte value at any position, and the
// same bytes as the DOM path (format_json(to_json_value(x))) for every byte at every position of strings
// long enough to take the 8-byte path.
#include <bedrock/json/writer.hpp>

#include <bedrock/json/api.hpp>
#include <bedrock_test/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

TEST_CASE("json_needs_escape8 agrees with the escape table on every byte at every position", "[json][writer]") {
    auto const& table = bedrock::detail::json_escape_table;
    std::size_t mismatches = 0;
    for (int fill = 0; fill < 256; ++fill) {
        for (int b = 0; b < 256; ++b) {
            for (std::size_t pos = 0; pos < 8; ++pos) {
                unsigned char bytes[8];
                std::memset(bytes, fill, sizeof bytes);
                bytes[pos] = static_cast<unsigned char>(b);
                std::uint64_t w;
                std::memcpy(&w, bytes, sizeof w);
                bool const expected = table[static_cast<std::size_t>(fill)] != 0 || table[static_cast<std::size_t>(b)] != 0;
                if (bedrock::detail::json_needs_escape8(w) != expected) ++mismatches;
            }
        }
    }
    REQUIRE(mismatches == 0);
}

TEST_CASE("the writer escapes every byte at every position of a long string as the DOM path does", "[json][writer]") {
    std::string const base = "arn:aws:bedrock:us-east-1::foundation-model/\xc3\xa9x"; // 47 bytes, no escape
    for (int c = 0; c < 256; ++c) {
        for (std::size_t pos = 0; pos <= base.size(); pos += 3) {
            CAPTURE(c, pos);
            std::string value = base;
            value.insert(pos, 1, static_cast<char>(c));
            bedrock::tag const t{value.substr(0, 17), value};
            std::string compact;
            bedrock::write_json(compact, t, bedrock::json_layout::compact);
            REQUIRE(compact == bedrock::format_json(bedrock::to_json_value(t), bedrock::json_layout::compact));
        }
    }
}
