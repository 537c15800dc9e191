// The one-pass fast path of classify_model_identifier against the classifier written step by step with the
// checkers (detail::classify_model_identifier_exact): on every identifier-table string, every ARN-kind row,
// every row of tests/data/field-identifiers.tsv, hand-picked edge cases, and every single-byte deletion,
// insertion and substitution of them, with and without a catalog predicate, the two must return the same
// classification (kind, parts as the same views, note, error code and offset). Also the error-only check of the
// exact ARN engine that classify runs on a refused ARN (detail::check_bedrock_arn_exact) against
// detail::parse_bedrock_arn_exact, its structure split against parse_arn and its region masks against the scalar
// region check, on every ARN of those tables, long and hostile ARNs, and every single-byte mutation of them.
#include <bedrock/classify.hpp>

#include <bedrock/catalog.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/mutations.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "bedrock_arn_kind_rows.hpp"
#include "identifier_table_rows.hpp"

namespace {

namespace d = bedrock::detail;

bool classify_fast_path_catalog(std::string_view id) noexcept { return bedrock::find_model(id) != nullptr; }

// Same view: the same bytes of the same input (or both empty).
bool classify_same_view(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.empty() || a.data() == b.data());
}

struct classify_tally {
    std::size_t compared = 0;
    std::size_t valid = 0;
    std::size_t unrecognised = 0;
};

void compare_classifiers(std::string_view s, bool (*catalog)(std::string_view), classify_tally& t) {
    auto const fast = d::classify_model_identifier_fast(s, catalog);
    auto const exact = d::classify_model_identifier_exact(s, catalog);
    CAPTURE(s, catalog != nullptr);
    REQUIRE(bedrock::to_string(fast.kind) == bedrock::to_string(exact.kind));
    REQUIRE(fast.resource == exact.resource);
    REQUIRE(fast.arn.has_value() == exact.arn.has_value());
    if (fast.arn) REQUIRE(classify_same_view(fast.arn->str(), exact.arn->str()));
    REQUIRE(fast.geo == exact.geo);
    REQUIRE(classify_same_view(fast.geo_text, exact.geo_text));
    REQUIRE(classify_same_view(fast.model, exact.model));
    REQUIRE(fast.note == exact.note);
    REQUIRE(bedrock::to_string(fast.error.code) == bedrock::to_string(exact.error.code));
    REQUIRE(fast.error.offset == exact.error.offset);
    // and the public entry point is the fast path
    auto const pub = bedrock::classify_model_identifier(s, catalog);
    REQUIRE(pub.kind == fast.kind);
    REQUIRE(pub.error == fast.error);
    ++t.compared;
    t.valid += fast.valid() ? 1 : 0;
    t.unrecognised += fast.geo_unrecognised() ? 1 : 0;
}

std::vector<std::string> classify_table_strings() {
    std::vector<std::string> rows{
        "", "a", "a.", ".a", "a.b", "zz.a.b", "zz.a.b.c.d", "zz.a.b.c.d.e", "us.a.b.c.d", "us.a.b.c.d.e",
        "zz.anthropic.claude-3-haiku-20240307-v1:0", "mx.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "eu-sov.amazon.nova-pro-v1:0", "abcdefg.amazon.nova-pro-v1:0", "ZZ.amazon.nova-pro-v1:0",
        "zz.us.amazon.nova-pro-v1:0", "us.us.amazon.nova-pro-v1:0", "us-gov.amazon.nova-pro-v1:0",
        "US.amazon.nova-pro-v1:0", "openai.gpt-5.6-sol", "amazon.nova-pro-v1:0", "k3x9q2mz7w4p", "K3x9q2mz7w4p",
        "k3x9q2mz7w4-", "my-provisioned_model-1", "-model", "model-", "model--x", "a_b_c", "a__b",
        "ARN:aws:bedrock", "Arn:x", "arn", "arn:", "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/zz.amazon.nova-pro-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/ZZ.amazon.nova-pro-v1:0",
        "a.b:c:d", "a.b:c:d:e", "a.b:c.d", "a:b", "a.b.c.d.e:f", "global.a.b:c:d",
        std::string(63, 'a'), std::string(64, 'a'), std::string(63, 'A'), std::string(64, 'A'),
        std::string(63, 'a') + ".b", std::string(64, 'a') + ".b", "zz." + std::string(61, 'a') + ".b",
        "zz." + std::string(59, 'a') + ".b", "zz.amazon." + std::string(53, 'a'), "zz.amazon." + std::string(54, 'a'),
        "us.amazon." + std::string(54, 'a'), "a." + std::string(138, 'b'), "a." + std::string(139, 'b'),
        "in.openai.gpt-5.6-terra", "ca.amazon.nova-pro-v1:0", "apac.amazon.nova-lite-v1:0",
        "anthropic.claude-3-5-sonnet-20241022-v2:0 ", "us.anthropic.claude-3-5-sonnet-20241022-v2:0/extra",
    };
    for (auto const& r : bedrock_test::identifier_rows()) rows.push_back(r.input);
    for (auto const& r : bedrock_test::arn_kind_rows) rows.emplace_back(r.input);
    std::ifstream in(BEDROCK_TEST_DATA_DIR "/field-identifiers.tsv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) rows.push_back(line.substr(0, line.find('\t')));
    for (auto const& m : bedrock::catalog) {
        rows.emplace_back(m.id);
        rows.push_back("zz." + std::string(m.id));
        rows.push_back("us." + std::string(m.id));
    }
    return rows;
}

struct arn_check_tally {
    std::size_t compared = 0;
    std::size_t accepted = 0;
    std::size_t split = 0; // passed step 1 (the structure): the region compared through the masks too
};

// The error-only check against the exact engine's parser (same accept/reject, same code, offset and message), its
// step 1 against parse_arn (same error, or the same view), its region check against the byte-wise one, its byte
// search against std::string_view::find, and classify's error on an ARN against read_bedrock_arn's (whose error is
// parse_bedrock_arn's).
void compare_arn_check(std::string_view s, arn_check_tally& t) {
    auto const check = d::check_bedrock_arn_exact(s);
    auto const exact = d::parse_bedrock_arn_exact(s);
    std::array<std::uint32_t, 4> colons{};
    auto const split = d::split_arn_exact(s, colons);
    auto const generic = bedrock::parse_arn(s);
    bool agree = check.has_value() != exact.has_value() &&
                 (!check || (check->code == exact.error().code && check->offset == exact.error().offset &&
                             check->message() == exact.error().message()));
    agree = agree && split.has_value() != generic.has_value() && (!split || *split == generic.error());
    // the word-wise byte search, against std::string_view::find
    for (char const c : {'/', ':'})
        agree = agree && d::find_byte_in_words(s, 0, c) == std::min(s.find(c), s.size());
    bool same_region = true;
    if (!split) {
        auto const view = d::arn_view_access::make(s, colons);
        for (std::size_t i = 0; i < 5; ++i) agree = agree && view.offset_of(i) == generic->offset_of(i);
        agree = agree && view.region() == generic->region() && view.account() == generic->account() &&
                view.resource() == generic->resource();
        std::size_t const from = colons[1] + 1;
        same_region =
            d::is_aws_regex_region_at(s, from, colons[2]) == d::is_aws_regex_region(s.substr(from, colons[2] - from));
        ++t.split;
    }
    auto const c = bedrock::classify_model_identifier(s);
    bool const arn = s.substr(0, 4) == "arn:";
    auto const read = bedrock::read_bedrock_arn(s);
    bool const same_classify = !arn || (c.valid() == read.has_value() && (read || c.error == read.error()));
    ++t.compared;
    t.accepted += check ? 0 : 1;
    if (agree && same_region && same_classify) return; // one check per string; the details on failure
    CAPTURE(s);
    REQUIRE(check.has_value() == !exact.has_value());
    if (check) {
        REQUIRE(bedrock::to_string(check->code) == bedrock::to_string(exact.error().code));
        REQUIRE(check->offset == exact.error().offset);
        REQUIRE(check->message() == exact.error().message());
    }
    REQUIRE(split.has_value() == !generic.has_value());
    if (split) {
        REQUIRE(bedrock::to_string(split->code) == bedrock::to_string(generic.error().code));
        REQUIRE(split->offset == generic.error().offset);
    }
    REQUIRE(same_region);
    for (char const c : {'/', ':'}) REQUIRE(d::find_byte_in_words(s, 0, c) == std::min(s.find(c), s.size()));
    REQUIRE(c.valid() == read.has_value());
    if (!read) {
        REQUIRE(bedrock::to_string(c.error.code) == bedrock::to_string(read.error().code));
        REQUIRE(c.error.offset == read.error().offset);
    }
    FAIL("the error-only check and the exact engine disagree");
}

// The ARNs of the tables, and long or hostile ones the tables have not: around the 2048-byte limit, colons
// everywhere or nowhere, empty parts, regions of 15, 16 and 21 bytes, an ARN that ends inside the region's
// 16-byte window.
std::vector<std::string> arn_check_strings() {
    std::vector<std::string> out;
    for (auto const& s : classify_table_strings())
        if (s.substr(0, 4) == "arn:") out.push_back(s);
    std::string const fm = "arn:aws:bedrock:us-east-1::foundation-model/";
    out.push_back(fm + std::string(2048 - fm.size(), 'a'));
    out.push_back(fm + std::string(2049 - fm.size(), 'a'));
    out.push_back(fm + "a." + std::string(3000, 'b'));
    out.push_back("arn:" + std::string(3000, ':'));
    out.push_back("arn:" + std::string(3000, 'a'));
    out.push_back("arn:aws:bedrock:us-east-1:123456789012:" + std::string(3000, '/'));
    for (auto const* text : {"arn:", "arn", "ar", "a", "", "arn::", "arn:::::", "arn:aws::::", "arn:aws:bedrock:::",
                             "arn:aws:bedrock::::x", "arn:a:b:c:d:e", "arn:aws:bedrock:us-east-1:",
                             "arn:aws:bedrock:ap-southeast-123:123456789012:provisioned-model/abcdef012345",
                             "arn:aws:bedrock:ap-southeast-1234:123456789012:provisioned-model/abcdef012345",
                             "arn:aws:bedrock:us-east-1234567890123:123456789012:provisioned-model/abcdef012345",
                             "arn:aws:bedrock:us-east-1:1:a", "arn:aws:bedrock:us-east-1:aws:x/y",
                             "arn:aws-cn:sagemaker:cn-north-1:123456789012:endpoint/e",
                             "arn:aws:sagemaker:us-east-1:123456789012:endpoint/e",
                             "arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0",
                             "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0",
                             "arn:aws:bedrock:us-east-1:123456789012:inference-profile:us.amazon.nova-pro-v1:0"})
        out.emplace_back(text);
    return out;
}

} // namespace

TEST_CASE("classify fast path: the exact ARN engine's error-only check reports parse_bedrock_arn_exact's error",
          "[classify][fast_path][arn]") {
    arn_check_tally t;
    for (auto const& s : arn_check_strings()) compare_arn_check(s, t);
    CHECK(t.compared > 300);
    CHECK(t.accepted > 100);
    // constant evaluation: the byte-wise region check, the same verdicts
    constexpr std::string_view bad_account =
        "arn:aws:bedrock:us-east-1:123456789012:foundation-model/anthropic.claude-v2";
    STATIC_REQUIRE(d::check_bedrock_arn_exact(bad_account)->code == bedrock::errc::account_not_allowed);
    STATIC_REQUIRE(d::check_bedrock_arn_exact(bad_account)->offset == 26);
    STATIC_REQUIRE(*d::check_bedrock_arn_exact(bad_account) == d::parse_bedrock_arn_exact(bad_account).error());
    STATIC_REQUIRE(!d::check_bedrock_arn_exact("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"));
    STATIC_REQUIRE(*d::check_bedrock_arn_exact("arn:aws:bedrock:us-east-1::foundation-model/") ==
                   bedrock::parse_error{bedrock::errc::missing_resource_id, 44});
    constexpr std::string_view short_account = "arn:aws:bedrock:us-east-1:12345678901:provisioned-model/abcdef012345";
    STATIC_REQUIRE(*d::check_bedrock_arn_exact(short_account) == bedrock::parse_error{bedrock::errc::bad_account, 37});
    constexpr std::string_view unknown_region = "arn:aws:bedrock:xx-east-1:123456789012:provisioned-model/abcdef012345";
    STATIC_REQUIRE(*d::check_bedrock_arn_exact(unknown_region) == d::parse_bedrock_arn_exact(unknown_region).error());
    STATIC_REQUIRE(*d::check_bedrock_arn_exact("arn:aws") == bedrock::parse_arn("arn:aws").error());
    STATIC_REQUIRE(d::is_aws_regex_region_at("arn:aws:bedrock:us-east-1::x/y", 16, 25));
    STATIC_REQUIRE(!d::is_aws_regex_region_at("arn:aws:bedrock:xx-east-1::x/y", 16, 25));
}

TEST_CASE("classify fast path: the error-only ARN check agrees on every single-byte mutation", "[classify][fast_path][arn]") {
    arn_check_tally t;
    for (auto const& s : arn_check_strings()) {
        if (s.size() > 300) continue;
        bedrock_test::for_each_single_byte_mutation(s, [&t](std::string const& m) { compare_arn_check(m, t); });
    }
    CHECK(t.compared > 200000);
    CHECK(t.accepted > t.compared / 50);
    CHECK(t.split > t.compared / 2);
}

TEST_CASE("classify fast path: every table string classifies as the exact classifier does", "[classify][fast_path]") {
    classify_tally t;
    for (auto const& s : classify_table_strings()) {
        compare_classifiers(s, nullptr, t);
        compare_classifiers(s, &classify_fast_path_catalog, t);
    }
    CHECK(t.compared > 2000);
    CHECK(t.valid > 500);
    CHECK(t.unrecognised > 100);
}

TEST_CASE("classify fast path: single-byte mutations classify as the exact classifier does", "[classify][fast_path]") {
    classify_tally t;
    for (auto const& s : classify_table_strings()) {
        if (s.size() > 160) continue;
        bedrock_test::for_each_single_byte_mutation(s, [&t](std::string const& m) {
            compare_classifiers(m, nullptr, t);
            if (m.size() <= 80) compare_classifiers(m, &classify_fast_path_catalog, t);
        });
    }
    CHECK(t.compared > 100000);
    CHECK(t.valid > 10000);
    CHECK(t.unrecognised > 1000);
}

TEST_CASE("classify fast path: every known geo is looked up by the geo-length filter", "[classify][fast_path]") {
    for (auto const g : bedrock::all_geos) {
        CAPTURE(bedrock::to_string(g));
        CHECK(bedrock::to_string(g).size() >= 2);
        CHECK(bedrock::to_string(g).size() <= bedrock::max_unrecognised_geo_size);
        CHECK(bedrock::is_geo_shaped(bedrock::to_string(g)));
        CHECK(d::known_geo(bedrock::to_string(g)) == g);
    }
}

TEST_CASE("classify fast path: the hashed geo lookup agrees with known_geo on every short window", "[classify][fast_path]") {
    // known_geo_in reads 8 bytes when the text has them, else compares in place: every window of up to 8 bytes, at
    // every position, of texts that hold each geo alone, at the start, in the middle and at the end
    std::vector<std::string> texts{"", "a", "u", "us-", "us-go", "us-gove", "globall", "apac-", "x.y"};
    for (auto const g : bedrock::all_geos) {
        std::string const name(bedrock::to_string(g));
        for (auto const& text : {name, name + ".a", name + ".amazon.nova-pro-v1:0", "zz." + name + ".b",
                                 "zz." + name + ".amazon.nova-pro-v1:0", name + name, name.substr(0, name.size() - 1),
                                 name + "x"})
            texts.push_back(text);
    }
    std::size_t found = 0;
    for (auto const& s : texts)
        for (std::size_t from = 0; from <= s.size(); ++from)
            for (std::size_t size = 0; size <= 8 && from + size <= s.size(); ++size) {
                CAPTURE(s, from, size);
                auto const g = d::known_geo_in(s, from, size);
                REQUIRE(g == d::known_geo(std::string_view(s).substr(from, size)));
                found += g.has_value();
            }
    CHECK(found > 50);
}

TEST_CASE("classify fast path: the helper verdicts agree with the rules they replace", "[classify][fast_path]") {
    std::size_t n = 0;
    std::size_t masked = 0;
    for (auto const& s : classify_table_strings()) {
        if (s.size() > 160) continue;
        bedrock_test::for_each_single_byte_mutation(s, [&n, &masked](std::string const& m) {
            CAPTURE(m);
            REQUIRE(d::is_model_name(m) == !d::check_full(d::model_name_rule, m, 1, d::unbounded).has_value());
            REQUIRE((m.size() <= 64 && d::is_application_profile_id_in_classes(d::identifier_classes_of(m), m.size())) ==
                    !bedrock::check_application_profile_id(m).has_value());
            auto const scan = d::scan_model_identifier(m);
            // the layout with 1..3 dots is G1 exactly
            REQUIRE((scan.layout && scan.dots >= 1 && scan.dots <= 3) == d::is_model_id_g1(m));
            if (m.size() <= 64) {
                // the class masks: the vector scan (at run time) as the scalar one, and every verdict taken from
                // them as the byte-wise helper decides it
                auto classes = d::identifier_classes_of(m);
                auto const scalar = d::identifier_classes_scalar(m);
                REQUIRE(classes.lower_alnum == scalar.lower_alnum);
                REQUIRE(classes.dash == scalar.dash);
                REQUIRE(classes.dot == scalar.dot);
                REQUIRE(classes.colon == scalar.colon);
                d::add_name_classes(classes, m);
                REQUIRE(classes.upper == scalar.upper);
                REQUIRE(classes.underscore == scalar.underscore);
                auto const from_classes = d::scan_in_classes(classes, m.size());
                REQUIRE(from_classes.layout == scan.layout);
                REQUIRE(from_classes.dot1 == m.find('.'));
                if (scan.layout) {
                    REQUIRE(from_classes.dots == scan.dots);
                    REQUIRE(from_classes.dot2 == scan.dot2);
                }
                REQUIRE(d::is_model_name_in_classes(classes, m.size()) == d::is_model_name(m));
                if (scan.layout && scan.dots >= 1) { // the geo windows the valid path looks up by hash
                    REQUIRE(d::known_geo_in(m, 0, scan.dot1) == d::known_geo(std::string_view(m).substr(0, scan.dot1)));
                    if (scan.dots >= 2)
                        REQUIRE(d::known_geo_in(m, scan.dot1 + 1, scan.dot2 - scan.dot1 - 1) ==
                                d::known_geo(std::string_view(m).substr(scan.dot1 + 1, scan.dot2 - scan.dot1 - 1)));
                }
                if (m.size() < 64) {
                    REQUIRE(d::g1_failure_in_classes(classes, m, 0) == d::g1_failure(m, 0, bedrock::max_model_id_size));
                    if (from_classes.dot1 != std::string::npos)
                        REQUIRE(d::g1_failure_in_classes(classes, m, from_classes.dot1 + 1) ==
                                d::g1_failure(m, from_classes.dot1 + 1, bedrock::max_profile_id_size));
                }
                ++masked;
            }
            ++n;
        });
    }
    CHECK(n > 50000);
    CHECK(masked > 20000);
}
