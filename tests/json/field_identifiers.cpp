// Issue 11: the identifiers of tests/data/field-identifiers.tsv (real strings from public code and AWS's
// documentation, with verdicts) through `parse` (the classifier, as the CLI uses it), and the JSON reader against
// parse on every row of that file and of tests/unit/bedrock_arn_kind_rows.hpp.
#include <bedrock/json/api.hpp>

#include <bedrock/api.hpp>
#include <bedrock/bedrock_arn.hpp>
#include <bedrock/catalog.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/shape.hpp>
#include <bedrock_test/catch.hpp>

#include <boost/json.hpp>

#include <cstddef>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "../unit/bedrock_arn_kind_rows.hpp"

namespace {

struct field_row {
    std::string text;
    std::string kind;
    std::string verdict;
    std::string parse_today;
};

std::vector<field_row> field_rows() {
    std::ifstream in(BEDROCK_TEST_DATA_DIR "/field-identifiers.tsv");
    REQUIRE(in);
    std::vector<field_row> rows;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::vector<std::string> cols;
        std::size_t from = 0;
        for (;;) {
            auto const tab = line.find('\t', from);
            cols.push_back(line.substr(from, tab - from));
            if (tab == std::string::npos) break;
            from = tab + 1;
        }
        REQUIRE(cols.size() == 6);
        rows.push_back({cols[0], cols[2], cols[3], cols[5]});
    }
    return rows;
}

bool is_catalog_model(std::string_view id) noexcept { return bedrock::find_model(id) != nullptr; }

// What `bedrock-profiles parse STRING` says, in the file's `parse_today` notation.
std::string parse_verdict(std::string_view s) {
    auto const c = bedrock::classify_model_identifier(s, &is_catalog_model);
    if (!c.valid())
        return "error " + std::string(bedrock::to_string(c.error.code)) + " at " + std::to_string(c.error.offset);
    std::string out = "ok " + std::string(bedrock::to_string(c.kind));
    if (c.arn) out += " " + std::string(bedrock::to_string(c.arn->kind));
    return out;
}

// Whether the JSON reader accepts `s` as the modelArn of a GetInferenceProfile / ListInferenceProfiles model.
bool reader_accepts_model_arn(std::string_view s) {
    boost::json::object o;
    o["modelArn"] = boost::json::string(s);
    auto const r = bedrock::parse_document<bedrock::inference_profile_model>(boost::json::serialize(o));
    return r.has_value();
}

bool parse_says_foundation_model(std::string_view s) {
    auto const b = bedrock::parse_bedrock_arn(s);
    return b && b->kind == bedrock::resource_kind::foundation_model;
}

} // namespace

TEST_CASE("field identifiers: every valid string parses, every invalid one is rejected with its code", "[field_identifiers]") {
    auto const rows = field_rows();
    REQUIRE(rows.size() == 388);
    std::size_t valid = 0;
    for (auto const& row : rows) {
        CAPTURE(row.text, row.kind, row.verdict);
        auto const got = parse_verdict(row.text);
        REQUIRE((row.verdict == "valid" || row.verdict == "invalid"));
        if (row.verdict == "valid") {
            ++valid;
            CHECK(got.substr(0, 3) == "ok ");
        } else {
            CHECK(got.substr(0, 6) == "error ");
        }
        CHECK(got == row.parse_today); // the code and offset (or kind) recorded in the file
    }
    CHECK(valid == 250);
}

// The reader checks a response's modelArn with the typed parser bounded by AWS's pattern (check_typed), so it
// accepts exactly what parse accepts as a foundation-model ARN; tests/json/one_verdict.cpp checks codes and
// offsets on every identifier member.
void check_one_verdict(std::string_view s) {
    bool const parse_ok = parse_says_foundation_model(s);
    auto const strict = bedrock::check_strict(bedrock::shape::foundation_model_arn_relaxed, s);
    CHECK(strict.has_value() == !parse_ok);
    CHECK(reader_accepts_model_arn(s) == parse_ok);
}

TEST_CASE("field identifiers: the JSON reader accepts exactly what parse accepts, and the strict layer of its shape agrees with parse", "[field_identifiers]") {
    for (auto const& row : field_rows()) {
        CAPTURE(row.text);
        check_one_verdict(row.text);
    }
    for (auto const& row : bedrock_test::arn_kind_rows) {
        CAPTURE(row.input);
        check_one_verdict(row.input);
    }
}

TEST_CASE("field identifiers: a global profile lists region-less models, and parse accepts them", "[field_identifiers]") {
    std::string_view const doc = R"({"inferenceProfileName":"Global Claude Sonnet 4","inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:inference-profile/global.anthropic.claude-sonnet-4-20250514-v1:0","inferenceProfileId":"global.anthropic.claude-sonnet-4-20250514-v1:0","status":"ACTIVE","type":"SYSTEM_DEFINED","models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0"},{"modelArn":"arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0"}]})";
    auto const r = bedrock::parse_document<bedrock::get_inference_profile_response>(doc);
    REQUIRE(r.has_value());
    for (auto const& m : r->models) {
        REQUIRE(m.model_arn);
        CAPTURE(*m.model_arn);
        CHECK(parse_says_foundation_model(*m.model_arn));
    }
    // an inference-profile ARN keeps needing its region, in both
    std::string_view const bad = "arn:aws:bedrock:::inference-profile/global.anthropic.claude-sonnet-4-20250514-v1:0";
    CHECK_FALSE(reader_accepts_model_arn(bad));
    CHECK_FALSE(bedrock::parse_bedrock_arn(bad));
}
