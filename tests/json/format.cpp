#include <bedrock/json/format.hpp>
#include <bedrock/json/format.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

namespace bj = boost::json;

TEST_CASE("the CLI printer escapes like Python's json.dumps(ensure_ascii=False)", "[json][printer]") {
    bj::value v = {{"s", "q\"b\\n\n r\r t\t \x01 \x1f \x7f caf\xc3\xa9 /"}, {"e", bj::array{}}, {"o", bj::object{}},
                   {"n", bj::array{-1, 18446744073709551615ull, 1.5, 1e300, true, nullptr}}};
    CHECK(bedrock::format_json(v, bedrock::json_layout::compact) ==
          "{\"s\":\"q\\\"b\\\\n\\n r\\r t\\t \\u0001 \\u001f \x7f caf\xc3\xa9 /\",\"e\":[],\"o\":{},"
          "\"n\":[-1,18446744073709551615,1.5,1e+300,true,null]}");
    CHECK(bedrock::format_json(bj::value(2.0), bedrock::json_layout::compact) == "2.0");
    CHECK(bedrock::format_json(bj::array{1, bj::array{}}, bedrock::json_layout::cli) == "[\n    1,\n    []\n]\n");
}

// javadoc
TEST_CASE("json/format.hpp doc examples compile", "[json]") {
    {
        boost::json::value v = {{"a", 1}};
        CHECK(bedrock::format_json(v, bedrock::json_layout::cli) == "{\n    \"a\": 1\n}\n");
        CHECK(bedrock::format_json(v, bedrock::json_layout::compact) == "{\"a\":1}");
    }
}
