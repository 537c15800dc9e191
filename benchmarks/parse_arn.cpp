// Parsing and checking identifiers: generic ARN split, strict typed Bedrock ARN, the syntax layer of the
// widest runtime shape, profile ids and the classifier. Run: build/benchmarks/bench_parse_arn
#include <bedrock/arn.hpp>
#include <bedrock/classify.hpp>
#include <bedrock/profile_id.hpp>
#include <bedrock/shape.hpp>

#include <benchmark/benchmark.h>

#include <string>
#include <string_view>

namespace {

constexpr std::string_view fm_arn = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0";
constexpr std::string_view profile_arn =
    "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0";
constexpr std::string_view cris_id = "us.anthropic.claude-3-5-sonnet-20241022-v2:0";
constexpr std::string_view bad_arn = "arn:aws:bedrock:us-east-1:123456789012:foundation-model/anthropic.claude-v2";

void parse_arn_generic(benchmark::State& state) {
    for (auto _ : state) {
        auto a = bedrock::parse_arn(profile_arn);
        benchmark::DoNotOptimize(a);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * profile_arn.size()));
}
BENCHMARK(parse_arn_generic);

void parse_bedrock_arn_foundation_model(benchmark::State& state) {
    for (auto _ : state) {
        auto a = bedrock::parse_bedrock_arn(fm_arn);
        benchmark::DoNotOptimize(a);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * fm_arn.size()));
}
BENCHMARK(parse_bedrock_arn_foundation_model);

void parse_bedrock_arn_inference_profile(benchmark::State& state) {
    for (auto _ : state) {
        auto a = bedrock::parse_bedrock_arn(profile_arn);
        benchmark::DoNotOptimize(a);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * profile_arn.size()));
}
BENCHMARK(parse_bedrock_arn_inference_profile);

void parse_bedrock_arn_error(benchmark::State& state) {
    for (auto _ : state) {
        auto a = bedrock::parse_bedrock_arn(bad_arn);
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(parse_bedrock_arn_error);

void check_syntax_foundation_model_arn(benchmark::State& state) {
    for (auto _ : state) {
        auto e = bedrock::check_syntax(bedrock::shape::foundation_model_arn, fm_arn);
        benchmark::DoNotOptimize(e);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * fm_arn.size()));
}
BENCHMARK(check_syntax_foundation_model_arn);

void check_syntax_invoke_model_identifier(benchmark::State& state) {
    for (auto _ : state) {
        auto e = bedrock::check_syntax(bedrock::shape::invoke_model_identifier, profile_arn);
        benchmark::DoNotOptimize(e);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * profile_arn.size()));
}
BENCHMARK(check_syntax_invoke_model_identifier);

void parse_profile_id(benchmark::State& state) {
    for (auto _ : state) {
        auto p = bedrock::parse_profile_id(cris_id);
        benchmark::DoNotOptimize(p);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * cris_id.size()));
}
BENCHMARK(parse_profile_id);

void classify_model_identifier(benchmark::State& state) {
    std::string_view const inputs[] = {fm_arn, profile_arn, cris_id, "a1b2c3d4e5f6", "amazon.nova-pro-v1:0", "my-model"};
    std::size_t i = 0;
    for (auto _ : state) {
        auto c = bedrock::classify_model_identifier(inputs[i++ % std::size(inputs)]);
        benchmark::DoNotOptimize(c);
    }
}
BENCHMARK(classify_model_identifier);

void format_arn(benchmark::State& state) {
    auto const a = *bedrock::parse_arn(profile_arn);
    char buf[256];
    for (auto _ : state) {
        char* end = bedrock::format_to(a.parts(), buf, buf + sizeof buf);
        benchmark::DoNotOptimize(end);
        benchmark::ClobberMemory();
    }
}
BENCHMARK(format_arn);

} // namespace
