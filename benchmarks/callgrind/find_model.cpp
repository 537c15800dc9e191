// Instruction counts of find_model(id) for valgrind --tool=callgrind (docs/performance.md, "Where every target
// stands after session 8"): looks up every catalog id N times, or, with `miss`, every id with its last byte
// changed (x ^ 1: mostly ids no model has; a few are other versions that exist), so that
// (count at N=200) - (count at N=100) divided by 100 x the catalog size is the exact cost of one lookup:
//
//   find_model N        hits
//   find_model N miss   near-misses
//
// Not built by CMake; the command is in docs/performance.md.
#include <bedrock/catalog.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: find_model N [miss]\n");
        return 2;
    }
    int const rounds = std::atoi(argv[1]);
    bool const miss = argc > 2 && std::string_view(argv[2]) == "miss";
    std::vector<std::string> ids;
    for (auto const& m : bedrock::catalog) {
        std::string id(m.id);
        if (miss) id.back() = static_cast<char>(id.back() ^ 1);
        ids.push_back(std::move(id));
    }
    std::size_t found = 0;
    for (int r = 0; r < rounds; ++r)
        for (auto const& id : ids) {
            auto const* p = bedrock::find_model(std::string_view(id));
            found += p != nullptr;
            asm volatile("" : : "r"(p) : "memory"); // keep every lookup
        }
    std::printf("%zu found of %zu ids x %d\n", found, ids.size(), rounds);
}
