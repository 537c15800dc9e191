// Instruction counts of the JSON reader for valgrind --tool=callgrind (docs/performance.md, "The JSON
// reader"): reads the benchmark's ListInferenceProfiles response (bench_ratios' generator, 1,000 summaries)
// N times with one of three paths, so that (count at N=2) - (count at N=1) is the exact cost of one document:
//
//   stream  parse_document = read_document (one pass, no DOM; bedrock/json/stream_reader.hpp)
//   dom     parse_json + from_json_value: what parse_document did before (the exact engine)
//   boost   boost::json::parse of the same text (the baseline of the ratio table)
//
// Not built by CMake (the benchmarks/*.cpp glob is for Google Benchmark programs); the command is in
// docs/performance.md.
#include <bedrock/json/api.hpp>

#include <boost/json/parse.hpp>

#include "../ratios/response_generator.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fputs("usage: callgrind_parse stream|dom|boost N\n", stderr);
        return 2;
    }
    std::string_view const path = argv[1];
    int const n = std::atoi(argv[2]);
    auto const doc = bench::response_generator{}.with_summaries(1000);
    using list = bedrock::list_inference_profiles_response;
    std::size_t sink = 0;
    for (int i = 0; i < n; ++i) {
        if (path == "stream") {
            auto r = bedrock::parse_document<list>(doc);
            sink += r ? r->inference_profile_summaries->size() : 0;
        } else if (path == "dom") {
            auto v = bedrock::parse_json(doc);
            auto r = bedrock::from_json_value<list>(*v);
            sink += r ? r->inference_profile_summaries->size() : 0;
        } else if (path == "boost") {
            auto v = boost::json::parse(doc);
            sink += v.as_object().size();
        } else {
            return 2;
        }
    }
    std::printf("%zu\n", sink);
    return 0;
}
