// The measuring part of bench_ratios: a counting allocator, interleaved A/B timing and the row output.
//
// Clock: by default the process CPU time (CLOCK_PROCESS_CPUTIME_ID; this program is single-threaded), so
// that time spent descheduled on a loaded machine is not counted; BEDROCK_BENCH_CLOCK=wall uses
// std::chrono::steady_clock instead.
//
// Timing: each operation is first calibrated to a batch of iterations that runs for at least
// `batch_ns`; then `rounds` rounds run the path and its baseline one batch each, alternating which goes
// first. A row reports the median time per operation of each side and the median of the per-round
// ratios (the two batches of a round ran back to back, so they saw the same machine load).
//
// Allocations: the program replaces the global operator new (alloc_count.cpp). Every row runs one extra,
// untimed batch of each side and reports allocations per operation; the JSON rows also report the peak
// of live heap bytes during one operation.
#ifndef BEDROCK_BENCHMARKS_RATIOS_HARNESS_HPP
#define BEDROCK_BENCHMARKS_RATIOS_HARNESS_HPP

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace bench {

/// Counters kept by the replaced operator new/delete (single-threaded program).
struct heap_counters {
    std::uint64_t allocations = 0; ///< calls of any operator new
    std::uint64_t live_bytes = 0;  ///< bytes currently allocated (usable sizes)
    std::uint64_t peak_bytes = 0;  ///< highest live_bytes since the last reset_peak()
};
heap_counters& heap() noexcept;
inline void reset_peak() noexcept { heap().peak_bytes = heap().live_bytes; }

/// Keeps the compiler from discarding a value or hoisting work out of a loop.
template <class T>
inline void keep(T const& value) noexcept {
    asm volatile("" : : "r,m"(value) : "memory");
}
inline void clobber() noexcept { asm volatile("" : : : "memory"); }

/// Settings shared by every measurement (from the environment; see scripts/bench).
struct settings {
    int rounds = 11;                 ///< BEDROCK_BENCH_ROUNDS
    std::uint64_t batch_ns = 4'000'000; ///< BEDROCK_BENCH_BATCH_MS × 10⁶
    bool wall_clock = false;         ///< BEDROCK_BENCH_CLOCK=wall
};
settings& config() noexcept;

/// One side of a row: `run(n)` performs the operation n times; each call handles `items` items (for
/// example 4 ARNs), and allocations are reported per item.
struct side {
    std::function<void(std::uint64_t)> run;
    double items = 1;
};

struct pair_result {
    double path_ns = 0;      ///< median ns per item of the path
    double base_ns = 0;      ///< median ns per item of the baseline
    double ratio = 0;        ///< median of per-round ratios path/baseline
    double path_allocs = 0;  ///< allocations per item
    double base_allocs = 0;
};

/// Measures a path against its baseline, interleaved.
pair_result measure_pair(side const& path, side const& baseline);

/// Median ns per item of one side alone (rounds of one batch each); used by the scaling table.
double measure_alone(side const& s);

/// Allocations per item of one side, from one untimed batch of `n` calls.
double allocations_per_item(side const& s, std::uint64_t n);

/// Prints one row of the ratio table as tab-separated fields (scripts/bench formats the table):
/// `row  group  path  baseline  path_ns  baseline_ns  ratio  target  path_allocs  baseline_allocs  note`.
void print_row(std::string_view group, std::string_view path, std::string_view baseline, pair_result const& r,
               std::string_view target, std::string_view note = {});
/// Prints a row whose baseline could not run: `skipped` in the ratio column and the reason as the note.
void print_skipped(std::string_view group, std::string_view path, std::string_view baseline,
                   std::string_view target, std::string_view reason);
/// Prints one cell of the scaling table: `scale  subject  size_label  bytes  ns_per_byte  allocs_per_doc`.
void print_scale(std::string_view subject, std::string_view size_label, std::size_t bytes, double ns_per_byte,
                 double allocations);

} // namespace bench

#endif // BEDROCK_BENCHMARKS_RATIOS_HARNESS_HPP
