#ifndef BEDROCK_DETAIL_ARN_FAST_HPP
#define BEDROCK_DETAIL_ARN_FAST_HPP

/** @file
    The one-pass split of `parse_bedrock_arn` (`<bedrock/bedrock_arn.hpp>`): walks an ARN once, left to right,
    checking every part as it splits (fixed texts as words, the region and account by their classes, the kind by
    one hash, the common ids by their grammar) and says where the parts are. It only decides "valid": on `false`
    the exact engine runs and finds the code and offset.

    The tables are variable templates named through `dependent_t<..., I>` by the `template <int I = 0>` functions
    that read them, which call each other as `f<I>(...)`: a TU that parses nothing constant-evaluates no table
    (issue 9, `<bedrock/profiles.hpp>` compile time); the code is the same.

    Two walks that accept the same ARNs: `split_bedrock_arn_scalar` (constexpr, a byte or a word per step: the
    constant-evaluation path and the reference) and, where the compiler has vector extensions,
    `split_bedrock_arn_vector` (16 bytes per step, run time only). `tests/unit/bedrock_arn_fast_path.cpp` checks
    both against the exact engine on every table row and every single-byte mutation. */

#include <bedrock/arn.hpp>
#include <bedrock/detail/arn_scan.hpp>
#include <bedrock/detail/chars.hpp>
#include <bedrock/detail/dependent.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/model_id.hpp>
#include <bedrock/partition.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/resource_kind.hpp>

#include <array>        // std::array (colon positions)
#include <bit>          // std::countr_zero (the vector walk's masks)
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint32_t, std::uint64_t
#include <optional>     // std::optional (the profile's geo)
#include <string_view>  // std::string_view
#include <type_traits>  // std::is_constant_evaluated

namespace bedrock::detail {

/// How much of the resource id the split has checked.
enum class arn_id_check : std::uint8_t {
    unchecked, ///< the kind's grammar still has to run (`check_kind_id`)
    plain,     ///< checked; the id has no typed parts (the `[a-z0-9]{12}` ids)
    model,     ///< checked; the model id runs from `model_at` to the end (with `geo` for a profile)
};

/// Where the parts of an ARN are, as the one-pass split found them (positions are bytes of the ARN).
struct arn_split {
    std::array<std::uint32_t, 4> colons{};                  ///< the `:` after partition, service, region, account
    std::uint32_t id_at = 0;                                 ///< the resource id (after `<type>/`)
    std::uint32_t model_at = 0;                              ///< the model id of a `model` id
    partition part = partition::aws;                         ///< the partition
    resource_kind kind = resource_kind::foundation_model;    ///< the resource type
    arn_id_check id = arn_id_check::unchecked;               ///< what is left to check of the id
    std::optional<bedrock::geo> geo;                         ///< an inference profile's geo
};

/// Whether `p` starts with @ref arn_prefix (the caller checked that four bytes are there): one word comparison.
constexpr bool has_arn_prefix(char const* p) noexcept {
    static_assert(arn_prefix.size() == 4);
    return load4(p) == load4(arn_prefix.data());
}

/// The account the split found: empty, 12 digits or `aws` (as an @ref account_rule that admits it).
template <int I = 0>
constexpr bool account_fits(account_rule found, resource_kind kind) noexcept {
    auto const rule = account_rule_of(kind);
    return found == rule || (found == account_rule::twelve_digits && rule == account_rule::twelve_digits_or_aws);
}

/// The type `p[from, slash)`: its kind, a `std::optional<resource_kind>`, when it is a kind's spelling (one hash, one compare).
template <int I = 0>
constexpr auto kind_at(char const* p, std::size_t from, std::size_t slash) noexcept {
    using optional = std::optional<dependent_t<resource_kind, I>>;
    std::string_view const type(p + from, slash - from);
    if (type.empty()) return optional();
    auto const slot = resource_kind_slots[resource_kind_slot(type)];
    if (slot == 0) return optional();
    auto const name = wire_names<resource_kind>::names[slot - 1u];
    if (name.size() != type.size() || !equal_bytes(name.data(), type.data(), type.size())) return optional();
    return optional(static_cast<resource_kind>(slot - 1u));
}

/// Sets `f.part`, `f.colons[0..1]` and `sagemaker` from `s` (>= 8 bytes, `arn:` checked); false if not fast-path ones.
template <int I = 0>
constexpr bool split_partition_service(std::string_view s, arn_split& f, bool& sagemaker) noexcept {
    std::size_t const n = s.size();
    char const* const p = s.data();
    std::size_t c0 = 7;
    if (!has_text(p + 4, "aws:")) {
        c0 = 4;
        while (c0 < n && p[c0] != ':') ++c0;
        if (c0 == n) return false;
        auto const known = find_partition(slice(s, 4, c0 - 4));
        if (known == partition::unknown) return false;
        f.part = known;
    }
    if (n - c0 > 8 && has_text(p + c0 + 1, "bedrock:")) {
        f.colons[1] = static_cast<std::uint32_t>(c0 + 8);
        sagemaker = false;
    } else if (n - c0 > 10 && has_text(p + c0 + 1, "sagemaker:")) {
        f.colons[1] = static_cast<std::uint32_t>(c0 + 10);
        sagemaker = true;
    } else {
        return false;
    }
    f.colons[0] = static_cast<std::uint32_t>(c0);
    return true;
}

/// The kind's service, partition, account and region rules; `region_ok`: the region is empty or in the partition.
template <int I = 0>
constexpr bool kind_rules_hold(arn_split const& f, bool sagemaker, account_rule account, bool region_empty,
                               bool region_ok) noexcept {
    if (sagemaker != (f.kind == resource_kind::sagemaker_endpoint) || (sagemaker && f.part != partition::aws)) return false;
    if (!account_fits<I>(account, f.kind)) return false;
    switch (region_rule_of(f.kind)) {
    case region_rule::required: return !region_empty && region_ok;
    case region_rule::empty_allowed: return region_ok;
    case region_rule::empty: return region_empty;
    }
    return false;
}

/// The split a byte or word per step, constexpr: the reference walk (address: `&split_bedrock_arn_scalar<>`).
template <int I = 0>
constexpr bool split_bedrock_arn_scalar(std::string_view s, arn_split& f) noexcept {
    std::size_t const n = s.size();
    char const* const p = s.data();
    if (n > max_arn_size || n < 8 || !has_arn_prefix(p)) return false;
    bool sagemaker = false;
    if (!split_partition_service<I>(s, f, sagemaker)) return false;
    std::size_t const c1 = f.colons[1];
    // region: [a-z0-9-]{0,20}, noting its dashes (positions relative to the region)
    std::size_t c2 = c1 + 1;
    region_dashes dashes;
    for (; c2 < n && segment_chars(p[c2]); ++c2) {
        if (p[c2] != '-') continue;
        if (dashes.count++ == 0) dashes.first = c2 - c1 - 1;
        dashes.last = c2 - c1 - 1;
    }
    if (c2 == n || p[c2] != ':' || c2 - c1 - 1 > 20) return false;
    // account: empty, 12 digits or `aws`
    std::size_t c3 = c2 + 1;
    account_rule account = account_rule::empty;
    if (n - c3 > 13 && all_in_class(p + c3, 12, digit_chars) && p[c3 + 12] == ':') {
        c3 += 12;
        account = account_rule::twelve_digits;
    } else if (n - c3 > 4 && has_text(p + c3, "aws:")) {
        c3 += 3;
        account = account_rule::twelve_digits_or_aws;
    } else if (c3 == n || p[c3] != ':') {
        return false;
    }
    // type: the resource up to its first `/`, which must be a kind's spelling (that comparison checks its bytes)
    std::size_t const slash = find_byte(p, c3 + 1, n, '/');
    if (slash == n) return false;
    auto const kind = kind_at<I>(p, c3 + 1, slash);
    if (!kind) return false;
    f.kind = *kind;
    auto const region = slice(s, c1 + 1, c2 - c1 - 1);
    if (!kind_rules_hold<I>(f, sagemaker, account, region.empty(), region.empty() || region_in_partition(f.part, region, dashes)))
        return false;
    if (slash + 1 == n) return false;
    f.colons[2] = static_cast<std::uint32_t>(c2);
    f.colons[3] = static_cast<std::uint32_t>(c3);
    f.id_at = static_cast<std::uint32_t>(slash + 1);
    // the id, by the kind's grammar: the common kinds here, the others by the engine's checkers afterwards
    std::size_t const id_size = n - slash - 1;
    if (f.kind == resource_kind::foundation_model) {
        if (id_size > max_model_id_size) return false;
        auto const head = model_id_g1_head(p, slash + 1, n);
        if (head == 0 || find_geo(slice(s, slash + 1, head - slash - 1))) return false;
        f.model_at = f.id_at;
        f.id = arn_id_check::model;
    } else if (f.kind == resource_kind::inference_profile) {
        if (id_size > max_profile_id_size) return false;
        std::size_t dot = slash + 1;
        while (dot < n && p[dot] != '.') ++dot;
        if (dot == n) return false;
        f.geo = find_geo(slice(s, slash + 1, dot - slash - 1));
        if (!f.geo || partition_of(*f.geo) != f.part) return false;
        auto const head = model_id_g1_head(p, dot + 1, n);
        if (head == 0 || find_geo(slice(s, dot + 1, head - dot - 1))) return false;
        f.model_at = static_cast<std::uint32_t>(dot + 1);
        f.id = arn_id_check::model;
    } else if (id_rule_of(f.kind) == id_rule::twelve_lower_alnum) {
        if (id_size != 12 || !all_in_class(p + slash + 1, 12, lower_alnum_chars)) return false;
        f.id = arn_id_check::plain;
    }
    return true;
}

#if BEDROCK_DETAIL_VECTOR_SCAN
namespace vector {
/// @ref detail::load8 as one load (GCC may leave the constexpr one out of line); the vector walk is little-endian.
[[gnu::always_inline]] inline std::uint64_t load8(char const* p) noexcept {
    std::uint64_t w;
    __builtin_memcpy(&w, p, 8);
    return w;
}
} // namespace vector

/** A perfect hash of the regions listed for the `aws` partition (`partition_table[0]`), built at compile time: a
    region's key is its first eight bytes XOR its last eight, its slot `(key * multiplier) >> 56`; `regions[slot]` is
    the region and its `:` as two words (zero-padded; an empty slot is zero), so one 16-byte compare decides. Every
    listed region has 8 to 15 bytes. */
struct aws_region_table {
    std::uint64_t multiplier = 0;
    std::uint64_t regions[256][2] = {};
};

/// The key of the region `p[0, size)` (8 <= size <= 16): its first eight bytes XOR its last eight.
constexpr std::uint64_t aws_region_key(char const* p, std::size_t size) noexcept {
    return load8(p) ^ load8(p + size - 8);
}

// The tables below are built by plain loops over raw arrays: each call constant evaluation makes costs every TU.

/// The first odd multiplier (of a fixed sequence) giving the `count` keys distinct `(key * multiplier) >> 56`, or 0.
constexpr std::uint64_t perfect_multiplier(std::uint64_t const* keys, std::size_t count) noexcept {
    for (std::uint64_t m = 0x9E37'79B9'7F4A'7C15u, step = 0; step < 1000; ++step, m += 0x6A09'E667'F3BC'C90Au) {
        std::uint64_t used[4] = {}; // one bit per slot
        std::size_t k = 0;
        for (; k < count; ++k) {
            auto const slot = (keys[k] * m) >> 56;
            if ((used[slot >> 6] >> (slot & 63) & 1u) != 0) break;
            used[slot >> 6] |= std::uint64_t{1} << (slot & 63);
        }
        if (k == count) return m;
    }
    return 0;
}

/// The table, as a variable template of its type (@ref aws_region_table, named through `dependent_t`).
template <class Table>
inline constexpr Table aws_region_hash = [] {
    constexpr string_list listed = partition_table[0].regions; // the aws partition's listed regions
    constexpr std::size_t count = listed.count;
    std::uint64_t keys[count] = {};
    std::uint64_t words[count][2] = {}; // the region and its `:`
    for (std::size_t r = 0; r < count; ++r) {
        char const* const text = listed[r].data();
        std::size_t const size = listed[r].size();
        if (size < 8 || size > 15) return Table{}; // the static_assert of aws_listed_region names it
        for (std::size_t i = 0; i <= size; ++i) {
            auto const byte = static_cast<unsigned char>(i < size ? text[i] : ':');
            words[r][i / 8] |= std::uint64_t{byte} << (8 * (i % 8));
        }
        for (std::size_t i = 0; i < 8; ++i)
            keys[r] |= std::uint64_t{static_cast<unsigned char>(text[i] ^ text[size - 8 + i])} << (8 * i);
    }
    Table t;
    t.multiplier = perfect_multiplier(keys, count);
    for (std::size_t r = 0; r < count && t.multiplier != 0; ++r)
        for (std::size_t w = 0; w < 2; ++w) t.regions[(keys[r] * t.multiplier) >> 56][w] = words[r][w];
    return t;
}();

/** Whether the region `p[0, size)` (0 < size < 16, followed by its `:`; `window` = the 16 bytes at `p`; the 8 bytes
    before `p` are inside the ARN) is one that the `aws` partition lists: one hash of two loads, one 16-byte compare
    of the region and its `:`. A `false` is not final: regions matched only by the regionRegex are not listed. */
template <int I = 0>
[[gnu::always_inline]] inline bool aws_listed_region(char const* p, unsigned size, vector::u8x16 window) noexcept {
    constexpr auto const& hash = aws_region_hash<dependent_t<aws_region_table, I>>;
    static_assert(hash.multiplier != 0,
                  "the aws partition lists a region of under 8 or over 15 bytes, or no multiplier gives every listed "
                  "region its own slot: detail::aws_region_hash needs another key");
    std::uint64_t const key = vector::load8(p) ^ vector::load8(p + size - 8); // aws_region_key, inlined
    auto const& slot = hash.regions[(key * hash.multiplier) >> 56];
    unsigned const want = (2u << size) - 1; // the region and its `:`
    return (vector::movemask(window == vector::load16(reinterpret_cast<char const*>(slot))) & want) == want;
}

/// The type of @ref geo_words: a word per geo.
using geo_word_array = std::array<std::uint64_t, wire_names<geo>::names.size()>;

/// Each geo's spelling as a word (zero-padded, the length in the top byte): a variable template of @ref geo_word_array.
template <class Words>
inline constexpr Words geo_words = [] {
    constexpr auto const& names = wire_names<geo>::names;
    static_assert(longest_geo_size < 8);
    Words w{};
    for (std::size_t g = 0; g < names.size(); ++g) {
        w[g] = std::uint64_t{names[g].size()} << 56;
        for (std::size_t k = 0; k < names[g].size(); ++k) w[g] |= std::uint64_t{static_cast<unsigned char>(names[g][k])} << (8 * k);
    }
    return w;
}();

/// A perfect hash of @ref geo_words: `slots[(word * multiplier) >> 59]` is 1 + the geo of that word, or 0.
struct geo_word_hash {
    std::uint64_t multiplier = 0;
    std::uint8_t slots[32] = {};
};
/// The hash of `geo_words<Words>` (`Words`: @ref geo_word_array, named through `dependent_t`).
template <class Words>
inline constexpr geo_word_hash geo_hash = [] {
    constexpr auto const& geo_words = detail::geo_words<Words>;
    // the first odd multiplier of a fixed sequence that gives every geo its own slot (found in a few steps)
    for (std::uint64_t k = 0x9E37'79B9'7F4A'7C15u, step = 0; step < 1000; ++step, k += 0x6A09'E667'F3BC'C90Au) {
        geo_word_hash h;
        h.multiplier = k;
        bool distinct = true;
        for (std::size_t g = 0; g < geo_words.size() && distinct; ++g) {
            auto& slot = h.slots[(geo_words[g] * k) >> 59];
            distinct = slot == 0;
            slot = static_cast<std::uint8_t>(g + 1);
        }
        if (distinct) return h;
    }
    return geo_word_hash{};
}();

/// @ref find_geo of `p[i, i + size)` inside `p[0, n)`: one word load, one hash and one compare.
template <int I = 0>
[[gnu::always_inline]] inline std::optional<geo> find_geo_at(char const* p, std::size_t i, std::size_t size, std::size_t n) noexcept {
    constexpr auto const& geo_words = detail::geo_words<dependent_t<geo_word_array, I>>;
    constexpr auto const& geo_hash = detail::geo_hash<dependent_t<geo_word_array, I>>;
    static_assert(geo_hash.multiplier != 0, "no multiplier in the sequence gives every geo its own slot");
    if (size > longest_geo_size) return std::nullopt;
    if (n - i < 8) return find_geo(std::string_view(p + i, size));
    std::uint64_t const w = (vector::load8(p + i) & ((std::uint64_t{1} << (8 * size)) - 1)) | std::uint64_t{size} << 56;
    auto const slot = geo_hash.slots[(w * geo_hash.multiplier) >> 59];
    if (slot == 0 || geo_words[slot - 1u] != w) return std::nullopt;
    return static_cast<geo>(slot - 1u);
}

/// The type of @ref kind_slash_tails: 48 bytes per kind.
using kind_tail_array = std::array<std::array<char, 48>, wire_names<resource_kind>::names.size()>;

/// Each kind's spelling and `/`, right-aligned in 48 zero bytes (compared with the bytes that end at the ARN's `/`):
/// a variable template of its type (@ref kind_tail_array, named through `dependent_t`).
template <class Tails>
inline constexpr Tails kind_slash_tails = [] {
    constexpr auto const& names = wire_names<resource_kind>::names;
    Tails t{};
    for (auto name : names)
        if (name.size() + 1 > 48) return t; // all zero: the static_assert of guess_kind names it
    for (std::size_t k = 0; k < names.size(); ++k) {
        std::size_t const at = 47 - names[k].size();
        for (std::size_t i = 0; i < names[k].size(); ++i) t[k][at + i] = names[k][i];
        t[k][47] = '/';
    }
    return t;
}();

/** Whether the spelling of kind `k` and its `/` end at `p[slash]` (`slash` - the spelling's size >= 16, so that the
    windows that end at the `/` stay inside the ARN; always so in the vector walk): the bytes that end at the `/`
    against the kind's right-aligned spelling `tail` (`kind_slash_tails<...>[k]`), 16 per compare. */
[[gnu::always_inline]] inline bool spelled_before(char const* p, std::size_t slash, std::size_t k, char const* tail) noexcept {
    char const* const end = p + slash + 1;
    auto const lanes = [tail, end](unsigned w) {
        return vector::movemask(vector::load16(end - 16 * (w + 1)) == vector::load16(tail + 48 - 16 * (w + 1)));
    };
    auto const size = static_cast<unsigned>(wire_names<resource_kind>::names[k].size()) + 1; // with the `/`
    unsigned const need = (0xFFFFu << (15 - (size - 1) % 16)) & 0xFFFFu; // the bytes of the last (partial) window
    if (size <= 16) return (lanes(0) & need) == need;
    if (size <= 32) return (lanes(0) & (lanes(1) | ~need)) == 0xFFFFu;
    return (lanes(0) & lanes(1) & (lanes(2) | ~need)) == 0xFFFFu;
}

/** @ref kind_at (a `std::optional<resource_kind>`) for `p[from, slash)`, `p[slash] == '/'`, `from >= 16` (@ref spelled_before):
    one hash, then the bytes that end at the `/` against the kind's right-aligned spelling. */
template <int I = 0>
[[gnu::always_inline]] inline auto kind_before_slash(char const* p, std::size_t from, std::size_t slash) noexcept {
    using optional = std::optional<dependent_t<resource_kind, I>>;
    std::string_view const type(p + from, slash - from);
    if (type.empty()) return optional();
    auto const slot = resource_kind_slots[resource_kind_slot(type)];
    if (slot == 0 || wire_names<resource_kind>::names[slot - 1u].size() != type.size()) return optional();
    constexpr auto const& tails = kind_slash_tails<dependent_t<kind_tail_array, I>>;
    static_assert(tails[0][47] == '/', "a kind's spelling and its `/` have more than 48 bytes");
    if (!spelled_before(p, slash, slot - 1u, tails[slot - 1u].data())) return optional();
    return optional(static_cast<resource_kind>(slot - 1u));
}

/** The kind guessed from a resource's first eight bytes, for spellings of eight bytes or more with their `/` (built
    from the kinds table): `words[slot]` is a spelling's first word and `kinds[slot]` its kind, for `slot = (word *
    multiplier) >> 56`. A shared first word (`guardrail/`, `guardrail-profile/`) goes to the first kind; an empty slot
    is zero, which only eight zero bytes match, and then the whole spelling does not. */
struct kind_guess_table {
    std::uint64_t multiplier = 0;
    std::uint64_t words[256] = {};
    std::uint8_t kinds[256] = {};
};

/// The first eight bytes of a kind's spelling and its `/` (a spelling of 7 bytes or more) as a word (see @ref load8).
constexpr std::uint64_t kind_guess_word(std::string_view name) noexcept {
    std::uint64_t w = 0;
    for (std::size_t i = 0; i < 8; ++i) w |= std::uint64_t{static_cast<unsigned char>(i < name.size() ? name[i] : '/')} << (8 * i);
    return w;
}

/// The table, as a variable template of its type (@ref kind_guess_table, named through `dependent_t`).
template <class Table>
inline constexpr Table kind_guess = [] {
    constexpr auto const& names = wire_names<resource_kind>::names;
    // the distinct first words (a word shared by several spellings once: the first kind keeps it)
    std::uint64_t words[names.size()] = {};
    std::uint8_t kinds[names.size()] = {};
    std::size_t count = 0;
    for (std::size_t k = 0; k < names.size(); ++k) {
        char const* const text = names[k].data();
        std::size_t const size = names[k].size();
        if (size < 7) continue;
        std::uint64_t w = 0;
        for (std::size_t i = 0; i < 8; ++i) w |= std::uint64_t{static_cast<unsigned char>(i < size ? text[i] : '/')} << (8 * i);
        std::size_t i = 0;
        while (i < count && words[i] != w) ++i;
        if (i < count) continue;
        words[count] = w;
        kinds[count++] = static_cast<std::uint8_t>(k);
    }
    Table t;
    t.multiplier = count == 0 ? 0 : perfect_multiplier(words, count);
    if (t.multiplier == 0) return t;
    for (std::size_t i = 0; i < count; ++i) {
        auto const slot = (words[i] * t.multiplier) >> 56;
        t.words[slot] = words[i];
        t.kinds[slot] = kinds[i];
    }
    return t;
}();

/** The kind whose spelling and `/` start the resource at `from` (`from >= 16`, `n - from >= 8`), guessed from its
    first word and checked by @ref spelled_before: the position of that `/` (with `kind` set), or 0 when the guess is
    wrong (then the first `/` and @ref kind_before_slash decide; no spelling has a `/`). */
template <int I = 0>
[[gnu::always_inline]] inline std::size_t guess_kind(char const* p, std::size_t from, std::size_t n, resource_kind& kind) noexcept {
    constexpr auto const& kind_guess = detail::kind_guess<dependent_t<kind_guess_table, I>>;
    static_assert(kind_guess.multiplier != 0, "no multiplier gives every first word of the kinds' spellings its own slot");
    std::uint64_t const w = vector::load8(p + from);
    auto const slot = static_cast<std::size_t>((w * kind_guess.multiplier) >> 56);
    if (kind_guess.words[slot] != w) return 0;
    std::size_t const k = kind_guess.kinds[slot];
    std::size_t const slash = from + wire_names<resource_kind>::names[k].size();
    constexpr auto const& tails = kind_slash_tails<dependent_t<kind_tail_array, I>>;
    static_assert(tails[0][47] == '/', "a kind's spelling and its `/` have more than 48 bytes");
    if (slash >= n || !spelled_before(p, slash, k, tails[k].data())) return 0;
    kind = static_cast<resource_kind>(k);
    return slash;
}

/// The common start of a Bedrock ARN, `arn:aws:bedrock:` (partition `aws`, service `bedrock`): one 16-byte compare.
inline constexpr char aws_bedrock_start[] = "arn:aws:bedrock:";
static_assert(sizeof aws_bedrock_start == 17);

/// The bytes of `v` in [lo, lo + count) (count < 128) as lanes: a signed compare of the bytes moved to start at -128
/// (two operations; SSE2 has no unsigned byte compare).
template <unsigned char lo, unsigned char count>
[[gnu::always_inline]] inline vector::c8x16 in_range(vector::u8x16 v) noexcept {
    typedef signed char s8x16 __attribute__((vector_size(16)));
    static_assert(count < 128);
    return (vector::c8x16)((s8x16)(v + static_cast<unsigned char>(0x80 - lo)) < static_cast<signed char>(count - 128));
}

/// `[a-z0-9-]` (@ref segment_chars), one bit per byte: @ref vector::segment_mask in five vector operations.
[[gnu::always_inline]] inline unsigned segment_bits(vector::u8x16 v) noexcept {
    return vector::movemask(in_range<'a', 26>(v) | in_range<'0', 10>(v) | (vector::c8x16)(v == '-'));
}

/// `[a-z0-9-]`, `.` and `:` of the 16 bytes `v`, or'd into `m` at bit `at` (inlined: `at` is then a constant).
[[gnu::always_inline]] inline void add_id_window(id_masks& m, vector::u8x16 v, unsigned at) noexcept {
    m.seg |= std::uint64_t{segment_bits(v)} << at;
    m.dot |= std::uint64_t{vector::byte_mask(v, '.')} << at;
    m.colon |= std::uint64_t{vector::byte_mask(v, ':')} << at;
}

/** The @ref id_masks of the last `size` bytes of `p[0, n)` (1 <= size <= 64; bit k = byte n - size + k), from 16-byte
    windows that end at `n` (the bytes before the id fall off). Needs `n >= size + 15`, true of an ARN's id. */
[[gnu::always_inline]] inline id_masks tail_masks(char const* p, std::size_t n, unsigned size) noexcept {
    id_masks m;
    char const* const end = p + n;
    switch ((size - 1) / 16) {
    case 3: add_id_window(m, vector::load16(end - 64), 0); [[fallthrough]];
    case 2: add_id_window(m, vector::load16(end - 48), 16); [[fallthrough]];
    case 1: add_id_window(m, vector::load16(end - 32), 32); [[fallthrough]];
    default: add_id_window(m, vector::load16(end - 16), 48);
    }
    unsigned const drop = 64 - size;
    return {m.seg >> drop, m.dot >> drop, m.colon >> drop};
}

/** @ref split_bedrock_arn_scalar 16 bytes per step (run time only): `arn:aws:bedrock:` by one compare, region and
    account each from one window, a listed `aws` region by @ref aws_listed_region, the kind by @ref guess_kind (else
    the `/` 16 bytes at a time and @ref kind_before_slash), ids up to 64 bytes as masks of windows ending at the end.
    Accepts exactly what the scalar split accepts, with the same parts; leaves ARNs under 32 bytes, regions of 16
    bytes or more, parts too near the end for a window and model ids over 64 bytes to the scalar walks. */
template <int I = 0>
inline bool split_bedrock_arn_vector(std::string_view s, arn_split& f) noexcept {
    std::size_t const n = s.size();
    char const* const p = s.data();
    if (n > max_arn_size || n < 32) return split_bedrock_arn_scalar<I>(s, f);
    bool sagemaker = false;
    std::size_t r0 = 16; // the region
    if (vector::movemask(vector::load16(p) == vector::load16(aws_bedrock_start)) == 0xFFFFu) {
        f.part = partition::aws;
        f.colons[0] = 7;
        f.colons[1] = 15;
    } else {
        if (!has_arn_prefix(p) || !split_partition_service<I>(s, f, sagemaker)) return false;
        r0 = f.colons[1] + std::size_t{1};
        if (n - r0 < 16) return split_bedrock_arn_scalar<I>(s, f);
    }
    // region: its length is the run of segment bytes, then a `:`
    auto const rv = vector::load16(p + r0);
    auto const region_size = static_cast<unsigned>(std::countr_zero(~segment_bits(rv)));
    if (region_size == 16) return split_bedrock_arn_scalar<I>(s, f); // 16 bytes or more: rare, let the scalar walk decide
    if ((vector::byte_mask(rv, ':') >> region_size & 1u) == 0) return false;
    std::size_t const c2 = r0 + region_size;
    // account: empty, 12 digits or `aws`, from one window at its start
    std::size_t c3 = c2 + 1;
    if (n - c3 < 16) return split_bedrock_arn_scalar<I>(s, f);
    account_rule account = account_rule::empty;
    {
        auto const av = vector::load16(p + c3);
        unsigned const colons = vector::byte_mask(av, ':');
        if (((vector::digit_mask(av) & 0xFFFu) | (colons & 0x1000u)) == 0x1FFFu) {
            c3 += 12;
            account = account_rule::twelve_digits;
        } else if (has_text(p + c3, "aws:")) {
            c3 += 3;
            account = account_rule::twelve_digits_or_aws;
        } else if ((colons & 1u) == 0) {
            return false;
        }
    }
    // type: the kind guessed from the resource's first word, else the type up to the first `/` (16 bytes per step)
    std::size_t slash = n - c3 > 8 ? guess_kind<I>(p, c3 + 1, n, f.kind) : 0;
    if (slash == 0) {
        for (slash = c3 + 1;; slash += 16) {
            if (n - slash < 16) {
                if (slash >= n) return false;
                auto const tw = vector::load16_within(p, slash, n);
                unsigned const slashes = vector::byte_mask(tw.bytes, '/') >> tw.shift;
                if (slashes == 0) return false;
                slash += static_cast<std::size_t>(std::countr_zero(slashes));
                break;
            }
            if (unsigned const slashes = vector::byte_mask(vector::load16(p + slash), '/'); slashes != 0) {
                slash += static_cast<std::size_t>(std::countr_zero(slashes));
                break;
            }
        }
        auto const kind = kind_before_slash<I>(p, c3 + 1, slash);
        if (!kind) return false;
        f.kind = *kind;
    }
    // a listed `aws` region by its hash; any other (another partition's, or regex-only) by the scalar walk's lookup
    bool const region_ok = region_size == 0 || (f.part == partition::aws && aws_listed_region<I>(p + r0, region_size, rv)) ||
                           partition_of_region(slice(s, r0, region_size)) == f.part;
    if (!kind_rules_hold<I>(f, sagemaker, account, region_size == 0, region_ok)) return false;
    if (slash + 1 == n) return false;
    f.colons[2] = static_cast<std::uint32_t>(c2);
    f.colons[3] = static_cast<std::uint32_t>(c3);
    f.id_at = static_cast<std::uint32_t>(slash + 1);
    std::size_t const id_size = n - slash - 1;
    if (f.kind == resource_kind::foundation_model || f.kind == resource_kind::inference_profile) {
        bool const profile = f.kind == resource_kind::inference_profile;
        if (id_size > 64) { // long ids: the scalar walk (a model id may have 140 bytes, a profile id 64)
            if (profile || id_size > max_model_id_size) return false;
            auto const head = model_id_g1_head(p, slash + 1, n);
            if (head == 0 || find_geo(slice(s, slash + 1, head - slash - 1))) return false;
            f.model_at = f.id_at;
            f.id = arn_id_check::model;
            return true;
        }
        auto const size = static_cast<unsigned>(id_size);
        auto const m = tail_masks(p, n, size);
        unsigned from = 0;
        if (profile) {
            if (m.dot == 0) return false;
            from = static_cast<unsigned>(std::countr_zero(m.dot)) + 1;
            f.geo = find_geo_at<I>(p, slash + 1, from - 1, n);
            if (!f.geo || partition_of(*f.geo) != f.part) return false;
        }
        auto const head = g1_head_in_masks(m, from, size);
        if (head == 0 || find_geo_at<I>(p, slash + 1 + from, head - from, n)) return false;
        f.model_at = static_cast<std::uint32_t>(slash + 1 + from);
        f.id = arn_id_check::model;
    } else if (id_rule_of(f.kind) == id_rule::twelve_lower_alnum) {
        if (id_size != 12 || (vector::lower_alnum_mask(vector::load16(p + n - 16)) >> 4) != 0xFFFu) return false;
        f.id = arn_id_check::plain;
    }
    return true;
}
#endif

/// The one-pass split: the vector walk at run time where there is one, the scalar walk otherwise.
template <int I = 0>
constexpr bool split_bedrock_arn(std::string_view s, arn_split& f) noexcept {
#if BEDROCK_DETAIL_VECTOR_SCAN
    if (!std::is_constant_evaluated()) return split_bedrock_arn_vector<I>(s, f);
#endif
    return split_bedrock_arn_scalar<I>(s, f);
}

} // namespace bedrock::detail

#endif // BEDROCK_DETAIL_ARN_FAST_HPP
