// Every replaceable form of the global operator new and delete, for a program that counts its allocations
// (the test programs' tests/support/allocations.cpp, the benchmarks' benchmarks/ratios/alloc_count.cpp).
// Included by exactly one .cpp of a program (a program may replace them only once), after it has defined:
//
//   void* counted_allocate(std::size_t n, std::size_t alignment) noexcept;  // nullptr when out of memory
//   void counted_release(void* p) noexcept;                                  // p may be nullptr
//
// in the global namespace or an unnamed namespace. Every form goes through the two, so that whatever
// allocates and whatever frees agree on malloc/free, also under AddressSanitizer.
#include <cstddef>  // std::size_t
#include <new>      // std::bad_alloc, std::nothrow_t, std::align_val_t

// g++ 12 pairs the inlined operator new with std::free and warns (-Wmismatched-new-delete) although every
// form allocates and frees through the same two functions; the pairing is correct by construction.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

void* operator new(std::size_t n) {
    if (void* p = counted_allocate(n, 0)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
    if (void* p = counted_allocate(n, 0)) return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t n, std::nothrow_t const&) noexcept { return counted_allocate(n, 0); }
void* operator new[](std::size_t n, std::nothrow_t const&) noexcept { return counted_allocate(n, 0); }
void* operator new(std::size_t n, std::align_val_t a) {
    if (void* p = counted_allocate(n, static_cast<std::size_t>(a))) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n, std::align_val_t a) {
    if (void* p = counted_allocate(n, static_cast<std::size_t>(a))) return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t n, std::align_val_t a, std::nothrow_t const&) noexcept {
    return counted_allocate(n, static_cast<std::size_t>(a));
}
void* operator new[](std::size_t n, std::align_val_t a, std::nothrow_t const&) noexcept {
    return counted_allocate(n, static_cast<std::size_t>(a));
}
void operator delete(void* p) noexcept { counted_release(p); }
void operator delete[](void* p) noexcept { counted_release(p); }
void operator delete(void* p, std::size_t) noexcept { counted_release(p); }
void operator delete[](void* p, std::size_t) noexcept { counted_release(p); }
void operator delete(void* p, std::nothrow_t const&) noexcept { counted_release(p); }
void operator delete[](void* p, std::nothrow_t const&) noexcept { counted_release(p); }
void operator delete(void* p, std::align_val_t) noexcept { counted_release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { counted_release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { counted_release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { counted_release(p); }
void operator delete(void* p, std::align_val_t, std::nothrow_t const&) noexcept { counted_release(p); }
void operator delete[](void* p, std::align_val_t, std::nothrow_t const&) noexcept { counted_release(p); }
