#include <bedrock/foundation_model.hpp>

#include <bedrock_test/catch.hpp>

#include <array>
#undef NDEBUG  // the doc examples compiled here use assert(); keep it live in release builds too
#include <cassert>
#include <string_view>

namespace {

// javadoc: the @code examples of foundation_model.hpp
[[maybe_unused]] void foundation_model_doc_example() {
    {
        constexpr auto caps = bedrock::capability::agents | bedrock::capability::cross_region;
        static_assert(bedrock::has(caps, bedrock::capability::cross_region));
        static_assert(!bedrock::has(caps, bedrock::capability::legacy));
        static_assert(bedrock::to_string(bedrock::capability::legacy) == "legacy");
    }
    {
        static_assert(bedrock::parse_capability("legacy") == bedrock::capability::legacy);
        static_assert(!bedrock::parse_capability("Legacy"));
    }
    {
        constexpr auto both = bedrock::vector_type::float32 | bedrock::vector_type::binary;
        static_assert(bedrock::has(both, bedrock::vector_type::binary));
        static_assert(bedrock::to_string(bedrock::vector_type::float32) == "FLOAT32");
    }
    {
        static_assert(bedrock::parse_vector_type("BINARY") == bedrock::vector_type::binary);
        static_assert(!bedrock::parse_vector_type("float32"));
    }
    {
        static_assert(bedrock::to_string(bedrock::reference_package::alpha) == "alpha");
        static_assert(bedrock::package_name(bedrock::reference_package::genai) == "@cdklabs/generative-ai-cdk-constructs");
    }
    {
        static_assert(bedrock::parse_reference_package("genai") == bedrock::reference_package::genai);
        static_assert(!bedrock::parse_reference_package("@aws-cdk/aws-bedrock-alpha"));
    }
    {
        constexpr bedrock::foundation_model m{.id = "acme.model-v1:0", .provider = "acme",
                                              .capabilities = bedrock::capability::cross_region};
        static_assert(m.supports_cross_region() && !m.supports_agents() && !m.is_embedding());
    }
}

using bedrock::capability;
using bedrock::reference_package;
using bedrock::vector_type;

constexpr std::array<std::pair<capability, std::string_view>, 5> capability_wire{{
    {capability::agents, "supportsAgents"},
    {capability::cross_region, "supportsCrossRegion"},
    {capability::knowledge_base, "supportsKnowledgeBase"},
    {capability::optimized_for_agents, "optimizedForAgents"},
    {capability::legacy, "legacy"},
}};

} // namespace

TEST_CASE("capability: wire names round-trip, combinations have none", "[foundation_model]") {
    for (auto [c, wire] : capability_wire) {
        CAPTURE(wire);
        REQUIRE(bedrock::to_string(c) == wire);
        REQUIRE(bedrock::parse_capability(wire) == c);
    }
    static_assert(bedrock::to_string(capability::none).empty());
    static_assert(bedrock::to_string(capability::agents | capability::legacy).empty());
    REQUIRE_FALSE(bedrock::parse_capability(""));
    REQUIRE_FALSE(bedrock::parse_capability("supportsagents"));
    REQUIRE_FALSE(bedrock::parse_capability("legacy "));
}

TEST_CASE("capability: set operations", "[foundation_model]") {
    constexpr auto set = capability::agents | capability::knowledge_base;
    static_assert(bedrock::has(set, capability::agents));
    static_assert(bedrock::has(set, capability::agents | capability::knowledge_base));
    static_assert(!bedrock::has(set, capability::agents | capability::legacy));
    static_assert(!bedrock::has(set, capability::none));  // the empty set is never "had"
    static_assert((set & capability::knowledge_base) == capability::knowledge_base);
    static_assert((set & capability::cross_region) == capability::none);
}

TEST_CASE("vector_type: wire names FLOAT32 and BINARY", "[foundation_model]") {
    static_assert(bedrock::to_string(vector_type::float32) == "FLOAT32");
    static_assert(bedrock::to_string(vector_type::binary) == "BINARY");
    static_assert(bedrock::to_string(vector_type::none).empty());
    static_assert(bedrock::to_string(vector_type::float32 | vector_type::binary).empty());
    REQUIRE(bedrock::parse_vector_type("FLOAT32") == vector_type::float32);
    REQUIRE(bedrock::parse_vector_type("BINARY") == vector_type::binary);
    REQUIRE_FALSE(bedrock::parse_vector_type("FLOATING_POINT"));  // the TypeScript member name, not the value
    REQUIRE_FALSE(bedrock::parse_vector_type(""));
    static_assert(bedrock::has(vector_type::float32 | vector_type::binary, vector_type::float32));
    static_assert(!bedrock::has(vector_type::float32, vector_type::binary));
    static_assert(!bedrock::has(vector_type::float32, vector_type::none));
    static_assert((vector_type::float32 & vector_type::binary) == vector_type::none);
}

TEST_CASE("reference_package: keys and npm names", "[foundation_model]") {
    static_assert(bedrock::to_string(reference_package::genai) == "genai");
    static_assert(bedrock::to_string(reference_package::none).empty());
    static_assert(bedrock::to_string(reference_package::alpha | reference_package::genai).empty());
    static_assert(bedrock::package_name(reference_package::alpha) == "@aws-cdk/aws-bedrock-alpha");
    static_assert(bedrock::package_name(reference_package::none).empty());
    REQUIRE(bedrock::parse_reference_package("alpha") == reference_package::alpha);
    REQUIRE_FALSE(bedrock::parse_reference_package("Alpha"));
    REQUIRE_FALSE(bedrock::parse_reference_package(""));
    static_assert(bedrock::has(reference_package::alpha | reference_package::genai, reference_package::genai));
    static_assert(!bedrock::has(reference_package::alpha, reference_package::genai));
    static_assert((reference_package::alpha & reference_package::genai) == reference_package::none);
}

TEST_CASE("foundation_model: accessors read the flags", "[foundation_model]") {
    constexpr bedrock::foundation_model m{
        .id = "acme.embed-v1:0",
        .provider = "acme",
        .capabilities = capability::agents | capability::knowledge_base | capability::optimized_for_agents | capability::legacy,
        .alpha_capabilities = capability::agents | capability::knowledge_base | capability::optimized_for_agents | capability::legacy,
        .genai_capabilities = capability::agents | capability::knowledge_base,
        .vector_dimensions = 1024,
        .vector_types = vector_type::float32,
        .packages = reference_package::alpha | reference_package::genai,
        .alpha_member = "ACME_EMBED_V1",
        .genai_member = "ACME_EMBED_1"};
    static_assert(m.supports_agents() && m.supports_knowledge_base() && m.optimized_for_agents() && m.is_legacy());
    static_assert(!m.supports_cross_region());
    static_assert(m.is_embedding());
    static_assert(m.declared_by(reference_package::alpha) && m.declared_by(reference_package::genai));
    static_assert(!m.declared_by(reference_package::none));
    static_assert(m.capabilities_in(reference_package::genai) == (capability::agents | capability::knowledge_base));
    static_assert(m.capabilities_in(reference_package::alpha) == m.alpha_capabilities);
    static_assert(m.capabilities_in(reference_package::none) == m.capabilities);
    static_assert(m.member_in(reference_package::genai) == "ACME_EMBED_1");
    static_assert(m.member_in(reference_package::none).empty());
    static_assert(m.member_name() == "ACME_EMBED_V1");

    constexpr bedrock::foundation_model genai_only{.id = "x.y", .provider = "x", .genai_member = "X_Y"};
    static_assert(genai_only.member_name() == "X_Y");
    static_assert(!genai_only.supports_agents() && !genai_only.is_legacy() && !genai_only.optimized_for_agents());

    constexpr bedrock::foundation_model none{};
    static_assert(none.member_name().empty() && !none.is_embedding() && !none.declared_by(reference_package::alpha));
    static_assert(none == bedrock::foundation_model{});
    static_assert(!(none == genai_only));
    REQUIRE(m.member_name() == "ACME_EMBED_V1");
}
