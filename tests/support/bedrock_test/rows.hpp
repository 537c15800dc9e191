// The shared row-table helper of the table-driven tests (in the spirit of Boost.URL's test/unit/test_rule.hpp):
// a test is a table of {input, expected code, expected offset} rows run through one checker, each row reported
// with its input when it fails.
#ifndef BEDROCK_TEST_ROWS_HPP
#define BEDROCK_TEST_ROWS_HPP

#include <bedrock/error.hpp>
#include <bedrock_test/catch.hpp>

#include <cstdint>          // std::uint32_t
#include <initializer_list> // the rows
#include <optional>         // checker results
#include <string_view>      // inputs

namespace bedrock_test {

/// One row: the input and the error the checker must report (`errc::ok` for "accepted").
struct error_row {
    std::string_view input;
    bedrock::errc code = bedrock::errc::ok;
    std::uint32_t offset = 0;
};

/** Runs every row through `check` (`std::optional<bedrock::parse_error>(std::string_view)`): rows with code
    `ok` must be accepted, the others must fail with exactly their code and offset. For each failing row,
    `also(input, error)` then runs the row's further assertions (e.g. that `parse_<thing>` reports the same
    error), still captured with the row's input. */
template <class Check, class Also>
void check_rows(Check check, std::initializer_list<error_row> rows, Also also) {
    for (auto const& r : rows) {
        CAPTURE(r.input);
        std::optional<bedrock::parse_error> const got = check(r.input);
        if (r.code == bedrock::errc::ok) {
            CHECK_FALSE(got.has_value());
        } else {
            REQUIRE(got.has_value());
            CHECK(bedrock::to_string(got->code) == bedrock::to_string(r.code));
            CHECK(got->offset == r.offset);
            also(r.input, *got);
        }
    }
}

/** `check_rows` without further assertions per row. */
template <class Check>
void check_rows(Check check, std::initializer_list<error_row> rows) {
    check_rows(check, rows, [](std::string_view, bedrock::parse_error const&) {});
}

} // namespace bedrock_test

#endif // BEDROCK_TEST_ROWS_HPP
