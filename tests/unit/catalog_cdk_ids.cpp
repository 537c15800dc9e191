// Issue 10, point 5: every model id of aws-cdk-lib's FoundationModelIdentifier (data/cdk-foundation-model-
// identifiers.json) is in the catalog, parses and classifies as a foundation-model id; the capability flags that
// no source gives are unknown (not false); context-window variants name their base. Issue 13: the generated
// perfect hash of find_model agrees with a linear search on every id and on every single-byte mutation of it.
#include "mini_json.hpp"

#include <bedrock/catalog.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/model_id.hpp>

#include <bedrock_test/catch.hpp>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace {

mini_json::value const& cdk_identifiers() {
    static mini_json::value const doc = mini_json::read_file(BEDROCK_SOURCE_DIR "/data/cdk-foundation-model-identifiers.json");
    return doc;
}

bool cdk_test_is_catalog_model(std::string_view id) noexcept { return bedrock::find_model(id) != nullptr; }

// The reference: the first entry with this id by a plain scan of the table.
bedrock::foundation_model const* linear_find_model(std::string_view id) noexcept {
    for (auto const& m : bedrock::catalog)
        if (m.id == id) return &m;
    return nullptr;
}

constexpr bedrock::capability each_capability[] = {bedrock::capability::agents, bedrock::capability::cross_region,
                                                   bedrock::capability::knowledge_base,
                                                   bedrock::capability::optimized_for_agents, bedrock::capability::legacy};

} // namespace

TEST_CASE("every aws-cdk-lib FoundationModelIdentifier id is in the catalog and classifies as a model id", "[catalog][issue-10]") {
    auto const& models = cdk_identifiers()["models"].items;
    REQUIRE(models.size() == 169);
    REQUIRE(cdk_identifiers()["source"]["version"].s == "2.276.0");
    std::size_t cdk_only = 0, variants = 0;
    for (auto const& entry : models) {
        std::string const& id = entry["modelId"].s;
        CAPTURE(id);
        auto const* m = bedrock::find_model(id);
        REQUIRE(m != nullptr);
        CHECK(m == linear_find_model(id));
        CHECK(m->provider == entry["provider"].s);
        CHECK(m->cdk_member == entry["members"].items.front().s);
        CHECK_FALSE(bedrock::check_model_id(id).has_value());
        CHECK(bedrock::parse_model_id(id).has_value());
        auto const c = bedrock::classify_model_identifier(id, &cdk_test_is_catalog_model);
        CHECK(c.kind == bedrock::identifier_kind::foundation_model_id);
        CHECK(c.model == id);
        // aws-cdk-lib gives nothing but the id: the references' members keep their flags, the others know none.
        bool const in_references = entry["inReferenceCatalog"].b;
        CHECK(m->capabilities_known() == in_references);
        CHECK((m->packages != bedrock::reference_package::none) == in_references);
        if (!in_references) {
            ++cdk_only;
            CHECK(m->packages == bedrock::reference_package::none);
            CHECK(m->unknown_capabilities == bedrock::every_capability);
            CHECK(m->capabilities == bedrock::capability::none);
        }
        // The extractor's variantOf (`:<n>k` windows) agrees with the catalog's split.
        if (entry["variantOf"].type == mini_json::value::kind::string) {
            ++variants;
            CHECK(m->base_model_id == entry["variantOf"].s);
            CHECK(m->context_window == entry["contextWindow"].s);
        }
    }
    CHECK(cdk_only == 113);
    CHECK(variants == 34);
    // Nothing else joined: every catalog entry is a reference member or an aws-cdk-lib id.
    std::set<std::string> ids;
    for (auto const& entry : models) ids.insert(entry["modelId"].s);
    for (auto const& m : bedrock::catalog) {
        CAPTURE(m.id);
        CHECK((m.packages != bedrock::reference_package::none || ids.count(std::string(m.id)) == 1));
    }
}

TEST_CASE("unknown capability flags are unknown, not false", "[catalog][issue-10]") {
    constexpr auto const* v4 = bedrock::find_model("cohere.embed-v4:0");
    static_assert(!v4->capabilities_known());
    static_assert(v4->capability_state(bedrock::capability::knowledge_base) == bedrock::tristate::unknown);
    static_assert(!v4->supports_knowledge_base());  // the bool accessors answer "not stated"
    static_assert(v4->in_region == bedrock::tristate::unknown);
    static_assert(v4->cdk_member == "COHERE_EMBED_V4");
    for (auto const c : each_capability) CHECK(v4->capability_state(c) == bedrock::tristate::unknown);

    // A reference member states every flag, true or false.
    constexpr auto const& sonnet = bedrock::models::anthropic_claude_3_5_sonnet_v1_0;
    static_assert(sonnet.capabilities_known());
    static_assert(sonnet.capability_state(bedrock::capability::cross_region) == bedrock::tristate::yes);
    static_assert(sonnet.capability_state(bedrock::capability::legacy) == bedrock::tristate::no);
    static_assert(sonnet.cdk_member == "ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0");

    // A hand-built entry knows its flags unless it says otherwise.
    constexpr bedrock::foundation_model hand{.id = "acme.model-v1:0", .provider = "acme",
                                             .unknown_capabilities = bedrock::capability::legacy};
    static_assert(hand.capability_state(bedrock::capability::agents) == bedrock::tristate::no);
    static_assert(hand.capability_state(bedrock::capability::legacy) == bedrock::tristate::unknown);

    // The ids issue 10 names as real ids that parse did not find.
    static_assert(bedrock::find_model("anthropic.claude-sonnet-5") != nullptr);
    static_assert(bedrock::find_model("deepseek.v3-v1:0") != nullptr);
    static_assert(bedrock::find_model("cohere.embed-v4:0") != nullptr);
    // An aws-cdk-lib id with an AWS-listed profile is offered there (AWS data), while its flags stay unknown.
    constexpr auto const* llama405 = bedrock::find_model("meta.llama3-1-405b-instruct-v1:0");
    static_assert(llama405->offered_in_documented(bedrock::geo::us) && !llama405->offered_in(bedrock::geo::eu));
    static_assert(llama405->capability_state(bedrock::capability::cross_region) == bedrock::tristate::unknown);
}

TEST_CASE("context-window variants resolve to their base model", "[catalog][issue-10]") {
    constexpr auto const* v = bedrock::find_model("anthropic.claude-3-5-sonnet-20240620-v1:0:200k");
    static_assert(v->is_context_window_variant());
    static_assert(v->base_model_id == "anthropic.claude-3-5-sonnet-20240620-v1:0" && v->context_window == "200k");
    static_assert(bedrock::find_base_model(*v) == &bedrock::models::anthropic_claude_3_5_sonnet_v1_0);
    constexpr auto const* v18 = bedrock::find_model("anthropic.claude-3-5-sonnet-20240620-v1:0:18k");
    static_assert(bedrock::find_base_model(*v18) == bedrock::find_base_model(*v));
    // A window without `k` (`:512`, the embedding models' provisioned variants).
    constexpr auto const* cohere512 = bedrock::find_model("cohere.embed-english-v3:0:512");
    static_assert(cohere512->base_model_id == "cohere.embed-english-v3:0" && cohere512->context_window == "512");
    static_assert(bedrock::find_base_model(*cohere512) == nullptr);  // the catalog has cohere.embed-english-v3 only
    // A variant whose base is no catalog id at all.
    constexpr auto const* v2 = bedrock::find_model("anthropic.claude-v2:0:100k");
    static_assert(v2->base_model_id == "anthropic.claude-v2:0" && bedrock::find_base_model(*v2) == nullptr);
    // Not variants: a base model, a version that looks like a window.
    static_assert(!bedrock::models::anthropic_claude_v2_1.is_context_window_variant());
    static_assert(bedrock::find_base_model(bedrock::models::anthropic_claude_v2_1) == nullptr);

    // Every variant entry carries the rule's split, and every non-variant entry is not split by it.
    for (auto const& m : bedrock::catalog) {
        CAPTURE(m.id);
        auto const split = bedrock::split_context_window(m.id);
        CHECK(split.context_window == m.context_window);
        CHECK(split.base_model_id == (m.is_context_window_variant() ? m.base_model_id : m.id));
        if (auto const* base = bedrock::find_base_model(m)) CHECK_FALSE(base->is_context_window_variant());
    }
    // The rule on ids the catalog lacks.
    constexpr auto future = bedrock::split_context_window("anthropic.claude-sonnet-4-20250514-v1:0:1000k");
    static_assert(future.base_model_id == "anthropic.claude-sonnet-4-20250514-v1:0" && future.context_window == "1000k");
    static_assert(bedrock::split_context_window("anthropic.claude-v2:1").context_window.empty());  // base without ':'
    static_assert(bedrock::split_context_window("a.b-v1:0:08k").context_window.empty());          // leading zero
    static_assert(bedrock::split_context_window("a.b-v1:0:8kk").context_window.empty());
    static_assert(bedrock::split_context_window("a.b-v1:0:k").context_window.empty());
    static_assert(bedrock::split_context_window("a.b-v1:0:").context_window.empty());
    static_assert(bedrock::split_context_window("a.b-v1:0:8m").context_window.empty());
    static_assert(bedrock::split_context_window(":0:8k").context_window == "8k");  // the rule is syntax only
    static_assert(bedrock::split_context_window("").base_model_id.empty());
}

TEST_CASE("near misses of aws-cdk-lib ids are still rejected", "[catalog][issue-10]") {
    static_assert(bedrock::find_model("anthropic.claude-3-5-sonnet-20240620-v1:0:201k") == nullptr);
    static_assert(bedrock::find_model("anthropic.claude-3-5-sonnet-20240620-v1:0:200K") == nullptr);
    static_assert(bedrock::find_model("cohere.embed-v4") == nullptr);
    static_assert(bedrock::find_model("Cohere.embed-v4:0") == nullptr);
    static_assert(bedrock::find_model("deepseek.v3-v1:0 ") == nullptr);
    for (std::string_view id : {"anthropic.claude-sonnet-6", "ai21.j2-mid-v2", "amazon.titan-embed-image-v1:1"}) {
        CAPTURE(id);
        CHECK(bedrock::find_model(id) == nullptr);
        auto const c = bedrock::classify_model_identifier(id, &cdk_test_is_catalog_model);
        CHECK(c.kind == bedrock::identifier_kind::foundation_model_id);  // well-formed, just not in the catalog
    }
    // Malformed variants of catalog ids are invalid, not catalog models.
    CHECK(bedrock::classify_model_identifier("anthropic.claude-v2:1:200k:1", &cdk_test_is_catalog_model).kind ==
          bedrock::identifier_kind::invalid);
}

TEST_CASE("find_model's perfect hash equals a linear search on every id and every single-byte mutation", "[catalog][issue-13]") {
    std::size_t checked = 0;
    for (auto const& m : bedrock::catalog) {
        REQUIRE(bedrock::find_model(m.id) == linear_find_model(m.id));
        REQUIRE(bedrock::find_models(m.id).data() == bedrock::find_models(bedrock::catalog, m.id).data());
        REQUIRE(bedrock::find_models(m.id).size() == bedrock::find_models(bedrock::catalog, m.id).size());
        std::string id(m.id);
        // Every byte replaced by every printable ASCII byte, NUL, 0x80 and 0xff (the hash reads the first, middle
        // and last 8 bytes; a mutation anywhere must still fail the comparison), every byte dropped, one appended.
        for (std::size_t i = 0; i < id.size(); ++i) {
            char const original = id[i];
            for (int b = 0x1f; b < 0x80 + 2; ++b) {
                id[i] = static_cast<char>(b == 0x1f ? 0 : b == 0x7f ? 0x80 : b == 0x80 ? 0xff : b == 0x81 ? 0x7f : b);
                if (bedrock::find_model(id) != linear_find_model(id)) FAIL("mutation of " << m.id << " at " << i);
                ++checked;
            }
            id[i] = original;
            std::string shorter = id;
            shorter.erase(i, 1);
            if (bedrock::find_model(shorter) != linear_find_model(shorter)) FAIL("deletion in " << m.id << " at " << i);
        }
        REQUIRE(bedrock::find_model(id + "x") == linear_find_model(id + "x"));
    }
    CHECK(checked > 450'000);
    CHECK(bedrock::find_model("") == nullptr);
    CHECK(bedrock::find_models("").empty());
    CHECK(bedrock::find_model("a") == nullptr);
}

TEST_CASE("the built-in catalog is sorted and its ids are distinct per dimension (checked here, not at every include)", "[catalog][issue-13]") {
    STATIC_REQUIRE(bedrock::is_sorted_catalog(bedrock::catalog));
    // Every slot of the perfect hash is a catalog index.
    for (auto const slot : bedrock::detail::catalog_hash_slots<>) {
        auto const index = slot & ((1u << bedrock::detail::catalog_hash_index_bits) - 1);
        REQUIRE(index < bedrock::catalog.size());
        REQUIRE((slot >> bedrock::detail::catalog_hash_index_bits) == bedrock::catalog[index].id.size());
    }
    for (std::size_t h = 0; h < bedrock::detail::catalog_hash_slots<>.size(); ++h) {
        auto const index = bedrock::detail::catalog_hash_slots<>[h] & ((1u << bedrock::detail::catalog_hash_index_bits) - 1);
        REQUIRE(std::string_view(bedrock::detail::catalog_hash_ids<>[h]) == bedrock::catalog[index].id);
    }
    // The id comparison find_model uses (detail::equal_bytes: bytes, words, 16-byte vectors with and without the
    // middle loop) against string_view ==, at every length up to 50 and a difference at every position.
    std::string const a = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN";
    for (std::size_t n = 0; n <= a.size(); ++n) {
        std::string b = a.substr(0, n);
        REQUIRE(bedrock::detail::equal_bytes(a.data(), b.data(), n));
        for (std::size_t i = 0; i < n; ++i) {
            b[i] = 'X';
            REQUIRE_FALSE(bedrock::detail::equal_bytes(a.data(), b.data(), n));
            b[i] = a[i];
        }
    }
}
