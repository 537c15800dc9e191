// The direct writer (bedrock/json/writer.hpp) against the DOM path it replaced in serialize_document
// (format_json(to_json_value(x))): the same bytes on every fixture and on generated documents, in both
// layouts, and a number of allocations per document that does not grow with the document.
#include <bedrock/json/writer.hpp>

#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/iam.hpp>
#include <bedrock_test/allocations.hpp>
#include <bedrock_test/catch.hpp>
#include <bedrock_test/files.hpp>

#include <boost/describe/class.hpp>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {
auto& allocations = bedrock_test::allocation_count;  // tests/support/allocations.cpp counts them
} // namespace

namespace writer_test {

// A described type outside namespace bedrock, with the leaves the library's documents do not use.
struct counts {
    std::uint32_t dimensions = 0;
    std::optional<std::uint32_t> max_items;
    std::optional<bool> flag;
    std::vector<std::vector<std::string>> nested;
    bool operator==(counts const&) const = default;
};
BOOST_DESCRIBE_STRUCT(counts, (), (dimensions, max_items, flag, nested))

} // namespace writer_test

namespace {

using bedrock::json_layout;
using bedrock::timestamp_format;

using bedrock_test::fixture;
using bedrock_test::slurp;

/// The path serialize_document took before the writer: a DOM, then format_json.
template <class T>
std::string old_path(T const& x, json_layout layout, timestamp_format ts) {
    return bedrock::format_json(bedrock::to_json_value(x, ts), layout);
}

template <class T>
std::string new_path(T const& x, json_layout layout, timestamp_format ts) {
    std::string s;
    bedrock::write_json(s, x, layout, ts);
    return s;
}

/// Both layouts and both timestamp forms, plus serialize_document's two forms.
template <class T>
void same_bytes(T const& x) {
    for (auto layout : {json_layout::compact, json_layout::cli}) {
        for (auto ts : {timestamp_format::wire, timestamp_format::cli}) {
            CAPTURE(static_cast<int>(layout), static_cast<int>(ts));
            REQUIRE(new_path(x, layout, ts) == old_path(x, layout, ts));
        }
    }
    REQUIRE(bedrock::serialize_document(x, bedrock::json_output::wire) ==
            old_path(x, json_layout::compact, timestamp_format::wire));
    REQUIRE(bedrock::serialize_document(x, bedrock::json_output::cli) ==
            old_path(x, json_layout::cli, timestamp_format::cli));
}

template <class T>
T read_fixture(std::string_view name) {
    CAPTURE(name);
    auto r = bedrock::parse_document<T>(fixture(name));
    INFO((r ? std::string() : r.error().message));
    REQUIRE(r.has_value());
    return *r;
}

/// Every byte 0x00..0x7f, then non-ASCII UTF-8 (2, 3 and 4 bytes).
std::string hostile_text() {
    std::string s;
    for (int c = 0; c < 0x80; ++c) s += static_cast<char>(c);
    s += "\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80 \\\"\\u0000";
    return s;
}

bedrock::timestamp at(std::int64_t micros) { return bedrock::timestamp{std::chrono::microseconds{micros}}; }

bedrock::inference_profile_summary summary(std::size_t i) {
    bedrock::inference_profile_summary s;
    s.inference_profile_name = "profile-" + std::to_string(i);
    if (i % 3 != 0) s.description = i % 3 == 1 ? hostile_text() : std::string();
    if (i % 2 == 0) s.created_at = at(static_cast<std::int64_t>(i) * 1000003);
    if (i % 4 == 1) s.updated_at = at(1746522843218834);
    s.inference_profile_arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/p" + std::to_string(i);
    if (i % 5 != 0) {
        s.models.push_back({std::string("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0")});
        s.models.push_back({std::nullopt}); // an object with every member absent: {}
    }
    s.inference_profile_id = "p" + std::to_string(i);
    s.status = bedrock::inference_profile_status::active;
    s.type = i % 2 ? bedrock::inference_profile_type::application : bedrock::inference_profile_type::system_defined;
    return s;
}

bedrock::list_inference_profiles_response generated_list(std::size_t n) {
    bedrock::list_inference_profiles_response r;
    r.inference_profile_summaries.emplace();
    for (std::size_t i = 0; i < n; ++i) r.inference_profile_summaries->push_back(summary(i));
    r.next_token = "token/with\"quote";
    return r;
}

} // namespace

TEST_CASE("the writer writes every fixture as the DOM path does", "[json][writer]") {
    same_bytes(read_fixture<bedrock::list_inference_profiles_response>("list-inference-profiles.cli.json"));
    same_bytes(read_fixture<bedrock::list_inference_profiles_response>("list-inference-profiles.wire.json"));
    same_bytes(read_fixture<bedrock::get_inference_profile_response>("get-inference-profile.json"));
    same_bytes(read_fixture<bedrock::create_inference_profile_request>("create-inference-profile.request.json"));
    same_bytes(read_fixture<bedrock::create_inference_profile_response>("create-inference-profile.response.json"));
    same_bytes(read_fixture<bedrock::list_foundation_models_response>("list-foundation-models.cli.json"));
    same_bytes(read_fixture<bedrock::cfn_template>("cfn-application-inference-profile.json"));
    // and the CLI fixture comes back byte for byte
    auto const text = fixture("list-inference-profiles.cli.json");
    REQUIRE(new_path(read_fixture<bedrock::list_inference_profiles_response>("list-inference-profiles.cli.json"),
                     json_layout::cli, timestamp_format::cli) == text);
}

TEST_CASE("the writer escapes every control byte and keeps non-ASCII text as the DOM path does", "[json][writer]") {
    for (int c = 0; c < 0x100; ++c) {
        CAPTURE(c);
        bedrock::tag t{std::string(1, static_cast<char>(c)), "a" + std::string(1, static_cast<char>(c)) + "b"};
        same_bytes(t);
    }
    bedrock::tag t{hostile_text(), hostile_text() + hostile_text()};
    same_bytes(t);
    auto const s = new_path(bedrock::tag{"\x1f\n", "\xc3\xa9"}, json_layout::compact, timestamp_format::wire);
    REQUIRE(s == "{\"key\":\"\\u001f\\n\",\"value\":\"\xc3\xa9\"}");
}

TEST_CASE("the writer writes empty containers, absent optionals and limits as the DOM path does", "[json][writer]") {
    same_bytes(bedrock::list_inference_profiles_response{});                  // {}
    bedrock::list_inference_profiles_response empty_list;
    empty_list.inference_profile_summaries.emplace();                         // "…": []
    same_bytes(empty_list);
    same_bytes(generated_list(40));

    bedrock::inference_profile_summary limits = summary(2);
    for (auto micros : {std::int64_t{-62167219200LL * 1000000}, std::int64_t{253402300800LL * 1000000 - 1}, std::int64_t{0},
                        std::int64_t{1}, std::int64_t{999999}}) {
        CAPTURE(micros);
        limits.created_at = at(micros);
        limits.updated_at = at(micros);
        same_bytes(limits);
    }

    writer_test::counts c;
    same_bytes(c);
    c.dimensions = std::numeric_limits<std::uint32_t>::max();
    c.max_items = 0;
    c.flag = false;
    c.nested = {{}, {"a"}, {}, {"b", "c"}};
    same_bytes(c);
    c.flag = true;
    REQUIRE(new_path(c, json_layout::compact, timestamp_format::wire) ==
            R"({"dimensions":4294967295,"maxItems":0,"flag":true,"nested":[[],["a"],[],["b","c"]]})");
}

TEST_CASE("the writer writes IAM and CloudFormation documents (one-or-many, intrinsic functions, repeated keys)", "[json][writer]") {
    bedrock::iam_policy_document p;
    same_bytes(p);
    bedrock::iam_statement one;
    one.actions = {"bedrock:InvokeModel"};
    one.resources = {bedrock::cfn_expr("arn:aws:bedrock:*::foundation-model/*")};
    bedrock::iam_statement many;
    many.sid = "Sid\t1";
    many.effect = bedrock::iam_effect::deny;
    many.actions = {"a", "b"};
    many.resources = {bedrock::cfn_expr(bedrock::cfn_ref{"P"}), bedrock::cfn_expr(bedrock::cfn_sub{"${AWS::Region}"}),
                      bedrock::cfn_expr(bedrock::cfn_join{"", {bedrock::cfn_expr("x"), bedrock::cfn_expr(bedrock::cfn_ref{"Y"})}})};
    p.statements = {one, many, bedrock::iam_statement{}};
    same_bytes(p);

    auto t = read_fixture<bedrock::cfn_template>("cfn-application-inference-profile.json");
    REQUIRE(!t.resources.empty());
    t.resources.push_back(t.resources.front());  // a repeated key: first position, last value (as the DOM)
    t.resources.back().second.properties.description = bedrock::cfn_expr("changed");
    t.resources.emplace_back("Empty", bedrock::cfn_application_inference_profile{});
    same_bytes(t);
}

TEST_CASE("the writer allocates a bounded number of times per document, whatever its size", "[json][writer][alloc]") {
    auto const small = generated_list(10);
    auto const large = generated_list(2000);
    (void)bedrock::serialize_document(small); // names of every described type are computed once, before counting

    for (auto form : {bedrock::json_output::wire, bedrock::json_output::cli}) {
        CAPTURE(static_cast<int>(form));
        auto before = allocations.load();
        auto const a = bedrock::serialize_document(small, form);
        auto const small_count = allocations.load() - before;
        before = allocations.load();
        auto const b = bedrock::serialize_document(large, form);
        auto const large_count = allocations.load() - before;
        CAPTURE(small_count, large_count, a.size(), b.size());
        REQUIRE(b.size() > 100 * a.size() / 2);
        REQUIRE(small_count <= 3);
        REQUIRE(large_count <= 3);

        // writing again into the same string reuses its storage
        std::string out;
        bedrock::write_json(out, large, json_layout::compact);
        before = allocations.load();
        bedrock::write_json(out, large, json_layout::compact);
        bedrock::write_json(out, small, json_layout::compact);
        REQUIRE(allocations.load() == before);
    }
}

TEST_CASE("write_json's documentation example", "[json][writer]") {
    // javadoc
    std::string s;
    bedrock::write_json(s, bedrock::tag{"team", "support"}, bedrock::json_layout::compact);
    REQUIRE(s == R"({"key":"team","value":"support"})");
    bedrock::write_json(s, bedrock::tag{"team", "support"}, bedrock::json_layout::cli);
    REQUIRE(s == "{\n    \"key\": \"team\",\n    \"value\": \"support\"\n}\n");
}
