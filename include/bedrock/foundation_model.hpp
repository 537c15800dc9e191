#ifndef BEDROCK_FOUNDATION_MODEL_HPP
#define BEDROCK_FOUNDATION_MODEL_HPP

/** @file
    A Bedrock foundation model as the catalog describes it: its id, provider, capability flags, embedding
    vector dimensions and types, and which reference package declares it under which member name.

    @par Specification
    `docs/cdk-mapping.md`.
*/

#include <bedrock/detail/dependent.hpp>
#include <bedrock/geo.hpp>

#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint8_t, std::uint32_t, std::uint64_t
#include <optional>     // std::optional (parse_* of the enums)
#include <span>         // std::span (profile_destinations)
#include <string_view>  // std::string_view

namespace bedrock {

/** A capability flag of a foundation model; the enumerators are bits and combine with `|`.

    The names follow the props of the references' `BedrockFoundationModelProps` (@ref to_string gives them).
    `optimized_for_agents` and `legacy` are declared on the references' static members but are not readable
    from their objects at run time; the catalog recovered them from the declarations.

    @par Example
    @code
    constexpr auto caps = bedrock::capability::agents | bedrock::capability::cross_region;
    static_assert(bedrock::has(caps, bedrock::capability::cross_region));
    static_assert(!bedrock::has(caps, bedrock::capability::legacy));
    static_assert(bedrock::to_string(bedrock::capability::legacy) == "legacy");
    @endcode
*/
enum class capability : std::uint8_t {
    none = 0,                  ///< No capability (the empty set).
    agents = 1,                ///< `supportsAgents`: usable as the model of a Bedrock agent.
    cross_region = 2,          ///< `supportsCrossRegion`: has system-defined cross-region inference profiles.
    knowledge_base = 4,        ///< `supportsKnowledgeBase`: usable as a knowledge-base embedding model.
    optimized_for_agents = 8,  ///< `optimizedForAgents` (declared only in the references).
    legacy = 16,               ///< `legacy` (declared only in the references): scheduled for end of life.
};

/// Every capability flag (the set of flags an aws-cdk-lib-only catalog entry leaves unknown).
inline constexpr capability every_capability = static_cast<capability>(31);

/// The union of two capability sets.
[[nodiscard]] constexpr capability operator|(capability a, capability b) noexcept {
    return static_cast<capability>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
/// The intersection of two capability sets.
[[nodiscard]] constexpr capability operator&(capability a, capability b) noexcept {
    return static_cast<capability>(static_cast<std::uint8_t>(a) & static_cast<std::uint8_t>(b));
}
/// True when every bit of `flags` is in `set` (and `flags` is not empty).
[[nodiscard]] constexpr bool has(capability set, capability flags) noexcept {
    return flags != capability::none && (set & flags) == flags;
}

/** The wire name of one capability bit: the references' prop name (`supportsAgents`, `supportsCrossRegion`,
    `supportsKnowledgeBase`, `optimizedForAgents`, `legacy`); `""` for `none` or a combination. */
[[nodiscard]] constexpr std::string_view to_string(capability c) noexcept {
    switch (c) {
    case capability::agents: return "supportsAgents";
    case capability::cross_region: return "supportsCrossRegion";
    case capability::knowledge_base: return "supportsKnowledgeBase";
    case capability::optimized_for_agents: return "optimizedForAgents";
    case capability::legacy: return "legacy";
    case capability::none: break;
    }
    return "";
}

/** Parses a capability wire name (exact, case-sensitive), e.g. `"supportsCrossRegion"`: a
    `std::optional<capability>`. The parse_* of this header are `template <int I = 0>` returning `auto` and name
    their `std::optional` through `I` (`detail::dependent_t`), so a TU that never calls them does not instantiate
    it (issue 9, compile time); taking the address needs `<>`: `&bedrock::parse_capability<>`.

    @par Example
    @code
    static_assert(bedrock::parse_capability("legacy") == bedrock::capability::legacy);
    static_assert(!bedrock::parse_capability("Legacy"));
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto parse_capability(std::string_view s) noexcept {
    using optional = std::optional<detail::dependent_t<capability, I>>;
    capability const flags[] = {capability::agents, capability::cross_region, capability::knowledge_base,
                                capability::optimized_for_agents, capability::legacy};
    for (auto c : flags) {
        if (to_string(c) == s) return optional(c);
    }
    return optional();
}

/** The data type of an embedding model's vectors; the enumerators are bits and combine with `|`.

    Wire names are those of the references' `VectorType` values: `FLOAT32` and `BINARY`.

    @par Example
    @code
    constexpr auto both = bedrock::vector_type::float32 | bedrock::vector_type::binary;
    static_assert(bedrock::has(both, bedrock::vector_type::binary));
    static_assert(bedrock::to_string(bedrock::vector_type::float32) == "FLOAT32");
    @endcode
*/
enum class vector_type : std::uint8_t {
    none = 0,     ///< No vector type (not an embedding model).
    float32 = 1,  ///< `FLOAT32` (the references' `VectorType.FLOATING_POINT`).
    binary = 2,   ///< `BINARY` (the references' `VectorType.BINARY`).
};

/// The union of two vector-type sets.
[[nodiscard]] constexpr vector_type operator|(vector_type a, vector_type b) noexcept {
    return static_cast<vector_type>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
/// The intersection of two vector-type sets.
[[nodiscard]] constexpr vector_type operator&(vector_type a, vector_type b) noexcept {
    return static_cast<vector_type>(static_cast<std::uint8_t>(a) & static_cast<std::uint8_t>(b));
}
/// True when every bit of `types` is in `set` (and `types` is not empty).
[[nodiscard]] constexpr bool has(vector_type set, vector_type types) noexcept {
    return types != vector_type::none && (set & types) == types;
}

/// The wire name of one vector type (`FLOAT32`, `BINARY`); `""` for `none` or a combination.
[[nodiscard]] constexpr std::string_view to_string(vector_type v) noexcept {
    switch (v) {
    case vector_type::float32: return "FLOAT32";
    case vector_type::binary: return "BINARY";
    case vector_type::none: break;
    }
    return "";
}

/** Parses a vector-type wire name (exact, case-sensitive): a `std::optional<vector_type>`.

    @par Example
    @code
    static_assert(bedrock::parse_vector_type("BINARY") == bedrock::vector_type::binary);
    static_assert(!bedrock::parse_vector_type("float32"));
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto parse_vector_type(std::string_view s) noexcept {
    using optional = std::optional<detail::dependent_t<vector_type, I>>;
    if (s == "FLOAT32") return optional(vector_type::float32);
    if (s == "BINARY") return optional(vector_type::binary);
    return optional();
}

/** A reference npm package that declares catalog entries; the enumerators are bits and combine with `|`.

    @par Example
    @code
    static_assert(bedrock::to_string(bedrock::reference_package::alpha) == "alpha");
    static_assert(bedrock::package_name(bedrock::reference_package::genai) == "@cdklabs/generative-ai-cdk-constructs");
    @endcode
*/
enum class reference_package : std::uint8_t {
    none = 0,   ///< Declared by no reference package (e.g. a catalog generated from AWS CLI output).
    alpha = 1,  ///< `@aws-cdk/aws-bedrock-alpha` (the current package).
    genai = 2,  ///< `@cdklabs/generative-ai-cdk-constructs` (deprecated for Bedrock L2 constructs).
};

/// The union of two package sets.
[[nodiscard]] constexpr reference_package operator|(reference_package a, reference_package b) noexcept {
    return static_cast<reference_package>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
/// The intersection of two package sets.
[[nodiscard]] constexpr reference_package operator&(reference_package a, reference_package b) noexcept {
    return static_cast<reference_package>(static_cast<std::uint8_t>(a) & static_cast<std::uint8_t>(b));
}
/// True when every bit of `packages` is in `set` (and `packages` is not empty).
[[nodiscard]] constexpr bool has(reference_package set, reference_package packages) noexcept {
    return packages != reference_package::none && (set & packages) == packages;
}

/// The short key of one package (`alpha`, `genai`), as used in `data/reference-models.json`; `""` otherwise.
[[nodiscard]] constexpr std::string_view to_string(reference_package p) noexcept {
    switch (p) {
    case reference_package::alpha: return "alpha";
    case reference_package::genai: return "genai";
    case reference_package::none: break;
    }
    return "";
}

/// The npm name of one package; `""` for `none` or a combination.
[[nodiscard]] constexpr std::string_view package_name(reference_package p) noexcept {
    switch (p) {
    case reference_package::alpha: return "@aws-cdk/aws-bedrock-alpha";
    case reference_package::genai: return "@cdklabs/generative-ai-cdk-constructs";
    case reference_package::none: break;
    }
    return "";
}

/** Parses a package key (`alpha`, `genai`): a `std::optional<reference_package>`.

    @par Example
    @code
    static_assert(bedrock::parse_reference_package("genai") == bedrock::reference_package::genai);
    static_assert(!bedrock::parse_reference_package("@aws-cdk/aws-bedrock-alpha"));
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto parse_reference_package(std::string_view s) noexcept {
    using optional = std::optional<detail::dependent_t<reference_package, I>>;
    if (s == "alpha") return optional(reference_package::alpha);
    if (s == "genai") return optional(reference_package::genai);
    return optional();
}

/** A fact that a source may state true, false, or not at all. */
enum class tristate : std::uint8_t {
    unknown = 0,  ///< No source states it.
    no = 1,       ///< A source states it is false.
    yes = 2,      ///< A source states it is true.
};

/// The wire spelling of a @ref tristate: `unknown`, `no`, `yes`.
[[nodiscard]] constexpr std::string_view to_string(tristate t) noexcept {
    switch (t) {
    case tristate::no: return "no";
    case tristate::yes: return "yes";
    case tristate::unknown: break;
    }
    return "unknown";
}

/** One foundation model of a catalog: an aggregate of views into static text.

    An entry is identified by its `id` together with its `vector_dimensions`: the references declare several
    members for one embedding model that differ only in dimensions (`amazon.titan-embed-text-v2:0` at 256, 512
    and 1024), and those stay distinct entries.

    `capabilities` is the union of the flags of the packages that declare the entry; `alpha_capabilities` and
    `genai_capabilities` keep each package's own declaration (they differ only for the Claude 4 pair, whose
    genai members do not declare `optimizedForAgents`). Entries of a catalog generated from AWS CLI output
    have `packages == reference_package::none` and empty member names.

    Lifetime: the string views point at the catalog's static text (or whatever the caller built it from).

    @par Example
    @code
    constexpr bedrock::foundation_model m{.id = "acme.model-v1:0", .provider = "acme",
                                          .capabilities = bedrock::capability::cross_region};
    static_assert(m.supports_cross_region() && !m.supports_agents() && !m.is_embedding());
    @endcode
*/
struct foundation_model {
    std::string_view id{};                                   ///< The model id, e.g. `anthropic.claude-v2:1`.
    std::string_view provider{};                             ///< The id's provider part (before the first `.`), e.g. `anthropic`.
    capability capabilities = capability::none;              ///< Union of the declaring packages' flags.
    capability alpha_capabilities = capability::none;        ///< Flags as declared by the alpha package.
    capability genai_capabilities = capability::none;        ///< Flags as declared by the genai package.
    std::uint32_t vector_dimensions = 0;                     ///< Embedding dimensions; 0 when not an embedding model.
    vector_type vector_types = vector_type::none;            ///< Supported vector types (`FLOAT32`, `BINARY`).
    reference_package packages = reference_package::none;   ///< The reference packages that declare it.
    std::string_view alpha_member{};                         ///< Static member name in alpha, or empty.
    std::string_view genai_member{};                         ///< Static member name in genai, or empty.
    /** The geos in which AWS offers a system-defined profile of this model, documented or assumed. Empty in a
        hand-built entry: then @ref offered_in falls back to the cross-region flag and the seven reference geos. */
    geo_set geos = geo_set::none;
    /// The subset of @ref geos that a source documents (AWS data, then the references' docs); the rest is assumed.
    geo_set documented_geos = geo_set::none;
    /// Whether the model can be invoked in one Region without a profile (the references' docs), or unknown.
    tristate in_region = tristate::unknown;
    /** The capability flags that no source states for this entry: for them @ref capabilities has no bit and
        @ref capability_state says `unknown`. All five for a model id that only aws-cdk-lib's
        `FoundationModelIdentifier` names (it gives the id and nothing else); `none` for the references' members
        and for hand-built entries. Such an entry's embedding facts (`vector_dimensions`, `vector_types`) are not
        given either. */
    capability unknown_capabilities = capability::none;
    /// The aws-cdk-lib `FoundationModelIdentifier` static member naming this id (the first by name), or empty.
    std::string_view cdk_member{};
    /** For a context-window variant (`anthropic.claude-3-5-sonnet-20240620-v1:0:200k`): the base model id
        (`anthropic.claude-3-5-sonnet-20240620-v1:0`); empty otherwise. The base need not be in the catalog. */
    std::string_view base_model_id{};
    /// For a context-window variant: the window suffix after the base id (`200k`, `512`); empty otherwise.
    std::string_view context_window{};

    /// `supportsAgents`.
    [[nodiscard]] constexpr bool supports_agents() const noexcept { return has(capabilities, capability::agents); }
    /// `supportsCrossRegion`: a system-defined cross-region profile can be built from it.
    [[nodiscard]] constexpr bool supports_cross_region() const noexcept {
        return has(capabilities, capability::cross_region);
    }
    /// `supportsKnowledgeBase`.
    [[nodiscard]] constexpr bool supports_knowledge_base() const noexcept {
        return has(capabilities, capability::knowledge_base);
    }
    /// `optimizedForAgents` as declared by some reference package.
    [[nodiscard]] constexpr bool optimized_for_agents() const noexcept {
        return has(capabilities, capability::optimized_for_agents);
    }
    /// `legacy` as declared by the references (or lifecycle status LEGACY in AWS CLI output).
    [[nodiscard]] constexpr bool is_legacy() const noexcept { return has(capabilities, capability::legacy); }
    /** True when AWS offers a system-defined profile of this model in geo `g`: `g` is in @ref geos; for an
        entry without geos, `g` is a reference geo and the model supports cross-region inference (the
        references' rule).

        @par Example
        @code
        static_assert(bedrock::models::openai_gpt_5_6_sol.offered_in(bedrock::geo::us));
        static_assert(!bedrock::models::openai_gpt_5_6_sol.offered_in(bedrock::geo::eu));
        @endcode
    */
    [[nodiscard]] constexpr bool offered_in(geo g) const noexcept {
        if (geos != geo_set::none) return contains(geos, g);
        return supports_cross_region() && is_reference_geo(g);
    }
    /// True when geo `g` is offered and a source documents it (not only assumed from the cross-region flag).
    [[nodiscard]] constexpr bool offered_in_documented(geo g) const noexcept {
        return offered_in(g) && contains(documented_geos, g);
    }
    /** Whether a source states capability `c` (one flag): `yes`, `no`, or `unknown` when no source gives it
        (then the bool accessors above say `false`).

        @par Example
        @code
        static_assert(bedrock::models::anthropic_claude_v2.capability_state(bedrock::capability::agents) == bedrock::tristate::yes);
        static_assert(bedrock::find_model("cohere.embed-v4:0")->capability_state(bedrock::capability::agents) == bedrock::tristate::unknown);
        @endcode
    */
    [[nodiscard]] constexpr tristate capability_state(capability c) const noexcept {
        if (has(unknown_capabilities, c)) return tristate::unknown;
        return has(capabilities, c) ? tristate::yes : tristate::no;
    }
    /// True when a source states every capability flag of this entry (a reference member, or a hand-built entry).
    [[nodiscard]] constexpr bool capabilities_known() const noexcept { return unknown_capabilities == capability::none; }
    /// True for a context-window variant of another model id (@ref base_model_id, @ref context_window).
    [[nodiscard]] constexpr bool is_context_window_variant() const noexcept { return !context_window.empty(); }
    /// True when the entry has vector dimensions (an embedding model).
    [[nodiscard]] constexpr bool is_embedding() const noexcept { return vector_dimensions != 0; }
    /// True when reference package `p` declares this entry.
    [[nodiscard]] constexpr bool declared_by(reference_package p) const noexcept { return has(packages, p); }
    /// The flags as declared by one package (`none` when that package does not declare the entry).
    [[nodiscard]] constexpr capability capabilities_in(reference_package p) const noexcept {
        switch (p) {
        case reference_package::alpha: return alpha_capabilities;
        case reference_package::genai: return genai_capabilities;
        case reference_package::none: break;
        }
        return capabilities;
    }
    /// The static member name in package `p`, or empty.
    [[nodiscard]] constexpr std::string_view member_in(reference_package p) const noexcept {
        switch (p) {
        case reference_package::alpha: return alpha_member;
        case reference_package::genai: return genai_member;
        case reference_package::none: break;
        }
        return {};
    }
    /// The member name: alpha's when it declares the entry, otherwise genai's (empty for neither).
    [[nodiscard]] constexpr std::string_view member_name() const noexcept {
        return alpha_member.empty() ? genai_member : alpha_member;
    }

    /// Member-wise equality.
    friend constexpr bool operator==(foundation_model const&, foundation_model const&) noexcept = default;
};

namespace detail {
/// Byte `c` shifted to bit `shift`: one term of @ref load_le8.
[[nodiscard]] constexpr std::uint64_t byte_at(char c, unsigned shift) noexcept {
    return std::uint64_t{static_cast<unsigned char>(c)} << shift;
}
/// The 8 bytes at `p` as a little-endian integer (written byte by byte so it stays constexpr; g++ and clang
/// compile it to one load).
[[nodiscard]] constexpr std::uint64_t load_le8(char const* p) noexcept {
    return byte_at(p[0], 0) | byte_at(p[1], 8) | byte_at(p[2], 16) | byte_at(p[3], 24) | byte_at(p[4], 32) |
           byte_at(p[5], 40) | byte_at(p[6], 48) | byte_at(p[7], 56);
}
/** The key of the catalog's perfect hash (`find_model`): the id's length mixed with its first, middle and last
    8 bytes. `tools/gen_catalog` uses this same function to choose the seed it writes into `models.hpp`. */
[[nodiscard]] constexpr std::uint64_t model_id_hash_key(std::string_view s) noexcept {
    std::uint64_t const n = s.size();
    if (n < 8) {
        std::uint64_t v = n << 56;
        for (std::size_t i = 0; i < s.size(); ++i) v |= byte_at(s[i], static_cast<unsigned>(8 * i));
        return v;
    }
    std::uint64_t const first = load_le8(s.data());
    std::uint64_t const mid = load_le8(s.data() + (s.size() - 8) / 2);
    std::uint64_t const last = load_le8(s.data() + s.size() - 8);
    return first ^ (mid * 0xC2B2AE3D27D4EB4Fu) ^ ((last ^ n) * 0x165667B19E3779F9u);
}
} // namespace detail

/** The destination regions that AWS's own data gives one system-defined profile `<geo>.<model_id>`: the regions
    of the `models[]` of real ListInferenceProfiles output, the user guide's rows, a listed description (the union
    when several sources or source Regions give lists). The generated catalog holds one per such profile
    (`bedrock::profile_destinations_table()`, <bedrock/catalog.hpp>); for the other profiles the geo's list
    (`bedrock::destination_regions(geo)`) is the fallback.
*/
struct profile_destinations {
    geo geo_region = geo::us;                   ///< the profile's geo
    std::string_view model_id;                  ///< the model id after the geo
    std::span<std::string_view const> regions;  ///< sorted, not empty
};

} // namespace bedrock

#endif // BEDROCK_FOUNDATION_MODEL_HPP
