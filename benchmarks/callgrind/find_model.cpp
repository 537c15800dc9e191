// Instruction counts of find_model(id) against the perfect-hash baseline, for valgrind --tool=callgrind
// (docs/performance.md, "The catalog lookup"): looks up the same keys as bench_ratios' catalog rows N times,
// so that (count at N=2) - (count at N=1) divided by the number of keys is the exact cost of one lookup:
//
//   library hits|misses N   bedrock::find_model(id) on each distinct catalog id, or on its near-miss
//   hash hits|misses N      bench::perfect_hash<…>::find on the same keys (benchmarks/ratios/perfect_hash.hpp)
//
// The keys are copies (std::string), built as bench_ratios builds them. Not built by CMake; the command is in
// docs/performance.md.
#include <bedrock/catalog.hpp>

#include "../ratios/perfect_hash.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace {

template <class Lookup>
[[gnu::noinline]] void run(std::vector<std::string> const& keys, int n, Lookup lookup) {
    for (int i = 0; i < n; ++i)
        for (auto const& k : keys) {
            auto const* m = lookup(k);
            asm volatile("" : : "r,m"(m) : "memory"); // bench::keep
        }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fputs("usage: callgrind_find_model library|hash hits|misses N\n", stderr);
        return 2;
    }
    std::string_view const path = argv[1], set = argv[2];
    std::vector<std::pair<std::string_view, bedrock::foundation_model const*>> entries;
    std::unordered_set<std::string_view> seen;
    for (auto const& m : bedrock::catalog)
        if (seen.insert(m.id).second) entries.emplace_back(m.id, &m);
    bench::perfect_hash<bedrock::foundation_model const*> const ph(entries);
    std::vector<std::string> hits, misses;
    for (auto const& [id, m] : entries) {
        hits.emplace_back(id);
        misses.push_back(std::string(id.size() % 2 ? "us." : "") + std::string(id) + (id.size() % 2 ? "" : "-v9"));
    }
    auto const& keys = set == "hits" ? hits : misses;
    int const n = std::atoi(argv[3]);
    if (path == "library") run(keys, n, [](std::string const& k) { return bedrock::find_model(k); });
    else if (path == "hash") run(keys, n, [&ph](std::string const& k) { return ph.find(k, nullptr); });
    else return 2;
    std::printf("%zu keys\n", keys.size());
}
