// Instruction counts of the JSON writer for valgrind --tool=callgrind (docs/performance.md, "Instruction
// counts"): writes the benchmark's ListInferenceProfiles response (bench_ratios' generator, 1,000 summaries)
// N times with one of three paths, so that (count at N=2) - (count at N=1) is the exact cost of one document:
//
//   writer  serialize_document (the direct writer, bedrock/json/writer.hpp)
//   dom     format_json(to_json_value(x)): what serialize_document did before the writer
//   boost   boost::json::serialize of the DOM of the same text (the baseline of the ratio table)
//
// Not built by CMake (the benchmarks/*.cpp glob is for Google Benchmark programs); the command is in
// docs/performance.md.
#include <bedrock/json/api.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "../ratios/response_generator.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fputs("usage: callgrind_serialize writer|dom|boost N\n", stderr);
        return 2;
    }
    std::string_view const path = argv[1];
    int const n = std::atoi(argv[2]);
    auto const doc = bench::response_generator{}.with_summaries(1000);
    auto const typed = bedrock::parse_document<bedrock::list_inference_profiles_response>(doc).value();
    auto const dom = boost::json::parse(doc);
    std::size_t sink = 0;
    for (int i = 0; i < n; ++i) {
        std::string s;
        if (path == "writer") s = bedrock::serialize_document(typed);
        else if (path == "dom") s = bedrock::format_json(bedrock::to_json_value(typed), bedrock::json_layout::compact);
        else if (path == "boost") s = boost::json::serialize(dom);
        else return 2;
        sink += s.size();
    }
    std::printf("%zu\n", sink);
    return 0;
}
