// The catalog equals the union of both reference packages: zero differences in ids, member names or flags,
// checked against data/reference-models.json (which CTest catalog_matches_references keeps identical to a fresh
// extraction from the pinned packages).
#include <bedrock/catalog.hpp>

#include "reference_json.hpp"

#include <bedrock_test/catch.hpp>

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <utility>

namespace {

using bedrock::capability;
using bedrock::reference_package;
using bedrock_conformance::str;

std::string snake_case(std::string_view member) {
    std::string s;
    for (char c : member) s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return s;
}

} // namespace

TEST_CASE("catalog equals the union of the reference packages", "[conformance][catalog]") {
    auto const doc = bedrock_conformance::load_json(BEDROCK_REFERENCE_MODELS);
    auto const& root = doc.as_object();
    REQUIRE(str(root.at("packages").at("alpha").at("version")) == "2.271.0-alpha.0");
    REQUIRE(str(root.at("packages").at("genai").at("version")) == "0.1.318");

    std::set<std::pair<std::string, std::string>> reference_pairs;  // (package, member)
    std::size_t n_alpha = 0, n_genai = 0;
    for (auto const& mv : root.at("members").as_array()) {
        auto const& m = mv.as_object();
        auto const member = str(m.at("member"));
        CAPTURE(member);
        auto const* entry = bedrock::find_member(member);
        REQUIRE(entry != nullptr);
        REQUIRE(entry->id == str(m.at("modelId")));
        auto const dims = m.at("vectorDimensions").is_null() ? 0u : static_cast<unsigned>(m.at("vectorDimensions").as_int64());
        REQUIRE(entry->vector_dimensions == dims);
        bedrock::vector_type types = bedrock::vector_type::none;
        for (auto const& t : m.at("supportedVectorType").as_array()) {
            auto parsed = bedrock::parse_vector_type(str(t));
            REQUIRE(parsed.has_value());
            types = types | *parsed;
        }
        REQUIRE(entry->vector_types == types);
        capability caps = capability::none;
        if (m.at("supportsAgents").as_bool()) caps = caps | capability::agents;
        if (m.at("supportsCrossRegion").as_bool()) caps = caps | capability::cross_region;
        if (m.at("supportsKnowledgeBase").as_bool()) caps = caps | capability::knowledge_base;
        if (m.at("optimizedForAgents").as_bool()) caps = caps | capability::optimized_for_agents;
        if (m.at("legacy").as_bool()) caps = caps | capability::legacy;
        for (auto const& pv : m.at("packages").as_array()) {
            auto const p = bedrock::parse_reference_package(str(pv));
            REQUIRE(p.has_value());
            CAPTURE(str(pv));
            REQUIRE(entry->declared_by(*p));
            REQUIRE(entry->member_in(*p) == member);
            REQUIRE(entry->capabilities_in(*p) == caps);
            REQUIRE(has(entry->capabilities, caps) == (caps != capability::none));
            reference_pairs.emplace(std::string(str(pv)), std::string(member));
            (*p == reference_package::alpha ? n_alpha : n_genai) += 1;
        }
    }
    REQUIRE(n_alpha == 57);
    REQUIRE(n_genai == 46);

    // And the other way round: nothing in the catalog that the references do not declare.
    std::set<std::pair<std::string, std::string>> catalog_pairs;
    for (auto const& e : bedrock::catalog) {
        if (!e.alpha_member.empty()) catalog_pairs.emplace("alpha", std::string(e.alpha_member));
        if (!e.genai_member.empty()) catalog_pairs.emplace("genai", std::string(e.genai_member));
    }
    REQUIRE(catalog_pairs == reference_pairs);
}

TEST_CASE("every reference static member has its named constant", "[conformance][catalog]") {
    auto const header = bedrock_conformance::read_text(BEDROCK_SOURCE_DIR "/include/bedrock/models.hpp");
    auto const doc = bedrock_conformance::load_json(BEDROCK_REFERENCE_MODELS);
    for (auto const& mv : doc.at("members").as_array()) {
        auto const member = str(mv.at("member"));
        CAPTURE(member);
        auto const* entry = bedrock::find_member(member);
        REQUIRE(entry != nullptr);
        auto const index = static_cast<std::size_t>(entry - bedrock::catalog.data());
        auto const line = "inline constexpr foundation_model const& " + snake_case(member) +
                          " = bedrock::detail::catalog_data_rows[" + std::to_string(index) + "];";
        REQUIRE(header.find(line) != std::string::npos);
    }
    // Spot checks through the C++ names themselves.
    REQUIRE(&bedrock::models::anthropic_claude_3_5_sonnet_v2_0 == bedrock::find_member("ANTHROPIC_CLAUDE_3_5_SONNET_V2_0"));
    REQUIRE(&bedrock::models::anthropic_claude_4_opus_v1_0 == bedrock::find_member("ANTHROPIC_CLAUDE_4_OPUS_V1_0"));
    REQUIRE(&bedrock::models::openai_gpt_oss_safeguard_120b == bedrock::find_member("OPENAI_GPT_OSS_SAFEGUARD_120B"));
}
