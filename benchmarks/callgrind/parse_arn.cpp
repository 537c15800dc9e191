// Instruction counts of the ARN parsers for valgrind --tool=callgrind or perf stat (docs/performance.md,
// "Identifiers"): parses the ARNs of benchmarks/data/arns.tsv (the inputs of bench_ratios' identifier rows)
// N times each with one of three paths, so that (count at N=2000) - (count at N=1000), divided by 1000 and by
// the number of ARNs, is the exact cost of one ARN:
//
//   bedrock  bedrock::parse_bedrock_arn (split and every Bedrock rule)
//   generic  bedrock::parse_arn (split only)
//   sum      the byte-sum scan of the same bytes (the floor of the ratio table)
//
// Not built by CMake (the benchmarks/*.cpp glob is for Google Benchmark programs); the command is in
// docs/performance.md.
#include <bedrock/bedrock_arn.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fputs("usage: callgrind_parse_arn bedrock|generic|sum N benchmarks/data/arns.tsv\n", stderr);
        return 2;
    }
    std::string_view const path = argv[1];
    long const n = std::atol(argv[2]);
    std::vector<std::string> arns;
    std::ifstream in(argv[3]);
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#') arns.push_back(line.substr(line.find('\t') + 1));
    if (arns.empty()) return 2;
    for (auto const& a : arns)
        if (!bedrock::parse_bedrock_arn(a)) return 3;
    int const mode = path == "bedrock" ? 0 : path == "generic" ? 1 : path == "sum" ? 2 : -1;
    if (mode < 0) return 2;
    unsigned long sink = 0;
    for (long i = 0; i < n; ++i)
        for (auto const& a : arns) {
            if (mode == 0) {
                auto r = bedrock::parse_bedrock_arn(a);
                asm volatile("" : : "r,m"(r) : "memory");
            } else if (mode == 1) {
                auto r = bedrock::parse_arn(a);
                asm volatile("" : : "r,m"(r) : "memory");
            } else {
                unsigned sum = 0;
                for (unsigned char c : a) {
                    sum += c;
                    asm("" : "+r"(sum));
                }
                sink += sum;
            }
        }
    std::printf("%lu\n", sink);
    return 0;
}
