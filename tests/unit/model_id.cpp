#include <bedrock/model_id.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/rows.hpp>

#undef NDEBUG  // the doc examples compiled here use assert(); keep it live in release builds too
#include <cassert>
#include <optional>
#include <string>
#include <string_view>

using bedrock::errc;
using bedrock::model_id_grammar;

// javadoc
static_assert(!bedrock::check_model_id("a.b", bedrock::model_id_grammar::g1));
static_assert(bedrock::check_model_id("a.b", bedrock::model_id_grammar::g2)->offset == 3);
static_assert(!bedrock::check_model_id("anthropic.claude-3-5-sonnet-20241022-v2:0"));
static_assert(bedrock::check_model_id("anthropic.claude-v2::0")->code == bedrock::errc::empty_segment);
namespace javadoc {
constexpr bedrock::model_id m{"anthropic.claude-3-haiku-20240307-v1:0:200k"};
static_assert(m.provider() == "anthropic");
static_assert(m.name() == "claude-3-haiku-20240307-v1");
static_assert(m.version() == "0:200k");
} // namespace javadoc

TEST_CASE("model_id javadoc run-time example", "[model_id]") {
    auto m = bedrock::parse_model_id("amazon.nova-pro-v1:0");
    assert(m && m->provider() == "amazon" && m->version() == "0");
    REQUIRE(m);
    REQUIRE(m->name() == "nova-pro-v1");
}

TEST_CASE("the four model-id grammars of the Bedrock service model", "[model_id]") {
    struct row {
        std::string_view s;
        bool g1, g2, g3, g4;
    };
    constexpr row rows[] = {
        {"a.b", true, false, false, false},              // only G1 takes 1 char after the first '.'
        {"a.bc", true, true, true, true},
        {"anthropic.claude-v2", true, true, true, true},
        {"anthropic.claude-v2:1", true, true, true, true},
        {"anthropic.claude-3-haiku-20240307-v1:0:200k", true, true, false, true}, // G3: one suffix only
        {"openai.gpt-5.6-sol", true, true, true, true},
        {"a.b.c.d", true, false, false, false},          // 4 segments: G1; G4 needs 2 chars after first '.'
        {"a.bc.d.e", true, false, false, true},
        {"a.b.c.d.e", false, false, false, false},
        {"a.bc:d:e:f", false, false, false, false},
        {"anthropic", false, false, false, false},
        {"Anthropic.claude", false, false, false, false},
        {"a..b", false, false, false, false},
        {"", false, false, false, false},
    };
    for (auto const& r : rows) {
        CAPTURE(r.s);
        REQUIRE(!bedrock::check_model_id(r.s, model_id_grammar::g1) == r.g1);
        REQUIRE(!bedrock::check_model_id(r.s, model_id_grammar::g2) == r.g2);
        REQUIRE(!bedrock::check_model_id(r.s, model_id_grammar::g3) == r.g3);
        REQUIRE(!bedrock::check_model_id(r.s, model_id_grammar::g4) == r.g4);
    }
    // G4 admits a 126-character part after the first '.', G1 does not
    std::string const long_part = "a." + std::string(126, 'b');
    REQUIRE_FALSE(bedrock::check_model_id(long_part, model_id_grammar::g4));
    REQUIRE(bedrock::check_model_id(long_part, model_id_grammar::g1)->offset == 65);
    REQUIRE(bedrock::check_model_id("x", static_cast<model_id_grammar>(9))->code == errc::bad_model_id);
}

TEST_CASE("canonical model ids: every error code and offset", "[model_id]") {
    std::string const seg63(63, 'a');
    std::string const long_segment = seg63 + "a.b";
    std::string const too_long = "a." + std::string(63, 'b') + ":" + std::string(63, 'c') + ":" + std::string(20, 'd');
    bedrock_test::check_rows([](std::string_view s) { return bedrock::check_model_id(s); }, {
        {"", errc::empty, 0},
        {"anthropic", errc::unexpected_end, 9},
        {"anthropic.", errc::unexpected_end, 10},
        {".claude", errc::empty_segment, 0},
        {"anthropic..claude", errc::empty_segment, 10},
        {"anthropic.claude-v2::0", errc::empty_segment, 20},
        {"anthropic.claude-v2:1:2:3", errc::too_many_suffixes, 23},
        {"a.b.c.d.e", errc::too_many_segments, 7},
        {"a.b:c.d", errc::too_many_segments, 5},
        {long_segment, errc::segment_too_long, 63},
        {"Anthropic.claude", errc::uppercase, 0},
        {"anthropic.claude_v2", errc::invalid_character, 16},
        {"anthropic.claude v2", errc::whitespace, 16},
        {"anthropic.claud\xc3\xa9", errc::non_ascii, 15},
        {too_long, errc::too_long, 140},
        {"us.anthropic.claude-v2", errc::geo_prefixed_model_id, 0},
        {"us-gov.anthropic.claude-v2", errc::geo_prefixed_model_id, 0},
    }, [](std::string_view s, bedrock::parse_error const& e) {
        auto p = bedrock::parse_model_id(s);
        REQUIRE_FALSE(p);
        REQUIRE(p.error() == e);
    });
    // exactly 140 bytes is fine
    std::string const max = "a." + std::string(63, 'b') + ":" + std::string(63, 'c') + ":" + std::string(10, 'd');
    REQUIRE(max.size() == 140);
    REQUIRE_FALSE(bedrock::check_model_id(max));
    REQUIRE_FALSE(bedrock::check_model_id("zz.anthropic.claude-v2")); // 'zz' is not a geo: a G1 model id
}

TEST_CASE("model_id view: parts, comparison, default", "[model_id]") {
    constexpr bedrock::model_id a{"amazon.titan-text-express-v1"};
    STATIC_REQUIRE(a.provider() == "amazon");
    STATIC_REQUIRE(a.name() == "titan-text-express-v1");
    STATIC_REQUIRE(a.version().empty());
    STATIC_REQUIRE(a.segment_count() == 2);
    constexpr bedrock::model_id b{"openai.gpt-5.6-sol"};
    STATIC_REQUIRE(b.name() == "gpt-5.6-sol");
    STATIC_REQUIRE(b.segment_count() == 3);
    constexpr bedrock::model_id c{"anthropic.claude:1"};
    STATIC_REQUIRE(c.name() == "claude" && c.version() == "1");
    STATIC_REQUIRE(a < b);
    STATIC_REQUIRE(a == bedrock::model_id{"amazon.titan-text-express-v1"});
    STATIC_REQUIRE(a != b);
    constexpr bedrock::model_id empty;
    STATIC_REQUIRE(empty.str().empty() && empty.provider().empty() && empty.name().empty());
    STATIC_REQUIRE(empty.segment_count() == 0);

    std::string const runtime = "meta.llama3-2-3b-instruct-v1:0";
    auto m = bedrock::parse_model_id(runtime);
    REQUIRE(m);
    REQUIRE(m->str().data() == runtime.data()); // a view of the caller's text
    REQUIRE(m->provider() == "meta");
}

// check_model_id is a function template (no grammar engine instantiated at include time): taking its address
// needs `<>` (and, for the overload set, the target type).
static_assert([] {
    std::optional<bedrock::parse_error> (*strict)(std::string_view) noexcept = &bedrock::check_model_id<>;
    std::optional<bedrock::parse_error> (*by_grammar)(std::string_view, model_id_grammar) noexcept = &bedrock::check_model_id<>;
    return !strict("amazon.nova-pro-v1:0") && strict("us.amazon.nova-pro-v1:0")->code == errc::geo_prefixed_model_id &&
           !by_grammar("a.b", model_id_grammar::g1);
}());
