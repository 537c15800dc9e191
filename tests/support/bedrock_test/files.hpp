// Reading the tests' own documents (tests/fixtures, tests/data) into memory.
#ifndef BEDROCK_TEST_FILES_HPP
#define BEDROCK_TEST_FILES_HPP

#include <bedrock_test/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace bedrock_test {

/// The bytes of the file at path; the test fails if it cannot be opened.
inline std::string slurp(std::string const& path) {
    std::ifstream f(path, std::ios::binary);
    REQUIRE(f.good());
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

/// The bytes of tests/fixtures/<name>.
inline std::string fixture(std::string_view name) {
    return slurp(std::string(BEDROCK_FIXTURES_DIR) + "/" + std::string(name));
}

} // namespace bedrock_test

#endif // BEDROCK_TEST_FILES_HPP
