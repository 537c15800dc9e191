#include <bedrock/profile_id.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/rows.hpp>

#undef NDEBUG  // the doc examples compiled here use assert(); keep it live in release builds too
#include <cassert>
#include <span>
#include <string>
#include <string_view>

using bedrock::errc;
using bedrock::geo;

// javadoc
static_assert(!bedrock::check_profile_id("us-gov.anthropic.claude-3-haiku-20240307-v1:0"));
static_assert(bedrock::check_profile_id("zz.anthropic.claude-v2")->code == bedrock::errc::unknown_geo);
static_assert(bedrock::check_profile_id("us.us.anthropic.claude-v2")->code == bedrock::errc::doubled_geo);
static_assert(!bedrock::check_application_profile_id("a1b2c3d4e5f6"));
static_assert(bedrock::check_application_profile_id("A1b2c3d4e5f6")->code == bedrock::errc::uppercase);
namespace javadoc {
constexpr bedrock::profile_id p{"us-gov.anthropic.claude-3-haiku-20240307-v1:0"};
static_assert(p.geo_prefix() == bedrock::geo::us_gov);
static_assert(p.model() == "anthropic.claude-3-haiku-20240307-v1:0");
} // namespace javadoc

TEST_CASE("profile_id javadoc run-time examples", "[profile_id]") {
    auto p = bedrock::parse_profile_id("eu.amazon.nova-pro-v1:0");
    assert(p && p->geo_prefix() == bedrock::geo::eu && p->model() == "amazon.nova-pro-v1:0");
    REQUIRE(p);
    char buf[bedrock::max_profile_id_size];
    auto q = bedrock::make_profile_id(bedrock::geo::apac, "amazon.nova-lite-v1:0", buf);
    assert(q && q->str() == "apac.amazon.nova-lite-v1:0");
    REQUIRE(q);
    REQUIRE(q->str().data() == buf);
    constexpr bedrock::model_id m{"anthropic.claude-3-haiku-20240307-v1:0"};
    auto s = bedrock::make_profile_id(bedrock::geo::us_gov, m.str());
    assert(s && *s == "us-gov.anthropic.claude-3-haiku-20240307-v1:0");
    REQUIRE(s);
    auto a = bedrock::parse_application_profile_id("k3x9q2mz7w4p");
    assert(a && a->str() == "k3x9q2mz7w4p");
    REQUIRE(a);
}

TEST_CASE("cross-region profile ids: every geo, parts", "[profile_id]") {
    for (auto g : bedrock::all_geos) {
        CAPTURE(bedrock::to_string(g));
        auto s = bedrock::make_profile_id(g, "anthropic.claude-sonnet-4-5-20250929-v1:0");
        REQUIRE(s);
        auto p = bedrock::parse_profile_id(*s);
        REQUIRE(p);
        REQUIRE(p->geo_prefix() == g);
        REQUIRE(p->model() == "anthropic.claude-sonnet-4-5-20250929-v1:0");
        REQUIRE(p->model_id().provider() == "anthropic");
        REQUIRE(p->str() == *s);
    }
    constexpr bedrock::profile_id a{"us.amazon.nova-pro-v1:0"};
    constexpr bedrock::profile_id b{"us-gov.amazon.nova-pro-v1:0"};
    STATIC_REQUIRE(a.geo_prefix() == geo::us);
    STATIC_REQUIRE(b.geo_prefix() == geo::us_gov); // never read as `us`
    STATIC_REQUIRE(a != b);
    STATIC_REQUIRE(b < a); // byte order: '-' < '.'
    constexpr bedrock::profile_id none;
    STATIC_REQUIRE(none.str().empty() && none.model().empty());
}

TEST_CASE("cross-region profile ids: every error path", "[profile_id]") {
    std::string const too_long = "us.amazon." + std::string(55, 'a');
    bedrock_test::check_rows([](std::string_view s) { return bedrock::check_profile_id(s); }, {
        {"", errc::empty, 0},
        {"zz.anthropic.claude-v2", errc::unknown_geo, 0},
        {"usgov.anthropic.claude-v2", errc::unknown_geo, 2},
        {"us_gov.anthropic.claude-v2", errc::unknown_geo, 2},
        {"a1b2c3d4e5f6", errc::unknown_geo, 1},
        {"-:.", errc::unknown_geo, 0},
        {"US.anthropic.claude-v2", errc::uppercase, 0},
        {"uS.anthropic.claude-v2", errc::uppercase, 1},
        {"Us-Gov.anthropic.claude-v2", errc::uppercase, 0},
        {"us", errc::unexpected_end, 2},
        {"us.", errc::unexpected_end, 3},
        {"us.us.anthropic.claude-v2", errc::doubled_geo, 3},
        {"eu.apac.anthropic.claude-v2", errc::doubled_geo, 3},
        {"us.anthropic.claude-v2::0", errc::empty_segment, 23},
        {"us.anthropic/claude", errc::invalid_character, 12},
        {"us.anthropic.claude-3-5-sonnet-20241022-v2:0 ", errc::whitespace, 44},
        {too_long, errc::too_long, 64},
        {"us.Anthropic.claude", errc::uppercase, 3},
    }, [](std::string_view s, bedrock::parse_error const& e) { REQUIRE(bedrock::parse_profile_id(s).error() == e); });
    REQUIRE_FALSE(bedrock::check_profile_id("us.amazon." + std::string(54, 'a'))); // exactly 64
}

TEST_CASE("make_profile_id: errors", "[profile_id]") {
    char small[8];
    auto e1 = bedrock::make_profile_id(geo::us, "amazon.nova-pro-v1:0", std::span<char>(small));
    REQUIRE(e1.error() == bedrock::parse_error{errc::too_long, 8});
    char buf[bedrock::max_profile_id_size];
    auto e2 = bedrock::make_profile_id(geo::us, "Amazon.nova", buf);
    REQUIRE(e2.error() == bedrock::parse_error{errc::uppercase, 3});   // offset into the built id
    auto e3 = bedrock::make_profile_id(geo::us, "us.amazon.nova", buf);  // doubled geo is caught as a model-id error
    REQUIRE(e3.error() == bedrock::parse_error{errc::geo_prefixed_model_id, 3});
    auto e4 = bedrock::make_profile_id(geo::global, "amazon." + std::string(60, 'x'));
    REQUIRE(e4.error() == bedrock::parse_error{errc::too_long, 64});
    auto e5 = bedrock::make_profile_id(geo::eu, "nope");
    REQUIRE(e5.error() == bedrock::parse_error{errc::unexpected_end, 7});
}

TEST_CASE("application profile ids", "[profile_id]") {
    constexpr bedrock::application_profile_id a{"a1b2c3d4e5f6"};
    STATIC_REQUIRE(a.str() == "a1b2c3d4e5f6");
    STATIC_REQUIRE(a == bedrock::application_profile_id{"a1b2c3d4e5f6"});
    STATIC_REQUIRE(a < bedrock::application_profile_id{"b1b2c3d4e5f6"});
    struct row {
        std::string_view s;
        errc code;
        std::uint32_t offset;
    };
    constexpr row rows[] = {
        {"", errc::empty, 0},
        {"a1b2c3d4e5f", errc::unexpected_end, 11},
        {"a1b2c3d4e5f67", errc::too_long, 12},
        {"a1b2c3-4e5f6", errc::bad_resource_id, 6},
        {"A1b2c3d4e5f6", errc::uppercase, 0},
        {"a1b2c3d4e5f ", errc::whitespace, 11},
    };
    for (auto const& r : rows) {
        CAPTURE(r.s);
        auto e = bedrock::check_application_profile_id(r.s);
        REQUIRE(e);
        REQUIRE(bedrock::to_string(e->code) == bedrock::to_string(r.code));
        REQUIRE(e->offset == r.offset);
        REQUIRE(bedrock::parse_application_profile_id(r.s).error() == *e);
    }
}

// make_profile_id into a buffer and the pointer form the library uses internally write the same id.
static_assert([] {
    char a[bedrock::max_profile_id_size]{};
    char b[bedrock::max_profile_id_size]{};
    auto const x = bedrock::make_profile_id(bedrock::geo::eu, "amazon.nova-lite-v1:0", a);
    auto const y = bedrock::detail::write_profile_id(bedrock::geo::eu, "amazon.nova-lite-v1:0", b, sizeof b);
    auto const e = bedrock::detail::write_profile_id(bedrock::geo::eu, "amazon.nova-lite-v1:0", b, 4);
    return x && y && x->str() == y->str() && x->str() == "eu.amazon.nova-lite-v1:0" && !e && e.error().code == bedrock::errc::too_long &&
           e.error().offset == 4;
}());

// The profile-id checkers are function templates (no grammar engine instantiated at include time): taking their
// address needs `<>`.
static_assert([] {
    auto const strict = &bedrock::check_profile_id<>;
    auto const lenient = &bedrock::check_profile_id_lenient<>;
    auto const read = &bedrock::read_profile_id<>;
    auto const parse = &bedrock::parse_profile_id<>;
    auto const application = &bedrock::check_application_profile_id<>;
    return !strict("us.amazon.nova-pro-v1:0") && !lenient("zz.amazon.nova-pro-v1:0") &&
           read("zz.amazon.nova-pro-v1:0")->geo_text == "zz" && parse("us.amazon.nova-pro-v1:0").has_value() &&
           !application("a1b2c3d4e5f6");
}());
