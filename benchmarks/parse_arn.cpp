// Parsing and checking identifiers: generic ARN split, strict typed Bedrock ARN, the syntax layer of the
// widest runtime shape, profile ids and the classifier. Run: build/benchmarks/bench_parse_arn
#include <bedrock/arn_environment.hpp>
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

// A typical valid value of every shape, in enum order (the syntax layer's fast path).
struct shape_value {
    bedrock::shape sh;
    std::string_view value;
};
constexpr shape_value typical[] = {
    {bedrock::shape::inference_profile_arn, profile_arn},
    {bedrock::shape::inference_profile_id, cris_id},
    {bedrock::shape::inference_profile_identifier,
     "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"},
    {bedrock::shape::inference_profile_name, "Claude Sonnet cost center 42"},
    {bedrock::shape::inference_profile_description, "Claude 3.5 Sonnet for the cost center team-a"},
    {bedrock::shape::inference_profile_model_source_arn, fm_arn},
    {bedrock::shape::foundation_model_arn, fm_arn},
    {bedrock::shape::bedrock_model_id, "anthropic.claude-3-5-sonnet-20241022-v2:0"},
    {bedrock::shape::get_foundation_model_identifier, "anthropic.claude-3-5-sonnet-20241022-v2:0"},
    {bedrock::shape::model_identifier, fm_arn},
    {bedrock::shape::model_arn, "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/a1b2c3d4e5f6"},
    {bedrock::shape::model_id, profile_arn},
    {bedrock::shape::prompt_router_arn, "arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1"},
    {bedrock::shape::prompt_router_name, "my-router_1"},
    {bedrock::shape::prompt_router_description, "Claude 3.5 Sonnet for the cost center team-a"},
    {bedrock::shape::prompt_router_target_model_arn, fm_arn},
    {bedrock::shape::provisioned_model_arn, "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/a1b2c3d4e5f6"},
    {bedrock::shape::provisioned_model_id, "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/a1b2c3d4e5f6"},
    {bedrock::shape::provisioned_model_name, "my-provisioned_model-1"},
    {bedrock::shape::custom_model_arn, "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/a1b2c3d4e5f6"},
    {bedrock::shape::imported_model_arn, "arn:aws:bedrock:us-east-1:123456789012:imported-model/a1b2c3d4e5f6"},
    {bedrock::shape::imported_model_identifier, "arn:aws:bedrock:us-east-1:123456789012:imported-model/a1b2c3d4e5f6"},
    {bedrock::shape::custom_model_deployment_arn, "arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/a1b2c3d4e5f6"},
    {bedrock::shape::custom_model_deployment_identifier, "my-deployment"},
    {bedrock::shape::account_id, "123456789012"},
    {bedrock::shape::tag_key, "project:cost-center"},
    {bedrock::shape::tag_value, "team a/42"},
    {bedrock::shape::taggable_resources_arn, profile_arn},
    {bedrock::shape::idempotency_token, "5f3c2a1e-9b8d-4c7f-a6e5-0d1c2b3a4f5e"},
    {bedrock::shape::invoke_model_identifier, profile_arn},
    {bedrock::shape::conversational_model_id, cris_id},
    {bedrock::shape::invoked_model_id, fm_arn},
    {bedrock::shape::async_invoke_identifier, "arn:aws:bedrock:us-east-1:123456789012:async-invoke/a1b2c3d4e5f6"},
    {bedrock::shape::async_invoke_arn, "arn:aws:bedrock:us-east-1:123456789012:foundation-model/amazon.nova-reel-v1:0"},
    {bedrock::shape::invocation_arn, "arn:aws:bedrock:us-east-1:123456789012:async-invoke/a1b2c3d4e5f6"},
    {bedrock::shape::foundation_model_version_identifier, "anthropic.claude-3-5-sonnet-20241022-v2:0"},
    {bedrock::shape::foundation_model_arn_relaxed, "arn:aws:bedrock:::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"},
    {bedrock::shape::pagination_token, "eyJOZXh0VG9rZW4iOiAiYWJjIn0="},
    {bedrock::shape::provider, "Anthropic"},
    {bedrock::shape::branded_name, "Claude 3.5 Sonnet"},
};
static_assert(std::size(typical) == bedrock::all_shapes.size());

void check_syntax_every_shape(benchmark::State& state) {
    auto const& t = typical[static_cast<std::size_t>(state.range(0))];
    state.SetLabel(std::string(bedrock::to_string(t.sh)));
    if (t.sh != bedrock::all_shapes[static_cast<std::size_t>(state.range(0))] || bedrock::check_syntax(t.sh, t.value)) {
        state.SkipWithError("the typical value is not valid for its shape");
        return;
    }
    for (auto _ : state) {
        auto e = bedrock::check_syntax(t.sh, t.value);
        benchmark::DoNotOptimize(e);
    }
}
BENCHMARK(check_syntax_every_shape)->DenseRange(0, static_cast<int>(std::size(typical)) - 1);

// Invalid input takes the fast path's attempt and then the exact engine (for the error offset).
void check_syntax_invalid_foundation_model_arn(benchmark::State& state) {
    for (auto _ : state) { // identifier table row X1: account_not_allowed at 26
        auto e = bedrock::check_syntax(bedrock::shape::foundation_model_arn, bad_arn);
        benchmark::DoNotOptimize(e);
    }
}
BENCHMARK(check_syntax_invalid_foundation_model_arn);

void check_syntax_invalid_invoke_model_identifier(benchmark::State& state) {
    constexpr std::string_view bad = // identifier table row X49: a profile ARN with an empty account, error at 44
        "arn:aws:bedrock:us-east-1::inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0";
    for (auto _ : state) {
        auto e = bedrock::check_syntax(bedrock::shape::invoke_model_identifier, bad);
        benchmark::DoNotOptimize(e);
    }
}
BENCHMARK(check_syntax_invalid_invoke_model_identifier);

void check_syntax_invalid_name(benchmark::State& state) {
    for (auto _ : state) {
        auto e = bedrock::check_syntax(bedrock::shape::inference_profile_name, "Claude Sonnet cost center 42!");
        benchmark::DoNotOptimize(e);
    }
}
BENCHMARK(check_syntax_invalid_name);

void check_syntax_invalid_tag_value(benchmark::State& state) {
    for (auto _ : state) {
        auto e = bedrock::check_syntax(bedrock::shape::tag_value, "team a/42 cost-center:blue!");
        benchmark::DoNotOptimize(e);
    }
}
BENCHMARK(check_syntax_invalid_tag_value);

void make_profile_id_into_buffer(benchmark::State& state) {
    char buf[bedrock::max_profile_id_size];
    for (auto _ : state) {
        auto p = bedrock::make_profile_id(bedrock::geo::us, "anthropic.claude-3-5-sonnet-20241022-v2:0", buf);
        benchmark::DoNotOptimize(p);
        benchmark::ClobberMemory();
    }
}
BENCHMARK(make_profile_id_into_buffer);

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
