// The perfect-hash baseline for find_model: what a generated perfect hash over the catalog's ids costs.
//
// Built at start-up from the current catalog (so it can never be stale): the key of an id mixes its
// length with three unaligned 8-byte loads (first, middle, last 8 bytes); a multiplicative seed is searched
// until every distinct id lands in its own slot of a power-of-two table (at least 4 slots per id). A lookup
// is one key computation, one multiply-shift, one table load and one comparison of the stored id, as in a
// gperf-style generated table. Building it fails loudly if two ids share a key.
#ifndef BEDROCK_BENCHMARKS_RATIOS_PERFECT_HASH_HPP
#define BEDROCK_BENCHMARKS_RATIOS_PERFECT_HASH_HPP

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bench {

template <class Value>
class perfect_hash {
public:
    /// `entries`: distinct keys and their values.
    explicit perfect_hash(std::vector<std::pair<std::string_view, Value>> const& entries) {
        for (std::size_t i = 0; i < entries.size(); ++i)
            for (std::size_t j = i + 1; j < entries.size(); ++j)
                if (key_of(entries[i].first) == key_of(entries[j].first))
                    throw std::runtime_error("perfect_hash: two ids share their length and first, middle and last bytes");
        unsigned bits = 2;
        while ((std::size_t{1} << bits) < 4 * entries.size()) ++bits;
        shift_ = 64 - bits;
        for (std::uint64_t attempt = 1; attempt < (1u << 22); ++attempt) {
            seed_ = (attempt * 0x9E3779B97F4A7C15u) | 1u;
            slots_.assign(std::size_t{1} << bits, slot{});
            bool ok = true;
            for (auto const& [k, v] : entries) {
                auto& s = slots_[index(k)];
                if (!s.key.empty()) {
                    ok = false;
                    break;
                }
                s = slot{k, v};
            }
            if (ok) return;
        }
        throw std::runtime_error("perfect_hash: no seed found");
    }

    /// The value of `key`, or `missing` when absent.
    [[nodiscard]] Value find(std::string_view key, Value missing) const noexcept {
        auto const& s = slots_[index(key)];
        return s.key == key ? s.value : missing;
    }

    [[nodiscard]] std::size_t table_size() const noexcept { return slots_.size(); }

private:
    struct slot {
        std::string_view key{};
        Value value{};
    };

    static std::uint64_t load8(char const* p, std::size_t avail) noexcept {
        std::uint64_t v = 0;
        std::memcpy(&v, p, avail < 8 ? avail : 8);
        return v;
    }
    static std::uint64_t key_of(std::string_view s) noexcept {
        auto const n = s.size();
        if (n <= 8) return load8(s.data(), n) ^ (n << 56);
        auto const first = load8(s.data(), 8);
        auto const mid = load8(s.data() + n / 2 - 4, 8);
        auto const last = load8(s.data() + n - 8, 8);
        return first ^ (mid * 0xC2B2AE3D27D4EB4Fu) ^ ((last ^ n) * 0x165667B19E3779F9u);
    }
    [[nodiscard]] std::size_t index(std::string_view s) const noexcept {
        return static_cast<std::size_t>((key_of(s) * seed_) >> shift_);
    }

    std::vector<slot> slots_;
    std::uint64_t seed_ = 1;
    unsigned shift_ = 63;
};

} // namespace bench

#endif // BEDROCK_BENCHMARKS_RATIOS_PERFECT_HASH_HPP
