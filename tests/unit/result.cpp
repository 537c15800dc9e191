#include <bedrock/result.hpp>
#include <bedrock/result.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <array>
#include <string>
#include <type_traits>

// javadoc
namespace javadoc::result_in_place {
auto r = bedrock::result<std::array<int, 64>>(bedrock::in_place_call, [] { return std::array<int, 64>{1, 2}; });
} // namespace javadoc::result_in_place

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

namespace in_place_types {
// Counts how a value was made: in place from the callable's return, it is neither default constructed first nor
// copied or moved.
struct counted {
    static inline int defaults = 0, copies = 0, moves = 0;
    int v = 0;
    counted() noexcept { ++defaults; }
    explicit counted(int x) noexcept : v(x) {}
    counted(counted const& o) noexcept : v(o.v) { ++copies; }
    counted(counted&& o) noexcept : v(o.v) { ++moves; }
    counted& operator=(counted const&) = default;
    counted& operator=(counted&&) = default;
    ~counted() = default;
};
// Neither copyable nor movable: only guaranteed copy elision can put it in a result.
struct pinned {
    int v = 0;
    pinned() = default;
    constexpr explicit pinned(int x) noexcept : v(x) {}
    pinned(pinned const&) = delete;
    pinned& operator=(pinned const&) = delete;
    ~pinned() = default;
};
} // namespace in_place_types

TEST_CASE("result(in_place_call, make): the value is made in place from make()'s return", "[result]") {
    using in_place_types::counted;
    counted::defaults = counted::copies = counted::moves = 0;
    bedrock::result<counted> r(bedrock::in_place_call, [] { return counted{7}; });
    REQUIRE(r.has_value());
    REQUIRE(r->v == 7);
    REQUIRE(r.error().code == bedrock::errc::ok);
    CHECK(counted::defaults == 0); // no value-initialisation before the callable's value
    CHECK(counted::copies == 0);
    CHECK(counted::moves == 0);

    bedrock::result<in_place_types::pinned> p(bedrock::in_place_call, [] { return in_place_types::pinned{3}; });
    REQUIRE(p->v == 3);

    int calls = 0;
    bedrock::result<std::string> s(bedrock::in_place_call, [&calls] {
        ++calls;
        return std::string("made once");
    });
    REQUIRE(calls == 1);
    REQUIRE(s.value() == "made once");

    // at compile time too, and only for a callable that returns exactly T
    constexpr bedrock::result<std::array<int, 4>> a(bedrock::in_place_call, [] { return std::array<int, 4>{1, 2, 3, 4}; });
    STATIC_REQUIRE(a.has_value() && (*a)[3] == 4 && a.error().code == bedrock::errc::ok);
    auto const make_long = [] { return 1L; };
    auto const make_int = []() noexcept { return 1; };
    auto const may_throw = [] { return 1; };
    STATIC_REQUIRE_FALSE(std::is_constructible_v<bedrock::result<int>, bedrock::in_place_call_t, decltype(make_long)>);
    STATIC_REQUIRE(std::is_constructible_v<bedrock::result<int>, bedrock::in_place_call_t, decltype(make_int)>);
    STATIC_REQUIRE(std::is_nothrow_constructible_v<bedrock::result<int>, bedrock::in_place_call_t, decltype(make_int)>);
    STATIC_REQUIRE_FALSE(std::is_nothrow_constructible_v<bedrock::result<int>, bedrock::in_place_call_t, decltype(may_throw)>);
}
