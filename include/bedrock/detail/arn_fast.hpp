#ifndef BEDROCK_DETAIL_ARN_FAST_HPP
#define BEDROCK_DETAIL_ARN_FAST_HPP

/** @file
    The one-pass split of `parse_bedrock_arn` (`<bedrock/bedrock_arn.hpp>`): walks an ARN once, left to right,
    checking every part as it splits (fixed texts as words, the region and account by their classes, the kind by
    one hash, the common ids by their grammar) and says where the parts are. It only decides "valid": on `false`
    the exact engine runs and finds the code and offset.

    Two walks that accept the same ARNs: `split_bedrock_arn_scalar` (constexpr, a byte or a word per step: the
    constant-evaluation path and the reference) and, where the compiler has vector extensions,
    `split_bedrock_arn_vector` (16 bytes per step, run time only). `tests/unit/bedrock_arn_fast_path.cpp` checks
    both against the exact engine on every table row and every single-byte mutation.
*/

#include <bedrock/arn.hpp>
#include <bedrock/detail/arn_scan.hpp>
#include <bedrock/detail/chars.hpp>
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
constexpr bool account_fits(account_rule found, resource_kind kind) noexcept {
    auto const rule = account_rule_of(kind);
    return found == rule || (found == account_rule::twelve_digits && rule == account_rule::twelve_digits_or_aws);
}

/// The type `p[from, slash)`: its kind when it is a kind's spelling (one hash and one word-wise comparison).
constexpr std::optional<resource_kind> kind_at(char const* p, std::size_t from, std::size_t slash) noexcept {
    std::string_view const type(p + from, slash - from);
    if (type.empty()) return std::nullopt;
    auto const slot = resource_kind_slots[resource_kind_slot(type)];
    if (slot == 0) return std::nullopt;
    auto const name = wire_names<resource_kind>::names[slot - 1u];
    if (name.size() != type.size() || !equal_bytes(name.data(), type.data(), type.size())) return std::nullopt;
    return static_cast<resource_kind>(slot - 1u);
}

/// The partition and service of `s` (at least 8 bytes, `arn:` checked): sets `f.part`, `f.colons[0..1]` and
/// `sagemaker`; false when either is not one the fast path accepts.
constexpr bool split_partition_service(std::string_view s, arn_split& f, bool& sagemaker) noexcept {
    std::size_t const n = s.size();
    char const* const p = s.data();
    std::size_t c0 = 7;
    if (!has_text(p + 4, "aws:")) {
        c0 = 4;
        while (c0 < n && p[c0] != ':') ++c0;
        if (c0 == n) return false;
        auto const known = parse_partition(slice(s, 4, c0 - 4));
        if (!known) return false;
        f.part = *known;
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

/// The kind's service, partition, account and region rules; `region_ok`: the region (`[a-z0-9-]{0,20}`) is empty
/// or belongs to the partition.
constexpr bool kind_rules_hold(arn_split const& f, bool sagemaker, account_rule account, bool region_empty,
                               bool region_ok) noexcept {
    if (sagemaker != (f.kind == resource_kind::sagemaker_endpoint) || (sagemaker && f.part != partition::aws)) return false;
    if (!account_fits(account, f.kind)) return false;
    switch (region_rule_of(f.kind)) {
    case region_rule::required: return !region_empty && region_ok;
    case region_rule::empty_allowed: return region_ok;
    case region_rule::empty: return region_empty;
    }
    return false;
}

/** The split written a byte or a word per step, constexpr: the constant-evaluation path of
    @ref split_bedrock_arn and the reference of the vector walk. */
constexpr bool split_bedrock_arn_scalar(std::string_view s, arn_split& f) noexcept {
    std::size_t const n = s.size();
    char const* const p = s.data();
    if (n > max_arn_size || n < 8 || !has_arn_prefix(p)) return false;
    bool sagemaker = false;
    if (!split_partition_service(s, f, sagemaker)) return false;
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
    auto const kind = kind_at(p, c3 + 1, slash);
    if (!kind) return false;
    f.kind = *kind;
    auto const region = slice(s, c1 + 1, c2 - c1 - 1);
    if (!kind_rules_hold(f, sagemaker, account, region.empty(), region.empty() || region_in_partition(f.part, region, dashes)))
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
/// Bit `c1 & 31` of word `c0 & 31`: the two-letter prefixes `<c0><c1>-` of the `aws` regionRegex; `valid` is false
/// when a prefix has another form (then @ref aws_region_prefix compares them one by one).
struct two_letter_prefixes {
    std::array<std::uint32_t, 32> rows{};
    bool valid = true;
};
inline constexpr two_letter_prefixes aws_two_letter_prefixes = [] {
    two_letter_prefixes t;
    for (auto prefix : partition_table[0].region_prefixes) {
        if (prefix.size() != 3 || !lower_chars(prefix[0]) || !lower_chars(prefix[1]) || prefix[2] != '-') t.valid = false;
        else t.rows[static_cast<unsigned char>(prefix[0]) & 31u] |= 1u << (static_cast<unsigned char>(prefix[1]) & 31u);
    }
    return t;
}();

/// Whether the region `p` starts with an `aws` regionRegex prefix that ends at its first dash (at `first`).
inline bool aws_region_prefix(char const* p, unsigned first) noexcept {
    if (aws_two_letter_prefixes.valid) {
        auto const c0 = static_cast<unsigned char>(p[0]), c1 = static_cast<unsigned char>(p[1]);
        // a region is [a-z0-9-]: the letters are the bytes from `a` on, and `& 31` tells them apart
        return first == 2 && c0 >= 'a' && c1 >= 'a' && (aws_two_letter_prefixes.rows[c0 & 31u] >> (c1 & 31u) & 1u) != 0;
    }
    for (auto prefix : partition_table[0].region_prefixes)
        if (prefix.size() == first + 1 && equal_bytes(p, prefix.data(), prefix.size())) return true;
    return false;
}

/// Whether the region `p[0, size)` (`[a-z0-9-]`, 0 < size < 16, dashes and digits as masks) fully matches the
/// `aws` partition's regionRegex (what @ref matches_aws_region_regex decides, here with masks).
inline bool matches_aws_region_regex(char const* p, unsigned size, unsigned dashes, unsigned digits) noexcept {
    unsigned const second = dashes & (dashes - 1);
    if (second == 0 || (second & (second - 1)) != 0) return false; // exactly two dashes
    auto const first = static_cast<unsigned>(std::countr_zero(dashes));
    auto const last = static_cast<unsigned>(std::countr_zero(second));
    if (last <= first + 1 || last + 1 >= size) return false;
    unsigned const tail = ((1u << size) - 1) & ~((2u << last) - 1); // the bytes after the last dash
    return (digits & tail) == tail && aws_region_prefix(p, first);
}

/// The geos' spellings as words: the bytes zero-padded, the length in the top byte (spellings have at most 7 bytes).
inline constexpr auto geo_words = [] {
    constexpr auto const& names = wire_names<geo>::names;
    static_assert(longest_geo_size < 8);
    std::array<std::uint64_t, names.size()> w{};
    for (std::size_t g = 0; g < names.size(); ++g) {
        w[g] = std::uint64_t{names[g].size()} << 56;
        for (std::size_t k = 0; k < names[g].size(); ++k) w[g] |= std::uint64_t{static_cast<unsigned char>(names[g][k])} << (8 * k);
    }
    return w;
}();

/** Whether the region `p[0, size)` (`[a-z0-9-]`, 0 < size < 16; its dashes and digits as masks) fully matches the
    `aws` partition's regionRegex: what @ref matches_aws_region_regex decides, in one expression without branches
    when every `aws` prefix is two letters and a dash (the 2-letter bitmap). */
[[gnu::always_inline]] inline bool aws_region_bits(char const* p, unsigned size, unsigned dashes, unsigned digits) noexcept {
    if constexpr (!aws_two_letter_prefixes.valid) {
        return matches_aws_region_regex(p, size, dashes, digits);
    } else {
        unsigned const rest = dashes & ~4u; // a dash at 2 (after the prefix's two letters), and exactly one more
        auto const last = static_cast<unsigned>(std::countr_zero(rest | 0x8000u));
        unsigned const tail = ((1u << size) - 1) & ~((2u << last) - 1); // the bytes after the last dash: digits
        auto const c0 = static_cast<unsigned char>(p[0]), c1 = static_cast<unsigned char>(p[1]);
        return ((dashes >> 2 & 1u) != 0) & (rest != 0) & ((rest & (rest - 1)) == 0) & (last >= 4) & (last + 1 < size) &
               ((digits & tail) == tail) & (((digits | dashes) & 3u) == 0) & // bytes 0 and 1 are letters
               ((aws_two_letter_prefixes.rows[c0 & 31u] >> (c1 & 31u) & 1u) != 0);
    }
}

/// A perfect hash of @ref geo_words: `slots[(word * multiplier) >> 59]` is 1 + the geo of that word, or 0.
struct geo_word_hash {
    std::uint64_t multiplier = 0;
    std::array<std::uint8_t, 32> slots{};
};
inline constexpr geo_word_hash geo_hash = [] {
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
static_assert(geo_hash.multiplier != 0, "no multiplier in the sequence gives every geo its own slot");

/// @ref find_geo of `p[i, i + size)` inside `p[0, n)`: one word load, one hash and one compare.
[[gnu::always_inline]] inline std::optional<geo> find_geo_at(char const* p, std::size_t i, std::size_t size, std::size_t n) noexcept {
    if (size > longest_geo_size) return std::nullopt;
    if (n - i < 8) return find_geo(std::string_view(p + i, size));
    std::uint64_t const w = (load8(p + i) & ((std::uint64_t{1} << (8 * size)) - 1)) | std::uint64_t{size} << 56;
    auto const slot = geo_hash.slots[(w * geo_hash.multiplier) >> 59];
    if (slot == 0 || geo_words[slot - 1u] != w) return std::nullopt;
    return static_cast<geo>(slot - 1u);
}

/// Each kind's spelling and its `/`, right-aligned in 48 zero bytes: compared with the 16 to 48 bytes that end at
/// the ARN's `/`.
inline constexpr auto kind_slash_tails = [] {
    constexpr auto const& names = wire_names<resource_kind>::names;
    std::array<std::array<char, 48>, names.size()> t{};
    for (std::size_t k = 0; k < names.size(); ++k) {
        std::size_t const at = 47 - names[k].size();
        for (std::size_t i = 0; i < names[k].size(); ++i) t[k][at + i] = names[k][i];
        t[k][47] = '/';
    }
    return t;
}();
static_assert([] {
    for (auto name : wire_names<resource_kind>::names)
        if (name.size() + 1 > 48) return false;
    return true;
}());

/** @ref kind_at for the type `p[from, slash)` with `p[slash] == '/'` and `from >= 16` (so that the windows that end
    at the `/` stay inside the ARN; always so in the vector walk): one hash, then the bytes that end at the `/`
    against the kind's right-aligned spelling, 16 per compare. */
[[gnu::always_inline]] inline std::optional<resource_kind> kind_before_slash(char const* p, std::size_t from,
                                                                            std::size_t slash) noexcept {
    std::string_view const type(p + from, slash - from);
    if (type.empty()) return std::nullopt;
    auto const slot = resource_kind_slots[resource_kind_slot(type)];
    if (slot == 0 || wire_names<resource_kind>::names[slot - 1u].size() != type.size()) return std::nullopt;
    char const* const tail = kind_slash_tails[slot - 1u].data();
    char const* const end = p + slash + 1;
    auto const lanes = [tail, end](unsigned k) {
        return vector::movemask(vector::load16(end - 16 * (k + 1)) == vector::load16(tail + 48 - 16 * (k + 1)));
    };
    auto const size = static_cast<unsigned>(type.size()) + 1; // with the `/`
    unsigned const need = (0xFFFFu << (15 - (size - 1) % 16)) & 0xFFFFu; // the bytes of the last (partial) window
    bool same;
    if (size <= 16) same = (lanes(0) & need) == need;
    else if (size <= 32) same = (lanes(0) & (lanes(1) | ~need)) == 0xFFFFu;
    else same = (lanes(0) & lanes(1) & (lanes(2) | ~need)) == 0xFFFFu;
    if (!same) return std::nullopt;
    return static_cast<resource_kind>(slot - 1u);
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
    windows that end at `n` (no window moved or shifted: the bytes before the id fall off the bottom). Needs
    `n >= size + 15`: an ARN has more than 15 bytes before its resource id. */
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

/** @ref split_bedrock_arn_scalar 16 bytes per step (run time only): `arn:aws:bedrock:` by one compare, the region
    and the account each from one window loaded where the part starts, the `/` after the type 16 bytes at a time,
    and ids of up to 64 bytes as three masks from windows that end at the ARN's end. Accepts exactly what the
    scalar split accepts, with the same parts; it hands ARNs shorter than 32 bytes, regions of 16 bytes or more,
    parts too close to the end for a whole window and model ids over 64 bytes to the scalar walks. */
inline bool split_bedrock_arn_vector(std::string_view s, arn_split& f) noexcept {
    std::size_t const n = s.size();
    char const* const p = s.data();
    if (n > max_arn_size || n < 32) return split_bedrock_arn_scalar(s, f);
    bool sagemaker = false;
    std::size_t r0 = 16; // the region
    if (vector::movemask(vector::load16(p) == vector::load16(aws_bedrock_start)) == 0xFFFFu) {
        f.part = partition::aws;
        f.colons[0] = 7;
        f.colons[1] = 15;
    } else {
        if (!has_arn_prefix(p) || !split_partition_service(s, f, sagemaker)) return false;
        r0 = f.colons[1] + std::size_t{1};
        if (n - r0 < 16) return split_bedrock_arn_scalar(s, f);
    }
    // region: its length is the run of segment bytes, then a `:`
    auto const rv = vector::load16(p + r0);
    auto const region_size = static_cast<unsigned>(std::countr_zero(~segment_bits(rv)));
    if (region_size == 16) return split_bedrock_arn_scalar(s, f); // 16 bytes or more: rare, let the scalar walk decide
    if ((vector::byte_mask(rv, ':') >> region_size & 1u) == 0) return false;
    std::size_t const c2 = r0 + region_size;
    // account: empty, 12 digits or `aws`, from one window at its start
    std::size_t c3 = c2 + 1;
    if (n - c3 < 16) return split_bedrock_arn_scalar(s, f);
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
    // type: up to the first `/` (16 bytes per step, the last window moved back to end at `n`)
    std::size_t slash = c3 + 1;
    for (;; slash += 16) {
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
    auto const kind = kind_before_slash(p, c3 + 1, slash);
    if (!kind) return false;
    f.kind = *kind;
    bool const region_ok =
        region_size == 0 ||
        (f.part == partition::aws &&
         aws_region_bits(p + r0, region_size, vector::byte_mask(rv, '-') & ((1u << region_size) - 1), vector::digit_mask(rv))) ||
        partition_of_region(slice(s, r0, region_size)) == f.part;
    if (!kind_rules_hold(f, sagemaker, account, region_size == 0, region_ok)) return false;
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
            f.geo = find_geo_at(p, slash + 1, from - 1, n);
            if (!f.geo || partition_of(*f.geo) != f.part) return false;
        }
        auto const head = g1_head_in_masks(m, from, size);
        if (head == 0 || find_geo_at(p, slash + 1 + from, head - from, n)) return false;
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
constexpr bool split_bedrock_arn(std::string_view s, arn_split& f) noexcept {
#if BEDROCK_DETAIL_VECTOR_SCAN
    if (!std::is_constant_evaluated()) return split_bedrock_arn_vector(s, f);
#endif
    return split_bedrock_arn_scalar(s, f);
}

} // namespace bedrock::detail

#endif // BEDROCK_DETAIL_ARN_FAST_HPP
