#ifndef BEDROCK_DETAIL_JSON_ERROR_HPP
#define BEDROCK_DETAIL_JSON_ERROR_HPP

#include <bedrock/error.hpp>

#include <boost/system/error_category.hpp>
#include <boost/system/error_code.hpp>

#include <cstdint>
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
    too_large,          ///< The document or a string is larger than the reader accepts.
    wrong_type,         ///< The JSON type does not fit (string expected, got number, …).
    missing_member,     ///< A required member is absent or `null`; the pointer is parent + `/name`.
    unknown_member,     ///< A member this strict document (request, CloudFormation) does not define.
    unknown_enum_value, ///< A string that is not a value of a closed enum.
    bad_timestamp,      ///< A string or number that is not an accepted timestamp (`docs/json.md`).
    invalid_value,      ///< A string that breaks its shape's pattern or length (`value_error` says how).
    too_few_items,      ///< A list with fewer items than allowed (`models: []`).
    too_many_items,     ///< A list with more items than allowed.
};

/** The wire spelling of a @ref json_errc, e.g. `"missing_member"`. */
[[nodiscard]] constexpr std::string_view to_string(json_errc e) noexcept {
    switch (e) {
    case json_errc::ok: return "ok";
    case json_errc::empty_document: return "empty_document";
    case json_errc::syntax: return "syntax";
    case json_errc::invalid_utf8: return "invalid_utf8";
    case json_errc::incomplete: return "incomplete";
    case json_errc::too_deep: return "too_deep";
    case json_errc::trailing_garbage: return "trailing_garbage";
    case json_errc::duplicate_key: return "duplicate_key";
    case json_errc::too_large: return "too_large";
    case json_errc::wrong_type: return "wrong_type";
    case json_errc::missing_member: return "missing_member";
    case json_errc::unknown_member: return "unknown_member";
    case json_errc::unknown_enum_value: return "unknown_enum_value";
    case json_errc::bad_timestamp: return "bad_timestamp";
    case json_errc::invalid_value: return "invalid_value";
    case json_errc::too_few_items: return "too_few_items";
    case json_errc::too_many_items: return "too_many_items";
    }
    return "unknown";
}

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

/** Thrown by @ref json_result::value when it holds an error. */
class json_exception : public std::runtime_error {
public:
    explicit json_exception(json_error e) : std::runtime_error(e.message), error_(std::move(e)) {}
    /// The error.
    [[nodiscard]] json_error const& error() const noexcept { return error_; }

private:
    json_error error_;
};

/** Either a `T` or a @ref json_error; the same API as @ref bedrock::result.

    @par Example
    @code
    bedrock::json_result<int> r = bedrock::json_error{bedrock::json_errc::syntax, "", 3, "bad"};
    assert(!r && r.error().offset == 3);
    @endcode
*/
template <class T>
class json_result {
public:
    using value_type = T;
    using error_type = json_error;
    /// Holds a value.
    json_result(T v) : value_(std::move(v)), has_(true) {} // NOLINT
    /// Holds an error.
    json_result(json_error e) : error_(std::move(e)), has_(false) {} // NOLINT

    /// True when a value is held.
    [[nodiscard]] bool has_value() const noexcept { return has_; }
    /// True when an error is held.
    [[nodiscard]] bool has_error() const noexcept { return !has_; }
    /// Same as has_value().
    explicit operator bool() const noexcept { return has_; }
    /// The value; throws @ref json_exception when an error is held.
    T& value() & { check(); return value_; }
    T const& value() const& { check(); return value_; }
    T&& value() && { check(); return std::move(value_); }
    /// The error (code `ok` when a value is held).
    [[nodiscard]] json_error const& error() const noexcept { return error_; }
    /// Unchecked access (precondition: has_value()).
    T& operator*() & noexcept { return value_; }
    T const& operator*() const& noexcept { return value_; }
    T* operator->() noexcept { return &value_; }
    T const* operator->() const noexcept { return &value_; }

private:
    void check() const {
        if (!has_) throw json_exception(error_);
    }
    T value_{};
    json_error error_{};
    bool has_;
};

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

#endif // BEDROCK_DETAIL_JSON_ERROR_HPP
