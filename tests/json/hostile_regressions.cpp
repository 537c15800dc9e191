// Regression tests for the defects of issue 14 (hostile input) in the JSON layer. Each TEST_CASE FAILS on
// the commit that introduced this file and must pass once its fix lands. Only public names are used.
//
// The "largest single allocation" probe reads the counters of tests/support/allocations.cpp (the program's one
// replacement of operator new); it records only while a probe_scope is alive, so other tests are unaffected.
#include <bedrock/json/api.hpp>

#include <bedrock_test/allocations.hpp>
#include <bedrock_test/catch.hpp>

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>

namespace {
auto& largest = bedrock_test::largest_allocation;  // recorded by tests/support/allocations.cpp while probing

struct probe_scope {
    probe_scope() {
        largest = 0;
        bedrock_test::probing_largest = true;
    }
    ~probe_scope() { bedrock_test::probing_largest = false; }
    probe_scope(probe_scope const&) = delete;
    probe_scope& operator=(probe_scope const&) = delete;
};
} // namespace

using bedrock::json_errc;

namespace {
constexpr std::string_view profile_prefix =
    R"({"inferenceProfileName":"p","inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0",)"
    R"("models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}],)"
    R"("inferenceProfileId":"us.amazon.nova-pro-v1:0","status":"ACTIVE","type":"SYSTEM_DEFINED")";
} // namespace

// ---- a value changed silently: numbers ---------------------------------------------------------------
// Boost.JSON 1.81 reads a number beyond the double range as +/-infinity, and format_json writes a
// non-finite double as `null` (its comment says this "cannot come from parsing"). RFC 8259 §6 lets a
// reader limit the range; it must then refuse the number, not change it. Proposed: too_large, the offset
// of the number's first byte and the pointer of its location.
TEST_CASE("hostile json: a number beyond the double range is rejected, not written as null", "[hostile][json]") {
    struct row {
        std::string_view text;
        std::uint64_t offset;
        std::string_view pointer;
    };
    for (auto const& [text, offset, pointer] : {row{"1e400", 0, ""}, row{"[1, -1e400]", 4, "/1"},
                                                 row{R"({"a":{"b":123456789e999}})", 10, "/a/b"}}) {
        CAPTURE(text);
        auto const v = bedrock::parse_json(text);
        if (v) {
            // the property: what was accepted is written back as the same number
            std::string const out = bedrock::format_json(*v, bedrock::json_layout::compact);
            CHECK(out.find("null") == std::string::npos);
        }
        REQUIRE_FALSE(v.has_value());
        CHECK(v.error().code == json_errc::too_large);
        CHECK(v.error().offset == offset);
        CHECK(v.error().pointer == pointer);
    }
}

// ---- a value changed silently: timestamps through a document -----------------------------------------
TEST_CASE("hostile json: a createdAt past year 9999 after its offset is a bad_timestamp", "[hostile][json]") {
    std::string doc(profile_prefix);
    doc += R"(,"createdAt":"9999-12-31T23:59:59-00:01"})";
    auto const r = bedrock::parse_document<bedrock::get_inference_profile_response>(doc);
    if (r) {
        auto const again = bedrock::parse_document<bedrock::get_inference_profile_response>(bedrock::serialize_document(*r));
        REQUIRE(again.has_value());
        CHECK(*again == *r); // the property: serialize -> parse gives the same value
    }
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == json_errc::bad_timestamp);
    CHECK(r.error().pointer == "/createdAt");
    CHECK(r.error().value_error.code == bedrock::errc::too_long);
    CHECK(r.error().value_error.offset == 19u);
}

// ---- trusting a size from the input -------------------------------------------------------------------
// read_value(std::vector<T>) reserves a.size() * sizeof(T) before looking at the first element, so
// `{"inferenceProfileSummaries":[1,1,…]}` of 10 MB asks for ~5e6 * sizeof(inference_profile_summary)
// (about 1 GB) and, when that fails, the catch-all reports too_large at offset 0 with no pointer. The
// answer is wrong_type at /inferenceProfileSummaries/0, and no single allocation should exceed a small
// multiple of the input (the tree itself needs at most ~16 bytes per input byte for `1,`).
TEST_CASE("hostile json: a 10 MB list of wrong items neither over-allocates nor is misreported", "[hostile][json]") {
    std::string doc = R"({"inferenceProfileSummaries":[)";
    while (doc.size() < 10'000'000) doc += "1,";
    doc += "1]}";
    std::size_t biggest = 0;
    bedrock::json_result<bedrock::list_inference_profiles_response> r = bedrock::json_error{};
    {
        probe_scope probe;
        r = bedrock::parse_document<bedrock::list_inference_profiles_response>(doc);
        biggest = largest.load();
    }
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == json_errc::wrong_type);
    CHECK(r.error().pointer == "/inferenceProfileSummaries/0");
    CAPTURE(biggest, doc.size());
    CHECK(biggest <= 32 * doc.size());
}

TEST_CASE("hostile json: a tag list is refused at its limit before its items are materialised", "[hostile][json]") {
    // TagList is 0..200 items (CreateInferenceProfile). 2e5 tags must fail with too_many_items at /tags
    // without building 2e5 tags first: the largest allocation stays below the size of the 201-item prefix
    // times a small factor.
    std::string doc = R"({"inferenceProfileName":"p","modelSource":{"copyFrom":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"},"tags":[)";
    for (int i = 0; i < 200'000; ++i) {
        if (i) doc += ',';
        doc += R"({"key":"k","value":"v"})";
    }
    doc += "]}";
    auto const tree = bedrock::parse_json(doc).value();
    std::size_t biggest = 0;
    bedrock::json_result<bedrock::create_inference_profile_request> r = bedrock::json_error{};
    {
        probe_scope probe;
        r = bedrock::from_json_value<bedrock::create_inference_profile_request>(tree);
        biggest = largest.load();
    }
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == json_errc::too_many_items);
    CHECK(r.error().pointer == "/tags");
    CAPTURE(biggest);
    CHECK(biggest <= 1'000'000); // 201 tags * sizeof(tag) is ~13 KB; 2e5 of them are ~13 MB
}
