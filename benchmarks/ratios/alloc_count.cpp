// The counting global operator new/delete of bench_ratios: counts calls, live bytes and their peak
// (by malloc_usable_size, so that unsized deletes are counted exactly). Every non-aligned and aligned
// form is replaced so that whatever allocates and whatever frees agree on malloc/free.
#include "harness.hpp"

#include <cstdlib>
#include <malloc.h>
#include <new>

// g++ 12 pairs the inlined operator new with std::free and warns (-Wmismatched-new-delete) although every
// form below allocates with malloc or aligned_alloc; the pairing is correct by construction.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

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
void* counted_malloc(std::size_t n) noexcept { return counted(std::malloc(n == 0 ? 1 : n)); }
void* counted_aligned(std::size_t n, std::align_val_t a) noexcept {
    auto const al = static_cast<std::size_t>(a);
    return counted(std::aligned_alloc(al, (n + al - 1) / al * al));
}
void release(void* p) noexcept {
    if (!p) return;
    bench::heap().live_bytes -= malloc_usable_size(p);
    std::free(p);
}

} // namespace

void* operator new(std::size_t n) {
    if (void* p = counted_malloc(n)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
    if (void* p = counted_malloc(n)) return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t n, std::nothrow_t const&) noexcept { return counted_malloc(n); }
void* operator new[](std::size_t n, std::nothrow_t const&) noexcept { return counted_malloc(n); }
void* operator new(std::size_t n, std::align_val_t a) {
    if (void* p = counted_aligned(n, a)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n, std::align_val_t a) {
    if (void* p = counted_aligned(n, a)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, std::nothrow_t const&) noexcept { release(p); }
void operator delete[](void* p, std::nothrow_t const&) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }
