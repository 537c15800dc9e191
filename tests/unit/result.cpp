#include <bedrock/result.hpp>
#include <bedrock/result.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <string>
#include <type_traits>

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

namespace result_error_types {
// An error type of a user: result<T, E> throws what E's own throw_bad_result_access throws.
struct my_error {
    int code = 0;
};
struct my_exception {
    int code;
};
[[noreturn]] void throw_bad_result_access(my_error const& e) { throw my_exception{e.code}; }
} // namespace result_error_types

TEST_CASE("result<T, E>: any error type, its own exception", "[result]") {
    using r_t = bedrock::result<int, result_error_types::my_error>;
    constexpr r_t ok = 3;
    static_assert(ok.has_value() && *ok == 3 && ok.error().code == 0);
    r_t bad = result_error_types::my_error{7};
    REQUIRE(bad.has_error());
    REQUIRE(bad.error().code == 7);
    REQUIRE_THROWS_AS(bad.value(), result_error_types::my_exception);
    static_assert(std::is_same_v<bedrock::result<int>::error_type, bedrock::parse_error>);
}
