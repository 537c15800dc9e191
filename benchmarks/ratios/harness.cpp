// Interleaved A/B timing and the row output of bench_ratios (see harness.hpp).
#include "harness.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string_view>
#include <vector>

namespace bench {

settings& config() noexcept {
    static settings s = [] {
        settings r;
        if (char const* e = std::getenv("BEDROCK_BENCH_ROUNDS"); e && std::atoi(e) > 0) r.rounds = std::atoi(e);
        if (char const* e = std::getenv("BEDROCK_BENCH_BATCH_MS"); e && std::atoi(e) > 0)
            r.batch_ns = static_cast<std::uint64_t>(std::atoi(e)) * 1'000'000u;
        if (char const* e = std::getenv("BEDROCK_BENCH_CLOCK"); e && std::string_view(e) == "wall") r.wall_clock = true;
        return r;
    }();
    return s;
}

namespace {

std::uint64_t now_ns() noexcept {
    if (!config().wall_clock) {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return static_cast<std::uint64_t>(ts.tv_sec) * 1'000'000'000u + static_cast<std::uint64_t>(ts.tv_nsec);
    }
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
}

/// ns for one batch of n calls.
std::uint64_t time_batch(side const& s, std::uint64_t n) {
    auto const t0 = now_ns();
    s.run(n);
    return now_ns() - t0;
}

/// The number of calls whose batch lasts at least batch_ns (growing from 1, after one warm-up call). Each
/// size is tried three times and the fastest counts, so that one preemption cannot end the search early.
std::uint64_t calibrate(side const& s) {
    s.run(1);
    std::uint64_t n = 1;
    for (;;) {
        auto const t = std::min({time_batch(s, n), time_batch(s, n), time_batch(s, n)});
        if (t >= config().batch_ns || n >= (std::uint64_t{1} << 40)) return n;
        // Aim a little past the target so that the next try usually succeeds.
        auto const scale = t == 0 ? 100.0 : 1.2 * static_cast<double>(config().batch_ns) / static_cast<double>(t);
        n = std::max(n + 1, static_cast<std::uint64_t>(static_cast<double>(n) * std::min(scale, 100.0)));
    }
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    auto const n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

double allocations_per_item(side const& s, std::uint64_t n) {
    auto const before = heap().allocations;
    s.run(n);
    return static_cast<double>(heap().allocations - before) / (static_cast<double>(n) * s.items);
}

pair_result measure_pair(side const& path, side const& baseline) {
    auto const na = calibrate(path);
    auto const nb = calibrate(baseline);
    std::vector<double> a, b, ratios;
    for (int r = 0; r < config().rounds; ++r) {
        double ta = 0, tb = 0;
        if (r % 2 == 0) {
            ta = static_cast<double>(time_batch(path, na));
            tb = static_cast<double>(time_batch(baseline, nb));
        } else {
            tb = static_cast<double>(time_batch(baseline, nb));
            ta = static_cast<double>(time_batch(path, na));
        }
        a.push_back(ta / (static_cast<double>(na) * path.items));
        b.push_back(tb / (static_cast<double>(nb) * baseline.items));
        ratios.push_back(a.back() / b.back());
    }
    pair_result res;
    res.path_ns = median(a);
    res.base_ns = median(b);
    res.ratio = median(ratios);
    res.path_allocs = allocations_per_item(path, std::min<std::uint64_t>(na, 1000));
    res.base_allocs = allocations_per_item(baseline, std::min<std::uint64_t>(nb, 1000));
    return res;
}

double measure_alone(side const& s) {
    auto const n = calibrate(s);
    std::vector<double> t;
    for (int r = 0; r < config().rounds; ++r)
        t.push_back(static_cast<double>(time_batch(s, n)) / (static_cast<double>(n) * s.items));
    return median(t);
}

void print_row(std::string_view group, std::string_view path, std::string_view baseline, pair_result const& r,
               std::string_view target, std::string_view note) {
    std::printf("row\t%.*s\t%.*s\t%.*s\t%.1f\t%.1f\t%.2f\t%.*s\t%.2f\t%.2f\t%.*s\n", int(group.size()), group.data(),
                int(path.size()), path.data(), int(baseline.size()), baseline.data(), r.path_ns, r.base_ns, r.ratio,
                int(target.size()), target.data(), r.path_allocs, r.base_allocs, int(note.size()), note.data());
    std::fflush(stdout);
}

void print_skipped(std::string_view group, std::string_view path, std::string_view baseline,
                   std::string_view target, std::string_view reason) {
    std::printf("row\t%.*s\t%.*s\t%.*s\t-\t-\tskipped\t%.*s\t-\t-\t%.*s\n", int(group.size()), group.data(),
                int(path.size()), path.data(), int(baseline.size()), baseline.data(), int(target.size()),
                target.data(), int(reason.size()), reason.data());
    std::fflush(stdout);
}

void print_scale(std::string_view subject, std::string_view size_label, std::size_t bytes, double ns_per_byte,
                 double allocations) {
    std::printf("scale\t%.*s\t%.*s\t%zu\t%.3f\t%.1f\n", int(subject.size()), subject.data(), int(size_label.size()),
                size_label.data(), bytes, ns_per_byte, allocations);
    std::fflush(stdout);
}

} // namespace bench
