// Catalog lookups and cross-region profile construction at run time.
//   bench_catalog_lookup --benchmark_filter=.
// find_model is a binary search over the 61-entry sorted table; the linear scan is the baseline it replaces.
#include <bedrock/catalog.hpp>
#include <bedrock/cross_region_profile.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

std::vector<std::string> all_ids() {
    std::vector<std::string> ids;  // copies: the lookups must not see the catalog's own pointers
    for (auto const& m : bedrock::catalog) ids.emplace_back(m.id);
    return ids;
}

void find_model_hit(benchmark::State& state) {
    auto const ids = all_ids();
    std::size_t i = 0;
    for (auto _ : state) {
        auto const* m = bedrock::find_model(ids[i++ % ids.size()]);
        benchmark::DoNotOptimize(m);
    }
}
BENCHMARK(find_model_hit);

void find_model_miss(benchmark::State& state) {
    std::string const id = "anthropic.claude-3-5-sonnet-20241022-v9:0";
    for (auto _ : state) {
        auto const* m = bedrock::find_model(id);
        benchmark::DoNotOptimize(m);
    }
}
BENCHMARK(find_model_miss);

void linear_scan_hit(benchmark::State& state) {  // baseline
    auto const ids = all_ids();
    std::size_t i = 0;
    for (auto _ : state) {
        std::string_view const id = ids[i++ % ids.size()];
        auto it = std::find_if(bedrock::catalog.begin(), bedrock::catalog.end(), [&](auto const& m) { return m.id == id; });
        benchmark::DoNotOptimize(it);
    }
}
BENCHMARK(linear_scan_hit);

void find_member_hit(benchmark::State& state) {
    std::string const member = "META_LLAMA_4_SCOUT_17B_INSTRUCT_V1";
    for (auto _ : state) {
        auto const* m = bedrock::find_member(member);
        benchmark::DoNotOptimize(m);
    }
}
BENCHMARK(find_member_hit);

void count_cross_region_models(benchmark::State& state) {
    for (auto _ : state) {
        auto n = std::ranges::distance(bedrock::cross_region_models());
        benchmark::DoNotOptimize(n);
    }
}
BENCHMARK(count_cross_region_models);

void make_profile_from_id(benchmark::State& state) {
    std::string const id = "anthropic.claude-sonnet-4-5-20250929-v1:0";
    for (auto _ : state) {
        auto p = bedrock::make_cross_region_profile(bedrock::geo::eu, id);
        benchmark::DoNotOptimize(p);
    }
}
BENCHMARK(make_profile_from_id);

void profile_arn_into_buffer(benchmark::State& state) {
    auto const p = bedrock::make_cross_region_profile(bedrock::geo::us, bedrock::models::amazon_nova_pro_v1).value();
    char buf[bedrock::max_cross_region_arn_size];
    for (auto _ : state) {
        auto arn = p.arn(bedrock::partition::aws, "us-east-1", "123456789012", buf);
        benchmark::DoNotOptimize(arn);
    }
}
BENCHMARK(profile_arn_into_buffer);

} // namespace
