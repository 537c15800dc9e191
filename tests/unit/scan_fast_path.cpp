// The fast acceptance path of detail::check_full (scan.hpp) against the exact engine (check_full_exact):
// for every shape, on every identifier-table string and on the single-byte mutations the regex oracle
// uses, the fast matcher must never accept what the engine rejects (that is what keeps every result
// unchanged), check_full must return exactly the engine's result (code and offset), and the fast matcher
// must accept every valid value (otherwise valid input would silently take the slow path).
// Also the verdict functions behind the model-id grammars' fast matchers (G1-G4).
#include <bedrock/detail/scan.hpp>
#include <bedrock/shape.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/mutations.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "identifier_table_rows.hpp"

namespace {

namespace d = bedrock::detail;
using bedrock::shape;

struct verdicts {
    bool fast;                                  // the fast matcher consumed the whole input
    std::optional<bedrock::parse_error> exact;  // the engine alone
    std::optional<bedrock::parse_error> full;   // check_full: fast path, then the engine
};

verdicts both_paths(shape sh, std::string_view s) {
    auto const lim = bedrock::limits(sh);
    return d::visit_shape_rule(sh, [&](auto const& rule) {
        return verdicts{d::fast_full_match(rule, s), d::check_full_exact(rule, s, lim.min, lim.max),
                        d::check_full(rule, s, lim.min, lim.max)};
    });
}

bool within_limits(shape sh, std::string_view s) {
    auto const lim = bedrock::limits(sh);
    return s.size() >= lim.min && s.size() <= lim.max;
}

struct tally {
    std::size_t compared = 0;
    std::size_t fast_accepted = 0;
    std::size_t rejected = 0;
};

void compare(shape sh, std::string const& s, tally& t) {
    auto const v = both_paths(sh, s);
    CAPTURE(bedrock::to_string(sh), s);
    if (v.fast) REQUIRE_FALSE((v.exact.has_value() && within_limits(sh, s))); // sound: never accepts a rejected value
    REQUIRE(v.full == v.exact);                                             // same result, code and offset
    REQUIRE(v.full == bedrock::check_syntax(sh, s));
    if (!v.exact) REQUIRE(v.fast);                                          // complete: valid input is fast
    ++t.compared;
    t.fast_accepted += v.fast && !v.exact ? 1 : 0;
    t.rejected += v.exact ? 1 : 0;
}

} // namespace

TEST_CASE("fast path: table strings against every shape agree with the engine", "[scan][fast_path]") {
    tally t;
    for (auto const& row : bedrock_test::identifier_rows())
        for (auto sh : bedrock::all_shapes) compare(sh, row.input, t);
    CHECK(t.compared > 10000);
    CHECK(t.fast_accepted > 500);
    CHECK(t.rejected > t.compared / 2);
}

TEST_CASE("fast path: mutations of every valid table string agree with the engine", "[scan][fast_path]") {
    tally t;
    for (auto const& row : bedrock_test::identifier_rows()) {
        if (row.syntax_code != bedrock::errc::ok || row.input.size() > 300) continue;
        bedrock_test::for_each_single_byte_mutation(row.input, [&](std::string const& m) { compare(row.sh, m, t); });
    }
    CHECK(t.compared > 50000);
    CHECK(t.fast_accepted > t.compared / 10);
    CHECK(t.rejected > t.compared / 4);
}

TEST_CASE("fast path: every valid table string is accepted by the fast matcher of its shape", "[scan][fast_path]") {
    std::size_t valid = 0;
    for (auto const& row : bedrock_test::identifier_rows()) {
        if (row.syntax_code != bedrock::errc::ok) continue;
        CAPTURE(row.id, row.input);
        CHECK(both_paths(row.sh, row.input).fast);
        ++valid;
    }
    CHECK(valid > 100);
}

TEST_CASE("fast path: the model-id verdict functions agree with grammars G1-G4", "[scan][fast_path][model_id]") {
    std::vector<std::string> inputs{"a.b", "a.bc", "a.b.c", "a.b:c", "a.b.c.d", "a.bc.d.e", "a.b.c.d.e", "a.b:c:d",
                                    "a.b:c:d:e", "a.b.c:d", "a.b:c.d", "a..b", ".a.b", "a.b.", "a.b:", "ab", "a",
                                    std::string(63, 'a') + "." + std::string(63, 'b'),
                                    std::string(63, 'a') + "." + std::string(126, 'b'),
                                    std::string(63, 'a') + "." + std::string(127, 'b'),
                                    std::string(64, 'a') + ".b", "a." + std::string(64, 'b') + ".c",
                                    "a.b:" + std::string(64, 'c')};
    for (auto const& row : bedrock_test::identifier_rows()) {
        if (row.input.size() > 300) continue;
        if (row.input.rfind("arn:", 0) != 0) inputs.push_back(row.input);
        auto const slash = row.input.find('/');
        if (slash != std::string::npos) {
            auto const id = row.input.substr(slash + 1);
            inputs.push_back(id);
            inputs.push_back(id.substr(0, id.find('/'))); // the base model of a custom-model ARN
        }
    }
    std::size_t const base = inputs.size();
    for (std::size_t k = 0; k < base; ++k)
        if (inputs[k].size() <= 80) {
            std::string const original = inputs[k]; // inputs grows below
            bedrock_test::for_each_single_byte_mutation(original, [&inputs](std::string const& m) { inputs.push_back(m); });
        }
    std::size_t accepted[4] = {};
    for (auto const& s : inputs) {
        CAPTURE(s);
        REQUIRE(d::is_model_id_g1(s) == !d::check_full_exact(d::model_id_g1, s, 1, d::unbounded).has_value());
        REQUIRE(d::is_model_id_g2(s) == !d::check_full_exact(d::model_id_g2, s, 1, d::unbounded).has_value());
        REQUIRE(d::is_model_id_g3(s) == !d::check_full_exact(d::model_id_g3, s, 1, d::unbounded).has_value());
        REQUIRE(d::is_model_id_g4(s) == !d::check_full_exact(d::model_id_g4, s, 1, d::unbounded).has_value());
        accepted[0] += d::is_model_id_g1(s) ? 1 : 0;
        accepted[1] += d::is_model_id_g2(s) ? 1 : 0;
        accepted[2] += d::is_model_id_g3(s) ? 1 : 0;
        accepted[3] += d::is_model_id_g4(s) ? 1 : 0;
    }
    for (std::size_t n : accepted) CHECK(n > 500);
}

TEST_CASE("fast path: the fast matchers are usable at compile time", "[scan][fast_path]") {
    constexpr std::string_view arn = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0";
    STATIC_REQUIRE(d::fast_full_match(d::shapes::foundation_model_arn<>, arn));
    STATIC_REQUIRE(!d::fast_full_match(d::shapes::foundation_model_arn<>, arn.substr(0, 50)));
    STATIC_REQUIRE(d::shapes::partition_five<>.fast("aws-iso-b:", 0) == 10); // the longer branch wins
    STATIC_REQUIRE(d::shapes::account_opt<>.fast("123456789012:", 0) == 12);
    STATIC_REQUIRE(d::shapes::idempotency_token<>.fast("a-b-", 0) == d::no_match);
    STATIC_REQUIRE(d::is_model_id_g4("meta.llama3-1-8b-instruct-v1:0"));
    STATIC_REQUIRE(!d::is_model_id_g3("a.b:c:d"));
}

TEST_CASE("make_profile_id builds exactly what parse_profile_id accepts", "[profile_id][fast_path]") {
    // make_profile_id no longer parses its output again; check that it needs not, for every geo and every
    // table string (and its text after the first `.`) used as the model.
    std::size_t built = 0;
    for (auto const& row : bedrock_test::identifier_rows()) {
        std::string const& s = row.input;
        auto const dot = s.find('.');
        for (std::string const& model : {s, dot == std::string::npos ? std::string() : s.substr(dot + 1)}) {
            for (auto g : bedrock::all_geos) {
                CAPTURE(model, bedrock::to_string(g));
                char buf[bedrock::max_profile_id_size];
                auto const made = bedrock::make_profile_id(g, model, buf);
                std::string const text = std::string(bedrock::to_string(g)) + "." + model;
                auto const parsed = bedrock::parse_profile_id(text);
                if (made) {
                    REQUIRE(parsed);
                    REQUIRE(made->str() == text);
                    ++built;
                } else if (made.error().code != bedrock::errc::too_long) {
                    REQUIRE(bedrock::check_model_id(model)); // only a bad model id makes it fail
                }
            }
        }
    }
    CHECK(built > 100);
}
