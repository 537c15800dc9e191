// The hostile-input table for JSON documents (issue 14): each row names the entry point (parse_json, or
// parse_document<T> for one document type), the input (large ones generated here, never committed) and
// the exact json_errc with its byte offset (document-level errors) or JSON Pointer (value errors), or ok.
// Rows whose expected result is a *fixed* behaviour live in hostile_regressions.cpp instead.
//
// Set BEDROCK_HOSTILE_PRINT=1 to print every row whose actual result differs (for reviewing new rows).
#include <bedrock/json/api.hpp>
#include <bedrock/json/cloudformation.hpp>
#include <bedrock/json/iam.hpp>

#include <bedrock_test/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using bedrock::json_errc;

namespace {

enum class doc : std::uint8_t { json, get_profile, list_profiles, create_request, cfn_template, list_models, policy };

constexpr std::string_view name_of(doc d) {
    constexpr std::string_view names[] = {"parse_json", "get_inference_profile_response", "list_inference_profiles_response",
                                          "create_inference_profile_request", "cfn_template", "list_foundation_models_response",
                                          "iam_policy_document"};
    return names[static_cast<std::size_t>(d)];
}

template <class T>
bedrock::json_error error_of(std::string_view text, bedrock::json_read_options opt) {
    auto const r = bedrock::parse_document<T>(text, bedrock::read_mode::natural, opt);
    return r ? bedrock::json_error{} : r.error();
}

bedrock::json_error run(doc d, std::string_view text, bedrock::json_read_options opt) {
    switch (d) {
    case doc::json: {
        auto const r = bedrock::parse_json(text, opt);
        return r ? bedrock::json_error{} : r.error();
    }
    case doc::get_profile: return error_of<bedrock::get_inference_profile_response>(text, opt);
    case doc::list_profiles: return error_of<bedrock::list_inference_profiles_response>(text, opt);
    case doc::create_request: return error_of<bedrock::create_inference_profile_request>(text, opt);
    case doc::cfn_template: return error_of<bedrock::cfn_template>(text, opt);
    case doc::list_models: return error_of<bedrock::list_foundation_models_response>(text, opt);
    case doc::policy: return error_of<bedrock::iam_policy_document>(text, opt);
    }
    return {};
}

/// Where the error must be: a byte offset (document-level errors) or a JSON Pointer (value errors).
struct row {
    std::string what;
    doc at;
    std::string input;
    json_errc code;
    std::uint64_t offset = 0;   ///< checked when pointer_row is false
    std::string pointer;        ///< checked when pointer_row is true
    bool pointer_row = false;
    std::size_t max_size = 0;   ///< json_read_options::max_size for this row (0 = default)
};

row at_offset(std::string what, doc d, std::string in, json_errc code, std::uint64_t offset) {
    return row{std::move(what), d, std::move(in), code, offset, {}, false};
}
row at_pointer(std::string what, doc d, std::string in, json_errc code, std::string pointer) {
    return row{std::move(what), d, std::move(in), code, 0, std::move(pointer), true};
}

std::string rep(std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

constexpr std::size_t mb = 1u << 20;

// A valid GetInferenceProfile response with `extra` appended before the closing brace.
std::string profile(std::string_view extra = {}, std::string_view models = R"([{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"}])") {
    std::string s = R"({"inferenceProfileName":"p","inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0","models":)";
    s += models;
    s += R"(,"inferenceProfileId":"us.amazon.nova-pro-v1:0","status":"ACTIVE","type":"SYSTEM_DEFINED")";
    s += extra;
    s += '}';
    return s;
}

// A valid CreateInferenceProfile request with `extra` appended.
std::string request(std::string_view extra = {}) {
    std::string s = R"({"inferenceProfileName":"p","modelSource":{"copyFrom":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"})";
    s += extra;
    s += '}';
    return s;
}

std::string tags(std::size_t n) {
    std::string s = R"(,"tags":[)";
    for (std::size_t i = 0; i < n; ++i) {
        if (i) s += ',';
        s += R"({"key":"k)" + std::to_string(i) + R"(","value":"v"})";
    }
    return s + "]";
}

std::vector<row> rows() {
    using d = doc;
    using E = json_errc;
    std::vector<row> r{
        // ---- empty, whitespace, NUL, encodings ----
        at_offset("empty", d::json, "", E::empty_document, 0),
        at_offset("whitespace", d::json, " \t\r\n", E::empty_document, 4),
        at_offset("NUL", d::json, std::string(1, '\0'), E::syntax, 0),
        at_offset("NUL after value", d::json, std::string("{}") + '\0', E::trailing_garbage, 2),
        at_offset("NUL in string", d::json, std::string("\"a") + '\0' + "b\"", E::syntax, 2),
        at_offset("escaped NUL", d::json, R"("a\u0000b")", E::ok, 0),
        at_offset("BOM", d::json, "\xEF\xBB\xBF{}", E::syntax, 0),
        at_offset("0xFF in string", d::json, "\"\xFF\"", E::invalid_utf8, 1),
        at_offset("stray continuation", d::json, "\"a\x80\"", E::invalid_utf8, 2),
        at_offset("overlong '/'", d::json, "\"\xC0\xAF\"", E::invalid_utf8, 1),
        at_offset("overlong NUL", d::json, "\"\xC0\x80\"", E::invalid_utf8, 1),
        at_offset("UTF-8 surrogate", d::json, "\"\xED\xA0\x80\"", E::invalid_utf8, 1),
        at_offset("beyond U+10FFFF", d::json, "\"\xF4\x90\x80\x80\"", E::invalid_utf8, 1),
        at_offset("truncated sequence", d::json, "\"\xE2\x82\"", E::invalid_utf8, 1),
        at_offset("invalid UTF-8 outside strings", d::json, "[1,\xFF]", E::invalid_utf8, 3),
        at_offset("lone high surrogate", d::json, R"("\ud800")", E::syntax, 7),
        at_offset("lone low surrogate", d::json, R"("\udc00")", E::syntax, 7),
        at_offset("high + non-low", d::json, R"("\ud800\u0041")", E::syntax, 9),
        at_offset("surrogate pair", d::json, R"("\ud83d\ude00")", E::ok, 0),
        at_offset("bad escape", d::json, R"("\x41")", E::syntax, 2),
        at_pointer("invalid UTF-8 in a member", d::get_profile, profile(",\"description\":\"\xC3\"") , E::invalid_utf8, "/description"),
        // ---- syntax: missing and doubled pieces, separators ----
        at_offset("open array", d::json, "[1,2", E::incomplete, 4),
        at_offset("open object", d::json, R"({"a":1)", E::incomplete, 6),
        at_offset("open string", d::json, R"("abc)", E::incomplete, 4),
        at_offset("missing value", d::json, R"({"a":})", E::syntax, 5),
        at_offset("missing colon", d::json, R"({"a" 1})", E::syntax, 5),
        at_offset("trailing comma array", d::json, "[1,]", E::syntax, 3),
        at_offset("trailing comma object", d::json, R"({"a":1,})", E::syntax, 7),
        at_offset("leading comma", d::json, "[,1]", E::syntax, 1),
        at_offset("double comma", d::json, "[1,,2]", E::syntax, 3),
        at_offset("double colon", d::json, R"({"a"::1})", E::syntax, 5),
        at_offset("two values", d::json, "{} {}", E::trailing_garbage, 3),
        at_offset("value then garbage", d::json, "1 x", E::trailing_garbage, 2),
        at_offset("single quotes", d::json, "{'a':1}", E::syntax, 1),
        at_offset("unquoted key", d::json, "{a:1}", E::syntax, 1),
        at_offset("comment", d::json, "[1/*x*/]", E::syntax, 2),
        // ---- numbers ----
        at_offset("NaN", d::json, "NaN", E::syntax, 0),
        at_offset("Infinity", d::json, "Infinity", E::syntax, 0),
        at_offset("leading zero", d::json, "01", E::trailing_garbage, 1),
        at_offset("leading plus", d::json, "+1", E::syntax, 0),
        at_offset("bare minus", d::json, "-", E::incomplete, 1),
        at_offset("bare dot", d::json, "1.", E::syntax, 2),
        at_offset("hex", d::json, "0x10", E::trailing_garbage, 1),
        at_offset("largest uint64", d::json, "18446744073709551615", E::ok, 0),
        at_offset("smallest int64", d::json, "-9223372036854775808", E::ok, 0),
        at_offset("largest double", d::json, "1.7976931348623157e308", E::ok, 0),
        at_offset("underflow to zero", d::json, "1e-400", E::ok, 0),
        // ---- depth ----
        at_offset("depth 64", d::json, rep("[", 64) + rep("]", 64), E::ok, 0),
        at_offset("depth 65", d::json, rep("[", 65) + rep("]", 65), E::too_deep, 64),
        at_offset("depth 100000", d::json, rep("[", 100000), E::too_deep, 64),
        at_offset("objects depth 65", d::json, rep(R"({"a":)", 65) + "1" + rep("}", 65), E::too_deep, 320),
        at_offset("depth in a document", d::get_profile, profile(",\"x\":" + rep("[", 70) + rep("]", 70)), E::too_deep, profile().size() + 67), // the bracket at depth 65 (the object is depth 1)
        // ---- size ----
        at_offset("10 MB string", d::json, "\"" + std::string(10 * mb, 'a') + "\"", E::ok, 0),
        at_offset("10 MB array", d::json, "[" + rep("1,", 5 * mb) + "1]", E::ok, 0),
        at_offset("10 MB of whitespace", d::json, std::string(10 * mb, ' '), E::empty_document, 10 * mb),
        at_offset("10 MB then garbage", d::json, std::string(10 * mb, ' ') + "1 x", E::trailing_garbage, 10 * mb + 2),
        // ---- duplicate keys at depth ----
        at_pointer("duplicate at top", d::json, R"({"a":1,"a":2})", E::duplicate_key, "/a"),
        at_pointer("duplicate at depth", d::json, R"({"x":{"y":[{"k":1},{"k":1,"k":2}]}})", E::duplicate_key, "/x/y/1/k"),
        at_pointer("duplicate escaped", d::json, R"({"a":1,"\u0061":2})", E::duplicate_key, "/a"),
        at_pointer("duplicate with ~ and /", d::json, R"({"a/~b":{"c":1,"c":2}})", E::duplicate_key, "/a~1~0b/c"),
        at_pointer("duplicate in a request", d::create_request, R"({"modelSource":{"copyFrom":"a","copyFrom":"b"}})", E::duplicate_key, "/modelSource/copyFrom"),
        at_pointer("duplicate in a response", d::get_profile, profile(",\"status\":\"ACTIVE\""), E::duplicate_key, "/status"),
        // ---- documents: types, members, values ----
        at_pointer("array for object", d::get_profile, "[]", E::wrong_type, ""),
        at_pointer("string for object", d::get_profile, R"("x")", E::wrong_type, ""),
        at_pointer("empty object", d::get_profile, "{}", E::missing_member, "/inferenceProfileName"),
        at_pointer("valid profile", d::get_profile, profile(), E::ok, ""),
        at_pointer("unknown member (response)", d::get_profile, profile(",\"future\":[1,{}]"), E::ok, ""),
        at_pointer("null member", d::get_profile, profile(",\"description\":null"), E::ok, ""),
        at_pointer("status number", d::get_profile, profile(",\"createdAt\":\"2024-11-04T17:49:37Z\"").replace(profile().find("\"ACTIVE\""), 8, "1"), E::wrong_type, "/status"),
        at_pointer("unknown status", d::get_profile, profile().replace(profile().find("\"ACTIVE\""), 8, "\"DELETING\""), E::unknown_enum_value, "/status"),
        at_pointer("lowercase status", d::get_profile, profile().replace(profile().find("\"ACTIVE\""), 8, "\"active\""), E::unknown_enum_value, "/status"),
        at_pointer("models empty", d::get_profile, profile({}, "[]"), E::too_few_items, "/models"),
        at_pointer("models null item", d::get_profile, profile({}, "[null]"), E::wrong_type, "/models/0"),
        at_pointer("models object", d::get_profile, profile({}, "{}"), E::wrong_type, "/models"),
        at_pointer("model ARN with account", d::get_profile, profile({}, R"([{"modelArn":"arn:aws:bedrock:us-east-1:123456789012:foundation-model/amazon.nova-pro-v1:0"}])"), E::invalid_value, "/models/0/modelArn"),
        at_pointer("bad profile ARN", d::get_profile, profile().replace(profile().find("arn:aws:bedrock:us-east-1:1"), 4, "ARN:"), E::invalid_value, "/inferenceProfileArn"),
        at_pointer("impossible createdAt", d::get_profile, profile(",\"createdAt\":\"2024-02-30T00:00:00Z\""), E::bad_timestamp, "/createdAt"),
        at_pointer("createdAt without zone", d::get_profile, profile(",\"createdAt\":\"2024-02-01T00:00:00\""), E::bad_timestamp, "/createdAt"),
        at_pointer("createdAt epoch max", d::get_profile, profile(",\"createdAt\":253402300799"), E::ok, ""),
        at_pointer("createdAt epoch past max", d::get_profile, profile(",\"createdAt\":253402300800"), E::bad_timestamp, "/createdAt"),
        at_pointer("createdAt epoch min", d::get_profile, profile(",\"createdAt\":-62167219200"), E::ok, ""),
        at_pointer("createdAt before year 0", d::get_profile, profile(",\"createdAt\":-62167219201"), E::bad_timestamp, "/createdAt"),
        at_pointer("createdAt uint64 max", d::get_profile, profile(",\"createdAt\":18446744073709551615"), E::bad_timestamp, "/createdAt"),
        at_pointer("createdAt 1e300", d::get_profile, profile(",\"createdAt\":1e300"), E::bad_timestamp, "/createdAt"),
        at_pointer("createdAt boolean", d::get_profile, profile(",\"createdAt\":true"), E::bad_timestamp, "/createdAt"),
        at_pointer("summaries object", d::list_profiles, R"({"inferenceProfileSummaries":{}})", E::wrong_type, "/inferenceProfileSummaries"),
        at_pointer("nextToken number", d::list_profiles, R"({"nextToken":5})", E::wrong_type, "/nextToken"),
        at_pointer("100k empty summaries", d::list_profiles, "{\"inferenceProfileSummaries\":[" + rep("{},", 100000) + "{}]}", E::missing_member, "/inferenceProfileSummaries/0/inferenceProfileName"),
        at_pointer("second summary bad", d::list_profiles, "{\"inferenceProfileSummaries\":[" + profile() + ",{}]}", E::missing_member, "/inferenceProfileSummaries/1/inferenceProfileName"),
        at_pointer("model summaries wrong", d::list_models, R"({"modelSummaries":[{"modelArn":"x","modelId":"y"}]})", E::invalid_value, "/modelSummaries/0/modelArn"),
        // ---- requests (strict) ----
        at_pointer("valid request", d::create_request, request(), E::ok, ""),
        at_pointer("unknown member (request)", d::create_request, request(",\"future\":1"), E::unknown_member, "/future"),
        at_pointer("no modelSource", d::create_request, R"({"inferenceProfileName":"p"})", E::missing_member, "/modelSource"),
        at_pointer("name with dot", d::create_request, request().replace(request().find("\"p\""), 3, "\"my.profile\""), E::invalid_value, "/inferenceProfileName"),
        at_pointer("name 65", d::create_request, request().replace(request().find("\"p\""), 3, "\"" + std::string(65, 'n') + "\""), E::invalid_value, "/inferenceProfileName"),
        at_pointer("empty description", d::create_request, request(",\"description\":\"\""), E::invalid_value, "/description"),
        at_pointer("bad token", d::create_request, request(",\"clientRequestToken\":\"-\""), E::invalid_value, "/clientRequestToken"),
        at_pointer("copyFrom app profile", d::create_request, R"({"inferenceProfileName":"p","modelSource":{"copyFrom":"arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/k3x9q2mz7w4p"}})", E::invalid_value, "/modelSource/copyFrom"),
        at_pointer("200 tags", d::create_request, request(tags(200)), E::ok, ""),
        at_pointer("201 tags", d::create_request, request(tags(201)), E::too_many_items, "/tags"),
        at_pointer("100k tags", d::create_request, request(tags(100000)), E::too_many_items, "/tags"),
        at_pointer("empty tags", d::create_request, request(",\"tags\":[]"), E::ok, ""),
        at_pointer("tag without value", d::create_request, request(",\"tags\":[{\"key\":\"a\"}]"), E::missing_member, "/tags/0/value"),
        at_pointer("tag key 129", d::create_request, request(",\"tags\":[{\"key\":\"" + std::string(129, 'k') + "\",\"value\":\"\"}]"), E::invalid_value, "/tags/0/key"),
        at_pointer("tag key empty", d::create_request, request(",\"tags\":[{\"key\":\"\",\"value\":\"v\"}]"), E::invalid_value, "/tags/0/key"),
        at_pointer("tag value 257", d::create_request, request(",\"tags\":[{\"key\":\"k\",\"value\":\"" + std::string(257, 'v') + "\"}]"), E::invalid_value, "/tags/0/value"),
        at_pointer("tag key non-ASCII", d::create_request, request(",\"tags\":[{\"key\":\"caf\xC3\xA9\",\"value\":\"v\"}]"), E::invalid_value, "/tags/0/key"),
        at_pointer("tag key NUL", d::create_request, request(",\"tags\":[{\"key\":\"a\\u0000b\",\"value\":\"v\"}]"), E::invalid_value, "/tags/0/key"),
        at_pointer("tag unknown member", d::create_request, request(",\"tags\":[{\"key\":\"k\",\"value\":\"v\",\"x\":1}]"), E::unknown_member, "/tags/0/x"),
        // ---- CloudFormation and IAM ----
        at_pointer("template wrong type", d::cfn_template, R"({"Resources":{"P":{"Type":"AWS::S3::Bucket","Properties":{"InferenceProfileName":"p"}}}})", E::invalid_value, "/Resources/P/Type"),
        at_pointer("template unknown intrinsic", d::cfn_template, R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile","Properties":{"InferenceProfileName":{"Fn::If":[]}}}}})", E::unknown_member, "/Resources/P/Properties/InferenceProfileName/Fn::If"),
        at_pointer("template 201 tags", d::cfn_template, "{\"Resources\":{\"P\":{\"Type\":\"AWS::Bedrock::ApplicationInferenceProfile\",\"Properties\":{\"InferenceProfileName\":\"p\",\"Tags\":[" + rep(R"({"Key":"k","Value":"v"},)", 200) + R"({"Key":"k","Value":"v"}]}}}})", E::too_many_items, "/Resources/P/Properties/Tags"),
        at_pointer("policy statement string", d::policy, R"({"Version":"2012-10-17","Statement":"x"})", E::wrong_type, "/Statement"),
    };
    row big = at_offset("over max_size", d::json, std::string(2048, ' ') + "1", E::too_large, 1024);
    big.max_size = 1024;
    r.push_back(big);
    return r;
}

} // namespace

TEST_CASE("hostile table: JSON documents give the exact code and offset or pointer", "[hostile][table][json]") {
    auto const all = rows();
    REQUIRE(all.size() >= 100);
    bool const print = std::getenv("BEDROCK_HOSTILE_PRINT") != nullptr;
    for (std::size_t i = 0; i < all.size(); ++i) {
        auto const& r = all[i];
        bedrock::json_read_options opt;
        if (r.max_size) opt.max_size = r.max_size;
        auto const e = run(r.at, r.input, opt);
        bool const same = e.code == r.code && (r.code == json_errc::ok || (r.pointer_row ? e.pointer == r.pointer : e.offset == r.offset));
        if (print && !same)
            std::printf("row %zu (%s, %s): got json_errc::%s, offset %llu, pointer \"%s\"\n", i, r.what.c_str(),
                        std::string(name_of(r.at)).c_str(), std::string(bedrock::to_string(e.code)).c_str(),
                        static_cast<unsigned long long>(e.offset), e.pointer.c_str());
        CAPTURE(i, r.what, name_of(r.at), r.input.size() > 200 ? r.input.substr(0, 200) + "…" : r.input, e.message);
        CHECK(bedrock::to_string(e.code) == bedrock::to_string(r.code));
        if (r.code == json_errc::ok) continue;
        if (r.pointer_row) CHECK(e.pointer == r.pointer);
        else CHECK(e.offset == r.offset);
        // the property: a document-level offset lies inside the input (its length counts: "ended early")
        if (!r.pointer_row) CHECK(e.offset <= r.input.size());
    }
}
