#include <bedrock/result.hpp>
#include <bedrock/result.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <string>

namespace {
constexpr bedrock::result<int> half(int v) {
    if (v % 2) return bedrock::parse_error{bedrock::errc::invalid_character, 3};
    return v / 2;
}
} // namespace

TEST_CASE("result holds a value or an error, at compile time too", "[result]") {
    static_assert(half(4).has_value() && *half(4) == 2);
    static_assert(!half(3) && half(3).error().code == bedrock::errc::invalid_character && half(3).error().offset == 3);
    constexpr auto e = half(5);
    STATIC_REQUIRE(e.error() == bedrock::parse_error{bedrock::errc::invalid_character, 3});

    auto ok = half(10);
    REQUIRE(ok.value() == 5);
    REQUIRE(ok.error().code == bedrock::errc::ok);
    REQUIRE(ok.value_or(-1) == 5);

    auto bad = half(7);
    REQUIRE_FALSE(bad.has_value());
    REQUIRE(bad.has_error());
    REQUIRE(bad.value_or(-1) == -1);
    REQUIRE_THROWS_AS(bad.value(), bedrock::bad_result_access);
    try {
        (void)bad.value();
    } catch (bedrock::bad_result_access const& x) {
        REQUIRE(x.error().offset == 3);
        REQUIRE(std::string(x.what()) == "this character is not allowed here");
    }
}

TEST_CASE("result works with non-trivial types", "[result]") {
    bedrock::result<std::string> s = std::string("hello");
    auto copy = s;
    REQUIRE(copy->size() == 5);
    bedrock::result<std::string> err = bedrock::parse_error{bedrock::errc::empty, 0};
    copy = err;
    REQUIRE_FALSE(copy);
    REQUIRE(copy.error().code == bedrock::errc::empty);
}

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
