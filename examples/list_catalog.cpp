// The foundation-model catalog: every BedrockFoundationModel member of the references and every model id of
// aws-cdk-lib, as a constexpr table, with lookups and filters that also work at compile time.
#include <bedrock/catalog.hpp>

#include <iostream>
#include <iterator>

int main() {
    // bedrock.BedrockFoundationModel.ANTHROPIC_CLAUDE_3_5_SONNET_V2_0
    constexpr auto const& sonnet = bedrock::models::anthropic_claude_3_5_sonnet_v2_0;
    static_assert(sonnet.supports_cross_region() && sonnet.supports_agents());
    std::cout << "ANTHROPIC_CLAUDE_3_5_SONNET_V2_0 = " << sonnet.id << '\n';

    // Look up by id (a generated perfect hash; a constant expression for constant input) ...
    if (auto const* m = bedrock::find_model("amazon.titan-embed-text-v2:0"))
        std::cout << m->id << ": embedding, " << m->vector_dimensions << " dimensions (smallest of "
                  << bedrock::find_models("amazon.titan-embed-text-v2:0").size() << " entries)\n";
    // ... or by the member name of either package (genai and alpha name the Claude 4 pair differently).
    std::cout << "ANTHROPIC_CLAUDE_4_SONNET_V1_0 (genai) = " << bedrock::find_member("ANTHROPIC_CLAUDE_4_SONNET_V1_0")->id << '\n';

    // Every model id aws-cdk-lib knows is in the catalog; flags that no source states are unknown, not false.
    constexpr auto const* v4 = bedrock::find_model("cohere.embed-v4:0");
    std::cout << v4->id << " (aws-cdk-lib " << v4->cdk_member << "): supportsKnowledgeBase "
              << bedrock::to_string(v4->capability_state(bedrock::capability::knowledge_base)) << '\n';
    // A context-window variant names its base model.
    constexpr auto const* window = bedrock::find_model("anthropic.claude-3-5-sonnet-20240620-v1:0:200k");
    std::cout << window->id << ": the " << window->context_window << " variant of "
              << bedrock::find_base_model(*window)->id << '\n';

    std::cout << "\nentries: " << bedrock::catalog.size() << ", cross-region capable: "
              << std::ranges::distance(bedrock::cross_region_models())
              << ", legacy: " << std::ranges::distance(bedrock::models_with(bedrock::capability::legacy)) << '\n';

    // Filtering: the Anthropic models a cross-region profile can be built from.
    std::cout << "\ncross-region capable Anthropic models:\n";
    for (bedrock::foundation_model const& m : bedrock::models_by_provider("anthropic", bedrock::capability::cross_region))
        std::cout << "  " << m.id << (m.is_legacy() ? "  (legacy)" : "") << '\n';

    // Any predicate: embedding models that offer binary vectors.
    std::cout << "\nembedding models with BINARY vectors:\n";
    for (auto const& m : bedrock::filter_models([](bedrock::foundation_model const& m) {
             return bedrock::has(m.vector_types, bedrock::vector_type::binary);
         }))
        std::cout << "  " << m.id << " (" << m.vector_dimensions << ")\n";
}
