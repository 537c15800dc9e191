#include <bedrock/detail/chars.hpp>
#include <bedrock/detail/chars.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <string_view>

namespace d = bedrock::detail;

namespace {
// Reference predicates, written independently of the tables (plain comparisons).
bool lower(int c) { return c >= 'a' && c <= 'z'; }
bool upper(int c) { return c >= 'A' && c <= 'Z'; }
bool digit(int c) { return c >= '0' && c <= '9'; }
bool alnum(int c) { return lower(c) || upper(c) || digit(c); }
bool space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
bool in(int c, std::string_view set) { return set.find(static_cast<char>(c)) != std::string_view::npos; }

template <class Ref>
void check_all_bytes(d::char_set const& cs, Ref ref, char const* name) {
    int members = 0;
    for (int v = 0; v < 256; ++v) {
        CAPTURE(name, v);
        REQUIRE(cs.contains(static_cast<char>(v)) == ref(v));
        REQUIRE(cs(static_cast<char>(v)) == ref(v));
        members += ref(v) ? 1 : 0;
    }
    REQUIRE(cs.size() == members);
}
} // namespace

TEST_CASE("every character class matches its definition on all 256 bytes", "[chars]") {
    check_all_bytes(d::lower_chars, lower, "lower");
    check_all_bytes(d::upper_chars, upper, "upper");
    check_all_bytes(d::digit_chars, digit, "digit");
    check_all_bytes(d::alpha_chars, [](int c) { return lower(c) || upper(c); }, "alpha");
    check_all_bytes(d::alnum_chars, alnum, "alnum");
    check_all_bytes(d::lower_alnum_chars, [](int c) { return lower(c) || digit(c); }, "lower_alnum");
    check_all_bytes(d::segment_chars, [](int c) { return lower(c) || digit(c) || c == '-'; }, "segment");
    check_all_bytes(d::segment_colon_chars, [](int c) { return lower(c) || digit(c) || in(c, "-:"); }, "segment_colon");
    check_all_bytes(d::profile_id_chars, [](int c) { return alnum(c) || in(c, "-:."); }, "profile_id");
    check_all_bytes(d::alnum_hyphen_chars, [](int c) { return alnum(c) || c == '-'; }, "alnum_hyphen");
    check_all_bytes(d::description_chars, [](int c) { return alnum(c) || in(c, ":."); }, "description");
    check_all_bytes(d::name_separator_chars, [](int c) { return in(c, " _-"); }, "name_separator");
    check_all_bytes(d::underscore_hyphen_chars, [](int c) { return in(c, "_-"); }, "underscore_hyphen");
    check_all_bytes(d::dot_colon_chars, [](int c) { return in(c, ".:"); }, "dot_colon");
    check_all_bytes(d::space_chars, space, "space");
    check_all_bytes(d::tag_chars, [](int c) { return alnum(c) || space(c) || in(c, "._:/=+@-"); }, "tag");
    check_all_bytes(d::async_id_chars, [](int c) { return alnum(c) || in(c, "_.-/:"); }, "async_id");
    check_all_bytes(d::not_colon_chars, [](int c) { return c != ':'; }, "not_colon");
    check_all_bytes(d::dot_chars, [](int c) { return c != '\n' && c != '\r'; }, "dot");
    check_all_bytes(d::non_space_chars, [](int c) { return !space(c); }, "non_space");
    check_all_bytes(d::provider_chars, [](int c) { return alnum(c) || in(c, "- "); }, "provider");
    check_all_bytes(d::non_ascii_chars, [](int c) { return c >= 0x80; }, "non_ascii");
    check_all_bytes(d::control_or_space_chars, [](int c) { return c <= 0x20 || c == 0x7f; }, "control_or_space");
}

TEST_CASE("char_set operations", "[chars]") {
    constexpr d::char_set ab{"ab"};
    constexpr d::char_set bc{"bc"};
    STATIC_REQUIRE((ab | bc) == d::char_set{"abc"});
    STATIC_REQUIRE((ab - bc) == d::char_set{"a"});
    STATIC_REQUIRE((~ab).size() == 254);
    STATIC_REQUIRE(d::char_set{"a-z"}.size() == 3); // no range syntax: '-' is a member
    STATIC_REQUIRE(d::char_set::range(0, 255).size() == 256);
    STATIC_REQUIRE(d::char_set{}.size() == 0);
    STATIC_REQUIRE(d::segment_chars('-') && !d::segment_chars('A') && !d::segment_chars('\xe9'));
}

TEST_CASE("char_set::range sets exactly [first, last], within and across its 64-bit words", "[chars]") {
    struct span_case {
        unsigned first, last;
    };
    for (auto [first, last] : {span_case{0, 0}, span_case{0, 63}, span_case{0, 64}, span_case{63, 64}, span_case{60, 70},
                               span_case{64, 127}, span_case{100, 200}, span_case{1, 254}, span_case{0, 255},
                               span_case{255, 255}, span_case{128, 255}, span_case{191, 192}}) {
        auto const cs = d::char_set::range(static_cast<unsigned char>(first), static_cast<unsigned char>(last));
        check_all_bytes(cs, [first = first, last = last](int c) { return c >= int(first) && c <= int(last); }, "range");
    }
    auto const cs = d::char_set::range(10, 5);  // empty when first > last
    check_all_bytes(cs, [](int) { return false; }, "empty range");
}
