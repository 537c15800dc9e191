#ifndef BEDROCK_JSON_ERROR_HPP
#define BEDROCK_JSON_ERROR_HPP

/** @file
    JSON errors: @ref json_errc (one wire table), @ref json_error (code, JSON Pointer, offset, message),
    `result<T, json_error>` (@ref json_result) and the Boost.System category.
*/

#include <bedrock/error.hpp>
#include <bedrock/result.hpp>
#include <bedrock/wire_name.hpp>

#include <boost/system/error_category.hpp>
#include <boost/system/error_code.hpp>

#include <array>        // std::array (wire table)
#include <cstdint>      // std::uint8_t, std::uint64_t
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace bedrock {

/** Why a JSON document was rejected (`docs/json.md`). */
enum class json_errc : std::uint8_t {
    ok = 0,             ///< No error.
    empty_document,     ///< The text holds no JSON value (empty or only whitespace).
    syntax,             ///< Malformed JSON at `offset`.
    invalid_utf8,       ///< A byte sequence that is not UTF-8, at `offset`.
    incomplete,         ///< The text ends inside a value, at `offset` (= the text length).
    too_deep,           ///< Nesting deeper than the limit (64); `offset` is the opening bracket that is too deep.
    trailing_garbage,   ///< Something other than whitespace follows the top-level value, at `offset`.
    duplicate_key,      ///< A member name appears twice in one object; the pointer names the second occurrence.
    too_large,          ///< The document or a string is larger than the reader accepts, or a number lies past the range of a double.
    wrong_type,         ///< The JSON type does not fit (string expected, got number, …).
    missing_member,     ///< A required member is absent or `null`; the pointer is parent + `/name`.
    unknown_member,     ///< A member this strict document (request, CloudFormation) does not define.
    unknown_enum_value, ///< A string that is not a value of a closed enum.
    bad_timestamp,      ///< A string or number that is not an accepted timestamp (`docs/json.md`).
    invalid_value,      ///< A string that breaks its shape's pattern or length (`value_error` says how).
    too_few_items,      ///< A list with fewer items than allowed (`models: []`).
    too_many_items,     ///< A list with more items than allowed.
};

/// The wire spellings of @ref json_errc, in enum order.
template <>
struct wire_names<json_errc> {
    static constexpr std::array<std::string_view, 17> names{
        "ok",
        "empty_document",
        "syntax",
        "invalid_utf8",
        "incomplete",
        "too_deep",
        "trailing_garbage",
        "duplicate_key",
        "too_large",
        "wrong_type",
        "missing_member",
        "unknown_member",
        "unknown_enum_value",
        "bad_timestamp",
        "invalid_value",
        "too_few_items",
        "too_many_items",
    };
};

/** The wire spelling of a @ref json_errc, e.g. `"missing_member"`. */
[[nodiscard]] constexpr std::string_view to_string(json_errc e) noexcept { return wire_name(e); }

/** Where and why a JSON document was rejected.

    `pointer` is an RFC 6901 JSON Pointer to the offending value (`""` for the whole document).
    `offset` is the byte offset into the document for document-level errors (syntax, encoding, depth,
    trailing content; for a duplicate key, the offset just past the second occurrence's name); for a value
    error it is the offset inside the offending string, as given by `value_error`. `message` is a readable sentence that names the pointer.

    @par Example
    @code
    auto r = bedrock::parse_document<bedrock::get_inference_profile_response>("{\"status\": 1}");
    // r.error().code == bedrock::json_errc::wrong_type, r.error().pointer == "/status"
    @endcode
*/
struct json_error {
    json_errc code = json_errc::ok; ///< What went wrong.
    std::string pointer;            ///< JSON Pointer to the offending value.
    std::uint64_t offset = 0;       ///< Byte offset (see above).
    std::string message;            ///< Human-readable explanation.
    parse_error value_error{};      ///< For `invalid_value`/`bad_timestamp`: the string checker's code and offset.
};

/** Thrown by `value()` of a @ref json_result when it holds an error. */
class json_exception : public std::runtime_error {
public:
    explicit json_exception(json_error e) : std::runtime_error(e.message), error_(std::move(e)) {}
    /// The error.
    [[nodiscard]] json_error const& error() const noexcept { return error_; }

private:
    json_error error_;
};

/// What `value()` of a `result<T, json_error>` throws (found by argument-dependent lookup from @ref result).
[[noreturn]] inline void throw_bad_result_access(json_error const& e) { throw json_exception(e); }

/** Either a `T` or a @ref json_error: `result<T, json_error>`.

    @par Example
    @code
    bedrock::json_result<int> r = bedrock::json_error{bedrock::json_errc::syntax, "", 3, "bad"};
    assert(!r && r.error().offset == 3);
    @endcode
*/
template <class T>
using json_result = result<T, json_error>;

namespace detail {
class json_category_impl final : public boost::system::error_category {
public:
    constexpr json_category_impl() noexcept : boost::system::error_category(0xb3d70c4a9e11f5a2ULL) {}
    [[nodiscard]] char const* name() const noexcept override { return "bedrock.json"; }
    [[nodiscard]] std::string message(int ev) const override {
        return std::string(to_string(static_cast<json_errc>(ev)));
    }
};
} // namespace detail

/** The Boost.System category of @ref json_errc (for `boost::json::try_value_to`, which can carry only a code). */
[[nodiscard]] inline boost::system::error_category const& json_category() noexcept {
    static detail::json_category_impl const instance;
    return instance;
}

/** Converts a @ref json_errc to a `boost::system::error_code` (pointer and offset are lost). */
[[nodiscard]] inline boost::system::error_code make_error_code(json_errc e) noexcept {
    return {static_cast<int>(e), json_category()};
}

} // namespace bedrock

template <>
struct boost::system::is_error_code_enum<bedrock::json_errc> : std::true_type {};

#endif // BEDROCK_JSON_ERROR_HPP
