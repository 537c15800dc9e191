#ifndef BEDROCK_CATALOG_HPP
#define BEDROCK_CATALOG_HPP

/** @file
    The foundation-model catalog: every static `BedrockFoundationModel` member of the two reference packages
    (`@aws-cdk/aws-bedrock-alpha` 2.271.0-alpha.0 and `@cdklabs/generative-ai-cdk-constructs` 0.1.318) and every
    model id of aws-cdk-lib 2.276.0's `FoundationModelIdentifier` (their capability flags unknown), as a sorted
    constexpr table, with lookups by id that are constant expressions for constant arguments (a generated perfect
    hash), named constants (`bedrock::models::…`), and filters for range-based iteration.

    The table itself is generated into `bedrock/models.hpp` by `tools/gen_catalog`
    (docs/catalog.md). The same functions work on catalogs generated from AWS CLI output.

    Why the functions are `template <int I = 0>` and some return `auto`: they name the hash tables, the
    `std::span`s and `model_filter`s they take or return through `I` (`detail::dependent_t`), so a TU that includes
    the catalog instantiates and evaluates none of them until it calls one (issue 9, compile time). Each doc
    comment says the type `auto` stands for; taking an address needs `<>` (`&bedrock::find_model<>`).

    @par Specification
    `docs/cdk-mapping.md`
*/

#include <bedrock/detail/arn_scan.hpp>   // equal_bytes (the id comparison of find_model)
#include <bedrock/detail/dependent.hpp>
#include <bedrock/models.hpp>
#include <bedrock/foundation_model.hpp>

#include <cstddef>      // std::size_t, std::ptrdiff_t
#include <cstdint>      // std::uint32_t
#include <iterator>     // std::forward_iterator_tag
#include <span>         // std::span; also declares std::ranges::enable_borrowed_range (specialised below)
#include <string_view>  // std::string_view

namespace bedrock {

/** The built-in catalog: one entry per (model id, vector dimensions) declared by either reference package, and
    one per other model id of aws-cdk-lib's `FoundationModelIdentifier` (`unknown_capabilities` says which flags
    no source gives), sorted by id, then by dimensions (174 entries). Context-window variants
    (`…-v1:0:200k`) are entries of their own that name their base (`base_model_id`, `context_window`).

    It is a `std::array`, so every standard algorithm and range-for work on it; with g++ `std::views::filter`
    works too (clang 14 cannot compile libstdc++ 12's views, so prefer @ref filter_models there).

    @par Example
    @code
    static_assert(bedrock::catalog.size() == 174);
    static_assert(bedrock::catalog.front().id == "ai21.j2-grande-instruct");
    @endcode
*/
inline constexpr std::array<foundation_model, detail::catalog_data.size()> const& catalog = detail::catalog_data;

/** Orders catalog entries by (id, vector dimensions): the order of every catalog table.

    @par Example
    @code
    static_assert(bedrock::model_less{}(bedrock::models::titan_embed_text_v2_256, bedrock::models::titan_embed_text_v2_512));
    @endcode
*/
struct model_less {
    /// True when `a` sorts before `b`.
    [[nodiscard]] constexpr bool operator()(foundation_model const& a, foundation_model const& b) const noexcept {
        return a.id != b.id ? a.id < b.id : a.vector_dimensions < b.vector_dimensions;
    }
};

/** True when `table` is sorted by (id, vector dimensions) with no two entries equal in both, i.e. usable
    with @ref find_model. Catalogs generated from AWS CLI output `static_assert` it; the built-in catalog is
    checked by the generator and a unit test (not at every include).

    @par Example
    @code
    static_assert(bedrock::is_sorted_catalog(bedrock::catalog));
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr bool is_sorted_catalog(std::span<detail::dependent_t<foundation_model const, I>> table) noexcept {
    for (std::size_t i = 1; i < table.size(); ++i) {
        if (!model_less{}(table[i - 1], table[i])) return false;
    }
    return true;
}

namespace detail {
/// The first entry of `table` whose id is not less than `id` (a lower bound; the table is sorted by id).
template <int I = 0>
constexpr std::size_t lower_bound_by_id(std::span<dependent_t<foundation_model const, I>> table, std::string_view id) noexcept {
    std::size_t lo = 0, hi = table.size();
    while (lo < hi) {
        std::size_t const mid = lo + (hi - lo) / 2;
        if (table[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/** The built-in catalog's entry for `id` (its first), or `nullptr`: one slot load decides a miss of another length.
    The hash tables are variable templates named through `I`: a TU that never looks an id up evaluates neither.
    The id is compared 16 bytes at a time (`detail::equal_bytes`, no loop up to 32 bytes); the slot is read as a
    `std::size_t` and the result chosen in one place, which lets g++ keep a miss on the straight path (no
    redundant mask, no out-of-line `nullptr` block): docs/performance.md, "find_model after session 9". */
template <int I = 0>
[[nodiscard]] constexpr foundation_model const* catalog_lookup(std::string_view id) noexcept {
    auto const h = static_cast<std::size_t>((model_id_hash_key(id) * catalog_hash_seed) >> catalog_hash_shift);
    std::size_t const slot = catalog_hash_slots<dependent_t<catalog_hash_slot, I>>[h];
    foundation_model const* found = nullptr;
    if ((slot >> catalog_hash_index_bits) == id.size() &&
        equal_bytes(catalog_hash_ids<dependent_t<char const*, I>>[h], id.data(), id.size()))
        found = &catalog[slot & ((std::size_t{1} << catalog_hash_index_bits) - 1)];
    return found;
}
} // namespace detail

/** Every entry of `table` with model id `id` (several for embedding models declared at several dimensions),
    in order of dimensions; empty when there is none: a `std::span<foundation_model const>`. Binary search, no
    allocation.

    @par Example
    @code
    static_assert(bedrock::find_models("amazon.titan-embed-text-v2:0").size() == 3);
    static_assert(bedrock::find_models("no.such-model").empty());
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto find_models(std::span<detail::dependent_t<foundation_model const, I>> table,
                                         std::string_view id) noexcept {
    std::size_t const first = detail::lower_bound_by_id<I>(table, id);
    std::size_t last = first;
    while (last < table.size() && table[last].id == id) ++last;  // a few entries at most (one per dimension)
    return table.subspan(first, last - first);
}

/// @copydoc find_models(std::span<foundation_model const>, std::string_view)
/// The built-in catalog's overload uses its perfect hash.
template <int I = 0>
[[nodiscard]] constexpr auto find_models(std::string_view id) noexcept {
    using span = std::span<detail::dependent_t<foundation_model const, I>>;
    foundation_model const* m = detail::catalog_lookup<I>(id);
    if (m == nullptr) return span();
    std::size_t const first = static_cast<std::size_t>(m - catalog.data());
    std::size_t last = first + 1;
    while (last < catalog.size() && catalog[last].id == id) ++last;
    return span(catalog).subspan(first, last - first);
}

/** The entry of `table` with model id `id`, or `nullptr`. When the id has entries at several vector
    dimensions this is the one with the fewest dimensions; use @ref find_models for all of them.

    A constant expression when its arguments are; binary search at run time, no allocation.

    @par Example
    @code
    constexpr auto const* m = bedrock::find_model("anthropic.claude-3-5-sonnet-20241022-v2:0");
    static_assert(m->supports_cross_region());
    static_assert(m == &bedrock::models::anthropic_claude_3_5_sonnet_v2_0);
    static_assert(bedrock::find_model("anthropic.claude-3-5-sonnet") == nullptr);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr foundation_model const* find_model(std::span<detail::dependent_t<foundation_model const, I>> table,
                                                           std::string_view id) noexcept {
    std::size_t const first = detail::lower_bound_by_id<I>(table, id);
    return first < table.size() && table[first].id == id ? &table[first] : nullptr;
}

/** The entry of the built-in catalog with model id `id`, or `nullptr`; for an id with entries at several
    vector dimensions, the one with the fewest.

    One hash of the id's length and first, middle and last 8 bytes, one table load (whose length decides most
    misses), one comparison of the bytes, 8 at a time: a perfect hash generated with the catalog
    (`tools/gen_catalog`), a constant expression for constant arguments.

    A function template (`I` names the hash tables, so a TU that never calls it evaluates none of them): taking its
    address needs `<>`, `&bedrock::find_model<>`.

    @par Example
    @code
    static_assert(bedrock::find_model("anthropic.claude-3-5-sonnet-20240620-v1:0:200k")->base_model_id == "anthropic.claude-3-5-sonnet-20240620-v1:0");
    static_assert(bedrock::find_model("deepseek.v3-v1:0") != nullptr);   // aws-cdk-lib knows it
    static_assert(bedrock::find_model("deepseek.v3-v1:1") == nullptr);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr foundation_model const* find_model(std::string_view id) noexcept {
    return detail::catalog_lookup<I>(id);
}

/** An id split by the context-window rule: `<base>:<digits>` or `<base>:<digits>k` where `<base>` itself has a
    `:` (its version), e.g. `anthropic.claude-3-haiku-20240307-v1:0:48k` → (`anthropic.claude-3-haiku-20240307-v1:0`,
    `48k`) and `cohere.embed-english-v3:0:512` → (`cohere.embed-english-v3:0`, `512`). Views into the argument.
*/
struct context_window_split {
    std::string_view base_model_id;   ///< The id without the suffix; the whole id when it is not a variant.
    std::string_view context_window;  ///< The suffix without its `:`; empty when the id is not a variant.
};

/** Splits `id` by the context-window rule (@ref context_window_split). The catalog's variant entries carry the
    same split (`base_model_id`, `context_window`), and the rule also recognises variants the catalog lacks.

    @par Example
    @code
    static_assert(bedrock::split_context_window("anthropic.claude-v2:1:200k").context_window == "200k");
    static_assert(bedrock::split_context_window("anthropic.claude-v2:1").context_window.empty());  // a version
    static_assert(bedrock::split_context_window("x.y-v1:0:08k").context_window.empty());            // leading zero
    @endcode
*/
[[nodiscard]] constexpr context_window_split split_context_window(std::string_view id) noexcept {
    auto const colon = id.rfind(':');
    if (colon == std::string_view::npos || colon == 0) return {id, {}};
    std::string_view const base = id.substr(0, colon), window = id.substr(colon + 1);
    if (base.find(':') == std::string_view::npos || window.empty() || window[0] < '1' || window[0] > '9') return {id, {}};
    std::size_t digits = 0;
    while (digits < window.size() && window[digits] >= '0' && window[digits] <= '9') ++digits;
    if (digits != window.size() && !(digits + 1 == window.size() && window.back() == 'k')) return {id, {}};
    return {base, window};
}

/** The base model of a context-window variant when the catalog has it (`nullptr` for an entry that is not a
    variant, or whose base the catalog lacks, e.g. `anthropic.claude-v2:0` of `anthropic.claude-v2:0:100k`).

    @par Example
    @code
    constexpr auto const* v = bedrock::find_model("anthropic.claude-3-haiku-20240307-v1:0:48k");
    static_assert(bedrock::find_base_model(*v) == &bedrock::models::anthropic_claude_haiku_v1_0);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr foundation_model const* find_base_model(foundation_model const& m) noexcept {
    return m.base_model_id.empty() ? nullptr : find_model<I>(m.base_model_id);
}

/** The entry of `table` with model id `id` and exactly `vector_dimensions` dimensions (0 for a model that is
    not an embedding model), or `nullptr`.

    @par Example
    @code
    static_assert(bedrock::find_model("amazon.titan-embed-text-v2:0", 512) == &bedrock::models::titan_embed_text_v2_512);
    static_assert(bedrock::find_model("amazon.titan-embed-text-v2:0", 768) == nullptr);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr foundation_model const* find_model(std::span<detail::dependent_t<foundation_model const, I>> table,
                                                           std::string_view id, std::uint32_t vector_dimensions) noexcept {
    for (auto const& m : find_models<I>(table, id)) {
        if (m.vector_dimensions == vector_dimensions) return &m;
    }
    return nullptr;
}

/// @copydoc find_model(std::span<foundation_model const>, std::string_view, std::uint32_t)
template <int I = 0>
[[nodiscard]] constexpr foundation_model const* find_model(std::string_view id, std::uint32_t vector_dimensions) noexcept {
    return find_model<I>(catalog, id, vector_dimensions);
}

/** The entry named by a reference static member (`ANTHROPIC_CLAUDE_SONNET_4_V1_0` or, for genai's name,
    `ANTHROPIC_CLAUDE_4_SONNET_V1_0`), or `nullptr`. Linear search.

    @par Example
    @code
    static_assert(bedrock::find_member("ANTHROPIC_CLAUDE_4_SONNET_V1_0") == bedrock::find_member("ANTHROPIC_CLAUDE_SONNET_4_V1_0"));
    static_assert(bedrock::find_member("anthropic_claude_v2") == nullptr);
    @endcode
*/
template <int = 0>
[[nodiscard]] constexpr foundation_model const* find_member(std::string_view member) noexcept {
    if (member.empty()) return nullptr;
    for (auto const& m : catalog) {
        if (m.alpha_member == member || m.genai_member == member) return &m;
    }
    return nullptr;
}

/** Every system-defined profile whose destination regions AWS's own data gives (generated from `data/`; sorted
    by model id, then geo): a `std::span<profile_destinations const>`. See @ref profile_destination_regions.
*/
template <int I = 0>
[[nodiscard]] constexpr auto profile_destinations_table() noexcept {
    using row = detail::dependent_t<profile_destinations, I>;
    return std::span<row const>(detail::profile_destinations_data<row>);
}

/** The destination regions AWS's data gives the profile `<g>.<model_id>`, or `nullptr` when no AWS source lists
    them (then the geo's list is all there is).

    @par Example
    @code
    static_assert(bedrock::find_profile_destinations(bedrock::geo::us, "anthropic.claude-3-5-sonnet-20240620-v1:0")->regions.size() == 2);
    static_assert(!bedrock::find_profile_destinations(bedrock::geo::eu, "anthropic.claude-3-5-sonnet-20240620-v1:0"));
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr profile_destinations const* find_profile_destinations(geo g, std::string_view model_id) noexcept {
    for (auto const& d : detail::profile_destinations_data<typename detail::dependent<profile_destinations, I>::type>)
        if (d.geo_region == g && d.model_id == model_id) return &d;
    return nullptr;
}

/** The regions a request to the system-defined profile `<g>.<model_id>` may be routed to: the profile's own list
    where AWS's data gives one (@ref find_profile_destinations), otherwise the geo's (`destination_regions(g)`); a
    `std::span<std::string_view const>`.

    @par Example
    @code
    // ListInferenceProfiles output lists us.anthropic.claude-3-5-sonnet-20240620-v1:0 in us-east-1 and us-west-2 only
    static_assert(bedrock::profile_destination_regions(bedrock::geo::us, "anthropic.claude-3-5-sonnet-20240620-v1:0").size() == 2);
    static_assert(bedrock::profile_destination_regions(bedrock::geo::eu, "amazon.nova-lite-v1:0").size() == 8);  // eu's list
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto profile_destination_regions(geo g, std::string_view model_id) noexcept {
    using span = std::span<detail::dependent_t<std::string_view const, I>>;
    if (auto const* d = find_profile_destinations<I>(g, model_id)) return span(d->regions);
    return span(destination_regions<I>(g));
}

/** A forward range over the entries of a catalog table that satisfy a predicate. A view: it refers to the
    table (static storage for the built-in catalog) and copies the predicate; iterators stay valid after the
    range object is gone (a borrowed range).

    Built by @ref filter_models, @ref cross_region_models, @ref models_by_provider and @ref models_with. Works
    with range-for, `std::ranges` algorithms, and at compile time, with both g++ 12 and clang 14.

    @par Example
    @code
    constexpr auto meta = bedrock::filter_models([](bedrock::foundation_model const& m) {
        return m.provider == "meta" && m.supports_cross_region();
    });
    static_assert(std::ranges::distance(meta) == 8);
    @endcode
*/
template <class Pred>
class model_filter {
public:
    /// The iterator: a forward iterator over `foundation_model const`.
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;  ///< Forward.
        using value_type = foundation_model;                  ///< The entry type.
        using difference_type = std::ptrdiff_t;               ///< Distance type.
        using reference = foundation_model const&;            ///< Entries are read-only.
        using pointer = foundation_model const*;              ///< Pointer to an entry.

        /// A singular iterator.
        constexpr iterator() = default;
        /// The current entry.
        [[nodiscard]] constexpr reference operator*() const noexcept { return *cur_; }
        /// The current entry.
        [[nodiscard]] constexpr pointer operator->() const noexcept { return cur_; }
        /// Advances to the next matching entry.
        constexpr iterator& operator++() {
            ++cur_;
            skip();
            return *this;
        }
        /// Advances to the next matching entry, returning the old position.
        constexpr iterator operator++(int) {
            iterator old = *this;
            ++*this;
            return old;
        }
        /// Same position.
        [[nodiscard]] friend constexpr bool operator==(iterator const& a, iterator const& b) noexcept {
            return a.cur_ == b.cur_;
        }

    private:
        friend class model_filter;
        constexpr iterator(pointer cur, pointer end, Pred const& pred) : cur_(cur), end_(end), pred_(pred) { skip(); }
        constexpr void skip() {
            while (cur_ != end_ && !pred_(*cur_)) ++cur_;
        }
        pointer cur_ = nullptr;
        pointer end_ = nullptr;
        Pred pred_{};
    };

    /// The entries of `table` (a `std::span<foundation_model const>`, named through `I` like the catalog's
    /// functions) that satisfy `pred`.
    template <int I = 0>
    constexpr model_filter(std::span<detail::dependent_t<foundation_model const, I>> table, Pred pred)
        : first_(table.data()), last_(table.data() + table.size()), pred_(pred) {}

    /// The first matching entry.
    [[nodiscard]] constexpr iterator begin() const { return {first_, last_, pred_}; }
    /// Past the end.
    [[nodiscard]] constexpr iterator end() const { return {last_, last_, pred_}; }
    /// True when no entry matches.
    [[nodiscard]] constexpr bool empty() const { return begin() == end(); }

private:
    foundation_model const* first_;  // the table, as pointers: no std::span class in the filter's layout
    foundation_model const* last_;
    Pred pred_;
};

/** The entries of `table` (default: the built-in catalog) for which `pred(model)` is true.

    `Pred` must be copyable and default constructible (a captureless lambda or a small function object).

    @par Example
    @code
    constexpr auto embeddings = bedrock::filter_models([](auto const& m) { return m.is_embedding(); });
    static_assert(std::ranges::distance(embeddings) == 10);
    @endcode
*/
template <class Pred, int I = 0>
[[nodiscard]] constexpr model_filter<Pred> filter_models(
    Pred pred, std::span<detail::dependent_t<foundation_model const, I>> table = catalog) {
    return model_filter<Pred>(table, pred);
}

namespace detail {
struct has_capability {
    capability flags = capability::none;
    constexpr bool operator()(foundation_model const& m) const noexcept { return has(m.capabilities, flags); }
};
struct has_provider {
    std::string_view provider;
    constexpr bool operator()(foundation_model const& m) const noexcept { return m.provider == provider; }
};
struct has_provider_and_capability {
    std::string_view provider;
    capability flags = capability::none;
    constexpr bool operator()(foundation_model const& m) const noexcept {
        return m.provider == provider && has(m.capabilities, flags);
    }
};
} // namespace detail

/** The entries that have every capability in `flags` (a `model_filter<detail::has_capability>`).

    @par Example
    @code
    static_assert(std::ranges::distance(bedrock::models_with(bedrock::capability::legacy)) == 4);
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto models_with(capability flags,
                                         std::span<detail::dependent_t<foundation_model const, I>> table = catalog) noexcept {
    return model_filter<detail::dependent_t<detail::has_capability, I>>(table, detail::has_capability{flags});
}

/** The cross-region capable entries: the models a system-defined cross-region profile can be made from (a
    `model_filter<detail::has_capability>`).

    @par Example
    @code
    static_assert(std::ranges::distance(bedrock::cross_region_models()) == 33);
    for (bedrock::foundation_model const& m : bedrock::cross_region_models()) { (void)m.id; }
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto cross_region_models(
    std::span<detail::dependent_t<foundation_model const, I>> table = catalog) noexcept {
    return model_filter<detail::dependent_t<detail::has_capability, I>>(table, detail::has_capability{capability::cross_region});
}

/** The entries of one provider (the id's part before the first `.`, e.g. `anthropic`): a
    `model_filter<detail::has_provider>`.

    @par Example
    @code
    static_assert(std::ranges::distance(bedrock::models_by_provider("cohere")) == 12);  // 2 reference members, 10 aws-cdk-lib ids
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto models_by_provider(
    std::string_view provider, std::span<detail::dependent_t<foundation_model const, I>> table = catalog) noexcept {
    return model_filter<detail::dependent_t<detail::has_provider, I>>(table, detail::has_provider{provider});
}

/** The entries of one provider that have every capability in `flags`, e.g. every cross-region capable
    Anthropic model (a `model_filter<detail::has_provider_and_capability>`).

    @par Example
    @code
    constexpr auto r = bedrock::models_by_provider("anthropic", bedrock::capability::cross_region);
    static_assert(std::ranges::all_of(r, [](auto const& m) { return m.supports_cross_region(); }));
    @endcode
*/
template <int I = 0>
[[nodiscard]] constexpr auto models_by_provider(std::string_view provider, capability flags,
                                                std::span<detail::dependent_t<foundation_model const, I>> table = catalog) noexcept {
    return model_filter<detail::dependent_t<detail::has_provider_and_capability, I>>(
        table, detail::has_provider_and_capability{provider, flags});
}

} // namespace bedrock

/// Iterators of a model_filter do not dangle when the range object is gone.
template <class Pred>
inline constexpr bool std::ranges::enable_borrowed_range<bedrock::model_filter<Pred>> = true;

#endif // BEDROCK_CATALOG_HPP
