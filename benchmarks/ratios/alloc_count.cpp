// The counting global operator new/delete of bench_ratios: counts calls, live bytes and their peak
// (by malloc_usable_size, so that unsized deletes are counted exactly).
#include "harness.hpp"

#include <cstdlib>
#include <malloc.h>

namespace bench {
heap_counters& heap() noexcept {
    static heap_counters c;
    return c;
}
} // namespace bench

namespace {

void* counted(void* p) noexcept {
    if (p) {
        auto& h = bench::heap();
        ++h.allocations;
        h.live_bytes += malloc_usable_size(p);
        if (h.live_bytes > h.peak_bytes) h.peak_bytes = h.live_bytes;
    }
    return p;
}
void* counted_allocate(std::size_t n, std::size_t alignment) noexcept {
    if (alignment == 0) return counted(std::malloc(n == 0 ? 1 : n));
    return counted(std::aligned_alloc(alignment, (n + alignment - 1) / alignment * alignment));
}
void counted_release(void* p) noexcept {
    if (!p) return;
    bench::heap().live_bytes -= malloc_usable_size(p);
    std::free(p);
}

} // namespace

// Every form of operator new/delete, through the two functions above (shared with the test programs).
#include "../../tests/support/bedrock_test/replace_global_new.ipp"
