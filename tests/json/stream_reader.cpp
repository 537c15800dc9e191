// The one-pass reader (read_document, which parse_document calls) against the DOM path it replaces
// (parse_json, then from_json_value: the exact engine), side by side: every JSON document of tests/fixtures
// and tests/data read as every document type in every read mode, and mutations of them (every truncation,
// single-byte changes, values of every JSON type, duplicate names, nesting around the limit, invalid UTF-8,
// huge objects). Both must give the same value, or the same error: code, pointer, offset, message and the
// value error.
#include <bedrock/json/stream_reader.hpp>

#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/iam.hpp>
#include <bedrock/json/requests.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/files.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace stream_reader_test {

using bedrock::read_mode;

/// Counts the comparisons and reports the first few differences in full.
struct tally {
    std::size_t compared = 0;
    std::size_t accepted = 0;
    std::size_t differences = 0;
};

/// The DOM path, exactly as parse_document was before read_document.
template <class T>
bedrock::json_result<T> dom_read(std::string_view text, read_mode mode, bedrock::json_read_options opt = {}) {
    auto v = bedrock::parse_json(text, opt);
    if (!v) return v.error();
    return bedrock::from_json_value<T>(*v, mode);
}

template <class T>
void compare(std::string_view text, read_mode mode, tally& t, bedrock::json_read_options opt = {}) {
    auto const dom = dom_read<T>(text, mode, opt);
    auto const fast = bedrock::read_document<T>(text, mode, opt);
    ++t.compared;
    bool same = dom.has_value() == fast.has_value();
    if (same && dom) {
        same = *dom == *fast;
        ++t.accepted;
    } else if (same) {
        auto const& a = dom.error();
        auto const& b = fast.error();
        same = a.code == b.code && a.pointer == b.pointer && a.offset == b.offset && a.message == b.message &&
               a.value_error.code == b.value_error.code && a.value_error.offset == b.value_error.offset;
    }
    if (!same) {
        ++t.differences;
        if (t.differences <= 5) {
            std::string const dom_says = dom ? std::string("a value") : dom.error().message;
            std::string const fast_says = fast ? std::string("a value") : fast.error().message;
            FAIL_CHECK("the readers differ on " << text.substr(0, 400) << (text.size() > 400 ? "…" : "")
                                                 << "\n  DOM path: " << dom_says << "\n  one pass: " << fast_says);
        }
    }
}

/// Every document type of the library, for the originals; the modes of read_mode.
using all_types = std::tuple<bedrock::list_inference_profiles_response, bedrock::inference_profile_summary,
                             bedrock::create_inference_profile_request, bedrock::create_inference_profile_response,
                             bedrock::list_foundation_models_response, bedrock::get_foundation_model_response,
                             bedrock::create_prompt_router_request, bedrock::create_prompt_router_response,
                             bedrock::list_prompt_routers_response, bedrock::prompt_router_summary,
                             bedrock::tag_resource_request, bedrock::untag_resource_request,
                             bedrock::list_tags_for_resource_request, bedrock::list_tags_for_resource_response,
                             bedrock::empty_response, bedrock::cfn_template, bedrock::cfn_application_inference_profile,
                             bedrock::iam_policy_document>;
constexpr read_mode modes[] = {read_mode::natural, read_mode::lenient, read_mode::strict};

template <class... T>
void compare_as_each(std::tuple<T...> const*, std::string_view text, tally& t) {
    for (read_mode m : modes) (compare<T>(text, m, t), ...);
}
void compare_as_every_type(std::string_view text, tally& t) {
    compare_as_each(static_cast<all_types const*>(nullptr), text, t);
}

/// The types that read something from `text` (a value other than the default one): the mutations are read as these.
template <class T>
bool reads_something(std::string_view text) {
    auto const r = bedrock::read_document<T>(text, read_mode::lenient);
    return r && !(*r == T{});
}
template <class... T>
std::vector<std::size_t> accepting(std::tuple<T...> const*, std::string_view text) {
    std::vector<std::size_t> out;
    std::size_t i = 0;
    ((reads_something<T>(text) ? out.push_back(i++) : void(i++)), ...);
    return out;
}
template <class... T>
void compare_as(std::tuple<T...> const*, std::size_t which, std::string_view text, tally& t) {
    std::size_t i = 0;
    ((i++ == which ? (void)(compare<T>(text, read_mode::natural, t), compare<T>(text, read_mode::strict, t)) : void()), ...);
}

/// The JSON files of the tests (fixtures, invalid fixtures, data).
std::vector<std::filesystem::path> json_files() {
    std::vector<std::filesystem::path> files;
    for (auto const* dir : {BEDROCK_FIXTURES_DIR, BEDROCK_TEST_DATA_DIR})
        for (auto const& e : std::filesystem::recursive_directory_iterator(dir))
            if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

/// At most `count` positions spread over [0, n).
std::vector<std::size_t> positions(std::size_t n, std::size_t count) {
    std::vector<std::size_t> out;
    if (n == 0) return out;
    std::size_t const step = n <= count ? 1 : n / count;
    for (std::size_t i = 0; i < n; i += step) out.push_back(i);
    return out;
}

/// Mutations of one document (`budget`: positions per kind of mutation).
std::vector<std::string> mutations(std::string const& text, std::size_t budget) {
    std::vector<std::string> out;
    for (std::size_t p : positions(text.size(), budget)) out.push_back(text.substr(0, p)); // truncations
    // single-byte changes: structure, types, whitespace, invalid UTF-8 bytes
    constexpr char replacements[] = {'"', '{', '}', '[', ']', ',', ':', 'x', '0', '-', ' ', '\\', '\x80', '\xC3', '\xFF', '\0'};
    for (std::size_t p : positions(text.size(), budget / 2))
        for (char c : replacements) {
            if (text[p] == c) continue;
            std::string m = text;
            m[p] = c;
            out.push_back(std::move(m));
        }
    // every string value replaced by a value of each JSON type (typed errors everywhere)
    constexpr std::string_view values[] = {"null", "1", "-1", "4294967296", "1.5", "1e400", "true", "[]", "{}", "[null]",
                                           "[1]", "{\"Ref\":\"X\"}", "\"\"", "\"\\u00e9\\ud83d\\ude00\""};
    std::size_t found = 0;
    for (std::size_t p = text.find("\":"); p != std::string::npos && found < budget; p = text.find("\":", p + 1)) {
        std::size_t v = p + 2;
        while (v < text.size() && text[v] == ' ') ++v;
        if (v >= text.size() || text[v] != '"') continue;
        std::size_t const e = text.find('"', v + 1);
        if (e == std::string::npos) break;
        ++found;
        for (auto const& x : values) out.push_back(text.substr(0, v) + std::string(x) + text.substr(e + 1));
        // invalid UTF-8 inside the string value
        out.push_back(text.substr(0, v + 1) + "\xED\xA0\x80" + text.substr(v + 1));
        out.push_back(text.substr(0, v + 1) + "\xC3\x28" + text.substr(v + 1));
    }
    // duplicate names: the first name of each object repeated at its start
    found = 0;
    for (std::size_t p = text.find('{'); p != std::string::npos && found < budget; p = text.find('{', p + 1)) {
        std::size_t k = p + 1;
        while (k < text.size() && (text[k] == ' ' || text[k] == '\n')) ++k;
        if (k >= text.size() || text[k] != '"') continue;
        std::size_t const e = text.find('"', k + 1);
        if (e == std::string::npos) break;
        ++found;
        std::string const name = text.substr(k, e - k + 1);
        out.push_back(text.substr(0, p + 1) + name + ":0," + text.substr(p + 1));
        out.push_back(text.substr(0, p + 1) + name + ":null," + text.substr(p + 1));
        out.push_back(text.substr(0, p + 1) + "\"x\":1,\"x\":2," + text.substr(p + 1)); // an unknown name twice
        // invalid UTF-8 in a name
        out.push_back(text.substr(0, k + 1) + "\xF4\x90\x80\x80" + text.substr(k + 1));
    }
    // nesting around the limit (64), around the document and in place of a member value
    for (std::size_t depth : {62u, 63u, 64u, 65u}) {
        out.push_back(std::string(depth, '[') + text + std::string(depth, ']'));
        std::size_t const colon = text.find("\":");
        if (colon != std::string::npos)
            out.push_back(text.substr(0, colon + 2) + std::string(depth, '[') + std::string(depth, ']') + "," +
                          text.substr(colon + 2));
    }
    out.push_back(text + " x"); // trailing content
    out.push_back(text + "\xC3");
    return out;
}

} // namespace stream_reader_test

TEST_CASE("read_document and the DOM path agree on every test document, as every type, in every mode",
          "[json][stream_reader]") {
    namespace srt = stream_reader_test;
    auto const files = srt::json_files();
    REQUIRE(files.size() >= 25);
    srt::tally t;
    for (auto const& f : files) {
        CAPTURE(f.string());
        srt::compare_as_every_type(bedrock_test::slurp(f.string()), t);
    }
    CHECK(t.differences == 0);
    CHECK(t.accepted >= 20); // the fixtures are read, not only refused
    INFO(t.compared << " comparisons");
}

TEST_CASE("read_document and the DOM path agree on mutations of every test document", "[json][stream_reader][mutations]") {
    namespace srt = stream_reader_test;
    srt::tally t;
    std::size_t read_as_a_type = 0;
    for (auto const& f : srt::json_files()) {
        CAPTURE(f.string());
        std::string const text = bedrock_test::slurp(f.string());
        if (text.size() > 32768) continue; // the large data files are read whole by the test above
        auto types = srt::accepting(static_cast<srt::all_types const*>(nullptr), text);
        if (!types.empty()) ++read_as_a_type;
        if (types.empty()) types = {0, 15}; // as a ListInferenceProfiles response and a CloudFormation template
        if (types.size() > 2) types.resize(2);
        std::size_t const budget = 16;
        for (auto const& m : srt::mutations(text, budget))
            for (std::size_t which : types) srt::compare_as(static_cast<srt::all_types const*>(nullptr), which, m, t);
    }
    CHECK(read_as_a_type >= 6);
    CHECK(t.differences == 0);
    CHECK(t.compared > 10000);
    INFO(t.compared << " comparisons");
}

TEST_CASE("read_document and the DOM path agree on hand-made edge cases", "[json][stream_reader]") {
    namespace srt = stream_reader_test;
    using L = bedrock::list_inference_profiles_response;
    using S = bedrock::inference_profile_summary;
    using C = bedrock::create_inference_profile_request;
    srt::tally t;
    std::string const arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6";
    std::string const fm = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0";
    std::string const summary = R"({"inferenceProfileName":"p","inferenceProfileArn":")" + arn +
                                R"(","models":[{"modelArn":")" + fm +
                                R"("}],"inferenceProfileId":"a1b2c3d4e5f6","status":"ACTIVE","type":"APPLICATION"})";
    std::vector<std::string> const cases = {
        summary,
        "{\"inferenceProfileSummaries\":[" + summary + "," + summary + "]}",
        // a typed error, then a syntax error / a duplicate name / a number past a double later on: the later
        // document-level error wins, as in the DOM path
        R"({"status":1,"x":})",
        R"({"status":1,"a":{"b":1,"b":2}})",
        R"({"status":1,"a":1e999})",
        R"({"inferenceProfileSummaries":[{"status":2}],"nextToken":"a","nextToken":"b"})",
        // a typed error inside a list with an item limit (strict): the limit is checked first
        R"({"inferenceProfileName":"p","modelSource":{"copyFrom":")" + fm + R"("},"tags":[)" +
            std::string("{\"key\":1},") + [] {
                std::string s;
                for (int i = 0; i < 201; ++i) s += R"({"key":"k","value":"v"},)";
                return s;
            }() + R"({"key":"k","value":"v"}]})",
        // strings and names with escapes (delivered in parts), numbers of every form
        R"({"nextToken":"a\u00e9\n\"\\\/b","inferenceProfileSummaries":[]})",
        R"({"a\u0062c":1,"abc":2})",
        R"({"inferenceProfileSummaries":null,"nextToken":null})",
        R"({"inferenceProfileSummaries":[null]})",
        R"({"inferenceProfileSummaries":[[]]})",
        R"({"inferenceProfileSummaries":{}})",
        R"({"inferenceProfileSummaries":"x"})",
        "[]", "null", "1", "\"x\"", "", "   ", "{", "{}", "{} {}", "{\"a\":1}x",
        std::string(70, '[') + std::string(70, ']'),
        "{\"nextToken\":\"" + std::string(5000, 'a') + "\"}",
        "{\"nextToken\":\"" + std::string(5000, 'a') + "\\n\"}",
    };
    for (auto const& c : cases) {
        CAPTURE(c.substr(0, 200));
        for (bedrock::read_mode m : srt::modes) {
            srt::compare<L>(c, m, t);
            srt::compare<S>(c, m, t);
            srt::compare<C>(c, m, t);
        }
    }
    // an object with many names (the reader's name index) and a duplicate far into it
    std::string big = "{";
    for (int i = 0; i < 3000; ++i) big += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    srt::compare<L>(big + "\"k2999\":1}", bedrock::read_mode::natural, t);
    srt::compare<L>(big + "\"k0\":1}", bedrock::read_mode::natural, t);
    srt::compare<L>(big + "\"nextToken\":\"t\"}", bedrock::read_mode::natural, t);
    srt::compare<L>(big + "\"nextToken\":\"t\"}", bedrock::read_mode::strict, t);
    // the limits of json_read_options
    srt::compare<L>(summary, bedrock::read_mode::natural, t, bedrock::json_read_options{1, 1u << 20});
    srt::compare<L>(summary, bedrock::read_mode::natural, t, bedrock::json_read_options{64, 10});
    CHECK(t.differences == 0);
    CHECK(t.accepted >= 6);
}

TEST_CASE("read_document reads the wire fixture into the same value as the DOM path", "[json][stream_reader]") {
    auto const text = bedrock_test::fixture("list-inference-profiles.wire.json");
    auto const r = bedrock::read_document<bedrock::list_inference_profiles_response>(text);
    REQUIRE(r);
    auto const d = stream_reader_test::dom_read<bedrock::list_inference_profiles_response>(text, bedrock::read_mode::natural);
    REQUIRE(d);
    CHECK(*r == *d);
    REQUIRE(r->inference_profile_summaries);
    CHECK(r->inference_profile_summaries->size() == 6);
    // parse_document is read_document
    auto const p = bedrock::parse_document<bedrock::list_inference_profiles_response>(text);
    REQUIRE(p);
    CHECK(*p == *r);
}
