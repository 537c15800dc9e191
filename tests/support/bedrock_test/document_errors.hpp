// A test helper for the JSON readers: reading `text` as document T fails with `code` at JSON Pointer `pointer`.
#ifndef BEDROCK_TEST_DOCUMENT_ERRORS_HPP
#define BEDROCK_TEST_DOCUMENT_ERRORS_HPP

#include <bedrock/json.hpp>

#include <bedrock_test/catch.hpp>

#include <string_view>

namespace bedrock_test {

/// Reads `text` with `bedrock::parse_document<T>` and checks that it fails with `code` at `pointer`
/// (the message is printed when a check fails).
template <class T>
void check_document_error(std::string_view text, bedrock::json_errc code, std::string_view pointer) {
    CAPTURE(text);
    auto const r = bedrock::parse_document<T>(text);
    REQUIRE_FALSE(r);
    INFO(r.error().message);
    CHECK(r.error().code == code);
    CHECK(r.error().pointer == pointer);
}

} // namespace bedrock_test

#endif // BEDROCK_TEST_DOCUMENT_ERRORS_HPP
