#ifndef BEDROCK_REQUEST_ERROR_HPP
#define BEDROCK_REQUEST_ERROR_HPP

/** @file
    Why a typed request could not be built: which member (a JSON Pointer such as `/maxResults` or
    `/tags/3/key`), what is wrong with it, and for a text member the library's identifier error (code and
    byte offset into that member's text).

    `request_result<T>` (= `result<T, request_error>`) holds a request or a @ref request_error; `value()` on an
    error throws @ref bad_request_access.
*/

#include <bedrock/error.hpp>
#include <bedrock/result.hpp>

#include <cstdint>      // std::uint8_t, std::int64_t
#include <exception>    // std::exception (bad_request_access)
#include <string>       // std::string (pointer, message)
#include <string_view>  // std::string_view
#include <utility>      // std::move

namespace bedrock {

/** What is wrong with a request member. */
enum class request_errc : std::uint8_t {
    ok = 0,             ///< No error.
    invalid_value,      ///< A text member breaks its shape; `value_error` gives the code and byte offset.
    out_of_range,       ///< A number outside the member's range (`maxResults` outside 1..1000).
    unknown_enum_value, ///< A text that is not one of the enum's wire values (`typeEquals` = `system`).
    too_many_items,     ///< A list longer than the member allows (more than 200 tags).
    too_few_items,      ///< A list shorter than the member allows.
    duplicate_key,      ///< A tag key given twice; the pointer names the second one.
};

/// The wire spelling (`"out_of_range"`, …).
[[nodiscard]] constexpr std::string_view to_string(request_errc e) noexcept {
    switch (e) {
    case request_errc::ok: return "ok";
    case request_errc::invalid_value: return "invalid_value";
    case request_errc::out_of_range: return "out_of_range";
    case request_errc::unknown_enum_value: return "unknown_enum_value";
    case request_errc::too_many_items: return "too_many_items";
    case request_errc::too_few_items: return "too_few_items";
    case request_errc::duplicate_key: return "duplicate_key";
    }
    return "unknown";
}

/** Why a request member was rejected.

    @par Example
    @code
    auto r = bedrock::requests::list_inference_profiles::make({.max_results = 0});
    assert(!r && r.error().pointer == "/maxResults" && r.error().code == bedrock::request_errc::out_of_range);
    // r.error().message() == "/maxResults: 0 is outside 1..1000"
    @endcode
*/
struct request_error {
    request_errc code = request_errc::ok; ///< What is wrong.
    std::string pointer;                  ///< JSON Pointer to the member (`/maxResults`, `/tags/3/key`).
    parse_error value_error{};            ///< `invalid_value`: the identifier error, offset into the member's text.
    std::string detail;                   ///< What was expected (`1..1000`, `SYSTEM_DEFINED or APPLICATION`).

    /// A sentence naming the pointer: `/inferenceProfileIdentifier: the prefix is not a known cross-region geo (at byte 0)`.
    [[nodiscard]] std::string message() const {
        std::string m = pointer.empty() ? std::string("request") : pointer;
        m += ": ";
        switch (code) {
        case request_errc::invalid_value:
            m += value_error.message();
            m += " (at byte ";
            m += std::to_string(value_error.offset);
            m += ')';
            break;
        case request_errc::out_of_range: m += detail.empty() ? "out of range" : detail; break;
        case request_errc::unknown_enum_value: m += "not one of " + detail; break;
        case request_errc::too_many_items: m += "more items than " + detail; break;
        case request_errc::too_few_items: m += "fewer items than " + detail; break;
        case request_errc::duplicate_key: m += "the key appears more than once"; break;
        case request_errc::ok: m += "no error"; break;
        }
        return m;
    }
    friend bool operator==(request_error const&, request_error const&) = default;
};

/** Thrown by `request_result<T>::value()` when it holds an error. */
class bad_request_access : public std::exception {
public:
    explicit bad_request_access(request_error e) : error_(std::move(e)), what_(error_.message()) {}
    [[nodiscard]] char const* what() const noexcept override { return what_.c_str(); }
    /// The error the result held.
    [[nodiscard]] request_error const& error() const noexcept { return error_; }

private:
    request_error error_;
    std::string what_;
};

/** What @ref result::value throws for a @ref request_error (found by argument-dependent lookup). */
[[noreturn]] inline void throw_bad_result_access(request_error const& e) { throw bad_request_access(e); }

/** Either a `T` or a @ref request_error: the library's one @ref result with this error type. */
template <class T>
using request_result = result<T, request_error>;

} // namespace bedrock

#endif // BEDROCK_REQUEST_ERROR_HPP
