// Instruction counts of classify_model_identifier for valgrind --tool=callgrind (docs/performance.md,
// "classify_model_identifier"): classifies every line of one identifier file N times, or sums its bytes N
// times (the byte-sum scan that bench_ratios uses as the baseline), so that (count at N=2) - (count at N=1)
// divided by the number of lines is the exact cost of one identifier:
//
//   classify FILE N   bedrock::classify_model_identifier on each line (no catalog predicate, as bench_ratios)
//   scan FILE N       the byte-sum scan of the same bytes
//
// Lines starting with `#` are comments. Not built by CMake; the command is in docs/performance.md.
#include <bedrock/classify.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

unsigned sink;

[[gnu::noinline]] void classify_all(std::vector<std::string> const& lines, int n) {
    for (int i = 0; i < n; ++i)
        for (auto const& s : lines) {
            auto const c = bedrock::classify_model_identifier(s);
            sink += static_cast<unsigned>(c.kind) + c.error.offset;
        }
}

[[gnu::noinline]] void scan_all(std::vector<std::string> const& lines, int n) {
    for (int i = 0; i < n; ++i)
        for (auto const& s : lines) {
            unsigned sum = 0;
            for (unsigned char c : s) {
                sum += c;
                asm("" : "+r"(sum)); // as bench_ratios: one add per byte, not vectorised
            }
            sink += sum;
        }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fputs("usage: callgrind_classify classify|scan FILE N\n", stderr);
        return 2;
    }
    std::string_view const path = argv[1];
    std::vector<std::string> lines;
    std::ifstream in(argv[2]);
    for (std::string l; std::getline(in, l);)
        if (!l.empty() && l[0] != '#') lines.push_back(l);
    int const n = std::atoi(argv[3]);
    if (path == "classify") classify_all(lines, n);
    else if (path == "scan") scan_all(lines, n);
    else return 2;
    std::printf("%zu lines, checksum %u\n", lines.size(), sink);
}
