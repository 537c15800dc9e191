// A test program's one replacement of the global operator new/delete (tests/support/bedrock_test/
// allocations.hpp): counts every allocation and, while probing, records the largest single request.
#include <bedrock_test/allocations.hpp>

#include <cstdlib>  // std::malloc, std::aligned_alloc, std::free

namespace bedrock_test {
std::atomic<std::size_t> allocation_count{0};
std::atomic<bool> probing_largest{false};
std::atomic<std::size_t> largest_allocation{0};
} // namespace bedrock_test

namespace {
void* counted_allocate(std::size_t n, std::size_t alignment) noexcept {
    bedrock_test::allocation_count.fetch_add(1, std::memory_order_relaxed);
    if (bedrock_test::probing_largest.load(std::memory_order_relaxed)) {
        std::size_t cur = bedrock_test::largest_allocation.load(std::memory_order_relaxed);
        while (n > cur && !bedrock_test::largest_allocation.compare_exchange_weak(cur, n)) {}
    }
    if (alignment == 0) return std::malloc(n == 0 ? 1 : n);
    return std::aligned_alloc(alignment, (n + alignment - 1) / alignment * alignment);
}
void counted_release(void* p) noexcept { std::free(p); }
} // namespace

#include <bedrock_test/replace_global_new.ipp>
