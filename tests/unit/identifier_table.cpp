// The identifier table (rows in identifier_table_rows.hpp): V1-V58 valid, X1-X66 invalid with their offsets,
// L1-L14 accepted by the AWS service-model pattern (botocore: botocore/data/bedrock/2023-04-20/service-2.json)
// but flagged by the strict layer, plus E* (valid) and N* (invalid) vectors for the remaining shapes. Each row gives the shape, the input, and
// the expected (code, offset) of the syntax layer and of the strict layer (errc::ok = accepted).
// tests/unit/regex_oracle.cpp checks the accept/reject column of every row against std::regex.
#include <bedrock/shape.hpp>

#include <bedrock/arn_environment.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock_test/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "identifier_table_rows.hpp"

using bedrock::errc;
using bedrock::shape;

TEST_CASE("identifier table: syntax and strict layers give the expected code and offset", "[identifier_table]") {
    auto const& rows = bedrock_test::identifier_rows();
    std::size_t valid = 0;
    std::size_t invalid = 0;
    for (auto const& row : rows) {
        CAPTURE(row.id, bedrock::to_string(row.sh), row.input);
        auto const syntax = bedrock::check_syntax(row.sh, row.input);
        if (row.syntax_code == errc::ok) {
            CHECK_FALSE(syntax.has_value());
        } else {
            REQUIRE(syntax.has_value());
            CHECK(bedrock::to_string(syntax->code) == bedrock::to_string(row.syntax_code));
            CHECK(syntax->offset == row.syntax_offset);
        }
        auto const strict = bedrock::check_strict(row.sh, row.input);
        if (row.strict_code == errc::ok) {
            CHECK_FALSE(strict.has_value());
            ++valid;
        } else {
            REQUIRE(strict.has_value());
            CHECK(bedrock::to_string(strict->code) == bedrock::to_string(row.strict_code));
            CHECK(strict->offset == row.strict_offset);
            ++invalid;
        }
        // the strict layer never accepts what the syntax layer rejects, and never fails later than it
        if (syntax) {
            REQUIRE(strict.has_value());
            CHECK(strict->offset <= syntax->offset);
        }
    }
    CHECK(valid >= 100);
    CHECK(invalid >= 100);
}

TEST_CASE("identifier table covers every V, X and L row", "[identifier_table]") {
    auto const& rows = bedrock_test::identifier_rows();
    auto count = [&](char prefix) {
        std::size_t n = 0;
        for (auto const& r : rows)
            if (r.id[0] == prefix) ++n;
        return n;
    };
    CHECK(count('V') == 58);
    CHECK(count('X') == 66);
    CHECK(count('L') == 14);
    for (auto const& r : rows) {
        CAPTURE(r.id);
        if (r.id[0] == 'L') { // table L: syntax passes, strict flags
            CHECK(r.syntax_code == errc::ok);
            CHECK(r.strict_code != errc::ok);
        }
    }
}

TEST_CASE("identifier table: every accepted value round-trips through parse and format", "[identifier_table]") {
    for (auto const& row : bedrock_test::identifier_rows()) {
        if (row.strict_code != errc::ok) continue;
        CAPTURE(row.id, row.input);
        std::string_view const s = row.input;
        if (s.substr(0, 4) == "arn:") {
            auto const a = bedrock::parse_arn(s);
            REQUIRE(a);
            // format(parse(s)) == s, into a std::string and into an exact-size buffer
            REQUIRE(bedrock::to_string(a->parts()) == s);
            std::string buf(bedrock::formatted_size(*a), '\0');
            REQUIRE(bedrock::format_to(*a, buf.data(), buf.data() + buf.size()) == buf.data() + buf.size());
            REQUIRE(buf == s);
            // parse(format(x)) == x
            auto const again = bedrock::parse_arn(buf);
            REQUIRE(again);
            CHECK(again->parts().partition == a->partition());
            CHECK(again->region() == a->region());
            CHECK(again->account() == a->account());
            CHECK(again->resource() == a->resource());
            CHECK(*again == *a);
            if (a->region().empty()) continue; // region-less ARNs pass only the relaxed/profile syntax shapes
            auto const b = bedrock::parse_bedrock_arn(s);
            REQUIRE(b);
            auto const built = bedrock::make_bedrock_arn(b->kind, b->partition, a->region(), a->account(), b->id);
            REQUIRE(built);
            CHECK(*built == s);
        } else if (auto const p = bedrock::parse_profile_id(s)) {
            auto const built = bedrock::make_profile_id(p->geo_prefix(), p->model());
            REQUIRE(built);
            CHECK(*built == s);
            CHECK(bedrock::parse_profile_id(*built)->model() == p->model());
        } else if (auto const m = bedrock::parse_model_id(s)) {
            CHECK(m->str() == s);
            std::string rebuilt(m->provider());
            rebuilt += '.';
            rebuilt += m->name();
            if (!m->version().empty()) {
                rebuilt += ':';
                rebuilt += m->version();
            }
            CHECK(rebuilt == s);
        }
    }
}

// A few rows again, evaluated at compile time: the checkers are constexpr.
static_assert(!bedrock::check_syntax(shape::foundation_model_arn,
                                     "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"));
static_assert(bedrock::check_syntax(shape::foundation_model_arn,
                                    "arn:aws:bedrock:us-east-1:123456789012:foundation-model/anthropic.claude-v2")
                  ->offset == 26);
static_assert(bedrock::check_syntax(shape::inference_profile_arn,
                                    "arn:aws-iso-f:bedrock:us-isof-south-1:123456789012:inference-profile/us.anthropic.claude-v2:1")
                  ->offset == 12);
static_assert(bedrock::check_syntax(shape::invoke_model_identifier,
                                    "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0:200k")
                  ->offset == 82);
static_assert(bedrock::check_syntax(shape::idempotency_token, "abc-")->code == errc::unexpected_end);
static_assert(bedrock::check_strict(shape::inference_profile_id, "us.us.anthropic.claude-3-5-sonnet-20241022-v2:0")->code ==
              errc::doubled_geo);
static_assert(bedrock::check_strict(shape::inference_profile_name, "abc-")->code == errc::trailing_separator);
