#include <bedrock/timestamp.hpp>
#include <bedrock/timestamp.hpp>  // include guard works

#include <bedrock_test/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

using bedrock::errc;

namespace {
constexpr std::int64_t us(std::string_view s) { return bedrock::parse_timestamp(s)->time_since_epoch().count(); }
} // namespace

TEST_CASE("parse_timestamp is constexpr", "[timestamp]") {
    static_assert(us("2024-09-30T00:00:00Z") == 1727654400000000);
    static_assert(us("2024-11-04T19:49:37.317261+02:00") == 1730742577317261);
    static_assert(!bedrock::parse_timestamp("2024-02-30T10:15:00Z"));
    constexpr auto e = bedrock::parse_timestamp("2024-11-04T17:49:37+0000");
    STATIC_REQUIRE(e.error().code == errc::invalid_character);
}

TEST_CASE("parse_timestamp accepts the reader's forms and normalises to UTC", "[timestamp]") {
    auto [input, micros, cli, wire] = GENERATE(table<std::string_view, std::int64_t, std::string_view, std::string_view>({
        {"2024-09-30T00:00:00Z", 1727654400000000, "2024-09-30T00:00:00+00:00", "2024-09-30T00:00:00Z"},
        {"2024-11-04T17:49:37.317261+00:00", 1730742577317261, "2024-11-04T17:49:37.317261+00:00", "2024-11-04T17:49:37.317261Z"},
        {"2025-03-18T08:02:41.09Z", 1742284961090000, "2025-03-18T08:02:41.090000+00:00", "2025-03-18T08:02:41.090000Z"},
        {"2024-11-04T17:49:37.3172619Z", 1730742577317261, "2024-11-04T17:49:37.317261+00:00", "2024-11-04T17:49:37.317261Z"},
        {"2024-11-04T17:49:37.317261999Z", 1730742577317261, "2024-11-04T17:49:37.317261+00:00", "2024-11-04T17:49:37.317261Z"},
        {"2024-11-04t17:49:37.317261z", 1730742577317261, "2024-11-04T17:49:37.317261+00:00", "2024-11-04T17:49:37.317261Z"},
        {"2024-11-04T12:49:37.317261-05:00", 1730742577317261, "2024-11-04T17:49:37.317261+00:00", "2024-11-04T17:49:37.317261Z"},
        {"2024-12-31T23:59:59.999999Z", 1735689599999999, "2024-12-31T23:59:59.999999+00:00", "2024-12-31T23:59:59.999999Z"},
        {"2024-02-29T12:00:00Z", 1709208000000000, "2024-02-29T12:00:00+00:00", "2024-02-29T12:00:00Z"},
        {"2000-02-29T00:00:00Z", 951782400000000, "2000-02-29T00:00:00+00:00", "2000-02-29T00:00:00Z"},
        {"1970-01-01T00:30:00+00:45", -900000000, "1969-12-31T23:45:00+00:00", "1969-12-31T23:45:00Z"},
        {"0000-01-01T00:00:00Z", -62167219200000000, "0000-01-01T00:00:00+00:00", "0000-01-01T00:00:00Z"},
        {"9999-12-31T23:59:59.999999Z", 253402300799999999, "9999-12-31T23:59:59.999999+00:00", "9999-12-31T23:59:59.999999Z"},
    }));
    CAPTURE(input);
    auto r = bedrock::parse_timestamp(input);
    REQUIRE(r.has_value());
    REQUIRE(r->time_since_epoch().count() == micros);
    REQUIRE(bedrock::format_timestamp(*r, bedrock::timestamp_format::cli) == cli);
    REQUIRE(bedrock::format_timestamp(*r, bedrock::timestamp_format::wire) == wire);
    REQUIRE(bedrock::format_timestamp(*r) == wire);
    REQUIRE(bedrock::is_formattable(*r));
}

TEST_CASE("parse_timestamp rejects with a code and an offset", "[timestamp]") {
    auto [input, code, offset] = GENERATE(table<std::string_view, errc, std::uint32_t>({
        {"", errc::unexpected_end, 0},
        {"2024", errc::unexpected_end, 4},
        {"2024-02-30T10:15:00Z", errc::invalid_character, 8},
        {"2023-02-29T10:15:00Z", errc::invalid_character, 8},
        {"2024-13-01T10:15:00Z", errc::invalid_character, 5},
        {"2024-00-01T10:15:00Z", errc::invalid_character, 5},
        {"2025-03-11T14:27:52.604918", errc::unexpected_end, 26},
        {"2024-11-04 17:49:37Z", errc::invalid_character, 10},
        {"2024-11-04", errc::unexpected_end, 10},
        {"2024-11-04T17:49Z", errc::invalid_character, 16},
        {"2024-11-04T24:00:00Z", errc::invalid_character, 11},
        {"2024-11-04T17:60:00Z", errc::invalid_character, 14},
        {"2024-11-04T17:49:60Z", errc::invalid_character, 17},
        {"2024-11-04T17:49:37.Z", errc::invalid_character, 20},
        {"2024-11-04T17:49:37.", errc::unexpected_end, 20},
        {"2024-11-04T17:49:37+0000", errc::invalid_character, 22},
        {"2024-11-04T17:49:37+24:00", errc::invalid_character, 20},
        {"2024-11-04T17:49:37+05:60", errc::invalid_character, 23},
        {"2024-11-04T17:49:37+05", errc::unexpected_end, 22},
        {"2024-11-04T17:49:37ZZ", errc::invalid_character, 20},
        {"2024-11-04T17:49:37X", errc::invalid_character, 19},
        {"2024-11-04T17:49:37.1234567890Z", errc::too_long, 29},
        {"1730742577", errc::invalid_character, 4},
        {"2024-11-04T17:49:37.317261+00:00 and more text", errc::too_long, 35},
        {"２024-11-04T17:49:37Z", errc::invalid_character, 0},
    }));
    CAPTURE(input);
    auto r = bedrock::parse_timestamp(input);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == code);
    CHECK(r.error().offset == offset);
}

TEST_CASE("epoch seconds convert to timestamps rounded to microseconds", "[timestamp]") {
    REQUIRE(bedrock::timestamp_from_epoch_seconds(std::int64_t{1727654400})->time_since_epoch().count() == 1727654400000000);
    REQUIRE(bedrock::timestamp_from_epoch_seconds(1730742577.5)->time_since_epoch().count() == 1730742577500000);
    REQUIRE(bedrock::timestamp_from_epoch_seconds(-0.25)->time_since_epoch().count() == -250000);
    REQUIRE(bedrock::timestamp_from_epoch_seconds(0.0000004)->time_since_epoch().count() == 0);
    REQUIRE(bedrock::timestamp_from_epoch_seconds(0.0000006)->time_since_epoch().count() == 1);
    REQUIRE(bedrock::timestamp_from_epoch_seconds(1e300).error().code == errc::too_long);
    REQUIRE(bedrock::timestamp_from_epoch_seconds(std::int64_t{253402300800}).error().code == errc::too_long);
    REQUIRE(bedrock::timestamp_from_epoch_seconds(std::int64_t{-62167219201}).error().code == errc::too_long);
    REQUIRE(bedrock::timestamp_from_epoch_seconds(std::numeric_limits<double>::quiet_NaN()).error().code == errc::invalid_character);
    REQUIRE(bedrock::timestamp_from_epoch_seconds(std::numeric_limits<double>::infinity()).error().code == errc::invalid_character);
}

TEST_CASE("format_timestamp clamps values it cannot write", "[timestamp]") {
    bedrock::timestamp const far{std::chrono::microseconds{std::numeric_limits<std::int64_t>::max() / 2}};
    REQUIRE_FALSE(bedrock::is_formattable(far));
    REQUIRE(bedrock::format_timestamp(far) == "9999-12-31T23:59:59.999999Z");
    bedrock::timestamp const early{std::chrono::microseconds{std::numeric_limits<std::int64_t>::min() / 2}};
    REQUIRE(bedrock::format_timestamp(early, bedrock::timestamp_format::cli) == "0000-01-01T00:00:00+00:00");
}

// javadoc
TEST_CASE("timestamp doc examples compile", "[timestamp]") {
    bedrock::timestamp t = bedrock::parse_timestamp("2024-11-04T17:49:37.317261Z").value();
    std::string cli = bedrock::format_timestamp(t, bedrock::timestamp_format::cli);
    REQUIRE(cli == "2024-11-04T17:49:37.317261+00:00");
    auto r = bedrock::parse_timestamp("2024-11-04T12:49:37.317261-05:00");
    REQUIRE(r->time_since_epoch().count() == 1730742577317261);
    auto bad = bedrock::parse_timestamp("2024-02-30T10:15:00Z");
    REQUIRE((bad.error().code == bedrock::errc::invalid_character && bad.error().offset == 8));
}
