// The catalog that tools/gen_catalog writes from AWS CLI output (tests/fixtures/), as committed in tests/data/
// and kept current by the CTests catalog_cli_fixture / catalog_cli_profiles_only: it compiles, is usable with the
// library's lookups and filters, and maps the CLI fields as docs/catalog.md says.
#include "../data/catalog-cli.hpp"
#include "../data/catalog-cli-profiles.hpp"

#include <bedrock/cross_region_profile.hpp>
#include <bedrock_test/catch.hpp>

#include <iterator>
#include <ranges>

namespace account = example::account;
using bedrock::capability;

TEST_CASE("catalog from CLI output: entries and flags", "[catalog_cli]") {
    static_assert(account::catalog.size() == 9);
    static_assert(bedrock::is_sorted_catalog(account::catalog));
    // In a SYSTEM_DEFINED profile: cross-region (nova-lite lists only ON_DEMAND but has us.amazon.nova-lite-v1:0).
    static_assert(account::models::amazon_nova_lite_v1_0.supports_cross_region());
    static_assert(account::models::meta_llama3_2_11b_instruct_v1_0.supports_cross_region());
    // inferenceTypesSupported INFERENCE_PROFILE: cross-region.
    static_assert(account::models::anthropic_claude_3_7_sonnet_20250219_v1_0.supports_cross_region());
    // Provisioned-only variant: not.
    static_assert(account::models::amazon_nova_lite_v1_0_300k.capabilities == capability::none);
    // modelLifecycle.status LEGACY.
    static_assert(account::models::anthropic_claude_3_sonnet_20240229_v1_0.capabilities == capability::legacy);
    // outputModalities EMBEDDING: knowledge base (dimensions are not in the CLI output).
    static_assert(account::models::cohere_embed_multilingual_v3.supports_knowledge_base());
    static_assert(account::models::cohere_embed_multilingual_v3.vector_dimensions == 0);
    static_assert(account::models::amazon_titan_embed_text_v2_0.supports_knowledge_base());
    static_assert(account::models::stability_sd3_5_large_v1_0.capabilities == capability::none);
    // Provider from the id; no reference package.
    static_assert(account::models::deepseek_r1_v1_0.provider == "deepseek");
    static_assert(account::models::deepseek_r1_v1_0.packages == bedrock::reference_package::none);
    static_assert(account::models::deepseek_r1_v1_0.member_name().empty());
    REQUIRE(std::ranges::distance(bedrock::cross_region_models(account::catalog)) == 4);
    REQUIRE(std::ranges::distance(bedrock::models_by_provider("anthropic", account::catalog)) == 2);
    REQUIRE(std::ranges::distance(bedrock::models_by_provider("amazon", account::catalog)) == 3);
}

TEST_CASE("catalog from CLI output: lookups and profiles", "[catalog_cli]") {
    constexpr auto const* lite = bedrock::find_model(account::catalog, "amazon.nova-lite-v1:0");
    static_assert(lite == &account::models::amazon_nova_lite_v1_0);
    static_assert(bedrock::find_model(account::catalog, "amazon.nova-lite-v1") == nullptr);
    constexpr bedrock::cross_region_profile p{bedrock::geo::us, account::models::deepseek_r1_v1_0};
    static_assert(p.id() == "us.deepseek.r1-v1:0");
    REQUIRE(bedrock::make_cross_region_profile(bedrock::geo::eu, account::models::cohere_embed_multilingual_v3).error().code ==
            bedrock::errc::not_cross_region_capable);
}

TEST_CASE("catalog from ListInferenceProfiles only", "[catalog_cli]") {
    // The models of every profile; cross-region when a SYSTEM_DEFINED profile routes to them.
    static_assert(example::profiles::seen.size() == 4);
    static_assert(bedrock::is_sorted_catalog(example::profiles::seen));
    static_assert(std::ranges::all_of(example::profiles::seen, [](auto const& m) { return m.supports_cross_region(); }));
    REQUIRE(example::profiles::models::meta_llama3_2_11b_instruct_v1_0.id == "meta.llama3-2-11b-instruct-v1:0");
}
