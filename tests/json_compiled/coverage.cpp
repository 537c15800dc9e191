// The compiled JSON library (docs/json.md): its family lists name every document type the headers describe, and
// what it defines is what the header-only reader and writer give.
#include <bedrock/json/documents.hpp>

#include <bedrock_test/catch.hpp>
#include <bedrock_test/files.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifndef BEDROCK_PROFILES_JSON_SEPARATE_COMPILATION
#error "bedrock_json_compiled_tests are compiled against bedrock::profiles_json_compiled, which defines the macro"
#endif

namespace {

#define BEDROCK_COVERAGE_NAME(T) #T,
std::vector<std::string> const compiled_documents{
    BEDROCK_JSON_DETAIL_API_DOCUMENTS(BEDROCK_COVERAGE_NAME)
    BEDROCK_JSON_DETAIL_CLOUDFORMATION_DOCUMENTS(BEDROCK_COVERAGE_NAME)
    BEDROCK_JSON_DETAIL_IAM_DOCUMENTS(BEDROCK_COVERAGE_NAME)};
// The same, by family: the header that includes a family's list (json/<family>.hpp) must describe its types,
// since the extern declarations follow that header's traits.
std::vector<std::pair<std::string, std::string>> const listed_by_family{
#define BEDROCK_COVERAGE_FAMILY(T) {#T, "json/api.hpp"},
    BEDROCK_JSON_DETAIL_API_DOCUMENTS(BEDROCK_COVERAGE_FAMILY)
#undef BEDROCK_COVERAGE_FAMILY
#define BEDROCK_COVERAGE_FAMILY(T) {#T, "json/cloudformation.hpp"},
    BEDROCK_JSON_DETAIL_CLOUDFORMATION_DOCUMENTS(BEDROCK_COVERAGE_FAMILY)
#undef BEDROCK_COVERAGE_FAMILY
#define BEDROCK_COVERAGE_FAMILY(T) {#T, "json/iam.hpp"},
    BEDROCK_JSON_DETAIL_IAM_DOCUMENTS(BEDROCK_COVERAGE_FAMILY)
#undef BEDROCK_COVERAGE_FAMILY
};
#undef BEDROCK_COVERAGE_NAME

// Every `BOOST_DESCRIBE_STRUCT(name, ...)` of the public headers, by header. json/identifiers.hpp is left out: it
// describes the JSON views of an ARN and a classification (bedrock_arn_fields, ...), output-only types of an
// opt-in header, not documents of the API.
std::vector<std::pair<std::string, std::string>> described_in_headers() {
    std::vector<std::pair<std::string, std::string>> out;
    std::filesystem::path const root = std::string(BEDROCK_SOURCE_DIR) + "/include/bedrock";
    for (auto const& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".hpp") continue;
        std::string const relative = entry.path().lexically_relative(root).generic_string();
        if (relative == "json/identifiers.hpp") continue;
        std::string const text = bedrock_test::slurp(entry.path().string());
        std::string_view const macro = "BOOST_DESCRIBE_STRUCT(";
        for (auto at = text.find(macro); at != std::string::npos; at = text.find(macro, at + 1)) {
            if (at > 0 && text[at - 1] != '\n') continue; // a use at the start of a line, not a mention in prose
            auto const begin = at + macro.size();
            out.emplace_back(text.substr(begin, text.find(',', begin) - begin), relative);
        }
    }
    return out;
}

} // namespace

TEST_CASE("every described document type is in the compiled library's lists, once", "[json][compiled]") {
    std::set<std::string> const listed(compiled_documents.begin(), compiled_documents.end());
    CHECK(listed.size() == compiled_documents.size()); // no type listed twice (its definitions would collide)
    auto const described = described_in_headers();
    CHECK(described.size() >= 31); // the scan finds the document headers' descriptions
    for (auto const& [type, header] : described) {
        INFO(type << " is described in include/bedrock/" << header
                  << ": add it to the family list in json/detail/extern_<family>.hpp");
        CHECK(listed.count(type) == 1);
    }
    for (auto const& type : compiled_documents) {
        INFO(type << " is in a family list but no header describes it");
        CHECK(std::any_of(described.begin(), described.end(), [&](auto const& d) { return d.first == type; }));
    }
}

TEST_CASE("each document type is listed with the family header that describes it", "[json][compiled]") {
    auto const described = described_in_headers();
    for (auto const& [type, header] : listed_by_family) {
        INFO(type << " is listed for " << header);
        CHECK(std::count(described.begin(), described.end(), std::pair<std::string, std::string>{type, header}) == 1);
    }
}

TEST_CASE("the compiled library reads and writes one document of each family", "[json][compiled]") {
    auto const text = bedrock_test::fixture("list-inference-profiles.cli.json");
    auto const list = bedrock::parse_document<bedrock::list_inference_profiles_response>(text);
    REQUIRE(list.has_value());
    CHECK(bedrock::serialize_document(*list, bedrock::json_output::cli) == text);

    auto const cfn = bedrock::parse_document<bedrock::cfn_template>(
        R"({"Resources":{"P":{"Type":"AWS::Bedrock::ApplicationInferenceProfile","Properties":{"InferenceProfileName":"p"}}}})");
    REQUIRE(cfn.has_value());
    CHECK(bedrock::from_json_value<bedrock::cfn_template>(bedrock::to_json_value(*cfn)).has_value());

    auto const bad = bedrock::parse_document<bedrock::iam_policy_document>(R"({"Version":"2012-10-17","Statement":[{"Effect":1}]})");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().pointer == "/Statement/0/Effect");
    CHECK(bad.error().code == bedrock::json_errc::wrong_type);
}
