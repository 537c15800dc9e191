// Catch2's main, compiled from Debian's single header for builds whose standard library is not the one
// Debian's libCatch2WithMain.a was built with (libc++: the clang16-libcxx preset). tests/CMakeLists.txt uses
// it only then; the other configurations link Catch2::Catch2WithMain. This is the one file of the project
// that defines CATCH_CONFIG_MAIN (it takes ~20 s to compile, once per build tree).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
