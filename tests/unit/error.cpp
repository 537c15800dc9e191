#include <bedrock/error.hpp>
#include <bedrock/error.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <string>
#include <system_error>

TEST_CASE("errc interoperates with std::error_code", "[error]") {
    std::error_code ec = bedrock::errc::too_long;
    REQUIRE(ec.category().name() == std::string("bedrock"));
    REQUIRE(ec.message() == "the value is longer than the maximum length");
    REQUIRE(ec == bedrock::make_error_code(bedrock::errc::too_long));
    // every code has a distinct wire name and a message
    for (int i = 0; i <= static_cast<int>(bedrock::errc::unknown_model); ++i) {
        auto c = static_cast<bedrock::errc>(i);
        CAPTURE(i);
        REQUIRE(bedrock::to_string(c) != "unknown");
        REQUIRE(bedrock::message(c) != "unknown error");
    }
}
