// A coarse guard for the hostile-input tests: work on a large input must finish within a budget that only a
// quadratic (or worse) path would exceed. Not a performance measurement: those live in benchmarks/.
#ifndef BEDROCK_TEST_LINEAR_TIME_HPP
#define BEDROCK_TEST_LINEAR_TIME_HPP

#include <chrono>

namespace bedrock_test {

/// Seconds of wall time spent in f().
template <class F>
double seconds_of(F&& f) {
    auto const t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

/// The budget for one linear pass over a hostile input of ~10^5 items or ~10 MB (a quadratic path takes minutes).
inline constexpr double linear_budget_seconds = 5.0;

} // namespace bedrock_test

#endif // BEDROCK_TEST_LINEAR_TIME_HPP
