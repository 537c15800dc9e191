// The alternative a user would otherwise write: std::regex with AWS's own patterns (the Bedrock service model),
// against the library's scanners on the same inputs. Both answer the same question (is this string a
// valid <shape>?); std::regex is compiled once, outside the timed loop, so only matching is measured.
// Run: build/gcc/benchmarks/bench_vs_regex   (numbers in docs/performance.md)
#include <bedrock/shape.hpp>

#include <benchmark/benchmark.h>

#include <regex>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view fm_arn = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0";
constexpr std::string_view profile_arn =
    "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0";
constexpr std::string_view name = "Claude Sonnet cost center 42";

// Verbatim botocore patterns (the Bedrock service model), applied as a full match.
char const* const fm_arn_pattern =
    R"(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})";
char const* const profile_arn_pattern =
    R"(arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{0,20}):(|[0-9]{12}):(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)";
char const* const name_pattern = R"(([0-9a-zA-Z][ _-]?)+)";

void run_regex(benchmark::State& state, char const* pattern, std::string_view input) {
    std::regex const re(pattern, std::regex::ECMAScript | std::regex::optimize);
    std::string const s(input);
    for (auto _ : state) {
        bool ok = std::regex_match(s, re);
        benchmark::DoNotOptimize(ok);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * input.size()));
}

void run_scanner(benchmark::State& state, bedrock::shape sh, std::string_view input) {
    for (auto _ : state) {
        auto e = bedrock::check_syntax(sh, input);
        benchmark::DoNotOptimize(e);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * input.size()));
}

void std_regex_foundation_model_arn(benchmark::State& s) { run_regex(s, fm_arn_pattern, fm_arn); }
void scanner_foundation_model_arn(benchmark::State& s) { run_scanner(s, bedrock::shape::foundation_model_arn, fm_arn); }
void std_regex_inference_profile_arn(benchmark::State& s) { run_regex(s, profile_arn_pattern, profile_arn); }
void scanner_inference_profile_arn(benchmark::State& s) { run_scanner(s, bedrock::shape::inference_profile_arn, profile_arn); }
void std_regex_inference_profile_name(benchmark::State& s) { run_regex(s, name_pattern, name); }
void scanner_inference_profile_name(benchmark::State& s) { run_scanner(s, bedrock::shape::inference_profile_name, name); }

BENCHMARK(std_regex_foundation_model_arn);
BENCHMARK(scanner_foundation_model_arn);
BENCHMARK(std_regex_inference_profile_arn);
BENCHMARK(scanner_inference_profile_arn);
BENCHMARK(std_regex_inference_profile_name);
BENCHMARK(scanner_inference_profile_name);

} // namespace
