#include <bedrock/catalog.hpp>

#include <bedrock/model_id.hpp>
#include <bedrock_test/catch.hpp>

#include <algorithm>
#include <array>
#include <iterator>
#include <ranges>
#include <span>
#include <string_view>

namespace {

using bedrock::capability;
using bedrock::reference_package;
using bedrock::vector_type;
namespace models = bedrock::models;

// javadoc: the @code examples of catalog.hpp
[[maybe_unused]] void catalog_doc_example() {
    static_assert(bedrock::catalog.size() == 174);
    static_assert(bedrock::catalog.front().id == "ai21.j2-grande-instruct");
    static_assert(bedrock::model_less{}(bedrock::models::titan_embed_text_v2_256, bedrock::models::titan_embed_text_v2_512));
    static_assert(bedrock::is_sorted_catalog(bedrock::catalog));
    static_assert(bedrock::find_models("amazon.titan-embed-text-v2:0").size() == 3);
    static_assert(bedrock::find_models("no.such-model").empty());
    {
        constexpr auto const* m = bedrock::find_model("anthropic.claude-3-5-sonnet-20241022-v2:0");
        static_assert(m->supports_cross_region());
        static_assert(m == &bedrock::models::anthropic_claude_3_5_sonnet_v2_0);
        static_assert(bedrock::find_model("anthropic.claude-3-5-sonnet") == nullptr);
    }
    static_assert(bedrock::find_model("amazon.titan-embed-text-v2:0", 512) == &bedrock::models::titan_embed_text_v2_512);
    static_assert(bedrock::find_model("amazon.titan-embed-text-v2:0", 768) == nullptr);
    static_assert(bedrock::find_member("ANTHROPIC_CLAUDE_4_SONNET_V1_0") == bedrock::find_member("ANTHROPIC_CLAUDE_SONNET_4_V1_0"));
    static_assert(bedrock::find_member("anthropic_claude_v2") == nullptr);
    {
        constexpr auto meta = bedrock::filter_models([](bedrock::foundation_model const& m) {
            return m.provider == "meta" && m.supports_cross_region();
        });
        static_assert(std::ranges::distance(meta) == 8);
    }
    {
        constexpr auto embeddings = bedrock::filter_models([](auto const& m) { return m.is_embedding(); });
        static_assert(std::ranges::distance(embeddings) == 10);
    }
    static_assert(std::ranges::distance(bedrock::models_with(bedrock::capability::legacy)) == 4);
    static_assert(std::ranges::distance(bedrock::cross_region_models()) == 33);
    for (bedrock::foundation_model const& m : bedrock::cross_region_models()) { (void)m.id; }
    static_assert(std::ranges::distance(bedrock::models_by_provider("cohere")) == 12);  // 2 reference members, 10 aws-cdk-lib ids
    {
        constexpr auto r = bedrock::models_by_provider("anthropic", bedrock::capability::cross_region);
        static_assert(std::ranges::all_of(r, [](auto const& m) { return m.supports_cross_region(); }));
    }
}

// Counts of the reference packages, per package.
constexpr int count_in(reference_package p, capability c) {
    int n = 0;
    for (auto const& m : bedrock::catalog)
        if (m.declared_by(p) && bedrock::has(m.capabilities_in(p), c)) ++n;
    return n;
}
constexpr int members_in(reference_package p) {
    int n = 0;
    for (auto const& m : bedrock::catalog) n += m.declared_by(p) ? 1 : 0;
    return n;
}
constexpr int distinct_ids_in(reference_package p) {
    int n = 0;
    std::string_view last;
    for (auto const& m : bedrock::catalog) {
        if (m.declared_by(p) && m.id != last) ++n;
        if (m.declared_by(p)) last = m.id;
    }
    return n;
}

} // namespace

TEST_CASE("catalog: counts per package match the reference packages", "[catalog]") {
    static_assert(members_in(reference_package::alpha) == 57);
    static_assert(members_in(reference_package::genai) == 46);
    static_assert(distinct_ids_in(reference_package::alpha) == 55);
    static_assert(distinct_ids_in(reference_package::genai) == 41);
    static_assert(count_in(reference_package::genai, capability::cross_region) == 22);
    static_assert(count_in(reference_package::alpha, capability::cross_region) == 33);
    static_assert(count_in(reference_package::genai, capability::agents) == 36);
    static_assert(count_in(reference_package::alpha, capability::agents) == 44);
    static_assert(count_in(reference_package::genai, capability::knowledge_base) == 10);
    static_assert(count_in(reference_package::alpha, capability::knowledge_base) == 6);
    static_assert(count_in(reference_package::genai, capability::optimized_for_agents) == 13);
    static_assert(count_in(reference_package::alpha, capability::optimized_for_agents) == 21);
    static_assert(count_in(reference_package::genai, capability::legacy) == 4);
    static_assert(count_in(reference_package::alpha, capability::legacy) == 4);
    // Every entry is declared by at least one package, and capabilities is the union of the two declarations;
    // the rest are aws-cdk-lib ids (tests/unit/catalog_cdk_ids.cpp): no package, no flags, all flags unknown.
    for (auto const& m : bedrock::catalog) {
        CAPTURE(m.id, m.vector_dimensions);
        if (m.packages == reference_package::none) {
            REQUIRE(!m.cdk_member.empty());
            REQUIRE(m.unknown_capabilities == bedrock::every_capability);
            REQUIRE(m.capabilities == capability::none);
            continue;
        }
        REQUIRE(m.capabilities_known());
        REQUIRE(m.capabilities == (m.alpha_capabilities | m.genai_capabilities));
        REQUIRE(m.declared_by(reference_package::alpha) == !m.alpha_member.empty());
        REQUIRE(m.declared_by(reference_package::genai) == !m.genai_member.empty());
        if (!m.declared_by(reference_package::alpha)) REQUIRE(m.alpha_capabilities == capability::none);
        if (!m.declared_by(reference_package::genai)) REQUIRE(m.genai_capabilities == capability::none);
    }
}

TEST_CASE("catalog: every id is a canonical model id and its provider is the first segment", "[catalog]") {
    for (auto const& m : bedrock::catalog) {
        CAPTURE(m.id);
        REQUIRE_FALSE(bedrock::check_model_id(m.id));
        REQUIRE(m.provider == m.id.substr(0, m.id.find('.')));
        REQUIRE(m.is_embedding() == (m.vector_types != vector_type::none));
        REQUIRE(m.is_embedding() == m.supports_knowledge_base());
    }
}

TEST_CASE("catalog: rows of the reference packages", "[catalog]") {
    // The Claude 4 pair: one entry, two names, optimizedForAgents declared only by alpha.
    static_assert(&models::anthropic_claude_4_sonnet_v1_0 == &models::anthropic_claude_sonnet_4_v1_0);
    static_assert(&models::anthropic_claude_4_opus_v1_0 == &models::anthropic_claude_opus_4_v1_0);
    static_assert(models::anthropic_claude_sonnet_4_v1_0.id == "anthropic.claude-sonnet-4-20250514-v1:0");
    static_assert(models::anthropic_claude_sonnet_4_v1_0.alpha_member == "ANTHROPIC_CLAUDE_SONNET_4_V1_0");
    static_assert(models::anthropic_claude_sonnet_4_v1_0.genai_member == "ANTHROPIC_CLAUDE_4_SONNET_V1_0");
    static_assert(has(models::anthropic_claude_opus_4_v1_0.alpha_capabilities, capability::optimized_for_agents));
    static_assert(!has(models::anthropic_claude_opus_4_v1_0.genai_capabilities, capability::optimized_for_agents));
    static_assert(models::anthropic_claude_opus_4_v1_0.optimized_for_agents());

    // The only legacy model that is cross-region capable.
    static_assert(models::anthropic_claude_sonnet_v1_0.is_legacy() && models::anthropic_claude_sonnet_v1_0.supports_cross_region());
    static_assert(models::anthropic_claude_instant_v1_2.id == "anthropic.claude-instant-v1");
    static_assert(models::anthropic_claude_instant_v1_2.is_legacy() && !models::anthropic_claude_instant_v1_2.supports_cross_region());

    // Alpha only / genai only.
    static_assert(models::openai_gpt_5_6_sol.packages == reference_package::alpha);
    static_assert(models::openai_gpt_5_6_sol.supports_cross_region() && !models::openai_gpt_5_6_sol.supports_agents());
    static_assert(models::openai_gpt_oss_20b_v1.capabilities == capability::none);
    static_assert(models::amazon_nova2_multimodal_v1_3072.packages == reference_package::genai);
    static_assert(models::amazon_nova2_multimodal_v1_3072.vector_dimensions == 3072);
    static_assert(models::amazon_nova2_multimodal_v1_256.vector_types == vector_type::float32);
    static_assert(models::anthropic_claude_3_5_sonnet_v2_0.packages == (reference_package::alpha | reference_package::genai));

    // Same id, different dimensions: distinct entries in dimension order.
    constexpr auto titan = bedrock::find_models("amazon.titan-embed-text-v2:0");
    static_assert(titan.size() == 3);
    static_assert(&titan[0] == &models::titan_embed_text_v2_256 && &titan[1] == &models::titan_embed_text_v2_512 &&
                  &titan[2] == &models::titan_embed_text_v2_1024);
    static_assert(models::titan_embed_text_v2_1024.vector_types == (vector_type::float32 | vector_type::binary));
    static_assert(bedrock::find_models("amazon.nova-2-multimodal-embeddings-v1:0").size() == 4);
    static_assert(models::titan_embed_text_v1.vector_dimensions == 1536);
    static_assert(models::cohere_embed_multilingual_v3.vector_dimensions == 1024);
    static_assert(!models::deepseek_r1_v1.is_embedding() && models::deepseek_r1_v1.vector_dimensions == 0);
    REQUIRE(models::meta_llama_4_scout_17b_instruct_v1.id == "meta.llama4-scout-17b-instruct-v1:0");
}

TEST_CASE("catalog: run-time lookups find every entry by binary search", "[catalog]") {
    for (auto const& m : bedrock::catalog) {
        CAPTURE(m.id, m.vector_dimensions);
        std::string const copy(m.id);  // not the catalog's own characters
        auto const* found = bedrock::find_model(copy);
        REQUIRE(found != nullptr);
        REQUIRE(found->id == m.id);
        REQUIRE(found == bedrock::find_models(copy).data());
        REQUIRE(bedrock::find_model(copy, m.vector_dimensions) == &m);
        if (!m.member_name().empty()) REQUIRE(bedrock::find_member(m.member_name()) == &m);  // empty: aws-cdk-lib only
        if (!m.genai_member.empty()) REQUIRE(bedrock::find_member(m.genai_member) == &m);
        auto const all = bedrock::find_models(copy);
        REQUIRE(std::ranges::all_of(all, [&](auto const& x) { return x.id == m.id; }));
    }
}

TEST_CASE("catalog: lookups of unknown ids", "[catalog]") {
    auto [id] = GENERATE(table<std::string_view>({
        {""},
        {"anthropic"},
        {"anthropic."},
        {"anthropic.claude-v2:"},             // a prefix of anthropic.claude-v2:1 plus a colon
        {"anthropic.claude-v2:10"},
        {"Anthropic.claude-v2"},              // case matters
        {"us.anthropic.claude-v2"},           // a profile id, not a model id
        {"zzz.model"},                        // after the last entry
        {"a"},                                // before the first entry
    }));
    CAPTURE(id);
    REQUIRE(bedrock::find_model(id) == nullptr);
    REQUIRE(bedrock::find_models(id).empty());
    REQUIRE(bedrock::find_model(id, 0) == nullptr);
    REQUIRE(bedrock::find_member(id) == nullptr);
    REQUIRE(bedrock::find_member("") == nullptr);
}

TEST_CASE("catalog: an id with an embedded NUL is not truncated", "[catalog]") {
    constexpr std::string_view with_nul("anthropic.claude-v2\0", 20);
    static_assert(bedrock::find_model(with_nul) == nullptr);
    REQUIRE(bedrock::find_model(with_nul.substr(0, 19)) == &models::anthropic_claude_v2);
}

TEST_CASE("catalog: filters iterate in catalog order and compose with std::ranges", "[catalog]") {
    auto cr = bedrock::cross_region_models();
    REQUIRE(std::ranges::is_sorted(cr, bedrock::model_less{}));
    REQUIRE(std::ranges::all_of(cr, [](auto const& m) { return m.supports_cross_region(); }));
    REQUIRE(std::ranges::count_if(bedrock::catalog, [](auto const& m) { return m.supports_cross_region(); }) ==
            std::ranges::distance(cr));
    static_assert(std::forward_iterator<decltype(cr.begin())>);
    static_assert(std::ranges::forward_range<decltype(cr)>);
    static_assert(std::ranges::borrowed_range<decltype(cr)>);

    // Every cross-region capable Anthropic model.
    int n = 0;
    for (auto const& m : bedrock::models_by_provider("anthropic", capability::cross_region)) {
        REQUIRE(m.provider == "anthropic");
        REQUIRE(m.supports_cross_region());
        ++n;
    }
    REQUIRE(n == 16);
    REQUIRE(std::ranges::distance(bedrock::models_by_provider("anthropic")) == 47);  // 20 reference ids, 27 aws-cdk-lib ids
    REQUIRE(bedrock::models_by_provider("acme").empty());
    REQUIRE_FALSE(bedrock::models_by_provider("amazon").empty());
    REQUIRE(std::ranges::distance(bedrock::models_with(capability::agents | capability::cross_region)) == 30);
    REQUIRE(std::ranges::distance(bedrock::models_with(capability::none)) == 0);

    // Post-increment and the found iterator outlive the range object (borrowed).
    auto it = std::ranges::find(bedrock::cross_region_models(), std::string_view("deepseek.r1-v1:0"), &bedrock::foundation_model::id);
    REQUIRE(it->provider == "deepseek");
    auto b = cr.begin();
    auto old = b++;
    REQUIRE(old->id == "amazon.nova-lite-v1:0");
    REQUIRE(&*b != &*old);

    // Filters work on any table, e.g. a sub-span.
    // (the first fourteen: ten ai21 ids, then amazon.nova-2-multimodal-embeddings-v1:0 at four dimensions)
    std::span<bedrock::foundation_model const> first_ten(bedrock::catalog.data(), 14);
    REQUIRE(std::ranges::distance(bedrock::models_by_provider("ai21", first_ten)) == 10);
    REQUIRE(std::ranges::distance(bedrock::models_by_provider("amazon", first_ten)) == 4);
    REQUIRE(std::ranges::distance(bedrock::cross_region_models(first_ten)) ==
            std::ranges::count_if(first_ten, [](auto const& m) { return m.supports_cross_region(); }));
    auto custom = bedrock::filter_models([](auto const& m) { return m.vector_dimensions > 1024; }, first_ten);
    REQUIRE(std::ranges::distance(custom) == 1);
    REQUIRE(custom.begin()->vector_dimensions == 3072);
}

TEST_CASE("catalog: is_sorted_catalog rejects unsorted tables and duplicates", "[catalog]") {
    constexpr std::array<bedrock::foundation_model, 2> unsorted{{{.id = "b.x"}, {.id = "a.x"}}};
    constexpr std::array<bedrock::foundation_model, 2> duplicate{{{.id = "a.x", .vector_dimensions = 8},
                                                                  {.id = "a.x", .vector_dimensions = 8}}};
    constexpr std::array<bedrock::foundation_model, 2> dims_desc{{{.id = "a.x", .vector_dimensions = 16},
                                                                  {.id = "a.x", .vector_dimensions = 8}}};
    constexpr std::array<bedrock::foundation_model, 2> ok{{{.id = "a.x", .vector_dimensions = 8},
                                                           {.id = "a.x", .vector_dimensions = 16}}};
    static_assert(!bedrock::is_sorted_catalog(unsorted));
    static_assert(!bedrock::is_sorted_catalog(duplicate));
    static_assert(!bedrock::is_sorted_catalog(dims_desc));
    static_assert(bedrock::is_sorted_catalog(ok));
    static_assert(bedrock::is_sorted_catalog(std::span<bedrock::foundation_model const>{}));
    static_assert(bedrock::find_model(ok, "a.x") == &ok[0]);
    static_assert(bedrock::find_model(ok, "a.x", 16) == &ok[1]);
    REQUIRE(bedrock::find_model(std::span<bedrock::foundation_model const>{}, "a.x") == nullptr);
}
