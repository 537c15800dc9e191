#include <bedrock/json/reader.hpp>
#include <bedrock/json/reader.hpp>  // include guard works

#include <bedrock/json/api.hpp>

#include <bedrock_test/catch.hpp>

#include <cstdint>
#include <string>

using bedrock::json_errc;

TEST_CASE("safe reader: document-level errors with offsets", "[json][reader]") {
    auto [text, code, pointer, offset] = GENERATE(table<std::string, json_errc, std::string, std::uint64_t>({
        {"", json_errc::empty_document, "", 0},
        {" \n\t ", json_errc::empty_document, "", 4},
        {"{", json_errc::incomplete, "", 1},
        {"{\"a\":1}x", json_errc::trailing_garbage, "", 7},
        {"{\"a\":1} {}", json_errc::trailing_garbage, "", 8},
        {"{\"a\":1,}", json_errc::syntax, "", 7},
        {"{'a':1}", json_errc::syntax, "", 1},
        {"[1,2]//c", json_errc::trailing_garbage, "", 5},
        {"{\"a\":1,\"b\":{\"c\":1,\"c\":2}}", json_errc::duplicate_key, "/b/c", 20},
        {"{\"a~b/c\":1,\"a~b/c\":2}", json_errc::duplicate_key, "/a~0b~1c", 17},
        {"[{\"x\":\"\xff\"}]", json_errc::invalid_utf8, "/0/x", 7},
        {"{\"\xc0\xaf\":1}", json_errc::invalid_utf8, "", 2},
        {"\"\xed\xa0\x80\"", json_errc::invalid_utf8, "", 1},
        {std::string(65, '[') + std::string(65, ']'), json_errc::too_deep, "", 64},
        {"[1 2]", json_errc::syntax, "", 3},
    }));
    CAPTURE(text);
    auto r = bedrock::parse_json(text);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == code);
    CHECK(r.error().pointer == pointer);
    CHECK(r.error().offset == offset);
    CHECK(r.error().message.find("offset") != std::string::npos);
    CHECK(bedrock::parse_json(std::string(64, '[') + std::string(64, ']')).has_value());
    // a number beyond double range (Boost.JSON reads it as infinity) is refused by the reader itself (issue 14, F2)
    auto inf = bedrock::parse_document<bedrock::foundation_model_lifecycle>(R"({"status":"ACTIVE","legacyTime":1e99999})");
    CHECK(inf.error().code == json_errc::too_large);
    CHECK(inf.error().pointer == "/legacyTime");
    bedrock::json_read_options small;
    small.max_size = 4;
    CHECK(bedrock::parse_json("[1,2,3]", small).error().code == json_errc::too_large);
    small.max_depth = 2;
    small.max_size = 100;
    CHECK(bedrock::parse_json("[[[1]]]", small).error().code == json_errc::too_deep);
}

// javadoc
TEST_CASE("json/reader.hpp doc examples compile", "[json]") {
    {
        auto r = bedrock::parse_json(R"({"a": 1, "a": 2})");
        CHECK((!r && r.error().code == bedrock::json_errc::duplicate_key && r.error().pointer == "/a"));
    }
}
