// The generic converter's std::uint32_t members (counts and sizes, e.g. embedding dimensions).
#include <bedrock/json.hpp>

#include <bedrock_test/catch.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace sized_test {

// A described type outside namespace bedrock: the using-declaration lets boost::json::value_from find the
// library's conversion by argument-dependent lookup instead of Boost's own described-struct conversion.
using bedrock::tag_invoke;

struct sized {
    std::uint32_t dimensions = 0;
    std::optional<std::uint32_t> max_items;
    bool operator==(sized const&) const = default;
};
BOOST_DESCRIBE_STRUCT(sized, (), (dimensions, max_items))

} // namespace sized_test

using bedrock::json_errc;
using sized_test::sized;

TEST_CASE("uint32 members are written as JSON integers and read back", "[json][uint32]") {
    sized const x{4294967295u, 0u};
    boost::json::value const v = bedrock::to_json_value(x);
    CHECK(boost::json::serialize(v) == R"({"dimensions":4294967295,"maxItems":0})");
    CHECK(boost::json::value_from(x) == v);
    auto const back = bedrock::from_json_value<sized>(v);
    REQUIRE(back.has_value());
    CHECK(*back == x);

    sized const y{1024u, std::nullopt};
    CHECK(boost::json::serialize(bedrock::to_json_value(y)) == R"({"dimensions":1024})");
    auto const from_text = bedrock::from_json_value<sized>(boost::json::parse(R"({"dimensions":1024})"));
    REQUIRE(from_text.has_value());
    CHECK(*from_text == y);
}

TEST_CASE("uint32 members reject what is not an integer from 0 to 2^32 - 1", "[json][uint32]") {
    for (char const* text : {R"({"dimensions":-1})", R"({"dimensions":4294967296})",
                             R"({"dimensions":18446744073709551615})", R"({"dimensions":1.5})",
                             R"({"dimensions":"256"})", R"({"dimensions":true})"}) {
        CAPTURE(text);
        auto const r = bedrock::from_json_value<sized>(boost::json::parse(text));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == json_errc::wrong_type);
        CHECK(r.error().pointer == "/dimensions");
        CHECK(r.error().message.find("expected an integer from 0 to 4294967295") != std::string::npos);
    }
    auto const missing = bedrock::from_json_value<sized>(boost::json::parse(R"({"maxItems":3})"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == json_errc::missing_member);
}
