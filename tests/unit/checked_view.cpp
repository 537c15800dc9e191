#include <bedrock/checked_view.hpp>
#include <bedrock/checked_view.hpp>  // include guard works

#include <bedrock/model_id.hpp>
#include <bedrock/profile_id.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/rows.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

namespace {
// The doc example: a new identifier type is a check and two constructors.
struct digits : bedrock::checked_view<digits> {
    constexpr digits() noexcept = default;
    template <std::size_t N>
    consteval digits(char const (&s)[N]) : checked_view(s) {}
    static constexpr std::optional<bedrock::parse_error> check(std::string_view s) noexcept {
        if (s.empty()) return bedrock::parse_error{bedrock::errc::empty, 0};
        for (std::size_t i = 0; i < s.size(); ++i)
            if (s[i] < '0' || s[i] > '9') return bedrock::parse_error{bedrock::errc::invalid_character, static_cast<std::uint32_t>(i)};
        return std::nullopt;
    }
};
} // namespace

TEST_CASE("checked_view: literal, parse, comparison", "[checked_view]") {
    constexpr digits d{"0042"};
    static_assert(d.str() == "0042");
    static_assert(digits::parse("4x2").error() == bedrock::parse_error{bedrock::errc::invalid_character, 1});
    static_assert(digits::parse("") .error().code == bedrock::errc::empty);
    static_assert(digits::parse("17").value().str() == "17");
    static_assert(digits{"1"} < digits{"2"} && digits{"7"} == digits::parse("7").value());
    STATIC_REQUIRE(digits{}.str().empty());
    bedrock_test::check_rows(&digits::check, {{"0", bedrock::errc::ok, 0}, {"12a", bedrock::errc::invalid_character, 2}, {"", bedrock::errc::empty, 0}});
}

TEST_CASE("checked_view: the identifier types share it", "[checked_view]") {
    static_assert(std::is_base_of_v<bedrock::checked_view<bedrock::model_id>, bedrock::model_id>);
    static_assert(std::is_base_of_v<bedrock::checked_view<bedrock::profile_id>, bedrock::profile_id>);
    static_assert(std::is_base_of_v<bedrock::checked_view<bedrock::application_profile_id>, bedrock::application_profile_id>);
    // parse_<id> and Id::parse are the same checker
    STATIC_REQUIRE(bedrock::model_id::parse("Anthropic.x").error() == bedrock::parse_model_id("Anthropic.x").error());
    STATIC_REQUIRE(bedrock::profile_id::parse("zz.a.b").error() == bedrock::parse_profile_id("zz.a.b").error());
    STATIC_REQUIRE(bedrock::application_profile_id::parse("a1b2c3d4e5f6").value().str() == "a1b2c3d4e5f6");
    REQUIRE_THROWS_AS(bedrock::application_profile_id::parse("short").value(), bedrock::bad_result_access);
}
