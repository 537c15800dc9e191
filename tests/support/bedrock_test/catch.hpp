// The one place that knows which Catch2 major version the build found (Debian 12 ships 2.13).
#ifndef BEDROCK_TEST_CATCH_HPP
#define BEDROCK_TEST_CATCH_HPP
#if BEDROCK_CATCH_MAJOR >= 3
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
#endif
