#ifndef BEDROCK_DETAIL_ARN_SCAN_HPP
#define BEDROCK_DETAIL_ARN_SCAN_HPP

/** @file
    The pieces of the one-pass ARN parser of `parse_bedrock_arn` (`<bedrock/bedrock_arn.hpp>`): word-at-a-time
    loads and comparisons, class runs eight bytes per step (the 256-entry tables of `detail/chars.hpp`), the G1
    model-id walk that also finds the provider, and the region and geo checks that avoid substrings. Each only
    decides "valid"; the exact engines still find every error's code and offset.

    Words are built from bytes with shifts (byte k in bits 8k..8k+7), which compilers turn into one load and which
    stay usable in constant evaluation. Nothing here reads outside [p, p + n).
*/

#include <bedrock/detail/chars.hpp>
#include <bedrock/geo.hpp>
#include <bedrock/partition.hpp>

#include <bit>          // std::countr_zero, std::popcount, std::bit_width (the masks of the word and vector scans)
#include <cstddef>      // std::size_t
#include <cstdint>      // std::uint32_t, std::uint64_t
#include <optional>     // std::optional (find_geo)
#include <string_view>  // std::string_view
#include <type_traits>  // std::is_constant_evaluated (the vector scans run at run time only)

/// 1 where the one-pass parsers may classify 16 bytes per step with GCC/clang vector extensions (little-endian
/// GCC-compatible compilers; SSE2's `pmovmskb` where present, a portable multiply otherwise), else 0.
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define BEDROCK_DETAIL_VECTOR_SCAN 1
#else
#define BEDROCK_DETAIL_VECTOR_SCAN 0
#endif

namespace bedrock::detail {

/// The eight bytes at `p` as one word, byte k in bits 8k..8k+7 whatever the byte order (compilers make it one load).
constexpr std::uint64_t load8(char const* p) noexcept {
    auto const b = [p](unsigned k) { return std::uint64_t{static_cast<unsigned char>(p[k])} << (8 * k); };
    return b(0) | b(1) | b(2) | b(3) | b(4) | b(5) | b(6) | b(7);
}

#if BEDROCK_DETAIL_VECTOR_SCAN
namespace vector {
inline bool equal_bytes16(char const* a, char const* b, std::size_t n) noexcept; // n >= 16, defined below
} // namespace vector
#endif

/// Whether the `n` bytes at `a` and `b` are equal: a word at a time, the last word overlapping (n >= 8); at run time
/// 16 bytes at a time from 16 bytes on.
constexpr bool equal_bytes(char const* a, char const* b, std::size_t n) noexcept {
#if BEDROCK_DETAIL_VECTOR_SCAN
    if (!std::is_constant_evaluated() && n >= 16) return vector::equal_bytes16(a, b, n);
#endif
    if (n < 8) {
        for (std::size_t k = 0; k < n; ++k)
            if (a[k] != b[k]) return false;
        return true;
    }
    std::uint64_t diff = load8(a + n - 8) ^ load8(b + n - 8);
    for (std::size_t k = 0; k + 8 < n; k += 8) diff |= load8(a + k) ^ load8(b + k);
    return diff == 0;
}

/// `s[from, from + size)` without substr's range check (the parser has checked the positions).
constexpr std::string_view slice(std::string_view s, std::size_t from, std::size_t size) noexcept {
    return std::string_view(s.data() + from, size);
}

/// The four bytes at `p` as one word (see @ref load8).
constexpr std::uint32_t load4(char const* p) noexcept {
    auto const b = [p](unsigned k) { return std::uint32_t{static_cast<unsigned char>(p[k])} << (8 * k); };
    return b(0) | b(1) | b(2) | b(3);
}

/// Whether `p` starts with the N - 1 bytes of `text` (the caller checked that they are there): one word
/// comparison for 4 or 8 bytes.
template <std::size_t N>
constexpr bool has_text(char const* p, char const (&text)[N]) noexcept {
    if constexpr (N - 1 == 8) return load8(p) == load8(text);
    else if constexpr (N - 1 == 4) return load4(p) == load4(text);
    else return equal_bytes(p, text, N - 1);
}

/// The first position at or after `i` (and before `n`) whose byte is `c`, or `n`: a word at a time (a zero-byte
/// test on `word ^ c`), then byte by byte.
constexpr std::size_t find_byte(char const* p, std::size_t i, std::size_t n, char c) noexcept {
    constexpr std::uint64_t ones = 0x0101'0101'0101'0101u;
    constexpr std::uint64_t high = 0x8080'8080'8080'8080u;
    std::uint64_t const pattern = ones * static_cast<unsigned char>(c);
    for (; n - i >= 8; i += 8) {
        std::uint64_t const t = load8(p + i) ^ pattern;
        if (((t - ones) & ~t & high) != 0) break; // some byte of the word is c
    }
    while (i < n && p[i] != c) ++i;
    return i;
}

/// The bytes equal to `c` among the eight at `p`: the high bit of each (exact, no borrow from byte to byte, so every
/// set bit is a hit and the lowest is the first).
constexpr std::uint64_t byte_hits8(char const* p, char c) noexcept {
    constexpr std::uint64_t low7 = 0x7F7F'7F7F'7F7F'7F7Fu;
    std::uint64_t const t = load8(p) ^ (0x0101'0101'0101'0101u * static_cast<unsigned char>(c)); // 0 where p[k] == c
    return ~(((t & low7) + low7) | t | low7);
}

/// @ref find_byte for `s[from, s.size())`, the hit in a word taken from its bit (no byte-by-byte walk to it).
constexpr std::size_t find_byte_in_words(std::string_view s, std::size_t from, char c) noexcept {
    std::size_t const n = s.size();
    for (; n - from >= 8; from += 8)
        if (auto const hits = byte_hits8(s.data() + from, c); hits != 0)
            return from + static_cast<std::size_t>(std::countr_zero(hits)) / 8;
    while (from < n && s[from] != c) ++from;
    return from;
}

/// The first position at or after `i` (and before `n`) whose byte is not in `cs`: eight bytes per step while
/// they are all in the class (one branch per step), then byte by byte.
constexpr std::size_t skip_class(char const* p, std::size_t i, std::size_t n, char_set const& cs) noexcept {
    auto const eight_in = [p, &cs](std::size_t at) {
        unsigned all = 1;
        for (std::size_t k = 0; k < 8; ++k) all &= static_cast<unsigned>(cs(p[at + k]));
        return all != 0;
    };
    while (n - i >= 8 && eight_in(i)) i += 8;
    while (i < n && cs(p[i])) ++i;
    return i;
}

/** G1 (what @ref is_model_id_g1 accepts) in one pass over `p[from..n)`, returning the position of its first `.`,
    or 0 when the text is not G1. Segments are skipped eight bytes at a time; only the separators are looked at one by
    one. Precondition: `from > 0`. */
constexpr std::size_t model_id_g1_head(char const* p, std::size_t from, std::size_t n) noexcept {
    std::size_t i = from;
    std::size_t head = 0;
    unsigned dots = 0;
    unsigned colons = 0;
    while (true) {
        std::size_t const j = skip_class(p, i, n, segment_chars);
        if (j == i || j - i > 63) return 0;
        if (j == n) break;
        if (p[j] == '.') {
            if (colons != 0 || ++dots > 3) return 0;
            if (dots == 1) head = j;
        } else if (p[j] == ':') {
            if (dots == 0 || ++colons > 2) return 0;
        } else {
            return 0;
        }
        i = j + 1;
    }
    return dots == 0 ? 0 : head;
}

/// Whether the `count` bytes at `p` are all in `cs` (no early exit: one branch for the whole field).
constexpr bool all_in_class(char const* p, std::size_t count, char_set const& cs) noexcept {
    bool all = true;
    for (std::size_t k = 0; k < count; ++k) all &= cs(p[k]);
    return all;
}

/// Where the `-` of a region are: how many, the first and the last (found while the region is scanned).
struct region_dashes {
    unsigned count = 0;
    std::size_t first = 0;
    std::size_t last = 0;
};

/** Whether `region`, already `[a-z0-9-]{1,20}` with its dashes at `d`, fully matches the `regionRegex` of the `aws`
    partition, `^(<prefix>)\w+\-\d+$`, for a prefix that ends at the region's first `-`: then (`\w` having no
    `-` and the region no `_`) the rest is `[a-z0-9]+`, the last `-`, and `[0-9]+`. A `true` is what
    @ref matches_region_regex decides; other regions go to the full lookup. */
constexpr bool matches_aws_region_regex(std::string_view region, region_dashes d) noexcept {
    char const* const p = region.data();
    std::size_t const n = region.size();
    if (d.count != 2 || d.last <= d.first + 1 || d.last + 1 >= n) return false;
    for (std::size_t k = d.last + 1; k < n; ++k)
        if (!digit_chars(p[k])) return false;
    for (auto prefix : partition_table[0].region_prefixes)
        if (prefix.size() == d.first + 1 && equal_bytes(p, prefix.data(), prefix.size())) return true;
    return false;
}

/// Whether `region` (already `[a-z0-9-]{1,20}`, dashes at `d`) belongs to `p`, as @ref check_region_in decides it:
/// the `aws` regionRegex first (`aws` is the partition tried first, so its match is final), else the full lookup.
constexpr bool region_in_partition(partition p, std::string_view region, region_dashes d) noexcept {
    if (p == partition::aws && matches_aws_region_regex(region, d)) return true;
    return partition_of_region(region) == p;
}

/// Whether `region` is `[a-z0-9-]{1,20}` and fully matches the `aws` regionRegex: then @ref check_region_in
/// passes for `partition::aws` (`aws` is the partition tried first), without the lookup over every partition.
constexpr bool is_aws_regex_region(std::string_view region) noexcept {
    if (region.empty() || region.size() > 20) return false;
    region_dashes d;
    for (std::size_t k = 0; k < region.size(); ++k) {
        if (!segment_chars(region[k])) return false;
        if (region[k] != '-') continue;
        if (d.count++ == 0) d.first = k;
        d.last = k;
    }
    return matches_aws_region_regex(region, d);
}

/// The length of the longest geo spelling (`global`).
inline constexpr std::size_t longest_geo_size = [] {
    std::size_t longest = 0;
    for (auto name : wire_names<geo>::names) longest = name.size() > longest ? name.size() : longest;
    return longest;
}();

/// @ref parse_geo for the geo prefix of a profile id, comparing bytes in place (`text` is usually short).
constexpr std::optional<geo> find_geo(std::string_view text) noexcept {
    constexpr auto const& names = wire_names<geo>::names;
    if (text.size() > longest_geo_size) return std::nullopt;
    for (std::size_t g = 0; g < names.size(); ++g)
        if (names[g].size() == text.size() && equal_bytes(text.data(), names[g].data(), text.size())) return static_cast<geo>(g);
    return std::nullopt;
}

/** The positions of the separators and segment bytes of up to 64 bytes of text (bit k = byte k), as the vector
    scans find them; bits past the text are 0. */
struct id_masks {
    std::uint64_t seg = 0;    ///< `[a-z0-9-]`
    std::uint64_t dot = 0;    ///< `.`
    std::uint64_t colon = 0;  ///< `:`
};

/** G1 (what @ref is_model_id_g1 accepts) on the bytes [from, size) described by `m` (size <= 64): the position of
    its first `.`, or 0 when the bytes are not G1. The whole check is a few operations on the masks: every byte a
    segment byte or a separator, no separator first, last or next to another, 1..3 dots, at most 2 colons, no dot
    after a colon (a segment cannot exceed 63 bytes in 64 bytes that hold a dot). */
constexpr std::size_t g1_head_in_masks(id_masks const& m, unsigned from, unsigned size) noexcept {
    if (from >= size) return 0;
    std::uint64_t const upto = size == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << size) - 1;
    std::uint64_t const range = upto & ~((std::uint64_t{1} << from) - 1);
    std::uint64_t const dot = m.dot & range;
    std::uint64_t const colon = m.colon & range;
    std::uint64_t const sep = dot | colon;
    std::uint64_t const first_colon = colon & (~colon + 1);
    // counts by clearing the lowest bits (std::popcount is a library call without -mpopcnt)
    auto const without_lowest = [](std::uint64_t x) { return x & (x - 1); };
    bool const one_to_three_dots = dot != 0 && without_lowest(without_lowest(without_lowest(dot))) == 0;
    bool const at_most_two_colons = without_lowest(without_lowest(colon)) == 0;
    if (((m.seg & range) | sep) != range || (sep & ((sep >> 1) | (std::uint64_t{1} << from) | (std::uint64_t{1} << (size - 1)))) != 0 ||
        !one_to_three_dots || !at_most_two_colons || (first_colon != 0 && dot > first_colon))
        return 0;
    return static_cast<std::size_t>(std::countr_zero(dot));
}

/// The 16-bit mask of the high bits of 16 bytes held as two little-endian words (what SSE2's `pmovmskb` does), by
/// one multiply per word: the portable half of @ref vector::movemask, tested on its own.
constexpr unsigned movemask_words(std::uint64_t lo, std::uint64_t hi) noexcept {
    constexpr std::uint64_t high = 0x8080'8080'8080'8080u;
    constexpr std::uint64_t gather = 0x0002'0408'1020'4081u; // byte k's bit 7 lands in bit 56 + k
    return static_cast<unsigned>(((lo & high) * gather) >> 56) | static_cast<unsigned>(((hi & high) * gather) >> 56) << 8;
}

#if BEDROCK_DETAIL_VECTOR_SCAN
/** 16 bytes per step with GCC/clang vector extensions (no header, no target option). Only for run time: the
    callers take these under `!std::is_constant_evaluated()` and keep the scalar scans above as the constexpr path
    and as the reference the tests compare them with. Every load reads 16 bytes inside the text: the caller
    guarantees `n >= 16`, and a load near the end is moved back to end at `n` (@ref load16_within). */
namespace vector {

typedef unsigned char u8x16 __attribute__((vector_size(16)));
typedef char c8x16 __attribute__((vector_size(16)));
typedef unsigned long long u64x2 __attribute__((vector_size(16)));

/// The 16 bytes at `p`.
inline u8x16 load16(char const* p) noexcept {
    u8x16 v;
    __builtin_memcpy(&v, p, 16);
    return v;
}

/// One bit per byte lane of a comparison result (lane k -> bit k).
template <class Lanes>
inline unsigned movemask(Lanes m) noexcept {
#if defined(__SSE2__)
    return static_cast<unsigned>(__builtin_ia32_pmovmskb128((c8x16)m)) & 0xFFFFu;
#else
    u64x2 const w = (u64x2)m;
    return movemask_words(w[0], w[1]);
#endif
}

/// 16 bytes of [p + i, p + n) from `i` on: loaded at `i`, or, within 16 bytes of the end, at `n - 16` with
/// `shift` the bytes before `i` (a mask of it is shifted right by `shift`; bits past `n` are then 0). Needs `n >= 16`.
struct window {
    u8x16 bytes;
    unsigned shift;
};
inline window load16_within(char const* p, std::size_t i, std::size_t n) noexcept {
    std::size_t const at = n - i >= 16 ? i : n - 16;
    return {load16(p + at), static_cast<unsigned>(i - at)};
}

/// @ref equal_bytes for `n >= 16`: 16 bytes per compare, the last 16 overlapping.
inline bool equal_bytes16(char const* a, char const* b, std::size_t n) noexcept {
    // first and last 16 bytes (all of n <= 32 without a loop), then the middle
    unsigned same = movemask(load16(a) == load16(b)) & movemask(load16(a + n - 16) == load16(b + n - 16));
    for (std::size_t k = 16; k + 16 < n; k += 16) same &= movemask(load16(a + k) == load16(b + k));
    return same == 0xFFFFu;
}

/// `[a-z0-9-]` (@ref segment_chars), one bit per byte.
inline unsigned segment_mask(u8x16 v) noexcept {
    return movemask(((u8x16)(v - 'a') < 26) | ((u8x16)(v - '0') < 10) | (v == '-'));
}
/// `[0-9]`, one bit per byte.
inline unsigned digit_mask(u8x16 v) noexcept { return movemask((u8x16)(v - '0') < 10); }
/// `[a-z0-9]` (@ref lower_alnum_chars), one bit per byte.
inline unsigned lower_alnum_mask(u8x16 v) noexcept { return movemask(((u8x16)(v - 'a') < 26) | ((u8x16)(v - '0') < 10)); }
/// The bytes equal to `c`, one bit per byte.
inline unsigned byte_mask(u8x16 v, char c) noexcept { return movemask(v == static_cast<unsigned char>(c)); }

} // namespace vector
#endif

/** @ref is_aws_regex_region of the region `s[from, to)`; at run time, when 16 bytes from `from` are in `s`, its
    class and its dashes from one 16-byte load (the exact engine of `parse_bedrock_arn` on the region it checks). */
constexpr bool is_aws_regex_region_at(std::string_view s, std::size_t from, std::size_t to) noexcept {
#if BEDROCK_DETAIL_VECTOR_SCAN
    if (!std::is_constant_evaluated() && to > from && to - from < 16 && s.size() - from >= 16) {
        auto const v = vector::load16(s.data() + from);
        auto const size = static_cast<unsigned>(to - from);
        unsigned const in = (1u << size) - 1;
        if ((vector::segment_mask(v) & in) != in) return false;
        unsigned const dashes = vector::byte_mask(v, '-') & in;
        region_dashes d; // as is_aws_regex_region counts them
        d.count = static_cast<unsigned>(std::popcount(dashes));
        if (dashes != 0) {
            d.first = static_cast<std::size_t>(std::countr_zero(dashes));
            d.last = static_cast<std::size_t>(std::bit_width(dashes)) - 1;
        }
        return matches_aws_region_regex(slice(s, from, size), d);
    }
#endif
    return is_aws_regex_region(slice(s, from, to - from));
}

// --- classify additions ---

/** The classes of the bytes of a `modelId` string of at most 64 bytes (bit k = byte k; bits past the text are 0):
    what the classifier of `<bedrock/classify.hpp>` decides every non-ARN string from. */
struct identifier_classes {
    std::uint64_t lower_alnum = 0; ///< `[a-z0-9]`
    std::uint64_t dash = 0;        ///< `-`
    std::uint64_t dot = 0;         ///< `.`
    std::uint64_t colon = 0;       ///< `:`
    std::uint64_t upper = 0;       ///< `[A-Z]`
    std::uint64_t underscore = 0;  ///< `_`
};

/// The @ref identifier_classes of `s` (at most 64 bytes) a byte per step: the constexpr path and the reference.
constexpr identifier_classes identifier_classes_scalar(std::string_view s) noexcept {
    identifier_classes m;
    for (std::size_t k = 0; k < s.size() && k < 64; ++k) {
        std::uint64_t const bit = std::uint64_t{1} << k;
        char const c = s[k];
        if (lower_alnum_chars(c)) m.lower_alnum |= bit;
        else if (c == '-') m.dash |= bit;
        else if (c == '.') m.dot |= bit;
        else if (c == ':') m.colon |= bit;
        else if (upper_chars(c)) m.upper |= bit;
        else if (c == '_') m.underscore |= bit;
    }
    return m;
}

#if BEDROCK_DETAIL_VECTOR_SCAN
namespace vector {
/// The window at `q` of [p, p + n) (8 <= n <= 64) as @ref load16_within reads it; a text under 16 bytes is read
/// as two overlapping words, the bytes past `n` zero (in no class).
inline window identifier_window(char const* p, std::size_t q, std::size_t n) noexcept {
    if (n >= 16) return load16_within(p, q, n);
    std::uint64_t words[2];
    __builtin_memcpy(&words[0], p, 8);
    __builtin_memcpy(&words[1], p + n - 8, 8);
    words[1] = n == 8 ? 0 : words[1] >> (8 * (16 - n)); // bytes 8..n-1 of the text, then zeros
    u8x16 v;
    __builtin_memcpy(&v, words, 16);
    return {v, 0};
}

/** Classes of [p, p + n) (8 <= n <= 64) 16 bytes per step (run time only), into `m`: `[a-z0-9]`, `-`, `.` and
    `:`, or with `Names` the two classes only model names need (`[A-Z]`, `_`). */
template <bool Names>
inline void identifier_classes_into(identifier_classes& m, char const* p, std::size_t n) noexcept {
    for (std::size_t q = 0; q < n; q += 16) {
        auto const w = identifier_window(p, q, n);
        auto const put = [&w, q](std::uint64_t& field, unsigned lanes) { field |= std::uint64_t{lanes >> w.shift} << q; };
        u8x16 const v = w.bytes;
        if constexpr (Names) {
            put(m.upper, movemask((u8x16)(v - 'A') < 26));
            put(m.underscore, movemask(v == '_'));
        } else {
            put(m.lower_alnum, movemask(((u8x16)(v - 'a') < 26) | ((u8x16)(v - '0') < 10)));
            put(m.dash, movemask(v == '-'));
            put(m.dot, movemask(v == '.'));
            put(m.colon, movemask(v == ':'));
        }
    }
}
} // namespace vector
#endif

/// The @ref identifier_classes of `s` (at most 64 bytes) that every identifier needs: `lower_alnum`, `dash`, `dot`
/// and `colon` (the vector scan at run time from 8 bytes on; the scalar one, which fills all six, otherwise).
constexpr identifier_classes identifier_classes_of(std::string_view s) noexcept {
#if BEDROCK_DETAIL_VECTOR_SCAN
    if (!std::is_constant_evaluated() && s.size() >= 8 && s.size() <= 64) {
        identifier_classes m;
        vector::identifier_classes_into<false>(m, s.data(), s.size());
        return m;
    }
#endif
    return identifier_classes_scalar(s);
}

/// Adds to `m`, the classes of `s` from @ref identifier_classes_of, the two that only model names need (`upper`,
/// `underscore`).
constexpr void add_name_classes(identifier_classes& m, std::string_view s) noexcept {
#if BEDROCK_DETAIL_VECTOR_SCAN
    if (!std::is_constant_evaluated() && s.size() >= 8 && s.size() <= 64) {
        vector::identifier_classes_into<true>(m, s.data(), s.size());
        return;
    }
#endif
    auto const all = identifier_classes_scalar(s);
    m.upper = all.upper;
    m.underscore = all.underscore;
}

/** What one pass over a non-ARN `modelId` string finds (`<bedrock/classify.hpp>`): whether it has the layout every model and profile
    id has (`seg ("." seg)* (":" seg){0,2}`, every run 1..63 bytes of `[a-z0-9-]`, no `.` after a `:`), and
    where its first two `.` are. */
struct model_identifier_scan {
    bool layout = false;                         ///< the string has the layout above
    std::size_t dots = 0;                        ///< the number of `.`
    std::size_t dot1 = std::string_view::npos;   ///< the first `.`
    std::size_t dot2 = std::string_view::npos;   ///< the second `.`
};

/// `x` without its lowest set bit.
constexpr std::uint64_t without_lowest_bit(std::uint64_t x) noexcept { return x & (x - 1); }
/// The lowest set bit of `x` (0 for 0).
constexpr std::uint64_t lowest_bit(std::uint64_t x) noexcept { return x & (~x + 1); }

/// True when the `n` bytes are exactly 12 of `[a-z0-9]` (the verdict of @ref check_application_profile_id).
constexpr bool is_application_profile_id_in_classes(identifier_classes const& m, std::size_t n) noexcept {
    return n == 12 && m.lower_alnum == 0xFFFu;
}

/// @ref scan_model_identifier's findings for a string of at most 64 bytes, from its classes `m` (a few bit
/// operations: every byte a segment byte or a separator, none first, last or doubled, at most 2 colons, every
/// dot before the first colon and one before it, no 64-byte run); `dot1` is set even when the layout is not.
constexpr model_identifier_scan scan_in_classes(identifier_classes const& m, std::size_t n) noexcept {
    model_identifier_scan r;
    if (m.dot != 0) {
        r.dot1 = static_cast<std::size_t>(std::countr_zero(m.dot));
        auto rest = without_lowest_bit(m.dot);
        if (rest != 0) r.dot2 = static_cast<std::size_t>(std::countr_zero(rest));
        for (r.dots = 1; rest != 0; rest = without_lowest_bit(rest)) ++r.dots;
    }
    if (n == 0) return r;
    std::uint64_t const all = n == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1;
    std::uint64_t const sep = m.dot | m.colon;
    std::uint64_t const first_colon = lowest_bit(m.colon);
    r.layout = (m.lower_alnum | m.dash | sep) == all && (sep & ((sep >> 1) | 1 | (std::uint64_t{1} << (n - 1)))) == 0 &&
               without_lowest_bit(without_lowest_bit(m.colon)) == 0 && (first_colon == 0 || (m.dot != 0 && m.dot < first_colon)) &&
               (n < 64 || sep != 0);
    return r;
}

/// @ref is_model_name from the classes of a string of `n` (1..64) bytes: every byte alphanumeric or `[_-]`, and
/// no `[_-]` first or after another.
constexpr bool is_model_name_in_classes(identifier_classes const& m, std::size_t n) noexcept {
    std::uint64_t const all = n == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1;
    std::uint64_t const separators = m.dash | m.underscore;
    return n != 0 && (m.lower_alnum | m.upper | separators) == all && (separators & ((separators << 1) | 1)) == 0;
}

} // namespace bedrock::detail

#endif // BEDROCK_DETAIL_ARN_SCAN_HPP
