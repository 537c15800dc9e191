// The one-pass parser of parse_bedrock_arn (both walks of detail::split_bedrock_arn: the constexpr scalar one
// and the run-time vector one) against the exact engine
// (detail::parse_bedrock_arn_exact), issue 13: on every ARN row of the test tables (the identifier table, the
// kind rows, tests/data/field-identifiers.tsv, the ARNs below) and on every single-byte mutation of each, the
// fast path accepts exactly what the engine accepts, with the same parts, and parse_bedrock_arn returns
// exactly the engine's result (value, or code and offset). Also the resource-kind hash of <bedrock/resource_kind.hpp>.
#include <bedrock/bedrock_arn.hpp>

#include <bedrock/resource_kind.hpp>
#include <bedrock_test/catch.hpp>
#include <bedrock_test/mutations.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "bedrock_arn_kind_rows.hpp"
#include "identifier_table_rows.hpp"

namespace {

using bedrock::bedrock_arn;
using bedrock::resource_kind;

/// Every part of two typed ARNs, the view's split included.
bool same_arn(bedrock_arn const& a, bedrock_arn const& b) {
    for (std::size_t i = 0; i < 5; ++i)
        if (a.arn.offset_of(i) != b.arn.offset_of(i)) return false;
    return a.arn.str() == b.arn.str() && a.arn.str().data() == b.arn.str().data() && a.arn.parts().partition == b.arn.parts().partition &&
           a.arn.service() == b.arn.service() && a.arn.region() == b.arn.region() && a.arn.account() == b.arn.account() &&
           a.arn.resource() == b.arn.resource() && a.kind == b.kind && a.partition == b.partition && a.id == b.id &&
           a.geo == b.geo && a.model == b.model && a.suffix == b.suffix && a.version == b.version && a.parent == b.parent &&
           a.alias == b.alias && a.execution == b.execution && a.id.data() == b.id.data() && a.model.data() == b.model.data();
}

struct fast_path_tally {
    std::size_t compared = 0;
    std::size_t accepted = 0;
};

namespace d = bedrock::detail;

/// One of the two walks of the split, then the typed ARN from it (what parse_bedrock_arn_fast does with the walk
/// that runs at run time).
bool split_and_fill(bool (*split)(std::string_view, d::arn_split&), std::string_view s, bedrock_arn& b) {
    d::arn_split f;
    return split(s, f) && d::bedrock_arn_from_split(s, f, b);
}

bool split_vector(std::string_view s, d::arn_split& f) {
#if BEDROCK_DETAIL_VECTOR_SCAN
    return d::split_bedrock_arn_vector(s, f);
#else
    return d::split_bedrock_arn_scalar(s, f); // no vector walk on this compiler: the scalar one runs at run time
#endif
}

// Both walks of the one-pass parser (the constexpr scalar one and the run-time vector one) against the exact
// engine; with `entry_point`, also parse_bedrock_arn itself (on mutations its result is the vector walk's value or
// the engine's error by construction, so there only the walks are compared: the engine runs once per string).
void compare_fast_and_exact(std::string const& s, fast_path_tally& t, bool entry_point = true) {
    bedrock_arn scalar_value;
    bedrock_arn vector_value;
    bool const scalar = split_and_fill(&d::split_bedrock_arn_scalar<>, s, scalar_value);
    bool const vector = split_and_fill(&split_vector, s, vector_value);
    auto const exact = d::parse_bedrock_arn_exact(s);
    bool agree = exact ? scalar && vector && same_arn(scalar_value, *exact) && same_arn(vector_value, *exact) : !scalar && !vector;
    bedrock::result<bedrock_arn> got = bedrock::parse_error{};
    if (entry_point) {
        got = bedrock::parse_bedrock_arn(s);
        agree = agree && (exact ? got && same_arn(*got, *exact)
                                : !got && got.error().code == exact.error().code && got.error().offset == exact.error().offset &&
                                      got.error().message() == exact.error().message());
    }
    ++t.compared;
    t.accepted += exact ? 1 : 0;
    if (agree) return; // one check per string keeps the 1.4 million mutations cheap; the details on failure
    CAPTURE(s);
    REQUIRE(scalar == exact.has_value()); // sound (never accepts what the engine rejects) and complete
    REQUIRE(vector == exact.has_value());
    if (exact) {
        REQUIRE(same_arn(scalar_value, *exact));
        REQUIRE(same_arn(vector_value, *exact));
    }
    if (entry_point) {
        REQUIRE(got.has_value() == exact.has_value());
        if (exact) REQUIRE(same_arn(*got, *exact));
        else {
            REQUIRE(bedrock::to_string(got.error().code) == bedrock::to_string(exact.error().code));
            REQUIRE(got.error().offset == exact.error().offset);
            REQUIRE(got.error().message() == exact.error().message());
        }
    }
    FAIL("the one-pass parser and the exact engine disagree");
}

// ARNs the tables have few of: other partitions, the global pseudo region, regions matched only by a
// regionRegex, every shape of the ids the fast path reads itself.
std::vector<std::string> extra_arns() {
    std::vector<std::string> out = {
        "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0",
        "arn:aws:bedrock:::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws:bedrock:ap-southeast-9::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws:bedrock:aws-global::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws:bedrock:us-east-1::foundation-model/a.b.c.d:e:f",
        "arn:aws:bedrock:us-east-1::foundation-model/a.b.c.d.e",
        "arn:aws:bedrock:us-east-1::foundation-model/" + std::string(63, 'a') + "." + std::string(63, 'b'),
        "arn:aws:bedrock:us-east-1::foundation-model/" + std::string(64, 'a') + ".b",
        "arn:aws:bedrock:us-east-1::foundation-model/a." + std::string(70, 'b') + ".c." + std::string(70, 'd'),
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0",
        "arn:aws:bedrock:eu-central-1:123456789012:inference-profile/eu.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/global.anthropic.claude-sonnet-4-20250514-v1:0",
        "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.anthropic.claude-3-haiku-20240307-v1:0",
        "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.us.anthropic.claude-v2",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us." + std::string(60, 'a') + ".b",
        "arn:aws:bedrock:us-west-2:123456789012:application-inference-profile/k3x9q2mz7w4p",
        "arn:aws-cn:bedrock:cn-north-1:123456789012:application-inference-profile/k3x9q2mz7w4p",
        "arn:aws-iso-b:bedrock:us-isob-east-1:123456789012:provisioned-model/abcdef012345",
        "arn:aws-eusc:bedrock:eusc-de-east-1:123456789012:custom-model-deployment/abcdef012345",
        "arn:aws:bedrock:us-gov-west-1:123456789012:provisioned-model/abcdef012345",
        "arn:aws:bedrock:xx-east-1:123456789012:provisioned-model/abcdef012345",
        "arn:aws:bedrock:us-east-1:aws:provisioned-model/abcdef012345",
        "arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1",
        "arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint-1",
        "arn:aws-cn:sagemaker:cn-north-1:123456789012:endpoint/my-endpoint-1",
        "arn:aws:bedrock:us-east-1:123456789012:endpoint/my-endpoint-1",
        "arn:aws:bedrock:us-east-1:123456789012:marketplace/model-endpoint/all-access",
        "arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ/alias/ABCDEFGHIJ/execution/abc-123",
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/imported/abcdef012345",
        // the vector walk's edges: regions of 15 and 16 bytes, ids of 64 and 65 bytes, ARNs near 32 bytes, a geo
        // at the last bytes, ids ending within 16 bytes of a window
        "arn:aws:bedrock:ap-southeast-12:123456789012:provisioned-model/abcdef012345",
        "arn:aws:bedrock:ap-southeast-123:123456789012:provisioned-model/abcdef012345",
        "arn:aws:bedrock:aws-us-gov-global::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws:bedrock:us-east-1::foundation-model/" + std::string(30, 'a') + "." + std::string(33, 'b'),
        "arn:aws:bedrock:us-east-1::foundation-model/" + std::string(30, 'a') + "." + std::string(34, 'b'),
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us." + std::string(30, 'a') + "." + std::string(30, 'b'),
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us." + std::string(30, 'a') + "." + std::string(31, 'b'),
        "arn:aws:bedrock:::foundation-model/a.b",
        "arn:aws:bedrock:::foundation-model/ab.c",
        "arn:aws:bedrock:::foundation-model/us.c",
        "arn:aws:bedrock:::foundation-model/a.us",
        "arn:aws:bedrock:::foundation-model/a.b:c",
        "arn:aws:bedrock:us-east-1::foundation-model/abc.global",
        "arn:aws:bedrock:us-east-1::foundation-model/global.abc",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us-gov.a.b",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/apac.a.b",
        "arn:aws:bedrock:us-east-1:aws:inference-profile/us.a.b",
        "arn:aws:bedrock:us-east-1:aws:blueprint/abcdef0123456789",
        "arn:aws:bedrock:us-east-1:123456789012:agent-alias/ABCDEFGHIJ/TSTALIASID",
        "arn:aws:bedrock:us-east-1:123456789012:data-automation-library-ingestion-job/abcdef0123456789",
        // the vector walk's whole windows: the account window at the last 16 bytes and one byte short of them, a
        // partition other than `aws` (no `arn:aws:bedrock:` start), the service `sagemaker`
        "arn:aws:bedrock:us-east-1::flow/ABCDEFGHIJ",
        "arn:aws:bedrock:us-east-1::flow/ABCDEFGHI",
        "arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ",
        "arn:aws:bedrock:us-east-1:12345678901:flow/ABCDEFGHIJ",
        "arn:aws-cn:bedrock:::foundation-model/a.b",
        "arn:aws-cn:bedrock:cn-north-1:aws:blueprint/abcdef012345",
        "arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws:bedrockx:us-east-1::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws:sagemaker:us-east-1:123456789012:endpoint/e",
    };
    // model and profile ids of every size from 1 to 66 bytes: the vector walk reads an id as one to four 16-byte
    // windows that end at the ARN's end
    for (std::size_t size = 3; size <= 66; ++size)
        out.push_back("arn:aws:bedrock:us-east-1::foundation-model/a." + std::string(size - 2, 'b'));
    for (std::size_t size = 5; size <= 66; ++size)
        out.push_back("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.a." + std::string(size - 5, 'b'));
    return out;
}

/// The next byte of the same class: `a`..`z` and `0`..`9` cycle, `-` becomes `x` (a region one byte from `r`).
char next_in_class(char c) {
    if (c >= 'a' && c <= 'z') return c == 'z' ? 'a' : static_cast<char>(c + 1);
    if (c >= '0' && c <= '9') return c == '9' ? '0' : static_cast<char>(c + 1);
    return 'x';
}

/** The region check of the vector walk (a perfect hash of the regions the `aws` partition lists, then the lookup for
    the others): every listed `aws` region, regions that only the `aws` regionRegex accepts, regions one byte away
    from a listed one (each byte changed within its class, one byte more or less), other partitions' regions, and
    regions in the slot of a listed region that are not it (found by the hash itself), each on a kind that requires a
    region and on `foundation-model`. */
std::vector<std::string> region_arns() {
    std::vector<std::string> regions;
    for (auto const region : bedrock::regions(bedrock::partition::aws)) {
        std::string const r(region);
        regions.push_back(r);
        regions.push_back(r + "0");
        regions.push_back(r.substr(0, r.size() - 1));
        regions.push_back("x" + r);
        for (std::size_t k = 0; k < r.size(); ++k) {
            std::string near = r;
            near[k] = next_in_class(r[k]);
            regions.push_back(near);
        }
    }
    // only the regionRegex accepts these (not listed): the lookup decides, in `aws` and in no other partition
    for (std::string const r : {"us-north-7", "ap-southeast-9", "mx-central-2", "il-west-1", "af-north-12", "me-a-1",
                                "ca-central-99", "sa-east-123", "eu-central-1x", "us-east", "us--1", "us-gov-west-1",
                                "cn-north-1", "us-isob-east-1", "eusc-de-east-1", "aws-global", "e", "us-east-1-1"})
        regions.push_back(r);
#if BEDROCK_DETAIL_VECTOR_SCAN
    // same slot as a listed region, not a listed region: one or two bytes of a listed region changed
    std::size_t collisions = 0;
    auto const slot_of = [](std::string const& r) {
        return (d::aws_region_key(r.data(), r.size()) * d::aws_region_hash<d::aws_region_table>.multiplier) >> 56;
    };
    std::vector<std::uint64_t> listed_slots;
    for (auto const region : bedrock::regions(bedrock::partition::aws)) listed_slots.push_back(slot_of(std::string(region)));
    for (auto const region : bedrock::regions(bedrock::partition::aws)) {
        for (std::size_t k = 0; k < region.size() && collisions < 200; ++k)
            for (char c : std::string_view("abcdefghijklmnopqrstuvwxyz0123456789-")) {
                std::string r(region);
                r[k] = c;
                if (r == region) continue;
                for (auto const slot : listed_slots)
                    if (slot == slot_of(r)) {
                        regions.push_back(r);
                        ++collisions;
                        break;
                    }
            }
    }
    CHECK(collisions > 0);
#endif
    std::vector<std::string> out;
    for (auto const& r : regions) {
        out.push_back("arn:aws:bedrock:" + r + ":123456789012:provisioned-model/abcdef012345");
        out.push_back("arn:aws:bedrock:" + r + "::foundation-model/amazon.nova-pro-v1:0");
        out.push_back("arn:aws-us-gov:bedrock:" + r + ":123456789012:provisioned-model/abcdef012345");
    }
    return out;
}

/** The kind guess of the vector walk (the first eight bytes of the resource, then the whole spelling and its `/`):
    every kind row with its type changed near its spelling: a byte more or less at its end, each of its first nine
    bytes changed, its `/` replaced or doubled, and the type of every other kind that shares its first eight bytes. */
std::vector<std::string> kind_guess_arns() {
    std::vector<std::string> out;
    for (auto const& row : bedrock_test::arn_kind_rows) {
        std::string const arn(row.input);
        std::size_t colon = 0;
        for (int k = 0; k < 5 && colon != std::string::npos; ++k) colon = arn.find(':', colon + (k == 0 ? 0 : 1));
        if (colon == std::string::npos) continue;
        std::size_t const from = colon + 1;
        std::size_t const slash = arn.find('/', from);
        if (slash == std::string::npos) continue;
        std::string const head = arn.substr(0, from), type = arn.substr(from, slash - from), rest = arn.substr(slash);
        out.push_back(head + type + "x" + rest);
        out.push_back(head + type + "-" + rest);
        out.push_back(head + type.substr(0, type.size() - 1) + rest);
        out.push_back(head + type + "/" + rest);
        out.push_back(head + type + ":" + rest.substr(1));
        out.push_back(head + type + rest.substr(1));
        for (std::size_t k = 0; k < 9 && k < type.size(); ++k) {
            std::string near = type;
            near[k] = near[k] == '-' ? 'x' : static_cast<char>(near[k] ^ 0x20); // a hyphen out, a letter upper-cased
            out.push_back(head + near + rest);
        }
        for (auto const other : bedrock::all_resource_kinds) {
            auto const name = bedrock::to_string(other);
            if (name != type && name.substr(0, 8) == std::string_view(type).substr(0, 8)) out.push_back(head + std::string(name) + rest);
        }
    }
    return out;
}

std::vector<std::string> table_arns() {
    std::vector<std::string> out = extra_arns();
    for (auto const& row : bedrock_test::identifier_rows())
        if (row.input.rfind("arn:", 0) == 0) out.push_back(row.input);
    for (auto const& row : bedrock_test::arn_kind_rows) out.emplace_back(row.input);
    std::ifstream in(BEDROCK_TEST_DATA_DIR "/field-identifiers.tsv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        auto const first = line.substr(0, line.find('\t'));
        if (first.rfind("arn:", 0) == 0) out.push_back(first);
    }
    return out;
}

} // namespace

TEST_CASE("resource-kind hash: every spelling has its own slot and finds its kind", "[arn][fast_path]") {
    std::vector<bool> used(std::size(bedrock::detail::resource_kind_slots));
    for (auto k : bedrock::all_resource_kinds) {
        auto const name = bedrock::to_string(k);
        CAPTURE(name);
        auto const slot = bedrock::detail::resource_kind_slot(name);
        CHECK_FALSE(used[slot]);
        used[slot] = true;
        CHECK(bedrock::detail::find_resource_kind(name) == k);
    }
    std::size_t compared = 0;
    for (auto k : bedrock::all_resource_kinds)
        bedrock_test::for_each_single_byte_mutation(std::string(bedrock::to_string(k)), [&](std::string const& m) {
            CAPTURE(m);
            CHECK(bedrock::detail::find_resource_kind(m) == bedrock::parse_resource_kind(m));
            ++compared;
        });
    CHECK(compared > 10000);
    CHECK_FALSE(bedrock::detail::find_resource_kind(""));
    STATIC_REQUIRE(bedrock::detail::find_resource_kind("inference-profile") == resource_kind::inference_profile);
}

TEST_CASE("parse_bedrock_arn: the one-pass parser and the exact engine agree on every table row", "[arn][fast_path]") {
    fast_path_tally t;
    for (auto const& s : table_arns()) compare_fast_and_exact(s, t);
    CHECK(t.compared > 300);
    CHECK(t.accepted > 100);
}

TEST_CASE("parse_bedrock_arn: the one-pass parser and the exact engine agree on every single-byte mutation",
          "[arn][fast_path]") {
    fast_path_tally t;
    for (auto const& s : table_arns()) {
        if (s.size() > 300) continue;
        bedrock_test::for_each_single_byte_mutation(s, [&t](std::string const& m) { compare_fast_and_exact(m, t, false); });
    }
    CHECK(t.compared > 200000);
    CHECK(t.accepted > t.compared / 50);
}

TEST_CASE("parse_bedrock_arn: the one-pass parser and the exact engine agree near the region hash and the kind guess",
          "[arn][fast_path]") {
    fast_path_tally t;
    for (auto const& s : region_arns()) compare_fast_and_exact(s, t);
    CHECK(t.accepted > 100);
    for (auto const& s : kind_guess_arns()) compare_fast_and_exact(s, t);
    CHECK(t.compared > 3000);
    // every single-byte mutation of an ARN in each listed aws region (the kind rows' mutations are in the test above)
    fast_path_tally m;
    for (auto const region : bedrock::regions(bedrock::partition::aws))
        bedrock_test::for_each_single_byte_mutation("arn:aws:bedrock:" + std::string(region) + ":123456789012:provisioned-model/abcdef012345",
                                                    [&m](std::string const& s) { compare_fast_and_exact(s, m, false); });
    CHECK(m.compared > 36 * 1000);
    CHECK(m.accepted > 36 * 10);
}

TEST_CASE("vector walk helpers: the portable mask, the G1 masks and the geo words", "[arn][fast_path]") {
    // movemask_words against the definition: bit k = the high bit of byte k
    std::uint64_t x = 0x9E37'79B9'7F4A'7C15u;
    for (int round = 0; round < 1000; ++round) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        std::uint64_t const lo = x, hi = x * 0xBF58'476D'1CE4'E5B9u;
        unsigned expected = 0;
        for (unsigned k = 0; k < 8; ++k) expected |= static_cast<unsigned>((lo >> (8 * k + 7)) & 1u) << k;
        for (unsigned k = 0; k < 8; ++k) expected |= static_cast<unsigned>((hi >> (8 * k + 7)) & 1u) << (k + 8);
        REQUIRE(d::movemask_words(lo, hi) == expected);
    }
    CHECK(d::movemask_words(~std::uint64_t{0}, ~std::uint64_t{0}) == 0xFFFFu);
    CHECK(d::movemask_words(0x80, 0) == 1u);
#if BEDROCK_DETAIL_VECTOR_SCAN
    // find_geo_at against find_geo on every spelling and its neighbours, inside a longer text
    for (auto const g : bedrock::all_geos) {
        std::string const text = std::string(bedrock::to_string(g)) + ".anthropic.claude";
        for (std::size_t size = 0; size <= 8; ++size) {
            CAPTURE(text, size);
            CHECK(d::find_geo_at(text.data(), 0, size, text.size()) == d::find_geo(std::string_view(text).substr(0, size)));
        }
    }
    // tail_masks against the definition (bit k = byte n - size + k), for every size and every byte class
    std::string text(16, '/');
    for (int k = 0; text.size() < 96; ++k) text += "ab-9.:/Z"[k % 8];
    for (unsigned size = 1; size <= 64; ++size) {
        auto const m = d::tail_masks(text.data(), text.size(), size);
        d::id_masks expected;
        for (unsigned k = 0; k < size; ++k) {
            char const c = text[text.size() - size + k];
            expected.seg |= std::uint64_t{d::segment_chars(c)} << k;
            expected.dot |= std::uint64_t{c == '.'} << k;
            expected.colon |= std::uint64_t{c == ':'} << k;
        }
        CAPTURE(size);
        CHECK(m.seg == expected.seg);
        CHECK(m.dot == expected.dot);
        CHECK(m.colon == expected.colon);
    }
    // the aws region hash as the vector walk reads it (16 bytes before the region, the region, its `:`, 16 after):
    // every listed region and only those
    std::size_t listed = 0;
    auto const listed_at = [](std::string const& region) {
        std::string const text = "arn:aws:bedrock:" + region + ":123456789012:flow/ABCDEFGHIJ";
        return d::aws_listed_region(text.data() + 16, static_cast<unsigned>(region.size()), d::vector::load16(text.data() + 16));
    };
    auto const aws = bedrock::regions(bedrock::partition::aws);
    for (auto const region : aws) {
        std::string const r(region);
        CAPTURE(r);
        CHECK(listed_at(r));
        ++listed;
        CHECK_FALSE(listed_at(r.substr(0, r.size() - 1)));
        for (std::size_t k = 0; k < r.size(); ++k) {
            std::string near = r;
            near[k] = next_in_class(r[k]);
            bool const also_listed = std::find(aws.begin(), aws.end(), near) != aws.end(); // us-east-2 from us-east-1
            CHECK(listed_at(near) == also_listed);
        }
    }
    CHECK(listed == bedrock::regions(bedrock::partition::aws).size());
    for (std::string const r : {"us-north-7", "ap-southeast-9", "us-gov-west-1", "cn-north-1", "eusc-de-east-1", "aws-global", "e"})
        CHECK_FALSE(listed_at(r));
    // the kind guess: every spelling of 7 bytes or more is guessed from its first word, or its first word is an earlier
    // kind's (then the guess is that kind and the full compare says no)
    std::string const pad(16, ':');
    for (auto const k : bedrock::all_resource_kinds) {
        auto const name = std::string(bedrock::to_string(k));
        std::string const text = pad + name + "/abcdefghijklmnop";
        CAPTURE(name);
        bedrock::resource_kind guessed = bedrock::resource_kind::foundation_model;
        auto const slash = d::guess_kind(text.data(), 16, text.size(), guessed);
        bool shared = false;
        for (auto const earlier : bedrock::all_resource_kinds) {
            if (earlier == k) break;
            auto const e = bedrock::to_string(earlier);
            shared = shared || (e.size() >= 7 && d::kind_guess_word(e) == d::kind_guess_word(name));
        }
        if (name.size() < 7 || shared) {
            CHECK(slash == 0);
        } else {
            CHECK(slash == 16 + name.size());
            CHECK(guessed == k);
        }
    }
#endif
}

TEST_CASE("parse_bedrock_arn: the one-pass parser runs at compile time", "[arn][fast_path]") {
    static constexpr std::string_view fm = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0";
    static constexpr std::string_view ip = "arn:aws:bedrock:eu-central-1:123456789012:inference-profile/eu.anthropic.claude-sonnet-4-5-20250929-v1:0";
    static constexpr std::string_view app = "arn:aws:bedrock:us-west-2:123456789012:application-inference-profile/k3x9q2mz7w4p";
    constexpr auto fm_parsed = bedrock::parse_bedrock_arn(fm);
    constexpr auto ip_parsed = bedrock::parse_bedrock_arn(ip);
    constexpr auto app_parsed = bedrock::parse_bedrock_arn(app);
    STATIC_REQUIRE(fm_parsed && fm_parsed->model == "anthropic.claude-3-5-sonnet-20241022-v2:0");
    STATIC_REQUIRE(ip_parsed && ip_parsed->geo == bedrock::geo::eu && ip_parsed->arn.region() == "eu-central-1");
    STATIC_REQUIRE(app_parsed && app_parsed->kind == resource_kind::application_inference_profile);
    constexpr auto bad = bedrock::parse_bedrock_arn("arn:aws:bedrock:us-east-1:12345:provisioned-model/abcdef012345");
    STATIC_REQUIRE(bad.error().code == bedrock::errc::bad_account);
    STATIC_REQUIRE(bad.error().offset == 31);
}
