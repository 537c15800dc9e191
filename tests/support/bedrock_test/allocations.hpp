// What a test program allocates: its one replacement of the global operator new/delete lives in
// tests/support/allocations.cpp (a program may replace them only once), and tests read these counters.
#ifndef BEDROCK_TEST_ALLOCATIONS_HPP
#define BEDROCK_TEST_ALLOCATIONS_HPP

#include <atomic>   // std::atomic
#include <cstddef>  // std::size_t

namespace bedrock_test {

/// Every allocation through the replaced operator new (all non-aligned forms).
extern std::atomic<std::size_t> allocation_count;
/// While true, @ref largest_allocation records the largest single request.
extern std::atomic<bool> probing_largest;
/// The largest single allocation requested while @ref probing_largest was true.
extern std::atomic<std::size_t> largest_allocation;

} // namespace bedrock_test

#endif // BEDROCK_TEST_ALLOCATIONS_HPP
