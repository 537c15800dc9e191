// A test program's one replacement of the global operator new/delete (tests/support/bedrock_test/
// allocations.hpp): counts every allocation and, while probing, records the largest single request. Every
// non-aligned form is replaced so that whatever allocates and whatever frees agree on malloc/free, also under
// AddressSanitizer.
#include <bedrock_test/allocations.hpp>

#include <cstdlib>  // std::malloc, std::free
#include <new>      // std::bad_alloc, std::nothrow_t

// g++ 12 pairs the inlined operator new with std::free and warns (-Wmismatched-new-delete) although every
// form below allocates with std::malloc; the pairing is correct by construction.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace bedrock_test {
std::atomic<std::size_t> allocation_count{0};
std::atomic<bool> probing_largest{false};
std::atomic<std::size_t> largest_allocation{0};
} // namespace bedrock_test

namespace {
void* counted_malloc(std::size_t n) noexcept {
    bedrock_test::allocation_count.fetch_add(1, std::memory_order_relaxed);
    if (bedrock_test::probing_largest.load(std::memory_order_relaxed)) {
        std::size_t cur = bedrock_test::largest_allocation.load(std::memory_order_relaxed);
        while (n > cur && !bedrock_test::largest_allocation.compare_exchange_weak(cur, n)) {}
    }
    return std::malloc(n == 0 ? 1 : n);
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
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::nothrow_t const&) noexcept { std::free(p); }
void operator delete[](void* p, std::nothrow_t const&) noexcept { std::free(p); }
